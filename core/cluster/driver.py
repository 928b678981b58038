"""Submitting a run's blocks to the cluster and gathering them as they finish.

Dask does the scheduling: a worker lost mid-run has its blocks rerun elsewhere. This module adds
what a tool needs around it: progress by finished blocks, cancel (an event the running blocks
watch, then the futures cancelled), and a failed block reported on one line naming its worker.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from ..engine.contracts import Cancelled, Progress
from ..errors import one_line
from .connect import Cluster, ClusterError
from .worker import TaskFailure

#: Seconds between two looks at the user's cancel while waiting for blocks.
POLL_SECONDS = 0.2
#: Seconds a cancelled or failed run waits for its running blocks to stop.
STOP_SECONDS = 60.0


def run_tasks(
    cluster: Cluster,
    function: Callable[[Any, str], Any],
    tasks: Sequence[Any],
    progress: Progress,
    cancel_text: str,
    shared_job: Any = None,
) -> Iterator[tuple[int, Any]]:
    """``(index, function(tasks[index]))`` for every task, run on ``cluster``, in the order they finish.

    ``function`` is a module-level :func:`.worker.worker_task`. Progress is the share of finished
    tasks. When ``progress`` is cancelled, or a task fails, or the caller stops iterating, the
    running tasks are told to stop (the cancel event), the others are cancelled, and the run waits
    for the running ones to end before :class:`Cancelled` (or the failure, as a one-line
    :class:`ClusterError` naming the worker) goes on: nothing of the run is still writing then.

    ``shared_job``, when given, is the ``job`` every task holds (the raster, model, mask...): it is
    sent once to every worker (so a lost worker does not lose it) and the tasks go without it
    (``job=None``), instead of one pickled copy per task; :func:`.worker.worker_task` puts it back.
    """
    from distributed import Event, as_completed

    client = cluster.client
    run = uuid.uuid4().hex[:12]
    cancel_event = f"rasterdl-cancel-{run}"
    event = Event(cancel_event, client=client)
    name = getattr(function, "__name__", "block")
    extra: tuple = ()
    if shared_job is not None:
        extra = (client.scatter(shared_job, hash=False, broadcast=True),)
        tasks = [replace(task, job=None) for task in tasks]
    futures = [
        client.submit(function, task, cancel_event, *extra, key=f"rasterdl-{name}-{run}-{index}", pure=False)
        for index, task in enumerate(tasks)
    ]
    position = {future.key: index for index, future in enumerate(futures)}
    pending = set(futures)
    completed = as_completed(futures, loop=client.loop)
    done = 0
    progress.set_progress(0.0)
    try:
        while pending:
            if progress.is_canceled():
                raise Cancelled(cancel_text)
            finished = completed.next_batch(block=False)
            if not finished:
                time.sleep(POLL_SECONDS)
            for future in finished:
                pending.discard(future)
                result = _result(future)
                # Released now: Dask would recompute a held result whose worker is lost later.
                future.release()
                done += 1
                progress.set_progress(100.0 * done / len(futures))
                yield position[future.key], result
        pending = set()
    finally:
        if pending:
            event.set()
            _stop(client, list(pending), {future.key for future in futures})
        for future in futures + list(extra):
            future.release()


def _result(future: Any) -> Any:
    """The task's result; a failure (on the worker, or Dask's) as a one-line ClusterError."""
    try:
        result = future.result()
    except Exception as exc:
        raise ClusterError(
            "A block failed on the cluster: {error}", error=one_line(exc) or type(exc).__name__
        ) from None
    if isinstance(result, TaskFailure):
        if result.cancelled:
            raise Cancelled(result.message)
        raise ClusterError("Worker {worker}: {error}", worker=result.worker, error=result.message)
    return result


def _stop(client: Any, pending: list, keys: set[str]) -> None:
    """Cancel ``pending`` and wait (STOP_SECONDS at most) until no worker runs one of ``keys``."""
    client.cancel(pending, force=True)
    deadline = time.monotonic() + STOP_SECONDS
    while time.monotonic() < deadline:
        try:
            running = client.run(_running_keys)
        except Exception:
            return
        if not any(key in keys for keys_running in running.values() for key in keys_running):
            return
        time.sleep(POLL_SECONDS)


def _running_keys(dask_worker: Any) -> list[str]:
    """The keys of the tasks a worker's threads run now."""
    return [str(key) for key in getattr(dask_worker, "active_threads", {}).values()]
