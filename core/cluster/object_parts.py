"""Classify Objects on a cluster: the features cut into spatial parts that workers classify.

The driver cuts the features into parts (:func:`..engine.object_parts.partition_objects`: runs of
the single run's processing order, whole batches long), and each worker classifies its parts on
the input path every worker opens, with the model it loaded once. The results come back as
plain data and :func:`..engine.object_parts.merge_parts` puts them in input order: the labels and
confidences of one in-process run. A part whose first chips decided otherwise than part 0 whether
the model returns probabilities is run again with part 0's decision
(:func:`..engine.object_parts.classify_in_parts`).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from shapely.geometry.base import BaseGeometry

from ..engine.contracts import Progress
from ..engine.object_classifier import ObjectResults
from ..engine.object_parts import ObjectPart, PartResult, classify_in_parts, merge_parts, partition_objects
from ..engine.raster_grid import Grid
from ..model.arguments import ObjectArguments
from ..model.definition import ModelDefinition
from .connect import Cluster
from .driver import run_tasks
from .worker import ModelInput, WorkerProgress, model_input, worker_task


@dataclass(frozen=True)
class ObjectJob:
    """What every part of one run shares: the raster path and grid, the model and the arguments."""

    input: ModelInput
    args: ObjectArguments
    bbox_padding: int = 0


@dataclass(frozen=True)
class ObjectPartTask:
    """One part of an :class:`ObjectJob`, and how its outputs become probabilities (None: decide)."""

    job: ObjectJob
    part: ObjectPart
    mode: str | None


@dataclass(frozen=True)
class ObjectPartDone:
    """A classified part and the worker that classified it."""

    result: PartResult
    worker: str


@dataclass(frozen=True)
class ObjectClusterRun:
    """The merged results of a cluster run, with its parts, the workers that ran them and the parts
    run again with the run's probability/logit decision."""

    results: ObjectResults
    parts: int
    workers: int
    rerun: int


def make_object_job(
    source: str,
    grid: Grid,
    model: str,
    processor: int,
    gpu_id: int,
    args: ObjectArguments,
    bbox_padding: int = 0,
) -> ObjectJob:
    """The job of one raster's features, with the model's content hash the workers cache it by."""
    return ObjectJob(model_input(source, grid, model, processor, gpu_id), args, bbox_padding)


def object_parts(
    job: ObjectJob, definition: ModelDefinition, items: Sequence[tuple[int, BaseGeometry | None]]
) -> list[ObjectPart]:
    """The parts of ``items`` on the job's grid (about RASTERDL_BLOCK_PIXELS of model input each)."""
    grid = job.input.grid
    return partition_objects(items, definition, job.args, grid.width, grid.height, job.bbox_padding)


def classify_objects_on_cluster(
    cluster: Cluster,
    job: ObjectJob,
    items: Sequence[tuple[int, BaseGeometry | None]],
    parts: Sequence[ObjectPart],
    progress: Progress,
    cancel_text: str,
) -> ObjectClusterRun:
    """Classify ``parts`` of ``items`` on ``cluster``: the results of one in-process run, in input order."""
    started = time.perf_counter()
    workers: set[str] = set()
    runs: list[int] = []

    def run(jobs: Sequence[tuple[ObjectPart, str | None]]) -> list[PartResult]:
        runs.append(len(jobs))
        tasks = [ObjectPartTask(job, part, mode) for part, mode in jobs]
        done = [
            done
            for _, done in run_tasks(
                cluster, classify_object_part, tasks, progress, cancel_text, shared_job=job
            )
        ]
        workers.update(item.worker for item in done)
        return [item.result for item in done]

    results = classify_in_parts(parts, run)
    merged = merge_parts(items, parts, results, time.perf_counter() - started)
    return ObjectClusterRun(merged, len(parts), len(workers), sum(runs[1:]))


@worker_task
def classify_object_part(task: ObjectPartTask, cancel_event: str) -> ObjectPartDone:
    """On a worker: classify one part of the features on the job's raster, read with GDAL alone."""
    from ..engine.object_parts import classify_part
    from .worker import worker_address

    job = task.job
    definition, session = job.input.model_and_session()
    result = classify_part(
        job.input.reader(),
        session,
        definition,
        job.args,
        task.part,
        WorkerProgress(cancel_event),
        job.bbox_padding,
        task.mode,
    )
    return ObjectPartDone(result, worker_address())
