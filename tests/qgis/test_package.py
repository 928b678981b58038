"""scripts/package.py: the release zip passes plugins.qgis.org's checks and runs from a fresh profile."""

from __future__ import annotations

import configparser
import importlib.util
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.onnx_models import band_threshold_segmenter
from tests.qgis.conftest import REPO, parse_json_output

PACKAGE_SCRIPT = REPO / "scripts" / "package.py"
QGIS_PROCESS_BIN = Path("/usr/bin/qgis_process.bin")
PLUGIN_FILES = ("__init__.py", "metadata.txt", "LICENSE", "plugin.py", "README.md", "icons/rasterdl.svg")
REQUIRED = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
            "repository", "tracker")  # fmt: skip


def _package_module():
    spec = importlib.util.spec_from_file_location("rasterdl_package_script", PACKAGE_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("dist") / "rasterdl.zip"
    done = subprocess.run(
        [sys.executable, str(PACKAGE_SCRIPT), "--output", str(output)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == 1 and "passes the plugins.qgis.org checks" in done.stdout
    return output


def test_zip_has_one_plugin_folder_with_only_what_the_plugin_needs(package):
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
        infos = archive.infolist()
        metadata_text = archive.read("rasterdl/metadata.txt").decode("utf-8")
    assert names[0] == "rasterdl/"
    assert all(name.startswith("rasterdl/") for name in names)
    for required in PLUGIN_FILES:
        assert f"rasterdl/{required}" in names
    assert "rasterdl/core/install/dependencies.py" in names
    assert "rasterdl/algorithms/install_dependencies.py" in names
    assert "rasterdl/gui/model_arguments_widget.py" in names
    assert "rasterdl/provider/provider.py" in names
    assert "rasterdl/api.py" in names  # rasterdl.classify_pixels from an installed plugin
    assert "rasterdl/api_export.py" in names  # rasterdl.export_training_data
    assert "rasterdl/i18n/rasterdl_fr.qm" in names
    assert "rasterdl/modeler/export_then_classify.model3" in names
    assert not any(name.endswith(".ts") for name in names)
    top_level = {name.split("/")[1] for name in names if name.count("/") >= 1 and name != "rasterdl/"}
    assert top_level <= {"__init__.py", "plugin.py", "api.py", "api_export.py", "metadata.txt", "LICENSE",
                         "README.md", "icons", "provider", "algorithms", "core", "gui", "i18n",
                         "modeler"}  # fmt: skip
    for forbidden in ("tests", "bench", "scripts", "examples", "data", "models", ".ci", "Makefile",
                      "pyproject.toml", "requirements.txt", ".gitignore"):  # fmt: skip
        assert forbidden not in top_level
    assert not any("__pycache__" in name or ".pyc" in name or ".git" in name.split("/") for name in names)
    assert not any((info.external_attr >> 16) & 0o170000 == 0o120000 for info in infos)
    assert {info.date_time for info in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert package.stat().st_size <= 25_000_000

    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read_string(metadata_text)
    general = dict(parser.items("general"))
    assert all(general.get(key) for key in REQUIRED)
    assert general["hasProcessingProvider"] == "yes"


def test_building_twice_gives_the_same_bytes(package, tmp_path):
    again = tmp_path / "again.zip"
    done = subprocess.run(
        [sys.executable, str(PACKAGE_SCRIPT), "--output", str(again)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert again.read_bytes() == package.read_bytes()


@pytest.mark.parametrize(
    ("entries", "problem"),
    [
        ({"rasterdl/metadata.txt": None}, "rasterdl/metadata.txt is missing"),
        ({"rasterdl/LICENSE": None}, "rasterdl/LICENSE is missing"),
        ({"rasterdl/core/__pycache__/x.cpython-311.pyc": ""}, "'__pycache__' folder not allowed"),
        ({"rasterdl/tests/test_x.py": ""}, "development file not wanted"),
        ({"other/readme.txt": ""}, "exactly one top folder"),
        ({"rasterdl/metadata.txt": "[general]\nname=x\n"}, "metadata.txt lacks 'tracker'"),
    ],
)
def test_check_finds_what_plugins_qgis_org_refuses(package, tmp_path, entries, problem):
    """A zip with an entry added, replaced or (None) left out fails the check, with a reason."""
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(broken, "w") as target:
        for info in source.infolist():
            if info.filename not in entries:
                target.writestr(info, source.read(info))
        for name, text in entries.items():
            if text is not None:  # None: the entry is left out
                target.writestr(name, text)
    problems, _ = _package_module().check(broken)
    assert any(problem in p for p in problems), problems
    done = subprocess.run(
        [sys.executable, str(PACKAGE_SCRIPT), "--check", str(broken)], capture_output=True, text=True
    )
    assert done.returncode == 1 and problem in done.stderr


def test_installed_zip_runs_from_a_fresh_profile(package, tmp_path):
    """Unzip into a new profile's plugins folder, enable it, run a tool with qgis_process."""
    if not QGIS_PROCESS_BIN.exists():
        pytest.skip("qgis_process.bin not installed")
    config = tmp_path / "config"
    plugins = config / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(package) as archive:
        archive.extractall(plugins)
    installed = plugins / "rasterdl"
    assert not (installed / "__pycache__").exists()
    ini = config / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[PythonPlugins]\nrasterdl=true\n")

    band_threshold_segmenter(tmp_path / "water.onnx", bands=4, size=128)
    emd = tmp_path / "water.emd"
    emd.write_text(json.dumps({
        "ModelType": "ImageClassification", "ModelFile": "water.onnx", "ImageHeight": 128, "ImageWidth": 128,
        "ExtractBands": [0, 1, 2, 3], "Classes": [{"Value": 1, "Name": "Water", "Color": [0, 0, 255]}],
    }))  # fmt: skip

    runtime = tmp_path / "xdg-runtime"
    runtime.mkdir(mode=0o700)
    # No QGIS_PLUGINPATH: QGIS must find the plugin in the profile. Bytecode is written
    # next to the modules Python imports, which shows where the plugin ran from.
    unwanted = ("QGIS_PLUGINPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")
    env = {k: v for k, v in os.environ.items() if k not in unwanted}
    env.update(
        QGIS_CUSTOM_CONFIG_PATH=str(config),
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(runtime),
        XDG_DATA_HOME=str(tmp_path / "data"),
        PYTHONWARNINGS="ignore::DeprecationWarning",
        PYTHONPATH=os.pathsep.join(str(p) for p in sorted(REPO.glob(".venv/lib/python3*/site-packages"))),
    )

    def qgis_process(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(QGIS_PROCESS_BIN), *args], capture_output=True, text=True, env=env,
            stdin=subprocess.DEVNULL, timeout=300, cwd=tmp_path,
        )  # fmt: skip

    listed = qgis_process("--json", "plugins")
    assert listed.returncode == 0, listed.stderr
    assert parse_json_output(listed.stdout)["plugins"]["rasterdl"]["loaded"] is True

    done = qgis_process("--json", "run", "rasterdl:modelinfo", "--", f"MODEL={emd}")
    assert done.returncode == 0, done.stderr
    results = parse_json_output(done.stdout)["results"]
    assert results["MODEL_TYPE"] == "ImageClassification"
    assert results["BANDS"] == "1,2,3,4"
    assert results["TILE_SIZE"] == 128
    # Python compiled the modules it ran where it found them: in the unpacked copy.
    assert list((installed / "__pycache__").glob("plugin.cpython-*.pyc"))
    assert list((installed / "core" / "model" / "__pycache__").glob("loader.cpython-*.pyc"))
    assert list((installed / "algorithms" / "__pycache__").glob("model_info.cpython-*.pyc"))
