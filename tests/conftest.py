"""Make this checkout importable as the package ``rasterdl``, as QGIS loads it.

The plugin uses relative imports only, so the folder name does not matter to
it; the tests import it under the name QGIS gives it after installation.
"""

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PLUGINS_DIR = REPO / ".build" / "plugins"


def _link_plugin() -> None:
    PLUGINS_DIR.mkdir(parents=True, exist_ok=True)
    link = PLUGINS_DIR / "rasterdl"
    if not link.is_symlink():
        link.symlink_to(REPO, target_is_directory=True)
    if str(PLUGINS_DIR) not in sys.path:
        sys.path.insert(0, str(PLUGINS_DIR))


_link_plugin()


@pytest.fixture(scope="session")
def dask_cluster():
    """The address of a running Dask LocalCluster of 2 worker processes, one thread each (as the issue
    fixes), for the tools' CLUSTER parameter; started once per test session."""
    from distributed import LocalCluster

    cluster = LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        env={"RASTERDL_WORKER_THREADS": "1"},
    )
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()
