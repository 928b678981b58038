"""A training-data export cut into ranges of consecutive chips, exported apart and committed in order.

The driver plans the chips (core/export/chip_plan.py) and cuts the plan into
ranges. Each range is exported into a folder of its own, its chips numbered
from 0 (a worker cannot know how many chips the ranges before it keep: chips
all nodata or leaving the image are dropped only once read). The driver then
commits the ranges in plan order: it moves each chip's files into the export
folder under its final number, writes the labels that name their image, adds
each chip's partial statistics in chip order, and writes map.txt and the
statistics as a single run does, so the folder equals a single run's file by
file.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..engine.contracts import Cancelled, ChipWriter, Progress
from .chip_plan import PlannedChip, plan_chips
from .exporter import ExportInput, ExportOptions, RangeOutput, TrainingDataExporter
from .metadata import ExportClass
from .statistics import ClassPixelStatistics

#: Chips per range unless RASTERDL_CHIPS_PER_TASK says otherwise: seconds of work per task.
CHIPS_PER_RANGE = 500
CHIPS_PER_RANGE_VARIABLE = "RASTERDL_CHIPS_PER_TASK"


@dataclass(frozen=True)
class RangeSettings:
    """What every range of one export needs to write its chips as the whole run would (picklable)."""

    options: ExportOptions
    classes: tuple[ExportClass, ...]
    band_count: int
    band_names: tuple[str, ...]
    cell_size: tuple[float, float]
    wkid: int | None
    crs_wkt: str
    class_pixel_stats: bool
    keep_footprints: bool


@dataclass(frozen=True)
class ChipRange:
    """Consecutive planned chips of input ``input_number``; ``number`` is the range's place in the plan."""

    number: int
    input_number: int
    chips: tuple[PlannedChip, ...]


def chips_per_range() -> int:
    """The range size: RASTERDL_CHIPS_PER_TASK when set to a positive number, else CHIPS_PER_RANGE."""
    try:
        value = int(os.environ.get(CHIPS_PER_RANGE_VARIABLE, "") or CHIPS_PER_RANGE)
    except ValueError:
        value = CHIPS_PER_RANGE
    return max(value, 1)


def range_settings(exporter: TrainingDataExporter) -> RangeSettings:
    """The settings of the driver's exporter once :meth:`TrainingDataExporter.begin` has run."""
    summary = exporter.summary
    return RangeSettings(
        options=exporter.options,
        classes=tuple(summary.classes),
        band_count=summary.band_count,
        band_names=tuple(summary.band_names),
        cell_size=tuple(summary.cell_size),
        wkid=summary.wkid,
        crs_wkt=summary.crs_wkt,
        class_pixel_stats=isinstance(exporter.label_stats, ClassPixelStatistics),
        keep_footprints=exporter.keep_footprints,
    )


def plan_ranges(
    inputs: Sequence[ExportInput], options: ExportOptions, size: int, is_canceled: Callable[[], bool]
) -> list[ChipRange]:
    """The planned chips of every input cut into ranges of at most ``size`` chips, in chip order.

    A range never spans two inputs. ``is_canceled`` is looked at between windows (Cancelled).
    """
    ranges: list[ChipRange] = []
    for number, item in enumerate(inputs):
        chips: list[PlannedChip] = []
        for _done, _total, planned in plan_chips(item, options):
            if is_canceled():
                raise Cancelled("Cancelled.")
            if planned is None:
                continue
            chips.append(planned)
            if len(chips) == size:
                ranges.append(ChipRange(len(ranges), number, tuple(chips)))
                chips = []
        if chips:
            ranges.append(ChipRange(len(ranges), number, tuple(chips)))
    return ranges


def range_folder(staging: Path, number: int) -> Path:
    """The folder range ``number`` writes its chips into, inside the run's staging folder."""
    return Path(staging) / f"range-{number:07d}"


def export_range(
    folder: Path,
    settings: RangeSettings,
    item: ExportInput,
    chips: Sequence[PlannedChip],
    writer: ChipWriter,
    progress: Progress,
) -> RangeOutput:
    """Export ``chips`` of ``item`` into ``folder``, numbered from 0; the records say what the driver
    needs to commit them, ``output.folder`` where they are.

    The folder is emptied first: a range rerun where an earlier attempt left files starts clean.
    """
    folder = Path(folder)
    if folder.exists():
        shutil.rmtree(folder)
    exporter = TrainingDataExporter(
        folder,
        replace(settings.options, start_index=0),
        settings.classes,
        settings.band_count,
        settings.band_names,
        settings.cell_size,
        settings.wkid,
        settings.crs_wkt,
        writer,
        progress,
    )
    exporter.keep_footprints = settings.keep_footprints
    output = exporter.export_range(item, chips, settings.class_pixel_stats)
    output.folder = str(folder)
    return output


class RangeCommitter:
    """Commits finished ranges into the driver's exporter in plan order, whatever order they finish in.

    A range that finishes early waits (its records in memory, its files in its folder) until every
    range before it is committed; each committed range's folder is removed.
    """

    def __init__(self, exporter: TrainingDataExporter, staging: Path) -> None:
        self.exporter = exporter
        self.staging = Path(staging)
        self._waiting: dict[int, RangeOutput] = {}
        self._next = 0

    def add(self, number: int, output: RangeOutput) -> None:
        """Range ``number`` finished with ``output``: commit it and the ranges it held back."""
        self._waiting[number] = output
        for ready_number, ready in self._ready():
            folder = Path(ready.folder) if ready.folder else range_folder(self.staging, ready_number)
            self.exporter.commit_range(folder, ready)
            shutil.rmtree(folder, ignore_errors=True)

    def _ready(self) -> Iterator[tuple[int, RangeOutput]]:
        while self._next in self._waiting:
            number = self._next
            self._next += 1
            yield number, self._waiting.pop(number)

    @property
    def committed(self) -> int:
        """How many ranges are in the export folder."""
        return self._next


#: Runs ranges somewhere (in this process, on a cluster) and gives ``(range number, output)`` as each
#: finishes, in any order; range ``r`` writes into ``range_folder(staging, r.number)``.
RangeRunner = Callable[[Sequence[ChipRange], RangeSettings], Iterator[tuple[int, RangeOutput]]]


def export_in_ranges(
    exporter: TrainingDataExporter,
    inputs: Sequence[ExportInput],
    staging: Path,
    run_ranges: RangeRunner,
    size: int | None = None,
) -> list[ChipRange]:
    """Export ``inputs`` into the exporter's folder in ranges of ``size`` chips run by ``run_ranges``.

    Ranges are committed in plan order as they become ready; map.txt and the statistics are written
    at the end, also after a cancel or an error, and then describe exactly the chips committed.
    ``exporter.result`` holds the counts. Returns the ranges (the caller logs how many).
    """
    exporter.begin(inputs)
    settings = range_settings(exporter)
    ranges = plan_ranges(inputs, exporter.options, size or chips_per_range(), exporter.progress.is_canceled)
    committer = RangeCommitter(exporter, staging)
    try:
        for number, output in run_ranges(ranges, settings):
            committer.add(number, output)
    finally:
        exporter.flush()
    return ranges
