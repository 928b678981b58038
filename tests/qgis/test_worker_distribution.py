"""The worker distribution (``pip install ./``): built into a wheel, installed into a fresh venv, imported
without QGIS, and run by a ``dask worker`` started from that venv as the README says.

Offline by design: the fresh venv is made by the system Python (``--system-site-packages``: GDAL's
bindings and numpy, as on a Debian worker) and sees this test environment's packages (onnxruntime,
OpenCV, dask, distributed) through a .pth file, so ``pip install --no-index`` of the wheel resolves
every declared dependency without an index, and fails if one is missing. The wheel is built from a
copy of the checkout, so the in-tree build leaves nothing in it. QGIS's own modules are visible to
that venv too (system site-packages): the checks prove that nothing imports them.
"""

from __future__ import annotations

import configparser
import email.parser
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import sysconfig
import time
import zipfile
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal

from tests.qgis.rasters import write_raster
from tests.qgis.test_classify_pixels import threshold_model

REPO = Path(__file__).resolve().parents[2]
#: Parts of the checkout that need QGIS (or are not code) and so stay out of the wheel.
LEFT_OUT = ("algorithms/", "provider/", "gui/", "modeler/", "tests/", "core/adapters/qgis/")
#: Copied nowhere: environments, build outputs and the link .build/plugins/rasterdl -> the checkout.
NOT_COPIED = shutil.ignore_patterns(
    ".git", ".venv*", ".build", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".qgis-settings"
)
#: Top-level modules of QGIS and its Qt bindings, which no worker module may import.
QGIS_MODULES = ("qgis", "PyQt5", "PyQt6", "processing")
#: A subprocess environment without this process's Python settings, pip's site configuration or index.
CLEAN_ENV = {
    **{k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PIP_"))},
    "PIP_CONFIG_FILE": os.devnull,
    "PIP_NO_INDEX": "1",
    "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    "RASTERDL_WORKER_THREADS": "1",
}


def run(argv: list, cwd: Path, timeout: float = 120) -> str:
    done = subprocess.run(
        [str(a) for a in argv], cwd=cwd, env=CLEAN_ENV, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, f"{argv}: {done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict:
    """The wheel built from a copy of the checkout, and a fresh venv with it installed."""
    work = tmp_path_factory.mktemp("worker")
    source = work / "source"
    shutil.copytree(REPO, source, ignore=NOT_COPIED, symlinks=True)
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            work / "wheel",
            ".",
        ],
        source,
    )
    (wheel,) = (work / "wheel").glob("rasterdl-*.whl")
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    system_python = Path(sys.base_prefix) / "bin" / f"python{version}"
    venv = work / "venv"
    run([system_python, "-m", "venv", "--system-site-packages", venv], work)
    python = venv / "bin" / "python"
    purelib = Path(
        run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], work).strip()
    )
    (purelib / "test-environment.pth").write_text(sysconfig.get_path("purelib") + "\n")
    run([python, "-m", "pip", "install", wheel], work)
    return {"wheel": wheel, "python": python, "purelib": purelib, "work": work}


def test_the_wheel_holds_the_engine_and_leaves_the_qgis_parts_out(built):
    names = zipfile.ZipFile(built["wheel"]).namelist()
    modules = {n[len("rasterdl/") :] for n in names if n.startswith("rasterdl/")}
    engine = {
        p.relative_to(REPO).as_posix()
        for p in (REPO / "core").rglob("*.py")
        if not p.relative_to(REPO).as_posix().startswith(LEFT_OUT)
    }
    assert "core/engine/blocks.py" in engine and "core/adapters/gdal/raster_reader.py" in engine
    assert modules == engine | {"__init__.py", "api.py", "api_export.py"}
    assert not any(m.startswith(LEFT_OUT) for m in modules)
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(REPO / "metadata.txt", encoding="utf-8")
    (info,) = [n for n in names if n.endswith(".dist-info/METADATA")]
    wheel_metadata = email.parser.Parser().parsestr(zipfile.ZipFile(built["wheel"]).read(info).decode())
    assert wheel_metadata["Name"] == "rasterdl"
    assert wheel_metadata["Version"] == metadata["general"]["version"]
    required = {re.match(r"[A-Za-z0-9_.-]+", r).group() for r in wheel_metadata.get_all("Requires-Dist")}
    assert {
        "numpy",
        "onnxruntime",
        "opencv-python-headless",
        "shapely",
        "lxml",
        "dask",
        "distributed",
    } <= required


def test_the_installed_package_imports_every_module_without_qgis(built, tmp_path):
    code = (
        "import json, pkgutil, sys, rasterdl\n"
        "rasterdl.classify_pixels, rasterdl.detect_objects, rasterdl.export_training_data\n"
        "names = [m.name for m in pkgutil.walk_packages(rasterdl.__path__, 'rasterdl.')]\n"
        "for name in names: __import__(name)\n"
        f"qgis = sorted(m for m in sys.modules if m.split('.')[0] in {QGIS_MODULES!r})\n"
        "print(json.dumps({'file': rasterdl.__file__, 'modules': names, 'qgis': qgis}))\n"
    )
    # -I: no PYTHONPATH, no user site, not the current folder: only what the venv installed.
    answer = json.loads(run([built["python"], "-I", "-c", code], tmp_path).splitlines()[-1])
    assert Path(answer["file"]).parent == built["purelib"] / "rasterdl"
    assert "rasterdl.core.engine.blocks" in answer["modules"] and "rasterdl.api" in answer["modules"]
    assert "rasterdl.api_export" in answer["modules"]
    assert answer["qgis"] == []


def _stop(process: subprocess.Popen) -> None:
    """Stop a process this test started and its children (its own process group)."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=15)


def _start(argv: list, cwd: Path, log: Path) -> subprocess.Popen:
    with log.open("w") as out:
        return subprocess.Popen(
            [str(a) for a in argv], cwd=cwd, env=CLEAN_ENV, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip


def _scheduler_address(scheduler_file: Path, process: subprocess.Popen, log: Path) -> str:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text()
        if scheduler_file.is_file():
            try:
                return json.loads(scheduler_file.read_text())["address"]
            except (ValueError, KeyError):
                pass
        time.sleep(0.2)
    raise AssertionError(f"the scheduler did not start: {log.read_text()}")


def test_a_dask_worker_from_the_venv_runs_the_blocks_of_a_classification(built, tmp_path, monkeypatch):
    """The README's scheduler and worker, started from the venv; this checkout drives
    ``rasterdl.classify_pixels(..., client=address)``, whose block tasks the worker runs with the
    installed package: the same pixels as a run in this process."""
    import rasterdl
    from distributed import Client

    monkeypatch.setenv("RASTERDL_BLOCK_PIXELS", str(256 * 256))  # several blocks from a small raster
    pixels = np.random.default_rng(19).integers(0, 256, size=(3, 300, 600), dtype=np.uint8)
    image = write_raster(tmp_path / "image.tif", pixels)
    model = threshold_model(tmp_path)
    python, folder = built["python"], built["work"]
    scheduler_file = tmp_path / "scheduler.json"
    scheduler = _start(
        [python, "-I", "-m", "dask", "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
         "--scheduler-file", scheduler_file],
        folder, tmp_path / "scheduler.log",
    )  # fmt: skip
    worker = None
    try:
        address = _scheduler_address(scheduler_file, scheduler, tmp_path / "scheduler.log")
        # The README's command line: `dask worker tcp://HOST:8786 --nworkers 1 --nthreads 1`.
        worker = _start(
            [python, "-I", "-m", "dask", "worker", address, "--nworkers", "1", "--nthreads", "1",
             "--no-dashboard", "--local-directory", tmp_path / "worker-space"],
            folder, tmp_path / "worker.log",
        )  # fmt: skip
        with Client(address, timeout=30) as client:
            client.wait_for_workers(1, timeout=30)
            result = rasterdl.classify_pixels(image, model, tmp_path / "cluster.tif", client=address)

            def loaded() -> dict:
                import sys

                qgis = sorted(
                    m for m in sys.modules if m.split(".")[0] in ("qgis", "PyQt5", "PyQt6", "processing")
                )
                return {"blocks": sys.modules["rasterdl.core.cluster.pixel_blocks"].__file__, "qgis": qgis}

            (on_worker,) = client.run(loaded).values()
    finally:
        for process in (worker, scheduler):
            if process is not None:
                _stop(process)
    assert result["BLOCKS"] > 1
    assert Path(on_worker["blocks"]).is_relative_to(built["purelib"] / "rasterdl")
    assert on_worker["qgis"] == []
    rasterdl.classify_pixels(image, model, tmp_path / "here.tif")
    classes = gdal.Open(str(tmp_path / "cluster.tif")).ReadAsArray()
    np.testing.assert_array_equal(classes, gdal.Open(str(tmp_path / "here.tif")).ReadAsArray())
    # The model marks class 5 where band 1 / 255 > 0.5, class 0 elsewhere (tests/onnx_models.py).
    np.testing.assert_array_equal(classes, np.where(pixels[0] / 255.0 > 0.5, 5, 0))
