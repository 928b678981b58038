"""Detect Objects Using Deep Learning: stream a raster of any size through a detection model.

Three stages run at once, joined by small bounded queues, as in the pixel classifier: a
reader thread reads tile rows (the tiling of ``tiling.make_grid``) and sends preprocessed
batches; the calling thread only runs the model; a decoding thread turns outputs into
boxes, merges test-time augmentation, drops the boxes a neighbouring tile owns and appends
the rest, in raster pixels, tile by tile in raster order, to growing numpy arrays. Class-aware
NMS across tiles and the covered-box suppression run once at the end, on those arrays
(:func:`detect_tiles` then :func:`suppress_across_tiles`; a run over some of the tiles is a
block of a scale-out, :mod:`.detection_blocks`). The read stage and the model loop
are the engines' shared ones (:mod:`.tiled_inference`); this module holds the decoding.

Coordinates are continuous raster-grid pixels: x = column, y = row, (0, 0) the top-left
corner of the first pixel.

Seam rule (``exclude_pad_detections``): along each axis the raster is split into intervals,
one per tile, meeting halfway across the overlap of neighbouring tile windows (for evenly
spaced tiles exactly where their cores meet); the first and last intervals reach to infinity
because no tile lies beyond the raster edge. A tile keeps a box only when the box centre lies
in its interval widened by ``SEAM_TOLERANCE * padding`` towards each neighbour, so every box
kept has at least half the padding of context on the side of its centre. An object far from
a seam is kept by one tile; one on a seam is kept by the tile owning its centre, and also by
the neighbour when that one predicts its centre within the tolerance: the class-aware NMS
across tiles (``run_nms``) merges those duplicates, and all of them when
``exclude_pad_detections`` is off. The tolerance is what keeps an object on a seam from being
lost when each of the two tiles predicts its centre on the other's side.

Other decisions: a tile without any valid pixel is not run; a box whose centre pixel is
invalid (nodata, masked or outside the raster) is dropped; models whose raw output needs
NMS (YOLO layouts) always get it per tile at ``nms_overlap``, since their candidates are not
detections yet, while ``run_nms`` only controls the NMS across tiles; test-time
augmentation runs the identity and flips (horizontal and vertical in MAP_SPACE, horizontal
only in PIXEL_SPACE) and merges the union of the boxes, mapped back, by class-aware NMS at
``nms_overlap``; axis-aligned boxes are clipped to the raster and dropped if nothing is
left, rotated boxes are kept whole (their polygons are clipped by :func:`detection_polygons`).
"""

from __future__ import annotations

import dataclasses
import math
import queue
import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import Polygon

from ..errors import ModelDefinitionError, ModelInputError
from ..model.arguments import DetectionArguments
from ..model.definition import ClassInfo, ModelDefinition, ModelType, TensorInfo
from ..model.preprocess import validate_input
from .contracts import Cancelled, InferenceSession, Progress, WindowReader
from .detection_decode import (
    Decoded,
    LayoutUndecidedError,
    OutputDecoder,
    concatenate,
    make_decoder,
    with_shapes,
)
from .detection_nms import batched_nms, rotated_corners, suppress_covered
from .stages import END, Stages
from .tiled_inference import Batch, ModelLoop, read_tile_rows
from .tiling import TileGrid, make_grid

#: Batches the read-ahead and decoding queues hold: enough to keep the model busy, little memory.
QUEUE_DEPTH = 3
#: Share of the progress bar given to the tiles; the rest is the final suppression.
TILE_PROGRESS = 95.0
#: How far, as a fraction of the padding, a tile keeps boxes centred beyond its share of a seam.
SEAM_TOLERANCE = 0.5
#: What a cancelled detection says.
CANCELLED = "The object detection was cancelled."
#: First capacity of the detection arrays (doubled when full).
_INITIAL_CAPACITY = 1024


# --------------------------------------------------------------------------- arguments


def describe_detection_rule(definition: ModelDefinition, args: DetectionArguments) -> str:
    """How outputs become objects, in words: layout, confidence threshold and NMS."""
    try:
        decoder = make_decoder(definition)
        layout = f"{decoder.layout} layout"
        raw = decoder.raw
    except LayoutUndecidedError:
        layout, raw = "layout recognised from the first outputs", True
    nms = "across classes" if args.nms_class_agnostic else "within each class"
    where = "the model's own NMS, then " if not raw else ""
    return (
        f"{layout}, confidence at least {args.threshold:g}, {where}non-maximum suppression {nms} "
        f"above an IoU of {args.nms_overlap:g}"
    )


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class DetectionStats:
    """Counts and timings of one :func:`detect_objects` run; ``candidates`` counts boxes before the
    suppression across tiles."""

    tiles: int
    skipped_tiles: int
    batches: int
    candidates: int
    seconds: float
    session_seconds: float


@dataclass(frozen=True)
class Detections:
    """The detected objects, in raster-grid pixels; model class index ``i`` is ``classes[i]``.

    ``boxes`` (K, 4) float64 x0, y0, x1, y1; ``scores`` (K,) float32 in [0, 1]; ``class_index``
    (K,) int32; ``angle`` (K,) float64 radians for rotated boxes (the box turned about its
    centre, x towards y), else None.
    """

    boxes: np.ndarray
    scores: np.ndarray
    class_index: np.ndarray
    angle: np.ndarray | None
    classes: tuple[ClassInfo, ...]
    width: int
    height: int
    stats: DetectionStats

    def __len__(self) -> int:
        return len(self.scores)

    @property
    def class_values(self) -> np.ndarray:
        """(K,) class values of the detections."""
        values = np.array([info.value for info in self.classes], dtype=np.int64)
        return values[self.class_index] if len(self) else np.zeros(0, np.int64)

    @property
    def class_names(self) -> list[str]:
        """Class names of the detections."""
        names = [info.name for info in self.classes]
        return [names[index] for index in self.class_index.tolist()]


def detection_classes(definition: ModelDefinition, class_index: np.ndarray) -> tuple[ClassInfo, ...]:
    """The model's class list: the definition's, or ``Class i`` (value i) up to the largest index found."""
    if definition.classes:
        return tuple(definition.classes)
    count = int(class_index.max()) + 1 if len(class_index) else 0
    return tuple(ClassInfo(index, f"Class {index}") for index in range(count))


def detection_polygons(detections: Detections) -> list[Polygon]:
    """One polygon per detection in raster-grid pixels: its box, or its rotated rectangle clipped to
    the raster."""
    if not len(detections):
        return []
    boxes = detections.boxes
    if detections.angle is None:
        return list(shapely.box(boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3], ccw=False))
    corners = rotated_corners(boxes, detections.angle)
    polygons = shapely.polygons(np.concatenate([corners, corners[:, :1]], axis=1))
    clipped = shapely.clip_by_rect(polygons, 0.0, 0.0, float(detections.width), float(detections.height))
    return list(clipped)


def detections_in_map(
    detections: Detections, geotransform: Sequence[float], mask_wkbs: Sequence[bytes] | None = None
) -> tuple[list[int], list[bytes]]:
    """Indexes of the detections to write and their polygons as WKB in map coordinates.

    ``geotransform`` is the raster grid's (north-up); with ``mask_wkbs`` (mask polygons in map
    coordinates) only detections whose centre lies inside the mask are kept.
    """
    polygons = np.asarray(detection_polygons(detections), dtype=object)
    if not len(polygons):
        return [], []
    x0, dx, _, y0, _, dy = geotransform
    scale, origin = np.array([dx, dy]), np.array([x0, y0])
    keep = np.ones(len(polygons), dtype=bool)
    if mask_wkbs:
        mask_map = shapely.union_all(shapely.from_wkb(np.asarray(mask_wkbs, dtype=object)))
        centres = shapely.transform(shapely.centroid(polygons), lambda xy: xy * scale + origin)
        keep = shapely.contains(mask_map, centres)
    in_map = shapely.transform(polygons[keep], lambda xy: xy * scale + origin)
    return np.flatnonzero(keep).tolist(), list(shapely.to_wkb(in_map))


# --------------------------------------------------------------------------- geometry helpers


def detection_augmentations(definition: ModelDefinition, enabled: bool) -> tuple[int, ...]:
    """Dihedral transforms (``tiled_inference.transform`` numbering) of test-time augmentation:
    identity, horizontal flip (4) and, in MAP_SPACE, vertical flip (6)."""
    if not enabled:
        return (0,)
    return (0, 4) if definition.image_space_used == "PIXEL_SPACE" else (0, 4, 6)


def untransform_boxes(
    boxes: np.ndarray, angles: np.ndarray | None, k: int, size: int | tuple[int, int]
) -> tuple[np.ndarray, np.ndarray | None]:
    """Boxes found in a tile transformed by ``transform(tile, k)``, in the original tile of ``size``
    x ``size`` pixels or ``(width, height)``. Axis-aligned boxes are mapped by their corners; rotated
    ones by centre and angle."""
    boxes = np.asarray(boxes, dtype=np.float64)
    if k == 0 or not len(boxes):
        return boxes, angles
    width, height = (size, size) if isinstance(size, (int, np.integer)) else size

    def back(x: np.ndarray, y: np.ndarray, scale: float) -> tuple[np.ndarray, np.ndarray]:
        # Undo each quarter turn in the turned tile (its height is the width before the turn), then
        # the mirror in the original tile; ``scale`` 0 maps directions instead of points.
        turned_w, turned_h = (height, width) if k % 2 else (width, height)
        for _ in range(k % 4):
            x, y = scale * turned_h - y, x
            turned_w, turned_h = turned_h, turned_w
        return (scale * turned_w - x, y) if k >= 4 else (x, y)

    if angles is None:
        x_a, y_a = back(boxes[:, 0], boxes[:, 1], 1.0)
        x_b, y_b = back(boxes[:, 2], boxes[:, 3], 1.0)
        return np.stack(
            [np.minimum(x_a, x_b), np.minimum(y_a, y_b), np.maximum(x_a, x_b), np.maximum(y_a, y_b)], 1
        ), None
    cx, cy = back((boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2, 1.0)
    dx, dy = back(np.cos(angles), np.sin(angles), 0.0)
    half_w, half_h = (boxes[:, 2] - boxes[:, 0]) / 2, (boxes[:, 3] - boxes[:, 1]) / 2
    mapped = np.stack([cx - half_w, cy - half_h, cx + half_w, cy + half_h], axis=1)
    return mapped, np.arctan2(dy, dx)


def ownership_bounds(
    origins: Sequence[int], tile_size: int, tolerance: float = 0.0
) -> tuple[np.ndarray, np.ndarray]:
    """Intervals [low, high) of box centres each tile keeps along one axis (module docstring): the
    half-open shares that split the raster, widened by ``tolerance`` at the seams."""
    starts = np.asarray(origins, dtype=np.float64)
    middles = (starts[1:] + starts[:-1] + tile_size) / 2.0
    low = np.concatenate([[-math.inf], middles - tolerance])
    high = np.concatenate([middles + tolerance, [math.inf]])
    return low, high


# --------------------------------------------------------------------------- decoding


class _DetectionBuffer:
    """Detections in raster pixels, appended in place to arrays that double when full."""

    def __init__(self, oriented: bool) -> None:
        self.size = 0
        self.boxes = np.empty((_INITIAL_CAPACITY, 4), np.float64)
        self.scores = np.empty(_INITIAL_CAPACITY, np.float32)
        self.classes = np.empty(_INITIAL_CAPACITY, np.int32)
        self.tiles = np.empty(_INITIAL_CAPACITY, np.int64)
        self.angles = np.empty(_INITIAL_CAPACITY, np.float64) if oriented else None

    def _grow(self, needed: int) -> None:
        capacity = max(needed, 2 * len(self.scores))
        for name in ("boxes", "scores", "classes", "tiles", "angles"):
            array = getattr(self, name)
            if array is not None:
                grown = np.empty((capacity, *array.shape[1:]), array.dtype)
                grown[: self.size] = array[: self.size]
                setattr(self, name, grown)

    def append(self, decoded: Decoded, tiles: np.ndarray) -> None:
        """Append ``decoded`` and the tile (index in the whole grid's raster order) of each detection."""
        count = len(decoded)
        if self.size + count > len(self.scores):
            self._grow(self.size + count)
        end = self.size + count
        self.boxes[self.size : end] = decoded.boxes
        self.scores[self.size : end] = decoded.scores
        self.classes[self.size : end] = decoded.classes
        self.tiles[self.size : end] = tiles
        if self.angles is not None:
            self.angles[self.size : end] = decoded.angles
        self.size = end

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None, np.ndarray]:
        """Compact copies of the detections held: boxes, scores, classes, angles and tiles."""
        angles = None if self.angles is None else self.angles[: self.size].copy()
        return (
            self.boxes[: self.size].copy(),
            self.scores[: self.size].copy(),
            self.classes[: self.size].copy(),
            angles,
            self.tiles[: self.size].copy(),
        )


class _Collector:
    """Turns the outputs of each batch into raster-pixel detections (decoding thread).

    ``grid`` holds the tiles run, rows ``rows`` and columns ``columns`` of the ``whole`` grid: the
    seam rule is the whole grid's, and each detection is filed under its tile's index in the whole
    grid's raster order.
    """

    def __init__(
        self,
        grid: TileGrid,
        args: DetectionArguments,
        transforms: tuple[int, ...],
        decoder: OutputDecoder | None,
        definition: ModelDefinition,
        outputs: Sequence[TensorInfo],
        whole: TileGrid,
        rows: range,
        columns: range,
    ) -> None:
        self.grid, self.args, self.transforms = grid, args, transforms
        self.decoder, self.definition, self.outputs = decoder, definition, outputs
        self.buffer: _DetectionBuffer | None = None
        self.first_row, self.first_column, self.whole_columns = rows.start, columns.start, len(whole.xs)
        tolerance = SEAM_TOLERANCE * whole.padding
        low_x, high_x = ownership_bounds(whole.xs, whole.tile_width, tolerance)
        low_y, high_y = ownership_bounds(whole.ys, whole.tile_size, tolerance)
        self.low_x, self.high_x = low_x[columns.start : columns.stop], high_x[columns.start : columns.stop]
        self.low_y, self.high_y = low_y[rows.start : rows.stop], high_y[rows.start : rows.stop]

    def _decoder(self, arrays: Sequence[np.ndarray]) -> OutputDecoder:
        if self.decoder is None:
            self.decoder = make_decoder(self.definition, with_shapes(self.outputs, arrays))
        return self.decoder

    def add(self, batch: Batch, runs: list[list[list[np.ndarray]]]) -> None:
        """Collect a batch: ``runs`` holds, per augmentation, the outputs of each model call (one call
        for the whole batch, or one per tile for a model without a batch axis)."""
        decoder = self._decoder(runs[0][0])
        grid = self.grid
        size = grid.tile_size if grid.tile_width == grid.tile_size else (grid.tile_width, grid.tile_size)
        parts = []
        for k, calls in zip(self.transforms, runs):
            found = []
            for index, outputs in enumerate(calls):
                decoded = decoder.decode(outputs, self.args.threshold)
                if len(calls) > 1:
                    decoded = dataclasses.replace(decoded, image=decoded.image + index)
                found.append(decoded)
            decoded = concatenate(found, decoder.oriented)
            if k and len(decoded):
                boxes, angles = untransform_boxes(decoded.boxes, decoded.angles, k, size)
                decoded = Decoded(decoded.image, boxes, decoded.scores, decoded.classes, angles)
            parts.append(decoded)
        found = concatenate(parts, decoder.oriented)
        if len(found) and (decoder.raw or len(self.transforms) > 1):
            classes = np.zeros_like(found.classes) if self.args.nms_class_agnostic else found.classes
            groups = found.image.astype(np.int64) * (int(classes.max()) + 1) + classes
            found = found.take(
                np.sort(batched_nms(found.boxes, found.scores, groups, self.args.nms_overlap, found.angles))
            )
        # tile by tile, whatever the batches: a run over part of the tiles files each tile's boxes alike
        found = found.take(np.argsort(found.image, kind="stable"))
        if self.buffer is None:
            self.buffer = _DetectionBuffer(decoder.oriented)
        if len(found):
            placed = self._place(batch, found)
            tiles = np.asarray(batch.tiles, dtype=np.int64)[placed.image]
            whole_rows, whole_columns = tiles[:, 0] + self.first_row, tiles[:, 1] + self.first_column
            self.buffer.append(placed, whole_rows * self.whole_columns + whole_columns)

    def _place(self, batch: Batch, found: Decoded) -> Decoded:
        """Detections of tile coordinates kept by the seam and validity rules, moved to raster pixels."""
        tiles = np.asarray(batch.tiles, dtype=np.intp)
        rows, columns = tiles[found.image, 0], tiles[found.image, 1]
        origin_x = np.asarray(self.grid.xs, dtype=np.float64)[columns]
        origin_y = np.asarray(self.grid.ys, dtype=np.float64)[rows]
        centre_x = (found.boxes[:, 0] + found.boxes[:, 2]) / 2
        centre_y = (found.boxes[:, 1] + found.boxes[:, 3]) / 2
        keep = np.ones(len(found), bool)
        if self.args.exclude_pad_detections:
            gx, gy = centre_x + origin_x, centre_y + origin_y
            keep &= (gx >= self.low_x[columns]) & (gx < self.high_x[columns])
            keep &= (gy >= self.low_y[rows]) & (gy < self.high_y[rows])
        pixel_x = np.clip(np.floor(centre_x), 0, self.grid.tile_width - 1).astype(np.intp)
        pixel_y = np.clip(np.floor(centre_y), 0, self.grid.tile_size - 1).astype(np.intp)
        for image, mask in enumerate(batch.valid):
            if mask is not None:
                mine = found.image == image
                keep[mine] &= mask[pixel_y[mine], pixel_x[mine]]
        boxes = found.boxes + np.stack([origin_x, origin_y, origin_x, origin_y], axis=1)
        if found.angles is None:
            np.clip(boxes[:, 0::2], 0, self.grid.width, out=boxes[:, 0::2])
            np.clip(boxes[:, 1::2], 0, self.grid.height, out=boxes[:, 1::2])
            keep &= (boxes[:, 2] > boxes[:, 0]) & (boxes[:, 3] > boxes[:, 1])
        placed = Decoded(found.image, boxes, found.scores, found.classes, found.angles)
        return placed.take(keep)


def _decode_stage(collector: _Collector, stages: Stages, source: queue.Queue) -> None:
    while True:
        item = stages.get(source)
        if item is END:
            return
        collector.add(*item)


# --------------------------------------------------------------------------- engine


def _check_model(definition: ModelDefinition) -> None:
    if definition.model_type not in (ModelType.OBJECT_DETECTION, ModelType.UNKNOWN):
        raise ModelDefinitionError(
            "The model is a {label} model; detecting objects needs an object "
            "detection model (ModelType ObjectDetection, or a Deepness/GeoDeep Detector).",
            label=definition.model_type.label,
        )


def _initial_decoder(definition: ModelDefinition, outputs: Sequence[TensorInfo]) -> OutputDecoder | None:
    """The decoder, or None when only real outputs can tell the layout (dynamic shapes)."""
    try:
        return make_decoder(definition, outputs)
    except LayoutUndecidedError:
        return None


def detect_objects(
    reader: WindowReader,
    session: InferenceSession,
    definition: ModelDefinition,
    args: DetectionArguments,
    progress: Progress,
    run_nms: bool = True,
    max_overlap_ratio: float = 0.0,
) -> Detections:
    """Detect the objects in every tile ``reader`` gives and return them in raster-grid pixels.

    ``run_nms`` runs class-aware NMS across tiles at ``args.nms_overlap``; ``max_overlap_ratio``
    (0 = off) then drops boxes covered beyond that fraction by a better box of any class
    (``detection_nms.suppress_covered``). Raises :class:`~.contracts.Cancelled` when ``progress``
    asks to stop and re-raises any exception of the reading or decoding threads.
    """
    check_overlap_ratio(max_overlap_ratio)
    found = detect_tiles(reader, session, definition, args, progress)
    return suppress_across_tiles(found, definition, args, progress, run_nms, max_overlap_ratio)


@dataclass(frozen=True)
class TileDetections:
    """What the tiles of one run keep, before the suppression across tiles: tile by tile in the whole
    tile grid's raster order (``tile`` (K,) int64 is each detection's tile, row * columns + column).

    ``boxes``, ``scores``, ``class_index`` and ``angle`` are as in :class:`Detections`; ``tiles`` counts
    the tiles run, ``skipped_tiles`` those of the run without a valid pixel. Runs over disjoint tiles
    of one raster join into the run over all of them (:func:`join_tile_detections`).
    """

    boxes: np.ndarray
    scores: np.ndarray
    class_index: np.ndarray
    angle: np.ndarray | None
    tile: np.ndarray
    width: int
    height: int
    tiles: int
    skipped_tiles: int
    batches: int
    seconds: float
    session_seconds: float


def check_overlap_ratio(max_overlap_ratio: float) -> None:
    """Refuse a maximum overlap ratio outside 0-1."""
    if not 0.0 <= max_overlap_ratio <= 1.0:
        raise ModelInputError(
            "The maximum overlap ratio must be between 0 and 1, got {max_overlap_ratio}.",
            max_overlap_ratio=max_overlap_ratio,
        )


def detect_tiles(
    reader: WindowReader,
    session: InferenceSession,
    definition: ModelDefinition,
    args: DetectionArguments,
    progress: Progress,
    rows: range | None = None,
    columns: range | None = None,
) -> TileDetections:
    """Run the tiles in ``rows`` x ``columns`` (indexes into the tile grid of the whole raster
    ``reader`` gives; default all) and keep what the seam and validity rules keep of their boxes.

    The progress bar reaches ``TILE_PROGRESS`` percent when those tiles are done. Raises
    :class:`~.contracts.Cancelled` when ``progress`` asks to stop and re-raises any exception of
    the reading or decoding threads.
    """
    loop = ModelLoop(session, progress, CANCELLED)
    _check_model(definition)
    if reader.width <= 0 or reader.height <= 0:
        raise ModelInputError(
            "The raster is empty ({width} x {height} pixels).", width=reader.width, height=reader.height
        )
    validate_input(definition, reader.band_count, args.tile_shape)
    whole = make_grid(reader.width, reader.height, args.tile_size, args.padding, args.tile_width)
    rows = range(len(whole.ys)) if rows is None else rows
    columns = range(len(whole.xs)) if columns is None else columns
    if not (_within(rows, len(whole.ys)) and _within(columns, len(whole.xs))):
        raise ValueError(f"Tile rows {rows} and columns {columns} lie outside the tile grid.")
    grid = dataclasses.replace(
        whole, xs=whole.xs[columns.start : columns.stop], ys=whole.ys[rows.start : rows.stop]
    )
    transforms = detection_augmentations(definition, args.test_time_augmentation)
    outputs = tuple(getattr(session, "outputs", None) or definition.outputs)
    decoder = _initial_decoder(definition, outputs)
    batched = decoder is None or decoder.batched(outputs)
    collector = _Collector(grid, args, transforms, decoder, definition, outputs, whole, rows, columns)

    stages = loop.stages
    to_model: queue.Queue = queue.Queue(QUEUE_DEPTH)
    to_decode: queue.Queue = queue.Queue(QUEUE_DEPTH)

    def run(inputs: np.ndarray) -> list[list[np.ndarray]]:
        if batched:
            return [list(session.run(inputs))]
        return [list(session.run(inputs[i : i + 1])) for i in range(len(inputs))]

    with stages.guard("object detection"):
        job = (reader.clone(), grid, definition, args.batch_size, stages, to_model, None, True)
        stages.start("read", read_tile_rows, *job)
        stages.start("decode", _decode_stage, collector, stages, to_decode)
        loop.run(to_model, run, transforms, loop.forward(to_decode), TILE_PROGRESS, grid.tile_count)
        loop.close(to_decode)

    oriented = collector.decoder.oriented if collector.decoder is not None else False
    boxes, scores, classes, angles, tiles = (collector.buffer or _DetectionBuffer(oriented)).arrays()
    return TileDetections(
        boxes,
        scores,
        classes,
        angles,
        tiles,
        reader.width,
        reader.height,
        tiles=loop.images,
        skipped_tiles=grid.tile_count - loop.images,
        batches=loop.batches,
        seconds=loop.seconds(),
        session_seconds=loop.session_seconds(),
    )


def _within(indexes: range, count: int) -> bool:
    """Whether ``indexes`` are consecutive and some of ``range(count)``."""
    return indexes.step == 1 and 0 <= indexes.start < indexes.stop <= count


def join_tile_detections(parts: Sequence[TileDetections]) -> TileDetections:
    """The detections of runs over disjoint tiles of one raster (one run at least), in any order, as
    one run over all their tiles keeps them: tile by tile in raster order (each tile's own order
    kept); counts and seconds are summed."""
    first = parts[0]
    sizes = {(part.width, part.height) for part in parts}
    if len(sizes) > 1:
        raise ValueError(f"Tile detections of rasters of different sizes {sorted(sizes)} cannot be joined.")
    tile = np.concatenate([part.tile for part in parts])
    order = np.argsort(tile, kind="stable")
    oriented = any(part.angle is not None for part in parts)
    angles = None
    if oriented:
        angles = np.concatenate(
            [part.angle if part.angle is not None else np.zeros(len(part.scores)) for part in parts]
        )[order]
    return TileDetections(
        np.concatenate([part.boxes for part in parts])[order],
        np.concatenate([part.scores for part in parts])[order],
        np.concatenate([part.class_index for part in parts])[order],
        angles,
        tile[order],
        first.width,
        first.height,
        tiles=sum(part.tiles for part in parts),
        skipped_tiles=sum(part.skipped_tiles for part in parts),
        batches=sum(part.batches for part in parts),
        seconds=sum(part.seconds for part in parts),
        session_seconds=sum(part.session_seconds for part in parts),
    )


def suppress_across_tiles(
    found: TileDetections,
    definition: ModelDefinition,
    args: DetectionArguments,
    progress: Progress,
    run_nms: bool = True,
    max_overlap_ratio: float = 0.0,
) -> Detections:
    """The detections of the whole raster from what its tiles keep: class-aware NMS across tiles
    (``run_nms``) and the covered-box suppression (``max_overlap_ratio``), as :func:`detect_objects`
    describes; the order of ``found`` is kept. Raises :class:`~.contracts.Cancelled` when
    ``progress`` asks to stop."""
    started = time.perf_counter()
    check_overlap_ratio(max_overlap_ratio)
    boxes, scores, classes, angles = found.boxes, found.scores, found.class_index, found.angle
    candidates = len(scores)
    keep = np.arange(candidates)
    if run_nms and candidates:
        groups = np.zeros_like(classes) if args.nms_class_agnostic else classes
        keep = np.sort(batched_nms(boxes, scores, groups, args.nms_overlap, angles))
    if max_overlap_ratio > 0.0 and len(keep):
        sub_angles = None if angles is None else angles[keep]
        keep = np.sort(keep[suppress_covered(boxes[keep], scores[keep], max_overlap_ratio, None, sub_angles)])
    if progress.is_canceled():
        raise Cancelled(CANCELLED)
    boxes, scores, classes = boxes[keep], scores[keep], classes[keep]
    angles = None if angles is None else angles[keep]
    progress.set_progress(100.0)
    stats = DetectionStats(
        tiles=found.tiles,
        skipped_tiles=found.skipped_tiles,
        batches=found.batches,
        candidates=candidates,
        seconds=found.seconds + time.perf_counter() - started,
        session_seconds=found.session_seconds,
    )
    return Detections(
        boxes,
        scores,
        classes,
        angles,
        detection_classes(definition, classes),
        found.width,
        found.height,
        stats,
    )
