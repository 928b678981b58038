"""Lazy access to the heavy runtime dependencies (onnxruntime, cv2).

QGIS must start fast and list the tools even when a dependency is missing, so
nothing here is imported at module load. :func:`require` imports on first use
and, when the package is absent, raises :class:`DependencyError` naming the
package and the exact command that installs it into the Python QGIS runs.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Optional

from ..errors import DependencyError

#: import name -> pip distribution name (shapely's comes from :func:`shapely_requirement`)
PIP_NAMES = {
    "onnxruntime": "onnxruntime",
    "cv2": "opencv-python-headless",
    "lxml": "lxml",
    "numpy": "numpy",
}


def shapely_requirement(geos_version: Optional[tuple[int, int]]) -> str:
    """The shapely releases whose wheels bundle the GEOS (major, minor) that QGIS links.

    Inside a QGIS process shapely's GEOS calls reach the GEOS library QGIS
    loaded first, so a wheel built for another GEOS misbehaves (NaN z, WKB
    errors): shapely 2.0.x wheels bundle GEOS 3.11 (Debian 12, QGIS 3.22),
    2.1.x bundle GEOS 3.13 (Debian 13, QGIS 3.40). Unknown GEOS: any shapely 2.
    """
    if geos_version is None:
        return "shapely>=2.0"
    if tuple(geos_version) >= (3, 13):
        return "shapely>=2.1,<2.2" if tuple(geos_version) == (3, 13) else "shapely>=2.1"
    return "shapely>=2.0,<2.1"


def qgis_geos_version() -> Optional[tuple[int, int]]:
    """The GEOS (major, minor) of the QGIS in this process, or None outside QGIS."""
    try:
        from qgis.core import Qgis
    except ImportError:
        return None
    return (Qgis.geosVersionMajor(), Qgis.geosVersionMinor())


def pip_name(module: str) -> str:
    """The pip requirement that provides ``module`` for this QGIS."""
    if module == "shapely":
        return shapely_requirement(qgis_geos_version())
    return PIP_NAMES.get(module, module)


def dependencies_dir() -> Path:
    """Folder where the plugin keeps packages it installs for QGIS's Python.

    The plugin appends it to ``sys.path`` at start, after the system folders,
    so packages QGIS ships (numpy, GDAL) always win over copies pulled in here.
    """
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "rasterdl" / "site-packages" / version


def python_executable() -> str:
    """The Python interpreter that this QGIS runs (not the QGIS binary itself).

    Inside QGIS ``sys.executable`` is not to be trusted: on Windows it is the
    QGIS binary, and on Linux embedded Python fills it with the first
    ``python3`` on ``PATH`` (a pyenv shim, a conda Python...), which may be
    another Python altogether. It is used only when it lies inside
    ``sys.exec_prefix`` (a plain Python or a venv); otherwise the interpreter
    is looked for in the prefix QGIS's Python was built with.
    """
    exe = Path(sys.executable) if sys.executable else None
    if exe is not None and exe.name.lower().startswith("python") and _inside(exe, Path(sys.exec_prefix)):
        return str(exe)
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    candidates = []
    for prefix in dict.fromkeys([Path(sys.exec_prefix), Path(sys.base_exec_prefix)]):
        candidates += [
            prefix / "python.exe",
            prefix / "python3.exe",
            prefix / "bin" / f"python{version}",
            prefix / "bin" / "python3",
        ]
    candidates += [Path("/usr/bin") / f"python{version}", Path("/usr/bin/python3")]
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    return "python3"


def _inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` lies in ``folder`` (compared as given: venv interpreters are symlinks)."""
    try:
        path.absolute().relative_to(folder.absolute())
    except ValueError:
        return False
    return True


def install_command(*packages: str) -> str:
    """Shell command that installs ``packages`` where the plugin finds them."""
    names = " ".join(f'"{pip_name(p)}"' for p in packages)
    return f'"{python_executable()}" -m pip install --target "{dependencies_dir()}" {names}'


def require(module: str) -> ModuleType:
    """Import ``module`` or raise a :class:`DependencyError` that says how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        package = pip_name(module)
        raise DependencyError(
            "The Python package '{package}' is required but could not be imported "
            "({error}). Install it into the Python that QGIS uses with:\n"
            "    {command}\n"
            "then restart QGIS.",
            package=package,
            error=exc,
            command=install_command(module),
        ) from exc
