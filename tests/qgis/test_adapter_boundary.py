"""The I/O adapter's boundary: adapters/gdal/ works without QGIS (it is the GDAL-only adapter of
cluster workers: reader, grid, vectors, writers), and the grid arithmetic the adapters share needs
neither QGIS nor GDAL."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PLUGINS = REPO / ".build" / "plugins"
GDAL_ONLY = sorted(
    f"rasterdl.core.adapters.gdal.{p.stem}" for p in (REPO / "core" / "adapters" / "gdal").glob("*.py")
)
PURE = [
    "rasterdl.core.engine.raster_grid",
    "rasterdl.core.engine.pixel_validity",
    "rasterdl.core.output.writable",
]


def import_blocking(modules: list[str], blocked: list[str]) -> subprocess.CompletedProcess:
    """Import ``modules`` in a fresh interpreter where importing any of ``blocked`` fails."""
    code = (
        "import importlib, sys\n"
        f"sys.path.insert(0, {str(PLUGINS)!r})\n"
        f"for name in {blocked!r}:\n"
        "    sys.modules[name] = None\n"
        f"for module in {modules!r}:\n"
        "    importlib.import_module(module)\n"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


#: The cluster workers' reader, grid and vector reads: the modules that let a worker run without QGIS.
WORKER_IO = ["raster_reader", "grid", "vectors"]


def test_the_gdal_adapter_modules_import_without_qgis():
    assert "rasterdl.core.adapters.gdal.raster_writer" in GDAL_ONLY and len(GDAL_ONLY) >= 9
    assert {f"rasterdl.core.adapters.gdal.{name}" for name in WORKER_IO} <= set(GDAL_ONLY)
    result = import_blocking(GDAL_ONLY, ["qgis"])
    assert result.returncode == 0, result.stderr


def test_the_shared_grid_arithmetic_imports_without_qgis_or_gdal():
    result = import_blocking(PURE, ["qgis", "osgeo"])
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "module", ["rasterdl.core.adapters.qgis.grid", "rasterdl.core.adapters.qgis.vectors"]
)
def test_the_block_is_real_the_qgis_adapter_needs_qgis(module):
    result = import_blocking([module], ["qgis"])
    assert result.returncode != 0 and "qgis" in result.stderr
