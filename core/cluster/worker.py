"""What runs on a Dask worker: task errors as one line, cancel, and the model cache.

A task function is a module-level function decorated with :func:`worker_task`; it gets its
task (plain picklable data) and the name of the run's cancel event. Each worker process loads a
model once (:func:`cached_model`, keyed by the model's content hash) and keeps it for the run's
other blocks.
"""

from __future__ import annotations

import functools
import hashlib
import os
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..engine.contracts import Cancelled
from ..engine.raster_grid import Grid
from ..errors import one_line
from ..model.definition import ModelDefinition
from ..model.execution import ProcessorType
from ..model.loader import load_model_definition
from ..model.runtime import OnnxSession
from .connect import WORKER_THREADS_VARIABLE

#: Seconds between two looks at the run's cancel event from a running task.
CANCEL_POLL_SECONDS = 0.5
#: Models kept per worker process (a run uses one; a worker serving several runs keeps a few).
CACHED_MODELS = 4

_models: dict[tuple, tuple[ModelDefinition, OnnxSession]] = {}
_models_lock = threading.Lock()
_loads = 0


@dataclass(frozen=True)
class TaskFailure:
    """A task that raised on a worker: the worker's address and the error on one line."""

    worker: str
    message: str
    cancelled: bool = False


def worker_task(function: Callable[..., Any]) -> Callable[..., Any]:
    """Turn any exception of ``function`` on the worker into a :class:`TaskFailure` result, which the
    driver reports on one line naming the worker (the engine's exceptions need not pickle); a task
    sent without its job (:func:`.driver.run_tasks`'s ``shared_job``) gets it back first."""

    @functools.wraps(function)
    def run(task: Any, cancel_event: str, shared_job: Any = None) -> Any:
        try:
            if shared_job is not None:
                task = replace(task, job=shared_job)
            return function(task, cancel_event)
        except Cancelled as exc:
            return TaskFailure(worker_address(), one_line(exc), cancelled=True)
        except Exception as exc:
            return TaskFailure(worker_address(), one_line(exc))

    return run


def worker_address() -> str:
    """The address of the worker running this task ("this process" outside a worker)."""
    try:
        from distributed import get_worker

        return str(get_worker().address)
    except (ImportError, ValueError):
        return f"process {os.getpid()}"


class WorkerProgress:
    """The engine's Progress inside a task: cancelled when the driver sets the run's cancel event
    (looked at every CANCEL_POLL_SECONDS); progress within a block is not reported."""

    def __init__(self, cancel_event: str) -> None:
        self.cancel_event = cancel_event
        self._event: Any = None
        self._checked = 0.0
        self._cancelled = False

    def is_canceled(self) -> bool:
        now = time.monotonic()
        if self._cancelled or not self.cancel_event or now - self._checked < CANCEL_POLL_SECONDS:
            return self._cancelled
        self._checked = now
        try:
            if self._event is None:
                from distributed import Event

                self._event = Event(self.cancel_event)
            self._cancelled = bool(self._event.is_set())
        except (ImportError, ValueError):
            return False
        return self._cancelled

    def set_progress(self, percent: float) -> None:
        """Progress within a block is not sent: the driver counts finished blocks."""


def model_source_hash(source: str | os.PathLike) -> str:
    """A content hash of a model: its definition (a file, or a JSON text) and the ONNX file it names
    (sha256, hex).

    Workers key their model cache by it, so a model replaced under the same path is reloaded.
    """
    digest = hashlib.sha256()
    text = source if isinstance(source, str) else ""
    if text.strip().startswith("{"):
        digest.update(text.encode("utf-8"))
        files = [load_model_definition(text).model_file]
    else:
        path = Path(source)
        files = [path]
        if path.suffix.lower() not in (".onnx", ".dlpk"):
            files.append(load_model_definition(path).model_file)
    for file in files:
        digest.update(str(Path(file).name).encode())
        with open(file, "rb") as stream:
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True)
class ModelInput:
    """What every block of a run reads: the raster (a path every worker opens) on its grid, the
    optional mask polygons (WKB in the grid's CRS), and the model with its content hash and
    processor. Sent to the workers with each block."""

    source: str
    grid: Grid
    model: str
    model_hash: str
    processor: int
    gpu_id: int = 0
    mask_wkbs: tuple[bytes, ...] | None = None

    def model_and_session(self) -> tuple[ModelDefinition, OnnxSession]:
        """On a worker: the model and its session, loaded once per worker process."""
        return cached_model(self.model, self.model_hash, self.processor, self.gpu_id)

    def reader(self) -> Any:
        """On a worker: a GDAL-only reader of the raster on the grid, masked by the polygons."""
        from ..adapters.gdal.polygon_mask import PolygonMask
        from ..adapters.gdal.raster_reader import RasterReader

        mask = PolygonMask(self.mask_wkbs, self.grid.crs_wkt) if self.mask_wkbs is not None else None
        return RasterReader(self.source, self.grid, None, mask)


def model_input(
    source: str,
    grid: Grid,
    model: str,
    processor: int,
    gpu_id: int = 0,
    mask_wkbs: Sequence[bytes] | None = None,
) -> ModelInput:
    """The :class:`ModelInput` of a run, with the model's content hash the workers cache it by."""
    return ModelInput(
        str(source),
        grid,
        str(model),
        model_source_hash(model),
        int(processor),
        int(gpu_id),
        tuple(mask_wkbs) if mask_wkbs is not None else None,
    )


def cached_model(
    source: str, content_hash: str, processor: int, gpu_id: int = 0
) -> tuple[ModelDefinition, OnnxSession]:
    """The model definition at ``source`` and an onnxruntime session on it, loaded once per worker
    process for each content hash (a .dlpk is extracted on the worker).

    The session runs on the number of intra-op threads RASTERDL_WORKER_THREADS gives (0 or unset:
    onnxruntime's default, all cores); a local cluster sets it to the cores per worker.
    """
    global _loads
    threads = int(os.environ.get(WORKER_THREADS_VARIABLE, "0") or 0)
    key = (content_hash, int(processor), int(gpu_id), threads)
    with _models_lock:
        if key not in _models:
            _loads += 1
            definition = load_model_definition(source)
            session = OnnxSession(definition.model_file, ProcessorType(processor), gpu_id, threads=threads)
            while len(_models) >= CACHED_MODELS:
                _models.pop(next(iter(_models)))
            _models[key] = (definition, session)
        return _models[key]


def model_loads() -> int:
    """How many times this process loaded a model (the tests check a worker loads a model once)."""
    return _loads
