"""Classify Objects in spatial parts that workers classify independently (issue 19: scale out on Dask).

A single :func:`.object_classifier.classify_objects` run reads the chips in processing order
(strips of rows, serpentine along them) and batches them in that order. A part here is a
consecutive run of that order, a whole number of batches long: the chips of one stretch of a
strip, so a worker reads one region of the raster. A part keeps its features in input order, so
its own processing order is the run's order restricted to it and its batches are the run's
batches: every chip gets the model outputs it gets in one run.

One thing a single run decides for all chips: whether the model returns probabilities or logits,
from the first :data:`.object_classifier.PROBE_CHIPS` chips in processing order. Part 0 starts
with those chips, so it decides as the run does; a part that decided otherwise from its own first
chips is classified again with part 0's mode (:func:`classify_in_parts`). :func:`merge_parts`
then gives the results of the one run, in input order.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from shapely.geometry.base import BaseGeometry

from ..errors import RasterDLError
from ..model.arguments import ObjectArguments
from ..model.definition import ModelDefinition
from .blocks import BLOCK_PIXELS
from .contracts import InferenceSession, Progress, WindowReader
from .object_classifier import (
    PROBE_CHIPS,
    SORT_STRIP_ROWS,
    ObjectResult,
    ObjectResults,
    ObjectStats,
    classify_objects,
    object_augmentations,
    plan_chips,
    processing_order,
)

#: Environment variable setting the model input pixels of a part (and the block size of the other tools).
PART_PIXELS_VARIABLE = "RASTERDL_BLOCK_PIXELS"


@dataclass(frozen=True)
class ObjectPart:
    """The features one worker classifies: ``items`` (feature index, geometry in grid pixels), in
    input order, at ``positions`` of the run's items; ``bounds`` (x0, y0, x1, y1) is the raster
    region their chip windows cover, in grid pixels."""

    index: int
    positions: tuple[int, ...]
    items: tuple[tuple[int, BaseGeometry], ...]
    bounds: tuple[int, int, int, int]


@dataclass(frozen=True)
class PartResult:
    """What classifying one part gives: its results (one per item, in the part's order) and stats."""

    index: int
    results: tuple[ObjectResult, ...]
    stats: ObjectStats


def part_pixels() -> int:
    """Model input pixels a part holds: :data:`PART_PIXELS_VARIABLE` when set to a positive integer,
    else the blocks' :data:`.blocks.BLOCK_PIXELS` (seconds to minutes of work)."""
    text = os.environ.get(PART_PIXELS_VARIABLE, "").strip()
    try:
        value = int(text)
    except ValueError:
        return BLOCK_PIXELS
    return value if value > 0 else BLOCK_PIXELS


def part_chips(definition: ModelDefinition, args: ObjectArguments, target_pixels: int) -> int:
    """Chips in a part: about ``target_pixels`` of model input (test-time transforms counted), at least
    :data:`PROBE_CHIPS`, rounded up to whole batches so a part's batches are the single run's."""
    per_chip = definition.image_height * definition.image_width
    per_chip *= len(object_augmentations(definition, args.test_time_augmentation))
    chips = max(PROBE_CHIPS, target_pixels // max(per_chip, 1), 1)
    batch = max(args.batch_size, 1)
    return math.ceil(chips / batch) * batch


def partition_objects(
    items: Sequence[tuple[int, BaseGeometry | None]],
    definition: ModelDefinition,
    args: ObjectArguments,
    raster_w: int,
    raster_h: int,
    bbox_padding: int = 0,
    target_pixels: int | None = None,
) -> list[ObjectPart]:
    """The parts of a run over ``items`` on a ``raster_w`` x ``raster_h`` grid, part 0 first.

    Features outside the raster are in no part (:func:`merge_parts` marks them outside).
    ``target_pixels`` defaults to :func:`part_pixels`.
    """
    plans = plan_chips([geometry for _, geometry in items], definition, raster_w, raster_h, bbox_padding)
    inside = [position for position, plan in enumerate(plans) if plan is not None]
    order = processing_order([plans[p] for p in inside], max(SORT_STRIP_ROWS, definition.image_height))
    ordered = [inside[i] for i in order.tolist()]
    size = part_chips(definition, args, part_pixels() if target_pixels is None else target_pixels)
    parts = []
    for number, start in enumerate(range(0, len(ordered), size)):
        positions = sorted(ordered[start : start + size])
        windows = [plans[p].window for p in positions]
        bounds = (
            min(x for x, _, _, _ in windows),
            min(y for _, y, _, _ in windows),
            max(x + w for x, _, w, _ in windows),
            max(y + h for _, y, _, h in windows),
        )
        parts.append(ObjectPart(number, tuple(positions), tuple(items[p] for p in positions), bounds))
    return parts


def classify_part(
    reader: WindowReader,
    session: InferenceSession,
    definition: ModelDefinition,
    args: ObjectArguments,
    part: ObjectPart,
    progress: Progress,
    bbox_padding: int = 0,
    mode: str | None = None,
) -> PartResult:
    """Classify ``part``'s features on the whole raster ``reader`` gives; ``mode`` (None: decide
    from the part's first chips) says how the outputs become probabilities."""
    results = classify_objects(
        reader, session, definition, args, list(part.items), progress, bbox_padding, mode
    )
    return PartResult(part.index, tuple(results), results.stats)


#: Classifies parts, each with a mode (None: its own decision), yielding their results in any order.
PartRunner = Callable[[Sequence[tuple[ObjectPart, str | None]]], Iterable[PartResult]]


def classify_in_parts(parts: Sequence[ObjectPart], run: PartRunner) -> dict[int, PartResult]:
    """Every part's result, by part index, each read in the mode one run over all parts decides.

    All parts run at once, each deciding its mode from its first chips; part 0 decides as the
    single run does, and the parts that decided otherwise run again with its mode.
    """
    if not parts:
        return {}
    done = {result.index: result for result in run([(part, None) for part in parts])}
    mode = done[parts[0].index].stats.mode
    again = [(part, mode) for part in parts if done[part.index].stats.mode != mode]
    if again:
        done.update((result.index, result) for result in run(again))
    return done


def merge_parts(
    items: Sequence[tuple[int, BaseGeometry | None]],
    parts: Sequence[ObjectPart],
    results: Mapping[int, PartResult],
    seconds: float | None = None,
) -> ObjectResults:
    """The results of one :func:`.object_classifier.classify_objects` run over ``items``, in input
    order, from the parts' results (by part index); features in no part lie outside the raster.

    The stats add up the parts' chips, batches and model time; ``seconds`` is the run's wall
    time (default: the parts' seconds added up).
    """
    merged: list[ObjectResult | None] = [None] * len(items)
    modes = set()
    for part in parts:
        result = results.get(part.index)
        if result is None or len(result.results) != len(part.positions):
            raise RasterDLError("Part {index} of the features was never classified.", index=part.index)
        for position, outcome in zip(part.positions, result.results):
            merged[position] = outcome
        modes.add(result.stats.mode)
    if len(modes) > 1:
        raise RasterDLError("The parts of the features read the model outputs in different ways.")
    for position, item in enumerate(items):
        if merged[position] is None:
            merged[position] = ObjectResult(item[0], None, None, None, True)
    chips = sum(results[part.index].stats.chips for part in parts)
    stats = ObjectStats(
        chips=chips,
        outside=len(items) - chips,
        batches=sum(results[part.index].stats.batches for part in parts),
        seconds=sum(results[part.index].stats.seconds for part in parts) if seconds is None else seconds,
        session_seconds=sum(results[part.index].stats.session_seconds for part in parts),
        mode=modes.pop() if modes else None,
    )
    return ObjectResults(merged, stats)
