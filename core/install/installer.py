"""Install onnxruntime and OpenCV (and, when asked, dask) for the Python that QGIS runs, with pip.

Pure Python (no Qt): the Processing tool ``rasterdl:installdependencies``
drives it. Nothing here runs at import time; :func:`install` runs only when a
user asks for it, and streams pip's output to a callback so nothing happens
silently.

Packages go into :func:`~.dependencies.dependencies_dir`, which the plugin
appends to ``sys.path`` at start, *after* the system folders: the numpy and
GDAL that QGIS ships keep winning over any copy pip puts there. pip's
``--target`` ignores what is already installed, so it always copies the
dependencies of onnxruntime (numpy among them) into the folder; the command
pins numpy to the version QGIS's own Python has, so pip picks onnxruntime and
OpenCV builds that accept that numpy (e.g. OpenCV 4.11, not 4.12 which
requires numpy 2, on Debian's QGIS built against numpy 1.24).
"""

from __future__ import annotations

import enum
import json
import os
import queue
import re
import shlex
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..errors import DependencyError, RasterDLError
from .dependencies import dependencies_dir, python_executable, qgis_geos_version, shapely_requirement

ONNXRUNTIME = "onnxruntime"
ONNXRUNTIME_GPU = "onnxruntime-gpu"
OPENCV = "opencv-python-headless"
#: Other packages the tools import (module -> distribution), installed only when missing.
EXTRAS = {"shapely": "shapely", "lxml": "lxml"}
#: Optional packages (module -> requirement): only the tools' CLUSTER parameter (running on a Dask
#: cluster) needs them, so they are installed only when asked for; the bounds are requirements-dev.txt's.
CLUSTER_PACKAGES = {"dask": "dask>=2026.1", "distributed": "distributed>=2026.1"}

#: Prefix of the line the probe subprocess prints its JSON report on.
_PROBE_MARK = "RASTERDL-PROBE:"
_DETECT = object()


class Variant(enum.IntEnum):
    """Which onnxruntime build to install; the values are the tool's enum indexes."""

    AUTO = 0
    CPU = 1
    GPU = 2


class InstallCanceledError(RasterDLError):
    """The user canceled the installation; pip was stopped."""


def nvidia_driver(
    which: Callable[[str], Optional[str]] = shutil.which,
    exists: Callable[[str], bool] = os.path.exists,
    platform: str = sys.platform,
    environ: Mapping[str, str] = os.environ,
) -> Optional[str]:
    """Evidence that an NVIDIA driver is installed (a path), or None.

    Only looks for files: ``nvidia-smi`` on ``PATH``, the Linux kernel module's
    ``/proc/driver/nvidia/version``, or the driver's ``nvml.dll`` on Windows. It
    never runs a program (``nvidia-smi`` can hang on a wedged GPU). macOS has no
    CUDA, so the answer there is always None.
    """
    if platform == "darwin":
        return None
    smi = which("nvidia-smi")
    if smi:
        return smi
    candidates = []
    if platform.startswith("win"):
        system_root = environ.get("SystemRoot", r"C:\Windows")
        program_files = environ.get("ProgramFiles", r"C:\Program Files")
        candidates = [
            system_root + r"\System32\nvml.dll",
            program_files + r"\NVIDIA Corporation\NVSMI\nvml.dll",
        ]
    else:
        candidates = ["/proc/driver/nvidia/version"]
    for candidate in candidates:
        if exists(candidate):
            return candidate
    return None


def choose_packages(
    variant: Variant | int,
    nvidia: Optional[str],
    platform: str = sys.platform,
    missing: Sequence[str] = (),
    cluster: bool = False,
) -> list[str]:
    """The distributions to install: an onnxruntime build, OpenCV, the ``missing`` extras, then dask.

    ``missing`` names modules of :data:`EXTRAS` (shapely, lxml) that QGIS's
    Python lacks; ones it already has are left alone. ``cluster`` adds the
    optional :data:`CLUSTER_PACKAGES` (dask, distributed).
    """
    variant = Variant(variant)
    if variant == Variant.GPU and platform == "darwin":
        raise DependencyError(
            "The NVIDIA GPU (CUDA) build of onnxruntime does not exist for macOS; "
            "choose the CPU or Automatic build (the CPU build uses Core ML on Apple hardware)."
        )
    gpu = variant == Variant.GPU or (variant == Variant.AUTO and nvidia is not None and platform != "darwin")
    extras = [EXTRAS[name] for name in EXTRAS if name in missing]
    optional = list(CLUSTER_PACKAGES) if cluster else []
    return [ONNXRUNTIME_GPU if gpu else ONNXRUNTIME, OPENCV, *extras, *optional]


def pins(numpy_version: Optional[str], geos_version: Optional[tuple[int, int]] = None) -> list[str]:
    """Requirements added to the command so pip keeps the numpy QGIS's Python already has.

    ``--target`` makes pip ignore what is installed, so it copies numpy into the
    folder whatever we do. Requiring the exact version QGIS's Python has makes
    pip choose onnxruntime and OpenCV releases that declare support for it; the
    copy in the folder is never the one imported (QGIS's own numpy comes first
    on ``sys.path``). With numpy 1.x, OpenCV stays below 4.12 (4.12 and later
    require numpy 2): the same choice pip reaches by itself, but without first
    downloading several 60 MB OpenCV wheels. shapely, when it is missing, is
    the release built for the GEOS that QGIS links (``geos_version``).
    """
    lines = [f"numpy=={numpy_version}" if numpy_version else "numpy"]
    if numpy_version and numpy_version.split(".")[0] in ("0", "1"):
        lines.append(f"{OPENCV}<4.12")
    lines.append(shapely_requirement(geos_version))
    return lines


def installed_numpy_version() -> Optional[str]:
    """numpy's version in this process (the Python QGIS runs), or None without numpy."""
    try:
        import numpy
    except ImportError:
        return None
    return str(numpy.__version__)


def _requirement_name(requirement: str) -> str:
    return re.split(r"[<>=!~ ;\[]", requirement, maxsplit=1)[0]


def format_command(argv: Sequence[str], platform: str = sys.platform) -> str:
    """``argv`` as one line a user can paste into a terminal of this system."""
    if platform.startswith("win"):
        return subprocess.list2cmdline(list(argv))
    return shlex.join(list(argv))


@dataclass
class InstallPlan:
    """Everything the installation will do, decided before anything runs."""

    python: str
    target: Path
    #: Distribution names: the onnxruntime build, OpenCV, any missing EXTRAS, dask and distributed if asked.
    packages: list[str]
    #: Version limits: numpy as QGIS has it, the OpenCV and shapely that suit it, dask's lower bounds.
    pins: list[str] = field(default_factory=list)
    nvidia: Optional[str] = None

    @property
    def requirements(self) -> list[str]:
        """pip's requirement arguments: each package with its pin where one applies, then numpy's pin."""
        pinned = {_requirement_name(pin): pin for pin in self.pins}
        numpy = [pinned["numpy"]] if "numpy" in pinned and "numpy" not in self.packages else []
        return [pinned.get(name, name) for name in self.packages] + numpy

    @property
    def gpu(self) -> bool:
        return ONNXRUNTIME_GPU in self.packages

    @property
    def argv(self) -> list[str]:
        return [
            self.python, "-m", "pip", "install",
            "--upgrade",
            "--target", str(self.target),
            "--only-binary=:all:",
            "--no-input",
            "--disable-pip-version-check",
            "--no-warn-script-location",
            "--progress-bar", "off",
            *self.requirements,
        ]  # fmt: skip

    @property
    def command(self) -> str:
        return format_command(self.argv)


def plan_install(
    variant: Variant | int,
    python: Optional[str] = None,
    target: Optional[Path] = None,
    nvidia: Optional[str] = None,
    numpy_version: Optional[str] | object = _DETECT,
    platform: str = sys.platform,
    missing: Sequence[str] = (),
    geos_version: Optional[tuple[int, int]] | object = _DETECT,
    cluster: bool = False,
) -> InstallPlan:
    """Decide what to install where; nothing runs. Raises DependencyError for an impossible choice.

    ``numpy_version`` defaults to the numpy of this process (None: no numpy),
    ``geos_version`` to the GEOS of the QGIS in this process (None: unknown);
    ``missing`` lists the :data:`EXTRAS` modules to install too (see :func:`probe`);
    ``cluster`` adds dask and distributed, with their lower bounds.
    """
    if numpy_version is _DETECT:
        numpy_version = installed_numpy_version()
    if geos_version is _DETECT:
        geos_version = qgis_geos_version()
    return InstallPlan(
        python=python or python_executable(),
        target=Path(target) if target is not None else dependencies_dir(),
        packages=choose_packages(variant, nvidia, platform, missing, cluster),
        pins=pins(numpy_version, geos_version) + (list(CLUSTER_PACKAGES.values()) if cluster else []),
        nvidia=nvidia,
    )


def _subprocess_env(extra: Optional[Mapping[str, str]] = None) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"PYTHONUNBUFFERED": "1", "PYTHONIOENCODING": "utf-8", "PIP_DISABLE_PIP_VERSION_CHECK": "1"})
    env.update(extra or {})
    return env


def _no_window() -> dict:
    """Popen arguments that keep Windows from opening a console window for a child process."""
    flag = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    return {"creationflags": flag} if os.name == "nt" and flag else {}


def _stop(process: subprocess.Popen) -> None:
    """Terminate ``process`` (and on POSIX its process group), then kill it if it lingers."""
    if process.poll() is not None:
        return
    try:
        if os.name == "posix":
            os.killpg(process.pid, signal.SIGTERM)
        else:
            process.terminate()
        process.wait(timeout=5)
    except (ProcessLookupError, PermissionError):
        pass
    except subprocess.TimeoutExpired:
        if os.name == "posix":
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
        process.wait(timeout=5)


def run_streaming(
    argv: Sequence[str],
    on_line: Callable[[str], None],
    is_canceled: Callable[[], bool] = lambda: False,
    env: Optional[Mapping[str, str]] = None,
    poll_seconds: float = 0.1,
) -> int:
    """Run ``argv``, handing each line it prints to ``on_line``; return its exit status.

    Checks ``is_canceled`` at least every ``poll_seconds``: when it turns true
    the process is terminated and :class:`InstallCanceledError` is raised.
    """
    kwargs = _no_window()
    if os.name == "posix":
        kwargs["start_new_session"] = True  # own process group: cancel stops pip's children too
    try:
        process = subprocess.Popen(
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=dict(env) if env is not None else _subprocess_env(),
            **kwargs,
        )
    except OSError as exc:
        raise DependencyError("Could not start {argv}: {error}", argv=argv[0], error=exc) from exc
    lines: queue.Queue = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line)
        lines.put(None)

    reader = threading.Thread(target=read, name="rasterdl-pip-output", daemon=True)
    reader.start()
    try:
        while True:
            if is_canceled():
                _stop(process)
                raise InstallCanceledError("The installation was canceled; pip was stopped.")
            try:
                line = lines.get(timeout=poll_seconds)
            except queue.Empty:
                continue
            if line is None:
                break
            on_line(line.rstrip("\r\n"))
        return process.wait()
    finally:
        _stop(process)
        reader.join(timeout=5)
        if process.stdout is not None:
            process.stdout.close()


# Run by the Python QGIS runs, with the target folder as argv[1]. It reports
# where the plugin would import each package from (the folder appended after
# the system ones, as plugin.py does) and what the folder-first import offers.
_PROBE = r"""
import importlib.machinery, json, sys
target = sys.argv[1]
base = [p for p in sys.path if p and p != target]
def origin(name, path):
    try:
        spec = importlib.machinery.PathFinder.find_spec(name, path)
    except Exception:
        return None
    return spec.origin if spec is not None else None
report = {"python": sys.executable, "python_version": sys.version.split()[0], "modules": {}}
for name in ["onnxruntime", "cv2", "numpy", "pip"] + sys.argv[2:]:
    report["modules"][name] = {
        "plugin_origin": origin(name, base + [target]),
        "target_origin": origin(name, [target]),
    }
sys.path[:] = [target] + base
try:
    import pip
    report["pip"] = {"version": pip.__version__}
except Exception as exc:
    report["pip"] = {"error": "%s: %s" % (type(exc).__name__, exc)}
try:
    import onnxruntime
    report["onnxruntime"] = {
        "version": str(getattr(onnxruntime, "__version__", "")),
        "file": getattr(onnxruntime, "__file__", None),
        "providers": [str(p) for p in onnxruntime.get_available_providers()],
    }
except Exception as exc:
    report["onnxruntime"] = {"error": "%s: %s" % (type(exc).__name__, exc)}
try:
    import cv2
    report["cv2"] = {"version": str(getattr(cv2, "__version__", "")), "file": getattr(cv2, "__file__", None)}
except Exception as exc:
    report["cv2"] = {"error": "%s: %s" % (type(exc).__name__, exc)}
for name in ["numpy"] + sys.argv[2:]:
    try:
        module = importlib.import_module(name)
        version = str(getattr(module, "__version__", ""))
        report[name] = {"version": version, "file": getattr(module, "__file__", None)}
    except Exception as exc:
        report[name] = {"error": "%s: %s" % (type(exc).__name__, exc)}
sys.stdout.write("\n" + "RASTERDL-PROBE:" + json.dumps(report) + "\n")
"""


@dataclass
class PackageState:
    """One package as the probe found it (folder first, then the system)."""

    version: Optional[str] = None
    file: Optional[str] = None
    error: Optional[str] = None
    in_target: bool = False
    #: Where the plugin imports it from when that is not the target folder, although the folder has it.
    shadowed_by: Optional[str] = None


@dataclass
class ProbeReport:
    """What the Python QGIS runs finds: pip, onnxruntime (and its providers), OpenCV."""

    python: str
    python_version: str = ""
    pip_version: Optional[str] = None
    pip_error: Optional[str] = None
    onnxruntime: PackageState = field(default_factory=PackageState)
    opencv: PackageState = field(default_factory=PackageState)
    providers: list[str] = field(default_factory=list)
    #: Extra modules (shapely, lxml) the plugin cannot find, folder included; never the optional ones.
    missing: list[str] = field(default_factory=list)
    #: The other packages by module name (numpy, shapely, lxml, then the optional dask, distributed),
    #: found folder first.
    others: dict[str, PackageState] = field(default_factory=dict)


def _inside(path: Optional[str], folder: Path) -> bool:
    if not path:
        return False
    try:
        Path(path).resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def _package_state(report: dict, key: str, module: str, target: Path) -> PackageState:
    info = report.get(key) or {}
    origins = (report.get("modules") or {}).get(module) or {}
    state = PackageState(version=info.get("version"), file=info.get("file"), error=info.get("error"))
    state.in_target = bool(origins.get("target_origin"))
    plugin_origin = origins.get("plugin_origin")
    if state.in_target and plugin_origin and not _inside(plugin_origin, target):
        state.shadowed_by = plugin_origin
    return state


def probe(
    python: str,
    target: Path,
    env: Optional[Mapping[str, str]] = None,
    timeout: float = 180,
    extras: Sequence[str] = tuple(EXTRAS),
    optional: Sequence[str] = tuple(CLUSTER_PACKAGES),
) -> ProbeReport:
    """Ask the Python QGIS runs (a subprocess, never this process) what it finds.

    This process may hold an older onnxruntime already imported, so only a
    fresh interpreter tells what a restarted QGIS will use. ``extras`` are
    required modules (a missing one lands in ``missing``), ``optional`` ones
    are only reported.
    """
    target = Path(target)
    try:
        done = subprocess.run(
            [python, "-c", _PROBE, str(target), *extras, *optional],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=dict(env) if env is not None else _subprocess_env(),
            timeout=timeout,
            **_no_window(),
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise DependencyError(
            "Could not run the Python that QGIS uses ({python}): {error}", python=python, error=exc
        ) from exc
    line = next((x for x in reversed(done.stdout.splitlines()) if x.startswith(_PROBE_MARK)), None)
    if line is None:
        tail = " ".join((done.stderr or done.stdout).split()[-40:])
        raise DependencyError(
            "Could not query the Python that QGIS uses ({python}, exit status {returncode}): {tail}",
            python=python,
            returncode=done.returncode,
            tail=tail,
        )
    report = json.loads(line[len(_PROBE_MARK) :])
    pip = report.get("pip") or {}
    ort = _package_state(report, "onnxruntime", "onnxruntime", target)
    modules = report.get("modules") or {}
    return ProbeReport(
        python=python,
        python_version=report.get("python_version", ""),
        pip_version=pip.get("version"),
        pip_error=pip.get("error"),
        onnxruntime=ort,
        opencv=_package_state(report, "cv2", "cv2", target),
        providers=list((report.get("onnxruntime") or {}).get("providers") or []),
        missing=[name for name in extras if not (modules.get(name) or {}).get("plugin_origin")],
        others={name: _package_state(report, name, name, target) for name in ("numpy", *extras, *optional)},
    )


def restart_needed(
    target: Path, modules: Optional[Mapping[str, object]] = None, path: Optional[Sequence[str]] = None
) -> bool:
    """Whether this running QGIS must restart to use packages just installed in ``target``.

    True when the folder is not on ``sys.path`` yet (the plugin adds it at start
    only when it exists) or when onnxruntime, OpenCV or dask is already imported here.
    """
    modules = sys.modules if modules is None else modules
    path = sys.path if path is None else path
    if str(target) not in path:
        return True
    return any(name in modules for name in ("onnxruntime", "cv2", *CLUSTER_PACKAGES))


def loaded_from(target: Path, modules: Optional[Mapping[str, object]] = None) -> list[str]:
    """Names of the modules of this process that were imported from ``target``."""
    modules = sys.modules if modules is None else modules
    names = []
    for name in ("onnxruntime", "cv2", "shapely", "lxml", *CLUSTER_PACKAGES):
        module = modules.get(name)
        if module is not None and _inside(getattr(module, "__file__", None), Path(target)):
            names.append(name)
    return names


def _remove_other_variant(plan: InstallPlan) -> list[Path]:
    """Drop the metadata of the onnxruntime build the new one replaced.

    Both builds install the same ``onnxruntime`` package folder, which pip
    ``--upgrade`` replaced; only the other build's ``.dist-info`` is left stale.
    """
    pattern = "onnxruntime-*.dist-info" if plan.gpu else "onnxruntime_gpu-*.dist-info"
    removed = []
    for stale in sorted(plan.target.glob(pattern)):
        if stale.is_dir() and not stale.is_symlink():
            shutil.rmtree(stale)
            removed.append(stale)
    return removed


#: How pip (20.3+) starts its report of conflicts among packages it did not install, printed
#: as an "ERROR" after a successful installation (with --target too: it checks this Python's own
#: packages, e.g. Debian's python3-typeshed on Debian 13). One conflict per line follows.
_PIP_CONFLICTS = "ERROR: pip's dependency resolver does not currently take into account"


def conflicts_note(report: Sequence[str]) -> str:
    """One line saying what pip's post-installation conflict report means, for a successful run."""
    conflicts = " ".join(line.strip() for line in report[1:] if line.strip())
    return (
        "pip's check of the packages this Python already has outside the plugin's folder reported: "
        f"{conflicts or '(no details)'} pip prints this as an ERROR, but the installation succeeded: these "
        "are requirements of those other packages, which this installation does not change."
    )


def _pip_failure(output: Sequence[str]) -> str:
    errors = [
        line.strip()
        for line in output
        if line.strip().startswith("ERROR:") and not line.startswith(_PIP_CONFLICTS)
    ]
    reason = errors[0] if errors else next((x.strip() for x in reversed(output) if x.strip()), "")
    return " ".join(reason.split())


def install(
    plan: InstallPlan,
    on_line: Callable[[str], None],
    is_canceled: Callable[[], bool] = lambda: False,
    env: Optional[Mapping[str, str]] = None,
) -> None:
    """Run pip as ``plan`` says, streaming its output; raise DependencyError when it fails.

    pip's report of conflicts among packages it did not install is held back
    until pip's exit status is known: after a success it is passed on as one
    explained line (see :func:`conflicts_note`) instead of an alarming "ERROR".
    """
    plan.target.mkdir(parents=True, exist_ok=True)
    output: list[str] = []
    conflicts: list[str] = []

    def collect(line: str) -> None:
        output.append(line)
        del output[:-200]
        if line.startswith(_PIP_CONFLICTS):
            conflicts.append(line)
        elif conflicts and not line.startswith("Successfully installed") and " requires " in line:
            conflicts.append(line)
        else:
            on_line(line)

    status = run_streaming(plan.argv, collect, is_canceled, env=env)
    if conflicts:
        if status == 0:
            on_line(conflicts_note(conflicts))
        else:
            for line in conflicts:
                on_line(line)
    if status != 0:
        hint = ""
        if os.name == "nt" and loaded_from(plan.target):
            hint = (
                "; this QGIS has already loaded packages from the target folder, which Windows keeps "
                "locked: restart QGIS and run this tool before any other deep-learning tool"
            )
        raise DependencyError(
            "pip could not install {packages} (exit status {status}): "
            "{pip_failure}{hint} (pip's full output is in the log)",
            packages=", ".join(plan.packages),
            status=status,
            pip_failure=_pip_failure(output),
            hint=hint,
        )
    _remove_other_variant(plan)
