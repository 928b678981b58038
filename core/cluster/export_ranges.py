"""Export Training Data on a cluster: ranges of chips exported by workers, committed here in order.

The driver plans the chips and cuts them into ranges (core/export/ranges.py). Each worker
reads its chips from the input path every worker opens (GDAL alone), writes them numbered from
0 into a folder of its range inside a staging folder beside the export folder, and returns the
records of its chips and their partial statistics. The driver commits the ranges in plan order
(final numbers, labels naming their image, statistics in chip order, map.txt and the metadata),
so the export folder equals a single run's file by file. The staging folder goes with the run,
whatever its end.
"""

from __future__ import annotations

import shutil
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..engine.raster_grid import Grid
from ..export.chip_plan import PlannedChip
from ..export.exporter import ExportInput, RangeOutput, TrainingDataExporter
from ..export.ranges import ChipRange, RangeSettings, export_in_ranges, range_folder
from ..output.guard import partial_path, remove_stale_partials
from .connect import Cluster
from .driver import run_tasks
from .worker import WorkerProgress, worker_address, worker_task


@dataclass(frozen=True)
class ExportSource:
    """One export input as a worker opens it: raster path on the grid, bands, class raster path."""

    name: str
    path: str
    grid: Grid
    geotransform: tuple[float, float, float, float, float, float]
    crs_wkt: str
    #: 0-based bands to export, in order; empty: every band.
    bands: tuple[int, ...] = ()
    class_path: str = ""


@dataclass(frozen=True)
class ExportRangeTask:
    """One range of chips of one input, and the folder it is written into."""

    settings: RangeSettings
    source: ExportSource
    chips: tuple[PlannedChip, ...]
    folder: str


@dataclass(frozen=True)
class ClusterExportStats:
    """How a cluster export went: ranges, and the workers that ran them."""

    ranges: int
    workers: int
    seconds: float


def export_on_cluster(
    cluster: Cluster,
    exporter: TrainingDataExporter,
    inputs: Sequence[ExportInput],
    sources: Sequence[ExportSource],
    cancel_text: str,
    size: int | None = None,
) -> ClusterExportStats:
    """Export ``inputs`` (read by workers from ``sources``, one per input) into the exporter's folder.

    ``exporter.result`` holds the counts; map.txt and the metadata describe the chips committed,
    also after a cancel or a failure. Ranges hold ``size`` chips (default: RASTERDL_CHIPS_PER_TASK).
    """
    folder = exporter.folder
    remove_stale_partials(folder)
    staging = partial_path(folder, ".parts")
    staging.mkdir(parents=True)
    started = time.perf_counter()
    workers: set[str] = set()
    ranges: list[ChipRange] = []

    def run(planned: Sequence[ChipRange], settings: RangeSettings) -> Iterator[tuple[int, RangeOutput]]:
        ranges.extend(planned)
        tasks = [
            ExportRangeTask(
                settings,
                sources[chip_range.input_number],
                chip_range.chips,
                str(range_folder(staging, chip_range.number)),
            )
            for chip_range in planned
        ]
        for index, (worker, output) in run_tasks(
            cluster, export_chip_range, tasks, exporter.progress, cancel_text
        ):
            workers.add(worker)
            yield planned[index].number, output

    try:
        export_in_ranges(exporter, inputs, staging, run, size)
    finally:
        _remove_folder(staging)
        exporter.result.seconds = time.perf_counter() - started
    return ClusterExportStats(len(ranges), len(workers), exporter.result.seconds)


@worker_task
def export_chip_range(task: ExportRangeTask, cancel_event: str) -> tuple[str, RangeOutput]:
    """On a worker: export one range of chips into a folder of this attempt; return the worker and the
    records.

    Each attempt writes into a folder of its own (the range's folder name plus a random suffix): should
    Dask run the range again (its worker lost after the driver got the result), the new attempt never
    touches the files the driver is moving.
    """
    from ..adapters.gdal.chip_writer import ChipFileWriter
    from ..adapters.gdal.raster_reader import RasterReader
    from ..export.exporter import SelectedBands
    from ..export.ranges import export_range

    source = task.source
    reader = RasterReader(source.path, source.grid)
    item = ExportInput(
        name=source.name,
        reader=SelectedBands(reader, source.bands) if source.bands else reader,
        geotransform=source.geotransform,
        crs_wkt=source.crs_wkt,
        class_reader=RasterReader(source.class_path, source.grid) if source.class_path else None,
    )
    output = export_range(
        Path(f"{task.folder}-{uuid.uuid4().hex[:8]}"),
        task.settings,
        item,
        task.chips,
        ChipFileWriter(task.settings.options.chip_format),
        WorkerProgress(cancel_event),
    )
    return worker_address(), output


def _remove_folder(folder: Path) -> None:
    """Remove the staging folder; a file a stopping worker still closes gets a few retries."""
    for _attempt in range(20):
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            return
        time.sleep(0.1)
