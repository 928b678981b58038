"""Install Python dependencies, through processing.run and scripts/qgis_process, offline.

pip installs fake onnxruntime / OpenCV / numpy wheels from a folder in tmp_path
(``PIP_NO_INDEX``, ``PIP_FIND_LINKS``) into a target folder under a temporary
``XDG_DATA_HOME``; nothing reaches the network and nothing lands in this
process.
"""

from __future__ import annotations

import shlex
import socket
import sys
import time
from pathlib import Path
from unittest import mock

import pytest
from qgis.core import QgsApplication, QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingFeedback

from tests.fake_wheels import (  # noqa: F401 (fakes_stay_out_of_this_process is an autouse fixture)
    FAKE_DASK_VERSION,
    FAKE_OPENCV_VERSION,
    FAKE_PROVIDERS,
    FAKE_VERSION,
    fake_wheel_folder,
    fakes_stay_out_of_this_process,
    offline_pip_env,
)
from tests.qgis.conftest import parse_json_output, run_qgis_process

ALG = "rasterdl:installdependencies"


@pytest.fixture()
def offline(tmp_path, monkeypatch) -> dict:
    """Offline pip and a private XDG_DATA_HOME, in this process's environment and as a dict."""
    wheels = fake_wheel_folder(tmp_path / "wheels", gpu=True, cluster=True)
    env = offline_pip_env(wheels)
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return env


def _target(tmp_path: Path) -> Path:
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    return tmp_path / "data" / "rasterdl" / "site-packages" / version


def test_tool_is_listed_hidden_from_the_modeler_with_outputs(rasterdl_plugin):
    algorithm = QgsApplication.processingRegistry().algorithmById(ALG)
    assert algorithm is not None
    assert algorithm.displayName() == "Install Python Dependencies"
    assert algorithm.flags() & QgsProcessingAlgorithm.FlagHideFromModeler
    assert algorithm.flags() & QgsProcessingAlgorithm.FlagCanCancel
    outputs = {output.name() for output in algorithm.outputDefinitions()}
    assert outputs == {"INSTALLED", "EXECUTION_PROVIDERS", "COMMAND", "TARGET_FOLDER"}
    assert algorithm.parameterDefinition("CHECK_ONLY").defaultValue() is True
    assert "pypi.org" in algorithm.shortHelpString()


def test_defaults_only_check_and_install_nothing(rasterdl_plugin, offline, tmp_path):
    import processing

    result = processing.run(ALG, {})
    target = _target(tmp_path)
    assert result["INSTALLED"] is False
    assert result["TARGET_FOLDER"] == str(target)
    assert " -m pip install --upgrade --target " in result["COMMAND"]
    assert str(target) in result["COMMAND"]
    assert not target.exists()
    # This checkout's venv has a real onnxruntime: its providers are reported.
    assert "CPUExecutionProvider" in result["EXECUTION_PROVIDERS"].split(",")


def test_check_reports_every_runtime_package(rasterdl_plugin, offline):
    """The tools fail without shapely or lxml too: the check names each runtime package with its version."""
    import importlib.metadata

    import processing

    class Log(QgsProcessingFeedback):
        lines: list[str] = []

        def pushInfo(self, info):  # noqa: N802 (QGIS name)
            self.lines.append(info)

    log = Log()
    processing.run(ALG, {}, feedback=log)
    for label, distribution in (("numpy", "numpy"), ("shapely", "shapely"), ("lxml", "lxml")):
        version = importlib.metadata.version(distribution)
        assert any(line.startswith(f"{label} {version} (") for line in log.lines), (label, log.lines)
    assert any(line.startswith("OpenCV ") for line in log.lines)
    assert any(line.startswith("onnxruntime ") for line in log.lines)


def test_gpu_variant_picks_onnxruntime_gpu(rasterdl_plugin, offline):
    import processing

    gpu = processing.run(ALG, {"VARIANT": 2, "CHECK_ONLY": True})["COMMAND"].split()
    cpu = processing.run(ALG, {"VARIANT": 1, "CHECK_ONLY": True})["COMMAND"].split()
    assert "onnxruntime-gpu" in gpu and "onnxruntime" not in gpu
    assert "onnxruntime" in cpu and "onnxruntime-gpu" not in cpu


class _Log(QgsProcessingFeedback):
    def __init__(self) -> None:
        super().__init__()
        self.info: list[str] = []
        self.warnings: list[str] = []

    def pushInfo(self, info):  # noqa: N802 (QGIS name)
        self.info.append(info)

    def pushWarning(self, warning):  # noqa: N802 (QGIS name)
        self.warnings.append(warning)


def test_dask_is_optional_and_installed_only_when_asked(rasterdl_plugin, offline):
    import processing

    plain = shlex.split(processing.run(ALG, {"VARIANT": 1})["COMMAND"])
    cluster = shlex.split(processing.run(ALG, {"VARIANT": 1, "CLUSTER_PACKAGES": True})["COMMAND"])
    assert not [word for word in plain if word.startswith(("dask", "distributed"))]
    assert cluster[-3:-1] == ["dask>=2026.1", "distributed>=2026.1"]
    assert cluster[: len(plain) - 1] == plain[:-1]  # the same command otherwise (numpy's pin comes last)


def test_a_python_without_dask_is_told_it_is_optional(rasterdl_plugin, offline, tmp_path, monkeypatch):
    """The Python QGIS runs finds no dask (a module in front of the venv's that fails as an absent one
    does): the check still succeeds and says only the CLUSTER parameter needs it."""
    import processing

    (tmp_path / "no-dask").mkdir()
    (tmp_path / "no-dask" / "dask.py").write_text("raise ModuleNotFoundError(\"No module named 'dask'\")\n")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path / "no-dask"))
    log = _Log()
    result = processing.run(ALG, {"VARIANT": 1}, feedback=log)
    assert result["INSTALLED"] is False
    (line,) = [line for line in log.info if line.startswith("dask:")]
    assert line.startswith("dask: not installed (ModuleNotFoundError: No module named 'dask'); optional,")
    assert "CLUSTER parameter" in line and "Also install dask and distributed" in line


def test_install_with_the_cluster_packages_reports_dask_from_the_target(rasterdl_plugin, offline, tmp_path):
    import processing

    log = _Log()
    result = processing.run(ALG, {"VARIANT": 1, "CHECK_ONLY": False, "CLUSTER_PACKAGES": True}, feedback=log)
    target = _target(tmp_path)
    assert result["INSTALLED"] is True
    for name in ("dask", "distributed"):
        assert (target / f"{name}-{FAKE_DASK_VERSION}.dist-info").is_dir()
        assert f"{name} {FAKE_DASK_VERSION} (target folder)" in log.info
    # This venv's own dask comes first on the Python path: the tool says the folder's copy is not used.
    assert any(
        w.startswith("The dask in the target folder is not the one the plugin uses") for w in log.warnings
    )


def test_install_puts_the_packages_in_the_target_and_reports_their_providers(
    rasterdl_plugin, offline, tmp_path
):
    import processing

    result = processing.run(ALG, {"VARIANT": 1, "CHECK_ONLY": False})
    target = _target(tmp_path)
    assert result["INSTALLED"] is True
    assert (target / "onnxruntime" / "__init__.py").is_file()
    assert (target / "cv2" / "__init__.py").is_file()
    assert (target / f"onnxruntime-{FAKE_VERSION}.dist-info").is_dir()
    # Read by a fresh Python from the target folder: this process never imports the fake.
    assert result["EXECUTION_PROVIDERS"].split(",") == FAKE_PROVIDERS


def test_failing_pip_is_a_clear_processing_error(rasterdl_plugin, offline, tmp_path, monkeypatch):
    import processing

    empty = tmp_path / "no-wheels"
    empty.mkdir()
    monkeypatch.setenv("PIP_FIND_LINKS", str(empty))
    with pytest.raises(QgsProcessingException) as caught:
        processing.run(ALG, {"VARIANT": 2, "CHECK_ONLY": False})
    message = str(caught.value)
    assert message.startswith("pip could not install onnxruntime-gpu, opencv-python-headless (exit status 1)")
    assert "onnxruntime-gpu" in message.split(":", 1)[1]
    assert "Traceback" not in message and "\n" not in message


class _CancelOnFirstPipLine(QgsProcessingFeedback):
    def __init__(self) -> None:
        super().__init__()
        self.console: list[str] = []

    def pushConsoleInfo(self, info: str) -> None:
        self.console.append(info)
        self.cancel()


def test_cancel_stops_pip(rasterdl_plugin, offline, tmp_path, monkeypatch):
    """pip waits on a server that never answers; canceling stops it at once."""
    import processing

    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        monkeypatch.setenv("PIP_FIND_LINKS", f"http://127.0.0.1:{server.getsockname()[1]}/")
        monkeypatch.setenv("PIP_TIMEOUT", "120")
        feedback = _CancelOnFirstPipLine()
        started = time.monotonic()
        with pytest.raises(QgsProcessingException, match="canceled"):
            processing.run(ALG, {"VARIANT": 1, "CHECK_ONLY": False}, feedback=feedback)
        assert time.monotonic() - started < 60
    assert feedback.console
    assert not (_target(tmp_path) / "onnxruntime").exists()


def test_qgis_process_checks_then_installs(offline, tmp_path):
    checked = run_qgis_process("--json", "run", ALG, "--", "VARIANT=2", env=offline, profile=tmp_path)
    assert checked.returncode == 0, checked.stderr
    results = parse_json_output(checked.stdout)["results"]
    assert results["INSTALLED"] is False
    assert "onnxruntime-gpu" in results["COMMAND"].split()
    assert not _target(tmp_path).exists()

    done = run_qgis_process(
        "--json", "run", ALG, "--", "VARIANT=2", "CHECK_ONLY=false", env=offline, profile=tmp_path
    )
    assert done.returncode == 0, done.stderr
    output = parse_json_output(done.stdout)
    results = output["results"]
    assert results["INSTALLED"] is True
    assert results["EXECUTION_PROVIDERS"].split(",") == FAKE_PROVIDERS
    assert results["TARGET_FOLDER"] == str(_target(tmp_path))
    assert (_target(tmp_path) / f"onnxruntime_gpu-{FAKE_VERSION}.dist-info").is_dir()
    assert any(line.startswith("Successfully installed") for line in output["log"]["info"])
    assert "Restart QGIS to use the packages just installed." in output["log"]["warning"]


def test_qgis_process_failing_pip_gives_one_line_reason(offline, tmp_path):
    env = dict(offline, PIP_FIND_LINKS=str(tmp_path))
    done = run_qgis_process("run", ALG, "--", "CHECK_ONLY=false", "VARIANT=1", env=env, profile=tmp_path)
    assert done.returncode != 0
    output = done.stdout + done.stderr
    assert "pip could not install onnxruntime, opencv-python-headless" in output
    assert "Traceback" not in output


def test_menu_entry_opens_the_installer_only_without_onnxruntime(rasterdl_plugin, monkeypatch):
    import processing
    import rasterdl
    from rasterdl import plugin as plugin_module

    iface = mock.MagicMock()
    iface.mainWindow.return_value = None
    monkeypatch.setattr(plugin_module, "onnxruntime_available", lambda: True)
    plugin = rasterdl.classFactory(iface)
    plugin.initProcessing = lambda: None  # leave the session's provider registered
    plugin.initGui()
    assert plugin.install_action is None
    assert QgsApplication.processingRegistry().providerById("rasterdl") is not None
    iface.addPluginToMenu.assert_not_called()
    plugin.unload()

    monkeypatch.setattr(plugin_module, "onnxruntime_available", lambda: False)
    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog", lambda alg, params: opened.append(alg))
    plugin = rasterdl.classFactory(iface)
    plugin.initProcessing = lambda: None
    plugin.initGui()
    action = plugin.install_action
    menu, added = iface.addPluginToMenu.call_args[0]
    assert added is action and "Raster Deep Learning" in menu
    action.trigger()
    assert opened == [ALG]
    plugin.unload()
    iface.removePluginMenu.assert_called_once_with(menu, action)
    assert plugin.install_action is None
    assert QgsApplication.processingRegistry().providerById("rasterdl") is not None
