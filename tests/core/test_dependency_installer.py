"""The dependency installer without QGIS: choices, the pip command, and real pip runs offline."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from unittest import mock

import pytest
from rasterdl.core.errors import DependencyError
from rasterdl.core.install import installer as di
from rasterdl.core.install.dependencies import dependencies_dir

from tests.fake_wheels import (  # noqa: F401 (fakes_stay_out_of_this_process is an autouse fixture)
    FAKE_DASK_VERSION,
    FAKE_OPENCV_VERSION,
    FAKE_PROVIDERS,
    FAKE_VERSION,
    fake_wheel_folder,
    fakes_stay_out_of_this_process,
    offline_pip_env,
)


@pytest.fixture()
def offline(tmp_path, monkeypatch) -> Path:
    """pip installs only from a folder of fake wheels; the target folder lies in tmp_path."""
    wheels = fake_wheel_folder(tmp_path / "wheels", gpu=True, numpy_versions=("1.24.2",), cluster=True)
    for key, value in offline_pip_env(wheels).items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return wheels


# -- choices -----------------------------------------------------------------------------------


def test_nvidia_driver_found_by_nvidia_smi_or_driver_files():
    def nothing(_path):
        return None

    assert di.nvidia_driver(which=lambda _: "/usr/bin/nvidia-smi", platform="linux") == "/usr/bin/nvidia-smi"
    proc = "/proc/driver/nvidia/version"
    assert di.nvidia_driver(which=nothing, exists=lambda p: p == proc, platform="linux") == proc
    assert di.nvidia_driver(which=nothing, exists=lambda p: False, platform="linux") is None
    windows = di.nvidia_driver(
        which=nothing,
        exists=lambda p: p.endswith(r"System32\nvml.dll"),
        platform="win32",
        environ={"SystemRoot": r"C:\Windows"},
    )
    assert windows == r"C:\Windows\System32\nvml.dll"
    assert di.nvidia_driver(which=lambda _: "/x/nvidia-smi", exists=lambda p: True, platform="darwin") is None


@pytest.mark.parametrize(
    ("variant", "nvidia", "expected"),
    [
        (di.Variant.AUTO, None, "onnxruntime"),
        (di.Variant.AUTO, "/proc/driver/nvidia/version", "onnxruntime-gpu"),
        (di.Variant.CPU, "/proc/driver/nvidia/version", "onnxruntime"),
        (di.Variant.GPU, None, "onnxruntime-gpu"),
        (0, None, "onnxruntime"),
    ],
)
def test_choose_packages(variant, nvidia, expected):
    assert di.choose_packages(variant, nvidia, platform="linux") == [expected, "opencv-python-headless"]


def test_missing_extras_are_added_with_their_pins():
    packages = di.choose_packages(di.Variant.CPU, None, platform="linux", missing=["lxml", "shapely"])
    assert packages == ["onnxruntime", "opencv-python-headless", "shapely", "lxml"]
    plan = di.plan_install(
        di.Variant.CPU,
        python="python3",
        target=Path("/deps"),
        numpy_version="1.24.2",
        missing=["shapely"],
        geos_version=(3, 11),
    )
    assert plan.requirements == [
        "onnxruntime",
        "opencv-python-headless<4.12",
        "shapely>=2.0,<2.1",
        "numpy==1.24.2",
    ]
    trixie = di.plan_install(
        di.Variant.CPU,
        python="python3",
        target=Path("/deps"),
        numpy_version="2.2.4",
        missing=["shapely"],
        geos_version=(3, 13),
    )
    assert trixie.requirements == [
        "onnxruntime",
        "opencv-python-headless",
        "shapely>=2.1,<2.2",
        "numpy==2.2.4",
    ]
    bare = di.plan_install(di.Variant.CPU, python="python3", target=Path("/deps"), numpy_version="2.1.0")
    assert bare.requirements == ["onnxruntime", "opencv-python-headless", "numpy==2.1.0"]


def test_dask_and_distributed_are_installed_only_when_asked_with_their_bounds():
    assert not {"dask", "distributed"} & set(di.choose_packages(di.Variant.CPU, None, platform="linux"))
    packages = di.choose_packages(di.Variant.CPU, None, platform="linux", missing=["lxml"], cluster=True)
    assert packages == ["onnxruntime", "opencv-python-headless", "lxml", "dask", "distributed"]
    plan = di.plan_install(
        di.Variant.CPU, python="python3", target=Path("/deps"), numpy_version="2.1.0", cluster=True
    )
    assert plan.requirements == [
        "onnxruntime",
        "opencv-python-headless",
        "dask>=2026.1",
        "distributed>=2026.1",
        "numpy==2.1.0",
    ]
    assert plan.command.endswith(" 'dask>=2026.1' 'distributed>=2026.1' numpy==2.1.0")


def test_shapely_is_the_release_built_for_the_geos_qgis_links():
    from rasterdl.core.install.dependencies import shapely_requirement

    assert shapely_requirement((3, 11)) == "shapely>=2.0,<2.1"  # Debian 12, QGIS 3.22
    assert shapely_requirement((3, 12)) == "shapely>=2.0,<2.1"
    assert shapely_requirement((3, 13)) == "shapely>=2.1,<2.2"  # Debian 13, QGIS 3.40
    assert shapely_requirement((3, 14)) == "shapely>=2.1"
    assert shapely_requirement(None) == "shapely>=2.0"


def test_gpu_build_on_macos_is_refused_and_automatic_picks_cpu():
    with pytest.raises(DependencyError, match="macOS"):
        di.choose_packages(di.Variant.GPU, None, platform="darwin")
    assert di.choose_packages(di.Variant.AUTO, "/x", platform="darwin")[0] == "onnxruntime"


def test_pins_keep_the_numpy_qgis_has():
    assert di.pins("1.24.2")[:2] == ["numpy==1.24.2", "opencv-python-headless<4.12"]
    assert [pin for pin in di.pins("2.2.1") if "opencv" in pin or "numpy" in pin] == ["numpy==2.2.1"]
    assert di.pins(None) == ["numpy", "shapely>=2.0"]
    assert di.pins("2.2.4", (3, 13)) == ["numpy==2.2.4", "shapely>=2.1,<2.2"]


def test_plan_builds_the_pip_command(tmp_path):
    plan = di.plan_install(
        di.Variant.GPU, python="/usr/bin/python3", target=tmp_path / "deps", numpy_version="1.24.2"
    )
    assert plan.argv[:4] == ["/usr/bin/python3", "-m", "pip", "install"]
    assert plan.argv[-3:] == ["onnxruntime-gpu", "opencv-python-headless<4.12", "numpy==1.24.2"]
    assert "--upgrade" in plan.argv and "--only-binary=:all:" in plan.argv
    assert plan.argv[plan.argv.index("--target") + 1] == str(tmp_path / "deps")
    assert plan.command.startswith("/usr/bin/python3 -m pip install --upgrade --target ")
    assert plan.command.endswith(" onnxruntime-gpu 'opencv-python-headless<4.12' numpy==1.24.2")
    assert plan.gpu


def test_plan_defaults_to_the_plugin_folder_and_this_numpy(offline, tmp_path):
    import numpy

    plan = di.plan_install(di.Variant.CPU)
    assert plan.target == dependencies_dir()
    assert str(plan.target).startswith(str(tmp_path / "data"))
    assert plan.pins[0] == f"numpy=={numpy.__version__}"


def test_windows_command_is_quoted_for_cmd():
    argv = [r"C:\Program Files\QGIS\apps\Python312\python.exe", "-m", "pip"]
    assert di.format_command(argv, platform="win32").startswith('"C:\\Program Files\\QGIS')


def test_restart_needed():
    target = Path("/deps")
    assert di.restart_needed(target, modules={}, path=["/usr/lib"])
    assert not di.restart_needed(target, modules={}, path=["/usr/lib", "/deps"])
    assert di.restart_needed(target, modules={"onnxruntime": object()}, path=["/deps"])
    assert di.restart_needed(target, modules={"distributed": object()}, path=["/deps"])


def test_loaded_from_names_modules_imported_from_the_target(tmp_path):
    inside = mock.Mock(__file__=str(tmp_path / "deps" / "onnxruntime" / "__init__.py"))
    outside = mock.Mock(__file__="/usr/lib/python3/dist-packages/cv2/__init__.py")
    modules = {"onnxruntime": inside, "cv2": outside}
    assert di.loaded_from(tmp_path / "deps", modules) == ["onnxruntime"]


# -- running pip and the probe -----------------------------------------------------------------


def test_probe_reports_what_the_python_finds_without_importing_here(offline, tmp_path):
    target = tmp_path / "empty"
    report = di.probe(sys.executable, target, extras=("shapely", "rasterdl_no_such_module"))
    assert report.pip_version
    assert not report.onnxruntime.in_target
    assert report.missing == ["rasterdl_no_such_module"]
    assert report.python_version == sys.version.split()[0]


def test_probe_reports_optional_modules_but_never_counts_them_missing(offline, tmp_path):
    import importlib.metadata

    report = di.probe(
        sys.executable, tmp_path / "empty", extras=("shapely",), optional=("dask", "rasterdl_no")
    )
    assert report.missing == []
    assert "rasterdl_no" in report.others["rasterdl_no"].error
    assert report.others["dask"].version == importlib.metadata.version("dask")
    assert not report.others["dask"].in_target


def test_install_with_the_cluster_packages_puts_dask_in_the_target(offline, tmp_path):
    plan = di.plan_install(di.Variant.CPU, python=sys.executable, numpy_version="1.24.2", cluster=True)
    lines: list[str] = []
    di.install(plan, lines.append)
    for name in ("dask", "distributed"):
        assert (plan.target / name / "__init__.py").is_file()
        assert (plan.target / f"{name}-{FAKE_DASK_VERSION}.dist-info").is_dir()
    report = di.probe(sys.executable, plan.target)
    assert report.others["distributed"].version == FAKE_DASK_VERSION
    assert report.others["distributed"].in_target
    # This venv's real dask comes first on its path: the probe says so, as for onnxruntime.
    assert "site-packages" in report.others["dask"].shadowed_by


def test_install_puts_both_packages_in_the_target_and_the_probe_reads_them(offline, tmp_path):
    plan = di.plan_install(di.Variant.CPU, python=sys.executable, numpy_version="1.24.2")
    lines: list[str] = []
    di.install(plan, lines.append)
    assert (plan.target / "onnxruntime" / "__init__.py").is_file()
    assert (plan.target / "cv2" / "__init__.py").is_file()
    assert (plan.target / "numpy" / "__init__.py").is_file()
    assert any("Successfully installed" in line for line in lines)
    report = di.probe(sys.executable, plan.target)
    assert report.providers == FAKE_PROVIDERS
    assert report.onnxruntime.version == FAKE_VERSION and report.onnxruntime.in_target
    assert report.opencv.version == FAKE_OPENCV_VERSION and report.opencv.in_target
    # The venv's real onnxruntime comes first on this Python's path: the probe says so.
    assert report.onnxruntime.shadowed_by and "site-packages" in report.onnxruntime.shadowed_by


def test_conflicts_of_packages_outside_the_target_are_explained_not_shown_as_errors(
    offline, tmp_path, monkeypatch
):
    """As with Debian 13's python3-typeshed: pip succeeds, then prints an "ERROR" about a package it did
    not install whose requirement the new packages do not meet. The log explains it in one line."""
    system = tmp_path / "system-packages"
    info = system / "typeshed_like-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: typeshed-like\nVersion: 1.0\nRequires-Dist: onnxruntime<1\n"
    )
    monkeypatch.setenv("PYTHONPATH", str(system))
    plan = di.plan_install(di.Variant.CPU, python=sys.executable, numpy_version="1.24.2")
    lines: list[str] = []
    di.install(plan, lines.append)
    assert (plan.target / "onnxruntime" / "__init__.py").is_file()
    assert not [line for line in lines if "ERROR" in line.split(":", 1)[0]]
    notes = [line for line in lines if line.startswith("pip's check")]
    assert len(notes) == 1, lines
    assert f"typeshed-like 1.0 requires onnxruntime<1, but you have onnxruntime {FAKE_VERSION}" in notes[0]
    assert "the installation succeeded" in notes[0]


def test_switching_to_the_gpu_build_drops_the_cpu_build_metadata(offline):
    cpu = di.plan_install(di.Variant.CPU, python=sys.executable, numpy_version="1.24.2")
    di.install(cpu, lambda line: None)
    gpu = di.plan_install(di.Variant.GPU, python=sys.executable, numpy_version="1.24.2")
    di.install(gpu, lambda line: None)
    names = sorted(p.name for p in gpu.target.iterdir())
    assert "onnxruntime_gpu-99.0.0.dist-info" in names
    assert "onnxruntime-99.0.0.dist-info" not in names


def test_missing_wheel_is_a_clear_dependency_error(offline, tmp_path, monkeypatch):
    empty = tmp_path / "no-wheels"
    empty.mkdir()
    monkeypatch.setenv("PIP_FIND_LINKS", str(empty))
    plan = di.plan_install(di.Variant.CPU, python=sys.executable, numpy_version="1.24.2")
    with pytest.raises(DependencyError) as caught:
        di.install(plan, lambda line: None)
    message = str(caught.value)
    assert "\n" not in message
    assert "pip could not install onnxruntime, opencv-python-headless (exit status 1)" in message
    assert "onnxruntime" in message.split(":", 1)[1]


def test_cancel_terminates_the_subprocess():
    started = time.monotonic()
    seen: list[str] = []
    pid_file = []

    def on_line(line: str) -> None:
        seen.append(line)
        pid_file.append(int(line))

    argv = [sys.executable, "-c", "import os, time; print(os.getpid(), flush=True); time.sleep(60)"]
    with pytest.raises(di.InstallCanceledError, match="canceled"):
        di.run_streaming(argv, on_line, is_canceled=lambda: bool(seen))
    assert time.monotonic() - started < 20
    pid = pid_file[0]
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_run_streaming_returns_the_exit_status_and_every_line():
    lines: list[str] = []
    argv = [sys.executable, "-c", "import sys; print('one'); print('two', file=sys.stderr); sys.exit(3)"]
    assert di.run_streaming(argv, lines.append) == 3
    assert sorted(lines) == ["one", "two"]


def test_missing_python_is_a_dependency_error(tmp_path):
    with pytest.raises(DependencyError, match="Could not"):
        di.probe(str(tmp_path / "no-python"), tmp_path)
    with pytest.raises(DependencyError, match="Could not start"):
        di.run_streaming([str(tmp_path / "no-python")], lambda line: None)
