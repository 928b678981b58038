"""The worker distribution's declared dependencies (pyproject.toml) agree with the requirement files.

A worker runs the same engine as the plugin, so it needs the plugin's runtime packages with the same
lower bounds (requirements.txt), plus dask and distributed with the bounds the tests run with
(requirements-dev.txt). tests/qgis/test_worker_distribution.py builds and installs the wheel.
"""

from __future__ import annotations

import re
from pathlib import Path

import tomllib

REPO = Path(__file__).resolve().parents[2]


def requirements(path: Path) -> dict[str, str]:
    """Requirement name (lower case) -> its version specifier, from a requirements file's own lines."""
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("-"):
            name, spec = re.match(r"([A-Za-z0-9_.-]+)\s*(.*)", line).groups()
            found[name.lower()] = spec.replace(" ", "")
    return found


def declared() -> dict[str, str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {
        name.lower(): spec.replace(" ", "")
        for name, spec in (re.match(r"([A-Za-z0-9_.-]+)\s*(.*)", d).groups() for d in project["dependencies"])
    }


def test_the_worker_needs_the_plugins_runtime_packages_with_the_same_bounds():
    runtime = requirements(REPO / "requirements.txt")
    assert set(runtime) == {"numpy", "onnxruntime", "opencv-python-headless", "shapely", "lxml"}
    assert {name: declared()[name] for name in runtime} == runtime


def test_dask_and_distributed_are_declared_for_workers_but_optional_for_the_plugin():
    dev = requirements(REPO / "requirements-dev.txt")
    for name in ("dask", "distributed"):
        assert declared()[name] == dev[name] == ">=2026.1"
        assert name not in requirements(REPO / "requirements.txt")
    # Nothing else: GDAL's bindings come from the platform (pip would compile them), see README.
    assert set(declared()) == set(requirements(REPO / "requirements.txt")) | {"dask", "distributed"}
