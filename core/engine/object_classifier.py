"""Classify Objects Using Deep Learning: one chip per feature, one class label per chip.

Features come in raster-grid pixels (x = column, y = row, y down). Each gets a
read window (:func:`plan_chip`): a fixed model-size window centred on points and,
with ``CropSizeFixed`` = 1, on polygons; the bounding box, resized to the model
input, for lines and for polygons with ``CropSizeFixed`` = 0. Chips are read in
location order by a read-ahead thread (so reads hit the provider's block cache)
while the calling thread runs the model (the engines' shared model loop, :mod:`.tiled_inference`),
and the results come back in input order.
"""

from __future__ import annotations

import queue
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import box
from shapely.geometry.base import BaseGeometry

from ..errors import ModelDefinitionError, ModelInputError, RasterDLError
from ..export.rasterize import rasterize
from ..install.dependencies import require
from ..model.arguments import ObjectArguments
from ..model.definition import ClassInfo, ModelDefinition, ModelType
from ..model.preprocess import looks_like_probabilities, preprocess, sigmoid, softmax, validate_input
from .contracts import InferenceSession, Progress, WindowReader, read_window
from .pixel_classifier import augmentations, output_classes
from .stages import END, Stages
from .tiled_inference import Batch, ModelLoop, ProbeHold, first_output

#: Batches the read-ahead queue holds: enough to keep the model busy, little memory.
QUEUE_DEPTH = 3
#: Height in pixels of the horizontal strips that order the reads (at least the chip height).
SORT_STRIP_ROWS = 512
#: Chips, in processing order, whose outputs decide whether the model returns probabilities or logits.
PROBE_CHIPS = 8
#: Largest grid, in pixels, into which the blackening masks of several chips are rasterized at once.
MASK_GRID_PIXELS = 1 << 22
#: The ways a model's outputs become probabilities: as they are, or through softmax or sigmoid.
SCORE_MODES = ("probabilities", "softmax", "sigmoid")
#: Shapely dimensions of points and of polygons (lines are 1).
_POINT, _AREA = 0, 2


# --------------------------------------------------------------------------- chip planning


@dataclass(frozen=True)
class ChipPlan:
    """Where one feature's chip is read and how it is prepared.

    ``x, y, w, h`` is the read window in grid pixels (it may reach past the
    raster: those pixels read as invalid and become 0). ``geometry`` is the
    feature moved into window pixels (None for a whole-image chip); ``blacken``
    says to zero the pixels outside it; ``resize`` that the window differs from
    the model input size and is resized to it.
    """

    x: int
    y: int
    w: int
    h: int
    geometry: BaseGeometry | None
    blacken: bool
    resize: bool

    @property
    def window(self) -> tuple[int, int, int, int]:
        """The read window (x, y, w, h)."""
        return self.x, self.y, self.w, self.h


def _fixed_windows(bounds: np.ndarray, width: int, height: int) -> np.ndarray:
    """(n, 4) windows x, y, w, h of ``width`` x ``height`` centred on each extent (nearest pixel corner)."""
    cx = (bounds[:, 0] + bounds[:, 2]) / 2
    cy = (bounds[:, 1] + bounds[:, 3]) / 2
    x = np.floor(cx - width / 2 + 0.5)
    y = np.floor(cy - height / 2 + 0.5)
    return np.stack([x, y, np.full_like(x, width), np.full_like(y, height)], axis=1)


def _bbox_windows(bounds: np.ndarray, raster_w: int, raster_h: int, pad: int) -> np.ndarray:
    """(n, 4) windows of whole pixels covering each extent plus ``pad``, at least 1 pixel, in the raster."""
    x0 = np.floor(bounds[:, 0]) - pad
    y0 = np.floor(bounds[:, 1]) - pad
    x1 = np.maximum(np.ceil(bounds[:, 2]) + pad, x0 + 1)
    y1 = np.maximum(np.ceil(bounds[:, 3]) + pad, y0 + 1)
    x0, y0 = np.maximum(x0, 0), np.maximum(y0, 0)
    x1, y1 = np.minimum(x1, raster_w), np.minimum(y1, raster_h)
    return np.stack([x0, y0, x1 - x0, y1 - y0], axis=1)


def plan_chips(
    geometries: Sequence[BaseGeometry | None],
    definition: ModelDefinition,
    raster_w: int,
    raster_h: int,
    pad: int = 0,
) -> list[ChipPlan | None]:
    """:func:`plan_chip` for many geometries at once, vectorised with shapely."""
    count = len(geometries)
    plans: list[ChipPlan | None] = [None] * count
    model_h, model_w = definition.image_height, definition.image_width
    whole = [i for i, g in enumerate(geometries) if g is None]
    for i in whole:
        plans[i] = ChipPlan(0, 0, raster_w, raster_h, None, False, (raster_h, raster_w) != (model_h, model_w))
    index = np.array([i for i, g in enumerate(geometries) if g is not None], dtype=np.int64)
    if not len(index) or raster_w <= 0 or raster_h <= 0:
        return plans
    array = np.empty(len(index), dtype=object)
    array[:] = [geometries[i] for i in index.tolist()]
    bounds = shapely.bounds(array)
    empty = shapely.is_empty(array) | ~np.isfinite(bounds).all(axis=1)
    bounds = np.where(empty[:, None], 0.0, bounds)
    inside = ~empty & (bounds[:, 2] >= 0) & (bounds[:, 3] >= 0) & (bounds[:, 0] <= raster_w)
    inside &= bounds[:, 1] <= raster_h
    partial = inside & (
        (bounds[:, :2] < 0).any(axis=1) | (bounds[:, 2] > raster_w) | (bounds[:, 3] > raster_h)
    )
    if partial.any():
        inside[partial] = shapely.intersects(array[partial], box(0, 0, raster_w, raster_h))
    dims = shapely.get_dimensions(array)
    fixed = (dims == _POINT) | ((dims == _AREA) & definition.crop_size_fixed)
    windows = np.where(
        fixed[:, None],
        _fixed_windows(bounds, model_w, model_h),
        _bbox_windows(bounds, raster_w, raster_h, pad),
    )
    overlaps = (windows[:, 2] > 0) & (windows[:, 3] > 0)
    overlaps &= (windows[:, 0] < raster_w) & (windows[:, 1] < raster_h)
    overlaps &= (windows[:, 0] + windows[:, 2] > 0) & (windows[:, 1] + windows[:, 3] > 0)
    keep = np.flatnonzero(inside & overlaps)
    if not len(keep):
        return plans
    windows = windows[keep].astype(np.int64)
    _, owner = shapely.get_coordinates(array[keep], return_index=True)
    shifts = windows[:, :2].astype(np.float64)
    moved = shapely.transform(array[keep], lambda coords: coords - shifts[owner])
    blacken = (dims[keep] == _AREA) & definition.blacken_around_feature
    for row, position in enumerate(keep.tolist()):
        x, y, w, h = windows[row].tolist()
        plans[int(index[position])] = ChipPlan(
            x, y, w, h, moved[row], bool(blacken[row]), (h, w) != (model_h, model_w)
        )
    return plans


def plan_chip(
    geometry_px: BaseGeometry | None,
    definition: ModelDefinition,
    raster_w: int,
    raster_h: int,
    pad: int = 0,
) -> ChipPlan | None:
    """The chip of one feature in grid pixels, or None when the feature lies outside the raster.

    Points (and polygons with CropSizeFixed = 1) get an ImageWidth x ImageHeight
    window centred on their extent; lines (and polygons with CropSizeFixed = 0)
    their bounding box plus ``pad`` pixels, clipped to the raster. ``None``
    reads the whole raster. Only polygons are blackened (BlackenAroundFeature).
    """
    return plan_chips([geometry_px], definition, raster_w, raster_h, pad)[0]


def processing_order(plans: Sequence[ChipPlan], strip_rows: int) -> np.ndarray:
    """Positions of ``plans`` sorted by window centre: strips of ``strip_rows`` rows, serpentine along x."""
    if not plans:
        return np.zeros(0, dtype=np.int64)
    windows = np.array([plan.window for plan in plans], dtype=np.float64)
    cx = windows[:, 0] + windows[:, 2] / 2
    strip = np.floor((windows[:, 1] + windows[:, 3] / 2) / strip_rows)
    along = np.where(strip % 2 == 0, cx, -cx)
    return np.lexsort((along, strip))


# --------------------------------------------------------------------------- chips


def resize_chip(pixels: np.ndarray, height: int, width: int) -> np.ndarray:
    """(bands, h, w) chip resized to (bands, height, width) with bilinear interpolation (cv2 INTER_LINEAR).

    Integers become float32 first (cv2 lacks some integer types and rounding
    would lose precision); float64 stays float64.
    """
    cv2 = require("cv2")
    dtype = np.float64 if pixels.dtype == np.float64 else np.float32
    image = np.ascontiguousarray(np.moveaxis(pixels, 0, -1), dtype=dtype)
    resized = cv2.resize(image, (width, height), interpolation=cv2.INTER_LINEAR)
    if resized.ndim == 2:
        resized = resized[..., None]
    return np.ascontiguousarray(np.moveaxis(resized, -1, 0))


def _read_window(reader: WindowReader, plan: ChipPlan) -> np.ndarray:
    """The raw pixels (bands, h, w) of ``plan``'s window, invalid pixels set to 0."""
    pixels, valid = read_window(reader, plan.x, plan.y, plan.w, plan.h)
    if not valid.all():
        pixels = np.where(valid[None], pixels, np.zeros((), dtype=pixels.dtype))
    return pixels


def _stacked_masks(plans: Sequence[ChipPlan]) -> list[np.ndarray]:
    """Inside masks of ``plans``, each geometry clipped to its window and stacked below the previous one."""
    widths = np.array([plan.w for plan in plans], dtype=np.float64)
    heights = np.array([plan.h for plan in plans], dtype=np.float64)
    tops = np.concatenate([[0.0], np.cumsum(heights)[:-1]])
    geometries = np.empty(len(plans), dtype=object)
    geometries[:] = [plan.geometry for plan in plans]
    clipped = shapely.intersection(geometries, shapely.box(0.0, 0.0, widths, heights))
    _, owner = shapely.get_coordinates(clipped, return_index=True)
    shifts = np.stack([np.zeros_like(tops), tops], axis=1)
    moved = shapely.transform(clipped, lambda coords: coords + shifts[owner])
    rows, columns = int(heights.sum()), int(widths.max())
    grid = rasterize([(geometry, 1) for geometry in moved.tolist()], (rows, columns)).astype(bool)
    return [grid[top : top + plan.h, : plan.w] for top, plan in zip(tops.astype(np.int64).tolist(), plans)]


def inside_masks(plans: Sequence[ChipPlan]) -> list[np.ndarray]:
    """(h, w) masks, True where a pixel centre of the window lies inside the plan's geometry.

    The same pixels as :func:`chip_labels.blacken_outside` keeps, but the
    geometries of many chips are rasterized together in grids of at most
    :data:`MASK_GRID_PIXELS`, which costs far less than one call per chip.
    """
    masks: list[np.ndarray] = []
    group: list[ChipPlan] = []
    rows = columns = 0
    for plan in plans:
        if group and (rows + plan.h) * max(columns, plan.w) > MASK_GRID_PIXELS:
            masks += _stacked_masks(group)
            group, rows, columns = [], 0, 0
        group.append(plan)
        rows, columns = rows + plan.h, max(columns, plan.w)
    if group:
        masks += _stacked_masks(group)
    return masks


def read_chips(reader: WindowReader, plans: Sequence[ChipPlan], definition: ModelDefinition) -> np.ndarray:
    """Raw chips (N, bands, ImageHeight, ImageWidth) of ``plans``: invalid pixels 0, blackened, resized."""
    chips = [_read_window(reader, plan) for plan in plans]
    blacken = [i for i, plan in enumerate(plans) if plan.blacken and plan.geometry is not None]
    if blacken:
        masks = inside_masks([plans[i] for i in blacken])
        for i, mask in zip(blacken, masks):
            chips[i] = np.where(mask[None], chips[i], np.zeros((), dtype=chips[i].dtype))
    for i, plan in enumerate(plans):
        if plan.resize:
            chips[i] = resize_chip(chips[i], definition.image_height, definition.image_width)
    return np.stack(chips)


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class ObjectResult:
    """The class of one feature. Below the score threshold (or outside) class value and name are None."""

    feature_index: int
    class_value: int | None
    class_name: str | None
    confidence: float | None
    outside: bool


@dataclass(frozen=True)
class ObjectStats:
    """Counts and timings of one :func:`classify_objects` run."""

    chips: int
    outside: int
    batches: int
    seconds: float
    session_seconds: float
    #: How the model's outputs became probabilities (one of SCORE_MODES); None without chips.
    mode: str | None = None

    @property
    def chips_per_second(self) -> float:
        """Chips classified per second of the whole run."""
        return self.chips / self.seconds if self.seconds > 0 else 0.0


class ObjectResults(list):
    """The list of :class:`ObjectResult` in input order, with the run's :class:`ObjectStats` as ``stats``."""

    def __init__(self, results: Sequence[ObjectResult], stats: ObjectStats) -> None:
        super().__init__(results)
        self.stats = stats


def output_probabilities(output: np.ndarray, count: int) -> np.ndarray:
    """The model output of ``count`` chips as a float (count, K) array; trailing 1-sized axes are dropped."""
    output = np.asarray(output)
    if output.ndim >= 2 and output.shape[0] == count and all(d == 1 for d in output.shape[2:]):
        return output.reshape(count, output.shape[1])
    raise ModelDefinitionError(
        "The model returned an output of shape {shape} for {count} chips; an object "
        "classifier returns [chips, classes]. Use an image classification model.",
        shape=tuple(output.shape),
        count=count,
    )


class _Scorer:
    """Turns per-transform outputs into averaged probabilities, winners and confidences.

    Whether the model returns probabilities or logits is decided once, from the
    first :data:`PROBE_CHIPS` chips in processing order, so that the result
    does not depend on the batch size; a given ``mode`` skips that decision (a part of a
    run takes the mode the run decided, :mod:`.object_parts`).
    """

    def __init__(
        self, definition: ModelDefinition, args: ObjectArguments, results: list, mode: str | None = None
    ) -> None:
        self.definition = definition
        self.threshold = args.score_threshold
        self.results = results
        self.classes: tuple[ClassInfo, ...] | None = None
        self.channels: int | None = None
        self.hold = ProbeHold(PROBE_CHIPS, self._decide_mode, self._score)
        self.hold.mode = mode

    @property
    def mode(self) -> str | None:
        """How outputs become probabilities; None until the first chips decided it."""
        return self.hold.mode

    def add(self, features: list[tuple[int, int]], outputs: list[np.ndarray]) -> None:
        arrays = [output_probabilities(out, len(features)) for out in outputs]
        self._check_channels(arrays[0].shape[1])
        self.hold.add(features, arrays)

    def flush(self) -> None:
        self.hold.flush()

    def _check_channels(self, channels: int) -> None:
        if self.channels is None:
            self.classes = output_classes(self.definition, channels)
            self.channels = channels
        elif channels != self.channels:
            raise ModelDefinitionError(
                "The model returned {channels} classes for one batch and {first_channels} for another.",
                channels=channels,
                first_channels=self.channels,
            )

    def _decide_mode(self, probe: list[list[np.ndarray]]) -> str:
        looks = True
        for arrays in probe:
            looks = looks and all(looks_like_probabilities(array, axis=1) for array in arrays)
        if looks:
            return "probabilities"
        return "softmax" if self.channels and self.channels > 1 else "sigmoid"

    def _convert(self, array: np.ndarray) -> np.ndarray:
        if self.mode == "softmax":
            array = softmax(array, axis=1)
        elif self.mode == "sigmoid":
            array = sigmoid(array)
        array = np.asarray(array, dtype=np.float64)
        if array.shape[1] == 1:
            array = np.concatenate([1.0 - array, array], axis=1)
        return array

    def _score(self, features: list[tuple[int, int]], arrays: list[np.ndarray]) -> None:
        probabilities = sum(self._convert(array) for array in arrays) / len(arrays)
        winners = np.argmax(probabilities, axis=1)
        confidences = np.clip(probabilities[np.arange(len(winners)), winners], 0.0, 1.0)
        assert self.classes is not None
        for (position, feature), winner, confidence in zip(features, winners.tolist(), confidences.tolist()):
            info = self.classes[winner] if confidence >= self.threshold else None
            self.results[position] = ObjectResult(
                feature,
                info.value if info is not None else None,
                info.name if info is not None else None,
                float(confidence),
                False,
            )


# --------------------------------------------------------------------------- read-ahead thread


def _produce_batches(
    reader: WindowReader,
    plans: Sequence[tuple[int, int, ChipPlan]],
    definition: ModelDefinition,
    batch_size: int,
    stages: Stages,
    channel: queue.Queue,
) -> None:
    """The read-ahead stage: read the chips of ``plans`` (position, feature index, plan) in order and
    send preprocessed batches (``tiles`` are the chips' (position, feature index)), then END."""
    for start in range(0, len(plans), batch_size):
        part = plans[start : start + batch_size]
        inputs = preprocess(read_chips(reader, [plan for _, _, plan in part], definition), definition)
        chips = [(position, feature) for position, feature, _ in part]
        stages.put(channel, Batch(chips, inputs, start + len(part)))
    stages.put(channel, END)


# --------------------------------------------------------------------------- engine


def _check_model(definition: ModelDefinition) -> None:
    if definition.model_type not in (ModelType.OBJECT_CLASSIFICATION, ModelType.UNKNOWN):
        raise ModelDefinitionError(
            "The model is a {label} model; classifying objects needs an object "
            "classification model (ModelType ObjectClassification).",
            label=definition.model_type.label,
        )


def object_augmentations(definition: ModelDefinition, enabled: bool) -> tuple[int, ...]:
    """Dihedral transforms of test-time augmentation; a non-square input keeps those that keep its shape."""
    transforms = augmentations(definition, enabled)
    if definition.image_height != definition.image_width:
        transforms = tuple(k for k in transforms if k % 2 == 0)
    return transforms


def classify_objects(
    reader: WindowReader,
    session: InferenceSession,
    definition: ModelDefinition,
    args: ObjectArguments,
    items: Sequence[tuple[int, BaseGeometry | None]],
    progress: Progress,
    bbox_padding: int = 0,
    mode: str | None = None,
) -> ObjectResults:
    """Classify each (feature index, geometry in grid pixels) of ``items``; None classifies the whole raster.

    Returns one :class:`ObjectResult` per item in input order, with ``.stats`` (whose ``mode``
    says how the outputs were read: decided from the first chips, or ``mode`` when given).
    Raises :class:`~.contracts.Cancelled` when ``progress`` asks to stop
    and re-raises any exception of the reading thread.
    """
    loop = ModelLoop(session, progress, "The object classification was cancelled.")
    _check_model(definition)
    if reader.width <= 0 or reader.height <= 0:
        raise ModelInputError(
            "The raster is empty ({width} x {height} pixels).", width=reader.width, height=reader.height
        )
    validate_input(definition, reader.band_count)
    if bbox_padding < 0:
        raise ModelInputError(
            "The bounding-box padding must be 0 or more, got {bbox_padding}.", bbox_padding=bbox_padding
        )
    plans = plan_chips(
        [geometry for _, geometry in items], definition, reader.width, reader.height, bbox_padding
    )
    results: list[ObjectResult | None] = [
        ObjectResult(feature, None, None, None, True) if plan is None else None
        for (feature, _), plan in zip(items, plans)
    ]
    inside = [(position, items[position][0], plan) for position, plan in enumerate(plans) if plan is not None]
    order = processing_order([plan for _, _, plan in inside], max(SORT_STRIP_ROWS, definition.image_height))
    ordered = [inside[i] for i in order.tolist()]
    transforms = object_augmentations(definition, args.test_time_augmentation)
    if mode not in (None, *SCORE_MODES):
        raise ValueError(f"Unknown output mode {mode!r}.")
    scorer = _Scorer(definition, args, results, mode)

    def score(batch: Batch, outputs: list[np.ndarray]) -> None:
        scorer.add(batch.tiles, outputs)

    if ordered:
        stages = loop.stages
        channel: queue.Queue = queue.Queue(QUEUE_DEPTH)
        with stages.guard("reading of the chips"):
            job = (reader.clone(), ordered, definition, args.batch_size, stages, channel)
            stages.start("object-read", _produce_batches, *job)
            loop.run(channel, first_output(session), transforms, score, 99.0, len(ordered))
            scorer.flush()
    progress.set_progress(100.0)
    stats = ObjectStats(
        chips=loop.images,
        outside=len(items) - len(ordered),
        batches=loop.batches,
        seconds=loop.seconds(),
        session_seconds=loop.session_seconds(),
        mode=scorer.mode,
    )
    missing = sum(result is None for result in results)
    if missing:
        raise RasterDLError("{missing} features were never classified.", missing=missing)
    return ObjectResults(results, stats)
