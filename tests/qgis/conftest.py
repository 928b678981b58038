"""Fixtures for tests that run the plugin inside a real QGIS."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
QGIS_PROCESS = REPO / "scripts" / "qgis_process"


@pytest.fixture(scope="session")
def rasterdl_plugin(qgis_processing):
    """The plugin as QGIS loads it, with its provider registered in Processing."""
    import rasterdl

    plugin = rasterdl.classFactory(None)
    plugin.initProcessing()
    yield plugin
    plugin.unload()


@pytest.fixture(autouse=True)
def _provider_registered(request):
    """Register the provider again when an earlier test (loading and unloading the plugin) removed it."""
    if "rasterdl_plugin" in request.fixturenames:
        request.getfixturevalue("rasterdl_plugin").initProcessing()


def run_qgis_process(
    *args: str, env: dict | None = None, profile: Path | None = None
) -> subprocess.CompletedProcess:
    """Run this checkout's ``scripts/qgis_process`` with a private profile, no stdin."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    if profile is not None:
        full_env["RASTERDL_PROFILE_ROOT"] = str(profile)
    return subprocess.run(
        [str(QGIS_PROCESS), *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=300,
    )


def parse_json_output(stdout: str) -> dict:
    """The JSON document ``qgis_process --json`` printed (nothing may precede it)."""
    return json.loads(stdout)
