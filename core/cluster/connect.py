"""The cluster a CLUSTER value names: a local cluster of N worker processes, or a Dask scheduler.

``""`` runs in-process, as without a cluster; ``local:N`` starts N worker processes on this
machine (one model session each, closed with the run); any other value is a scheduler address
(``tcp://host:8786``, or ``host:8786``). dask and distributed are imported only here, and only
when a cluster is asked for, so the tools run without them.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import RasterDLError

#: Seconds a scheduler (and its first worker) get to answer before the run fails.
CONNECT_TIMEOUT = 30.0
#: The environment variable setting onnxruntime's intra-op threads in each worker (0: all cores).
WORKER_THREADS_VARIABLE = "RASTERDL_WORKER_THREADS"

_LOCAL = re.compile(r"^local\s*:\s*(?P<count>\S*)$", re.IGNORECASE)
_ADDRESS = re.compile(r"^[a-z][a-z0-9+.-]*://\S+$", re.IGNORECASE)
_HOST_PORT = re.compile(r"^[\w.-]+:\d+$")


class ClusterError(RasterDLError):
    """The cluster cannot be used: dask missing, a scheduler that does not answer, a failed block."""


@dataclass(frozen=True)
class ClusterSpec:
    """A parsed CLUSTER value: ``local_workers`` processes here, or the scheduler at ``address``."""

    text: str
    local_workers: int = 0
    address: str = ""


@dataclass
class Cluster:
    """An open cluster: its client, a description for the log, and its workers' addresses."""

    client: Any
    description: str
    workers: list[str] = field(default_factory=list)


def parse_cluster(text: str | None) -> ClusterSpec | None:
    """The cluster ``text`` names; None for an empty value (run in-process)."""
    value = (text or "").strip()
    if not value:
        return None
    local = _LOCAL.match(value)
    if local:
        count = local.group("count")
        if not count.isdigit() or int(count) < 1:
            raise ClusterError(
                "CLUSTER '{cluster}': give local:N with N the number of worker processes (1 or more), "
                "e.g. local:4.",
                cluster=value,
            )
        return ClusterSpec(value, local_workers=int(count))
    address = f"tcp://{value}" if _HOST_PORT.match(value) else value
    if not _ADDRESS.match(address):
        raise ClusterError(
            "CLUSTER '{cluster}' is neither local:N nor a Dask scheduler address such as tcp://host:8786.",
            cluster=value,
        )
    return ClusterSpec(value, address=address)


def require_distributed(text: str) -> Any:
    """The ``distributed`` module, or a ClusterError saying what to install."""
    try:
        import dask  # noqa: F401
        import distributed
    except ImportError:
        raise ClusterError(
            "CLUSTER '{cluster}' needs the Python packages dask and distributed, which are not "
            "installed: install them with the Install Python Dependencies tool (its option 'Also install "
            "dask and distributed') or 'python3 -m pip install dask distributed' in QGIS's Python, or "
            "leave CLUSTER empty to run here.",
            cluster=text,
        ) from None
    return distributed


@contextmanager
def open_cluster(text: Any, timeout: float = CONNECT_TIMEOUT) -> Iterator[Cluster | None]:
    """The cluster ``text`` names, open for the ``with`` block (None when ``text`` is empty).

    A local cluster is started for the block and closed after it; a scheduler is connected to,
    and refused with a :class:`ClusterError` when it (or a first worker) does not answer within
    ``timeout`` seconds. ``text`` may also be a ``distributed.Client`` the caller opened (the
    Python API's ``client``): it is used as it is and left open.
    """
    if text is not None and not isinstance(text, str):
        workers = sorted(text.scheduler_info().get("workers", {}))
        yield Cluster(text, f"Dask scheduler {text.scheduler.address}", workers)
        return
    spec = parse_cluster(text)
    if spec is None:
        yield None
        return
    distributed = require_distributed(spec.text)
    if spec.local_workers:
        with _local_cluster(distributed, spec.local_workers) as cluster:
            yield cluster
        return
    client = _connect(distributed, spec, timeout)
    try:
        workers = sorted(client.scheduler_info().get("workers", {}))
        yield Cluster(client, f"Dask scheduler {spec.address}", workers)
    finally:
        client.close()


def _connect(distributed: Any, spec: ClusterSpec, timeout: float) -> Any:
    """A client of the scheduler at ``spec.address`` with at least one worker, within ``timeout``."""
    try:
        client = distributed.Client(spec.address, timeout=f"{timeout}s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(
            "The Dask scheduler at {address} did not answer within {seconds:g} s ({error}). Check the "
            "address and that 'dask scheduler' runs there and is reachable from this machine.",
            address=spec.address,
            seconds=timeout,
            error=" ".join(str(exc).split()) or type(exc).__name__,
        ) from None
    try:
        client.wait_for_workers(1, timeout=timeout)
    except (OSError, TimeoutError):
        client.close()
        raise ClusterError(
            "The Dask scheduler at {address} has no worker (none joined within {seconds:g} s). Start "
            "workers with 'dask worker {address}'.",
            address=spec.address,
            seconds=timeout,
        ) from None
    return client


@contextmanager
def _local_cluster(distributed: Any, count: int) -> Iterator[Cluster]:
    """``count`` worker processes on this machine, one thread and one model session each."""
    _use_a_python_interpreter()
    threads = max(1, (os.cpu_count() or 1) // count)
    env = {WORKER_THREADS_VARIABLE: os.environ.get(WORKER_THREADS_VARIABLE, str(threads))}
    try:
        local = distributed.LocalCluster(
            n_workers=count,
            processes=True,
            threads_per_worker=1,
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            silence_logs=logging.ERROR,
            env=env,
        )
    except Exception as exc:
        raise ClusterError(
            "Could not start a local Dask cluster of {count} worker processes: {error}",
            count=count,
            error=" ".join(str(exc).split()) or type(exc).__name__,
        ) from None
    client = None
    try:
        client = distributed.Client(local, set_as_default=False)
        workers = sorted(client.scheduler_info().get("workers", {}))
        yield Cluster(client, f"local Dask cluster of {count} worker processes", workers)
    finally:
        if client is not None:
            client.close()
        local.close()


def _use_a_python_interpreter() -> None:
    """Start worker processes with this process's own Python.

    Inside a program that embeds Python (QGIS, qgis_process) ``sys.executable`` is whatever
    ``python3`` the PATH finds first, maybe another Python without GDAL; the workers must run the
    interpreter of ``sys.base_prefix`` at this version (they get this process's ``sys.path``).
    """
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    base = os.path.realpath(sys.base_prefix)
    current = os.path.realpath(sys.executable or "")
    if os.path.isfile(current) and Path(current).name.startswith(version) and current.startswith(base):
        return
    for name in (version, "python3"):
        candidate = Path(sys.base_prefix) / "bin" / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            multiprocessing.set_executable(str(candidate))
            return
