"""The core boundary as a guarantee: every core module outside core/adapters imports without QGIS or GDAL.

Each check runs in a fresh interpreter whose ``sys.modules`` maps ``qgis``, ``osgeo``, PyQt and
``processing`` to None, so any import of them, at any depth, raises ImportError there. The I/O
adapters (core/adapters: the QGIS adapter and the GDAL helpers it shares with GDAL-only workers) are
the one place allowed to import them; tests/qgis/test_adapter_boundary.py checks that the GDAL part
needs no QGIS.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PLUGINS_DIR = REPO / ".build" / "plugins"
#: The packages only the I/O adapters may import.
BLOCKED = ("qgis", "osgeo", "PyQt5", "PyQt6", "sip", "processing")
#: The modules allowed to import them: the I/O adapters and nothing else.
ADAPTERS = "rasterdl.core.adapters"

IMPORT_ALL = """
import importlib, json, pkgutil, sys
for name in {blocked!r}:
    sys.modules[name] = None
sys.path.insert(0, {plugins!r})
import rasterdl.core as core
imported, failed = [], {{}}
for info in pkgutil.walk_packages(core.__path__, "rasterdl.core."):
    if info.name == {adapter!r} or info.name.startswith({adapter!r} + "."):
        continue
    try:
        importlib.import_module(info.name)
        imported.append(info.name)
    except ImportError as exc:
        failed[info.name] = str(exc)
leaked = sorted(name for name in sys.modules if name.split(".")[0] in {blocked!r} and sys.modules[name])
print(json.dumps({{"imported": imported, "failed": failed, "leaked": leaked}}))
"""


def _import_all_core_modules() -> dict:
    code = IMPORT_ALL.format(blocked=BLOCKED, plugins=str(PLUGINS_DIR), adapter=ADAPTERS)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def result() -> dict:
    return _import_all_core_modules()


def test_every_core_module_outside_the_adapter_imports_without_qgis_or_gdal(result):
    assert result["failed"] == {}
    assert result["leaked"] == []


def test_the_walk_reaches_every_core_source_file(result):
    """The check covers the whole tree: one imported module per .py file outside the adapter."""
    core = REPO / "core"
    expected = set()
    for path in core.rglob("*.py"):
        parts = path.relative_to(core).with_suffix("").parts
        if parts[0] == "adapters":
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
            if not parts:
                continue
        expected.add("rasterdl.core." + ".".join(parts))
    assert expected <= set(result["imported"])
    assert len(expected) >= 30


def test_the_blocker_catches_a_qgis_import(tmp_path):
    """The mechanism itself: a module that imports qgis fails under the same blocking."""
    (tmp_path / "leaky.py").write_text("import qgis.core\n")
    code = (
        "import sys\n"
        f"for name in {BLOCKED!r}:\n    sys.modules[name] = None\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        "try:\n    import leaky\nexcept ImportError:\n    print('blocked')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "blocked"
