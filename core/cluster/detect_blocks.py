"""Detect Objects on a cluster: blocks of tiles detected by workers, merged here into one run's objects.

Each worker detects its blocks (:func:`..engine.detection_blocks.detect_block`: the whole
raster's tile grid and seam rule) from the input path every worker opens, and sends back what the
block's tiles keep, a few arrays. The driver merges them as one run over the whole raster would
(:func:`..engine.detection_blocks.merge_block_detections`: the order of one run, then the one
suppression across tiles), so the tool writes the same features as a run here.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Sequence
from dataclasses import dataclass

from ..engine.contracts import Progress
from ..engine.detection_blocks import DetectionBlock, detect_block, detection_blocks, merge_block_detections
from ..engine.object_detector import (
    CANCELLED,
    TILE_PROGRESS,
    Detections,
    TileDetections,
    check_overlap_ratio,
)
from ..engine.raster_grid import Grid
from ..model.arguments import DetectionArguments
from ..model.definition import ModelDefinition
from .connect import Cluster
from .driver import run_tasks
from .pixel_blocks import ClusterStats, block_pixels
from .worker import ModelInput, WorkerProgress, model_input, worker_task


@dataclass(frozen=True)
class DetectionJob:
    """What every block of one detection shares (sent to the workers with each block)."""

    input: ModelInput
    args: DetectionArguments


@dataclass(frozen=True)
class DetectionBlockTask:
    """One block of a :class:`DetectionJob`."""

    job: DetectionJob
    block: DetectionBlock


@dataclass(frozen=True)
class DetectionBlockResult:
    """What a block's tiles kept, and the worker that ran it."""

    detections: TileDetections
    worker: str


def make_detection_job(
    source: str,
    grid: Grid,
    mask_wkbs: Sequence[bytes] | None,
    model: str,
    processor: int,
    gpu_id: int,
    args: DetectionArguments,
) -> DetectionJob:
    """The job of one detection, with the model's content hash the workers cache it by."""
    return DetectionJob(model_input(source, grid, model, processor, gpu_id, mask_wkbs), args)


def cluster_detection_blocks(job: DetectionJob) -> list[DetectionBlock]:
    """The blocks of the job's grid (BLOCK_PIXELS or RASTERDL_BLOCK_PIXELS of tile cores each)."""
    grid = job.input.grid
    return detection_blocks(grid.width, grid.height, job.args, block_pixels())


def detect_on_cluster(
    cluster: Cluster,
    job: DetectionJob,
    blocks: Sequence[DetectionBlock],
    definition: ModelDefinition,
    progress: Progress,
    run_nms: bool = True,
    max_overlap_ratio: float = 0.0,
) -> tuple[Detections, ClusterStats]:
    """Detect ``blocks`` of ``job`` on ``cluster`` and merge them into the objects of the whole raster,
    those :func:`..engine.object_detector.detect_objects` finds there with the same settings.

    Progress counts finished blocks up to TILE_PROGRESS percent, then the merge ends it; the
    detections' seconds are the run's wall-clock time. A failed block is a one-line ClusterError
    naming its worker; cancel raises :class:`~..engine.contracts.Cancelled` once no block runs.
    """
    check_overlap_ratio(max_overlap_ratio)
    started = time.perf_counter()
    results: list[DetectionBlockResult] = []
    tasks = [DetectionBlockTask(job, block) for block in blocks]
    share = _Share(progress, TILE_PROGRESS)
    for _index, result in run_tasks(cluster, detect_object_block, tasks, share, CANCELLED, shared_job=job):
        results.append(result)
    parts = [result.detections for result in results]
    detections = merge_block_detections(parts, definition, job.args, progress, run_nms, max_overlap_ratio)
    seconds = time.perf_counter() - started
    detections = dataclasses.replace(detections, stats=dataclasses.replace(detections.stats, seconds=seconds))
    stats = ClusterStats(
        blocks=len(blocks),
        workers=len({result.worker for result in results}),
        tiles=detections.stats.tiles,
        seconds=seconds,
        session_seconds=detections.stats.session_seconds,
        output_rules=(),
    )
    return detections, stats


@worker_task
def detect_object_block(task: DetectionBlockTask, cancel_event: str) -> DetectionBlockResult:
    """On a worker: detect one block of the raster the job names and return what its tiles keep."""
    from .worker import worker_address

    job = task.job
    definition, session = job.input.model_and_session()
    found = detect_block(
        job.input.reader(), session, definition, job.args, task.block, WorkerProgress(cancel_event)
    )
    return DetectionBlockResult(found, worker_address())


class _Share:
    """A Progress passing on ``percent`` of the whole bar, and the whole's cancel."""

    def __init__(self, progress: Progress, percent: float) -> None:
        self.progress, self.percent = progress, percent

    def is_canceled(self) -> bool:
        return self.progress.is_canceled()

    def set_progress(self, percent: float) -> None:
        self.progress.set_progress(self.percent * percent / 100.0)
