"""Print the pip constraints that keep the venv on the numpy and shapely QGIS runs with.

Run by the Python QGIS uses (``/usr/bin/python3``), from which the venv is made
with ``--system-site-packages``:

    /usr/bin/python3 scripts/pip_constraints.py > .build/constraints.txt
    .venv/bin/pip install -c .build/constraints.txt -r requirements-dev.txt

- numpy: exactly the version QGIS's Python has (Debian's python3-numpy: 1.24 on
  Debian 12, 2.2 on Debian 13). GDAL's and QGIS's bindings are built against it,
  so pip must never put another numpy in the venv; with the pin it picks
  onnxruntime and OpenCV builds that accept it.
- shapely: Debian's own where installed (built against the GEOS QGIS links),
  otherwise the release whose wheels bundle that GEOS (see
  ``core.install.dependencies.shapely_requirement``).
"""

from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def installed(distribution: str) -> str | None:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def main() -> int:
    sys.path.insert(0, str(REPO / ".build" / "plugins"))
    from rasterdl.core.install.dependencies import qgis_geos_version, shapely_requirement

    numpy = installed("numpy")
    if numpy is None:
        sys.stderr.write(f"{sys.executable} has no numpy: install Debian's python3-numpy\n")
        return 1
    shapely = installed("shapely")
    print(f"numpy=={numpy}")
    print(f"shapely=={shapely}" if shapely else shapely_requirement(qgis_geos_version()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
