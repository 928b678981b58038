"""Classify Pixels on a cluster: blocks classified by workers into part GeoTIFFs, assembled here.

Each worker classifies its blocks (:func:`..engine.blocks.classify_block`: the whole raster's
tiles, so the same pixels) from the input path every worker opens, and writes each block as a
part GeoTIFF into a staging folder beside the output. The driver copies each part into the
output's writer as it arrives (so the output file is written exactly as an in-process run writes
it: class table, styles, partial file and commit) and removes it; the staging folder goes with
the run, whatever its end.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from ..engine.blocks import BLOCK_PIXELS, Block, block_windows, classify_block
from ..engine.contracts import ClassWriter, Progress
from ..engine.pixel_classifier import ClassificationStats
from ..engine.raster_grid import Grid
from ..model.arguments import PixelArguments
from ..model.output_selection import OutputSession, select_output
from ..output.guard import partial_path, remove_stale_partials
from .connect import Cluster
from .driver import run_tasks
from .worker import ModelInput, WorkerProgress, model_input, worker_task

#: The environment variable overriding the pixels per block (tests use small blocks).
BLOCK_PIXELS_VARIABLE = "RASTERDL_BLOCK_PIXELS"
#: Rows copied from a part into the output at a time (bounds the driver's memory).
ASSEMBLY_ROWS = 1024


def block_pixels() -> int:
    """Pixels per block: RASTERDL_BLOCK_PIXELS where set, else BLOCK_PIXELS."""
    value = os.environ.get(BLOCK_PIXELS_VARIABLE, "").strip()
    return int(value) if value.isdigit() and int(value) > 0 else BLOCK_PIXELS


@dataclass(frozen=True)
class PixelJob:
    """What every block of one classification shares (sent to the workers with each block)."""

    input: ModelInput
    parsed_arguments: dict
    want_probabilities: bool
    class_dtype: str
    class_nodata: float | None
    probability_bands: int
    probability_nodata: float


@dataclass(frozen=True)
class PixelBlockTask:
    """One block of a :class:`PixelJob` and the part files it is written to."""

    job: PixelJob
    block: Block
    class_part: str
    probability_part: str


@dataclass(frozen=True)
class PixelBlockResult:
    """A classified block: its part files and the engine's statistics."""

    class_part: str
    probability_part: str
    stats: ClassificationStats
    worker: str


@dataclass(frozen=True)
class ClusterStats:
    """How a cluster run went: blocks, workers that ran them, the engine's summed statistics."""

    blocks: int
    workers: int
    tiles: int
    seconds: float
    session_seconds: float
    output_rules: tuple[str, ...]

    @property
    def tiles_per_second(self) -> float:
        return self.tiles / self.seconds if self.seconds > 0 else 0.0


def make_job(
    source: str,
    grid: Grid,
    mask_wkbs: Sequence[bytes] | None,
    model: str,
    processor: int,
    gpu_id: int,
    parsed_arguments: dict,
    want_probabilities: bool,
    class_dtype: str,
    class_nodata: float | None,
    probability_bands: int,
    probability_nodata: float,
) -> PixelJob:
    """The job of one classification, with the model's content hash the workers cache it by."""
    return PixelJob(
        model_input(source, grid, model, processor, gpu_id, mask_wkbs),
        dict(parsed_arguments),
        bool(want_probabilities),
        class_dtype,
        class_nodata,
        probability_bands,
        probability_nodata,
    )


def cluster_blocks(job: PixelJob, args: PixelArguments) -> list[Block]:
    """The blocks of the job's grid (tiles of ``args``, BLOCK_PIXELS or RASTERDL_BLOCK_PIXELS each)."""
    grid = job.input.grid
    return block_windows(
        grid.width, grid.height, args.tile_size, args.tile_width, args.padding, block_pixels()
    )


def classify_on_cluster(
    cluster: Cluster,
    job: PixelJob,
    blocks: Sequence[Block],
    output: str,
    writer: ClassWriter,
    progress: Progress,
    cancel_text: str,
) -> ClusterStats:
    """Classify ``blocks`` of ``job`` on ``cluster`` and write them into ``writer`` as they finish.

    The parts live in a staging folder beside ``output`` (a hidden partial name carrying this
    process's id, so a later run removes it if this one was killed); it is removed when the run
    ends, whatever the end.
    """
    remove_stale_partials(output)
    staging = partial_path(output, ".parts")
    staging.mkdir(parents=True)
    started = time.perf_counter()
    results: list[PixelBlockResult] = []
    try:
        tasks = [
            PixelBlockTask(
                job,
                block,
                str(staging / f"block-{index:06d}.tif"),
                str(staging / f"block-{index:06d}-probabilities.tif") if job.want_probabilities else "",
            )
            for index, block in enumerate(blocks)
        ]
        for index, result in run_tasks(
            cluster, classify_pixel_block, tasks, progress, cancel_text, shared_job=job
        ):
            _copy_part(result, blocks[index], writer, job.want_probabilities)
            results.append(result)
    finally:
        _remove_folder(staging)
    return ClusterStats(
        blocks=len(blocks),
        workers=len({result.worker for result in results}),
        tiles=sum(result.stats.tiles for result in results),
        seconds=time.perf_counter() - started,
        session_seconds=sum(result.stats.session_seconds for result in results),
        output_rules=tuple(
            sorted({result.stats.output_rule for result in results if result.stats.output_rule})
        ),
    )


@worker_task
def classify_pixel_block(task: PixelBlockTask, cancel_event: str) -> PixelBlockResult:
    """On a worker: classify one block and write it as part GeoTIFFs (classes, probabilities)."""
    from ..adapters.gdal.raster_writer import RasterFileWriter
    from ..engine.classified_raster import ClassAndProbabilityWriter
    from ..model.arguments import pixel_arguments
    from .worker import worker_address

    job, block = task.job, task.block
    progress = WorkerProgress(cancel_event)
    whole, session = job.input.model_and_session()
    definition, output_index = select_output(whole, job.parsed_arguments)
    args = pixel_arguments(job.parsed_arguments, definition)
    run_session = OutputSession(session, output_index) if len(whole.outputs) > 1 else session
    grid = job.input.grid
    reader = job.input.reader()
    part_grid = replace(
        grid,
        x0=grid.x0 + block.x0 * grid.dx,
        y0=grid.y0 - block.y0 * grid.dy,
        width=block.width,
        height=block.height,
    )
    classes = RasterFileWriter(task.class_part, part_grid, 1, job.class_dtype, job.class_nodata)
    probabilities = None
    try:
        if task.probability_part:
            probabilities = RasterFileWriter(
                task.probability_part, part_grid, job.probability_bands, "float32", job.probability_nodata
            )
        stats = classify_block(
            reader,
            run_session,
            definition,
            args,
            block,
            ClassAndProbabilityWriter(classes, probabilities),
            progress,
            job.want_probabilities,
        )
        classes.commit()
        if probabilities is not None:
            probabilities.commit()
    except BaseException:
        classes.abort()
        if probabilities is not None:
            probabilities.abort()
        raise
    return PixelBlockResult(task.class_part, task.probability_part, stats, worker_address())


def _copy_part(result: PixelBlockResult, block: Block, writer: ClassWriter, with_probabilities: bool) -> None:
    """Put a block's part files into the output: taken as they are by a VRT output (a writer with
    ``adopt_part``), else copied into the output file ASSEMBLY_ROWS at a time and removed."""
    from ..adapters.gdal.raster_reader import open_raster

    targets = {
        "classes": getattr(writer, "classes", None),
        "probabilities": getattr(writer, "probabilities", None),
    }
    adopted = set()
    for name, part in (("classes", result.class_part), ("probabilities", result.probability_part)):
        adopt = getattr(targets[name], "adopt_part", None)
        if part and adopt is not None:
            adopt(part, Path(result.class_part).name)
            adopted.add(name)
    copy_classes = "classes" not in adopted
    copy_probabilities = with_probabilities and "probabilities" not in adopted
    if copy_classes or copy_probabilities:
        classes = open_raster(result.class_part) if copy_classes else None
        probabilities = open_raster(result.probability_part) if copy_probabilities else None
        for y in range(0, block.height, ASSEMBLY_ROWS):
            rows = min(ASSEMBLY_ROWS, block.height - y)
            if classes is not None:
                targets["classes"].write(
                    block.y0 + y, classes.GetRasterBand(1).ReadAsArray(0, y, block.width, rows), block.x0
                )
            if probabilities is not None:
                data = np.asarray(probabilities.ReadAsArray(0, y, block.width, rows)).reshape(
                    -1, rows, block.width
                )
                targets["probabilities"].write(block.y0 + y, data, block.x0)
        classes = probabilities = None
    for name, part in (("classes", result.class_part), ("probabilities", result.probability_part)):
        if part and name not in adopted:
            Path(part).unlink(missing_ok=True)
            Path(part + ".aux.xml").unlink(missing_ok=True)


def _remove_folder(folder: Path) -> None:
    """Remove the staging folder; a file a stopping worker still closes gets a few retries."""
    for _attempt in range(20):
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            return
        time.sleep(0.1)
