"""Streaming pixel classification of a raster of any size with a segmentation model.

Four stages run at once, joined by small bounded queues: a reader thread reads
tile rows through its own reader clone, cuts and preprocesses batches; the
calling thread only runs the model; a blending thread turns outputs into
probabilities, undoes test-time augmentation, blends the tiles into a
rolling accumulator and classifies each finished row; a writer thread only
writes, so slow output (compression) runs behind. Memory is bounded by the
raster width times the tile size, and the result does not depend on the batch
size: tiles are blended one by one in raster order. The read stage and the
model loop are the engines' shared ones (:mod:`.tiled_inference`); this module
holds the blending and the class rules.
"""

from __future__ import annotations

import functools
import queue
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from ..errors import ModelDefinitionError, ModelInputError, RasterDLError
from ..model.arguments import PixelArguments
from ..model.definition import ClassInfo, ModelDefinition, ModelType
from ..model.preprocess import (
    looks_like_independent_probabilities,
    looks_like_probabilities,
    sigmoid,
    softmax,
    validate_input,
)
from .blending import RollingAccumulator
from .contracts import ClassWriter, InferenceSession, Progress, WindowReader
from .stages import END, Stages
from .tiled_inference import Batch, ModelLoop, ProbeHold, first_output, read_tile_rows, untransform
from .tiling import TileGrid, TileRow, axis_windows, make_grid

#: Value of the probability raster where the input is invalid.
PROBABILITY_NODATA = -1.0
#: Batches the read-ahead and model queues hold: enough to keep the model busy, little memory.
QUEUE_DEPTH = 3
#: Finished row blocks waiting for the writer: each is a tile row's core rows by the raster width.
WRITE_QUEUE_DEPTH = 2
#: The first tiles, in raster order, whose outputs decide whether the model returns probabilities.
PROBE_TILES = 8
#: Threshold of independent per-channel probabilities when the arguments give 0 (Deepness's default).
INDEPENDENT_THRESHOLD = 0.5
#: Rasters wider than this many pixels are classified in vertical strips about this wide, one
#: after the other, so the buffers (one tile row of a strip) stay bounded however wide the raster.
STRIP_WIDTH = 8192
#: Strip borders fall on multiples of this (the output GeoTIFF's block width) as well as of the
#: tile core, so each output block is written by one strip.
STRIP_ALIGN = 256
#: Integer types of the class raster, smallest first.
_CLASS_TYPES = (np.uint8, np.uint16, np.int16, np.int32)


@dataclass(frozen=True)
class ClassificationStats:
    """Counts and timings of one :func:`classify_raster` run."""

    tiles: int
    batches: int
    seconds: float
    session_seconds: float
    tiles_per_second: float
    skipped_tiles: int = 0
    accumulator_bytes: int = 0
    strips: int = 1
    output_rule: str = ""


# --------------------------------------------------------------------------- classes and output type


def _declared_channels(definition: ModelDefinition) -> int | None:
    shape = definition.outputs[0].shape if definition.outputs else ()
    if len(shape) == 3:
        return 1  # [N, H, W]: one channel
    return shape[1] if len(shape) == 4 and shape[1] else None


def output_classes(definition: ModelDefinition, channels: int | None = None) -> tuple[ClassInfo, ...]:
    """The classes written, one per probability band, in model output channel order.

    ``channels`` is the model's output channel count (default: what the ONNX
    output declares). A single channel is a sigmoid: it gives two classes, the
    definition's two, or a background (0) and its one class, or 0 and 1.
    Without classes in the definition, channel k gives value k. A definition
    listing one class fewer than the channels, without a class 0, is read as
    arcgis.learn writes it: channel 0 is the unlisted background.
    """
    classes = tuple(definition.classes)
    if channels is None:
        channels = _declared_channels(definition)
    if channels is None:
        if not classes:
            raise ModelDefinitionError(
                "The model definition lists no classes and the model output does not fix the number of "
                "classes. Add Classes to the model definition, one per output channel."
            )
        channels = 1 if len(classes) == 1 else len(classes)
    if channels == 1:
        if len(classes) == 2:
            return classes
        if len(classes) == 1:
            only = classes[0]
            if only.value == 0:  # Deepness {"0": "Coffee"}: the channel is the class, 0 the background
                only = ClassInfo(1, only.name, only.color)
            return (ClassInfo(0, "Background"), only)
        if not classes:
            return (ClassInfo(0, "Class 0"), ClassInfo(1, "Class 1"))
    elif not classes:
        return tuple(ClassInfo(k, f"Class {k}") for k in range(channels))
    elif len(classes) == channels:
        return classes
    elif len(classes) == channels - 1 and all(c.value != 0 for c in classes):
        return (ClassInfo(0, "Background"), *classes)
    listed = ", ".join(str(c.value) for c in classes)
    raise ModelDefinitionError(
        "The model outputs {channels} class channel{plural} but the model definition "
        "lists {class_count} classes (Values {listed}). List one class per output channel, in channel "
        'order (add {{"Value": 0, "Name": "Background"}} first when channel 0 is the background); a '
        "single-channel (sigmoid) model takes one or two classes.",
        channels=channels,
        plural="s" if channels != 1 else "",
        class_count=len(classes),
        listed=listed,
    )


def class_values(definition: ModelDefinition) -> tuple[int, ...]:
    """The pixel values written, in model output channel order."""
    return tuple(info.value for info in output_classes(definition))


def _output_type(values: Sequence[int]) -> tuple[np.dtype, int]:
    """Smallest integer type holding ``values`` and a nodata value none of them uses."""
    low, high = min(values), max(values)
    used = set(values)
    for kind in _CLASS_TYPES:
        info = np.iinfo(kind)
        if low < info.min or high > info.max:
            continue
        candidates = (info.max, info.min) if info.min < 0 else (info.max,)
        for nodata in candidates:
            if nodata not in used:
                return np.dtype(kind), int(nodata)
    raise ModelDefinitionError(
        "The class values {low} to {high} do not fit a 32-bit integer raster with a free nodata value.",
        low=low,
        high=high,
    )


def output_dtype(definition: ModelDefinition) -> str:
    """Name of the smallest of uint8/uint16/int16/int32 holding every class value and the nodata value."""
    return _output_type(class_values(definition))[0].name


def nodata_value(definition: ModelDefinition) -> int:
    """The class raster's nodata: the type's maximum (minimum for signed types if the maximum is a class)."""
    return _output_type(class_values(definition))[1]


def _argmax(scores: np.ndarray, channels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Position in ``channels`` of the largest of ``scores[channels]`` per pixel (the first on ties), and
    that largest value; one vectorised pass per channel is faster than ``np.argmax`` over axis 0.

    Positions are scanned in increasing order, so a pixel's new winner is always larger than its old
    one and ``maximum(winner, better * position)`` updates it without a (slow) masked assignment.
    """
    best = scores[channels[0]].copy()
    winner = np.zeros(best.shape, dtype=np.min_scalar_type(len(channels)))
    better = np.empty(best.shape, dtype=bool)
    step = np.empty_like(winner)
    for position, channel in enumerate(channels[1:], start=1):
        np.greater(scores[channel], best, out=better)
        np.multiply(better, winner.dtype.type(position), out=step)
        np.maximum(winner, step, out=winner)
        np.maximum(best, scores[channel], out=best)
    return winner, best


@dataclass(frozen=True)
class ClassRule:
    """How probabilities (classes, h, w) become class values.

    Two classes: channel 1 wins where its probability reaches ``threshold``.
    More: the argmax, without the background (the class of value 0) unless
    ``predict_background``; a winner below ``threshold`` falls back to the
    background value, or nodata when there is no background class or it is not
    predicted. Invalid pixels are nodata. ``independent`` channels (sigmoids that
    need not sum to 1) follow Deepness's rule with two classes too: each channel
    is thresholded, the best one above wins, the background where none is. The
    ``excluded`` channels (arcgis.learn's ignore_mapped_class: classes left out at
    training) never win, as in Esri's inference; with any excluded, two classes also
    take the argmax.
    """

    values: np.ndarray
    nodata: int
    background: int | None
    predict_background: bool
    threshold: float
    excluded: tuple[int, ...] = ()
    independent: bool = False

    @property
    def decides_on_scores(self) -> bool:
        """True when :meth:`classify` gives the same classes from any scores that rank the classes of
        each pixel as the probabilities do (an argmax with no threshold)."""
        return (
            (len(self.values) > 2 or bool(self.excluded)) and self.threshold <= 0.0 and not self.independent
        )

    def for_independent_channels(self) -> ClassRule:
        """This rule for independent per-channel probabilities: Deepness's threshold (0.5) replaces
        a threshold of 0, which would make every channel a candidate."""
        threshold = self.threshold if self.threshold > 0.0 else INDEPENDENT_THRESHOLD
        return replace(self, independent=True, threshold=threshold)

    def describe(self, mode: str | None, model_channels: int) -> str:
        """The output rule in words, e.g. "1 sigmoid channel, class 1 where it reaches 0.5"."""
        channels = len(self.values)
        if channels == 2 and not self.independent:
            kind = {"sigmoid": "1 sigmoid channel", "softmax": "softmax of 2 channels"}.get(
                mode or "", f"{model_channels} probability channel{'s' if model_channels > 1 else ''}"
            )
            return f"{kind}, class {int(self.values[1])} where its probability reaches {self.threshold:g}"
        if self.independent:
            return (
                f"{channels} independent probability channels, each thresholded at {self.threshold:g}, "
                "the best above it wins, the background where none is"
            )
        kind = "softmax of" if mode == "softmax" else "probabilities in"
        rule = "argmax" if self.threshold <= 0.0 else f"argmax, below {self.threshold:g} the background"
        return f"{kind} {channels} channels, {rule}"

    def candidates(self, channels: int) -> np.ndarray:
        """The channels that may win: all but the excluded ones and, unless predicted, the background."""
        keep = np.ones(channels, dtype=bool)
        keep[[c for c in self.excluded if c < channels]] = False
        if not self.predict_background and self.background is not None:
            keep[self.background] = False
        return np.flatnonzero(keep)

    def classify(self, probabilities: np.ndarray, valid: np.ndarray | bool) -> np.ndarray:
        """(h, w) class values of (classes, h, w) probabilities; ``valid`` is a mask or a constant."""
        channels, height, width = probabilities.shape
        if channels == 2 and not self.independent and not self.excluded:
            winner = (probabilities[1] >= np.float32(self.threshold)).astype(np.intp)
            out = self.values[winner]
            if not self.predict_background and self.background is not None:
                out[winner == self.background] = self.nodata
        else:
            candidates = self.candidates(channels)
            local, best = _argmax(probabilities, candidates)
            out = np.take(self.values[candidates], local)
            fallback = self.nodata
            if self.background is not None and self.background in candidates:
                fallback = int(self.values[self.background])
            if self.threshold > 0.0:
                out[best < np.float32(self.threshold)] = fallback
        if valid is False:
            out.fill(self.nodata)
        elif valid is not True:
            out[~valid] = self.nodata
        return out

    def nodata_rows(self, height: int, width: int) -> np.ndarray:
        """(height, width) rows of nodata."""
        return np.full((height, width), self.nodata, dtype=self.values.dtype)


def class_rule(definition: ModelDefinition, args: PixelArguments) -> ClassRule:
    """The :class:`ClassRule` of ``definition`` under ``args``."""
    values = class_values(definition)
    dtype, nodata = _output_type(values)
    background = values.index(0) if 0 in values else None
    rule = ClassRule(
        np.asarray(values, dtype=dtype),
        nodata,
        background,
        args.predict_background,
        args.threshold,
        excluded=tuple(definition.ignore_mapped_class),
    )
    if definition.ignore_mapped_class and not len(rule.candidates(len(values))):
        raise ModelInputError(
            "With predict_background false, the model's ignore_mapped_class "
            "{ignore_mapped_class} leaves no class to predict. Set predict_background "
            "to true in the model arguments.",
            ignore_mapped_class=list(definition.ignore_mapped_class),
        )
    return rule


def expected_output_rule(definition: ModelDefinition, args: PixelArguments) -> str:
    """The output rule a run with ``args`` will apply, as far as the declared output tells it:
    the engine still checks on the first tiles whether the outputs are logits or probabilities."""
    rule = class_rule(definition, args)
    channels = _declared_channels(definition) or len(rule.values)
    if channels == 1:
        return rule.describe("sigmoid", 1) + " (probabilities are kept as they are)"
    independent = rule.for_independent_channels()
    return (
        f"{rule.describe('softmax', channels)} (probabilities are kept as they are); channels in [0, 1] "
        f"that do not sum to 1: {independent.describe('probabilities', channels)}"
    )


# --------------------------------------------------------------------------- test-time augmentation


def augmentations(definition: ModelDefinition, enabled: bool, square: bool = True) -> tuple[int, ...]:
    """Dihedral transforms to run: all 8 in map space, identity and a horizontal flip in pixel space.

    Tiles that are not ``square`` keep their shape: in map space only the flips and the half turn.
    """
    if not enabled:
        return (0,)
    if definition.image_space_used == "PIXEL_SPACE":
        return (0, 4)
    return tuple(range(8)) if square else (0, 2, 4, 6)


def merge(arrays: Sequence[np.ndarray], policy: str) -> np.ndarray:
    """Merge float32 predictions per pixel and class: their mean, max or min, in the given order."""
    if len(arrays) == 1:
        return np.ascontiguousarray(arrays[0], dtype=np.float32)
    merged = np.array(arrays[0], dtype=np.float32)
    for array in arrays[1:]:
        if policy == "mean":
            merged += array
        elif policy == "max":
            np.maximum(merged, array, out=merged)
        elif policy == "min":
            np.minimum(merged, array, out=merged)
        else:
            raise ModelInputError("Unknown merge policy '{policy}': use mean, max or min.", policy=policy)
    if policy == "mean" and len(arrays) > 1:
        merged /= np.float32(len(arrays))
    return merged


# --------------------------------------------------------------------------- stage plumbing


@dataclass
class _RowHeader:
    """A tile row as read: the tiles to run (those with a valid pixel), the validity of its finished rows."""

    row: TileRow
    run: tuple[bool, ...]
    valid: np.ndarray | bool

    @property
    def run_count(self) -> int:
        return sum(self.run)


@dataclass
class _Finished:
    """Finished raster rows from ``start``: their class values and, when wanted, probabilities."""

    start: int
    classes: np.ndarray
    probabilities: np.ndarray | None


# --------------------------------------------------------------------------- reading


def _row_header(grid: TileGrid, row: TileRow, run: tuple[bool, ...], valid: np.ndarray) -> _RowHeader:
    """The header of ``row``: which of its tiles run, and the validity of the rows it finishes."""
    left = grid.xs[0]
    finished = valid[row.emit_start - row.y : row.emit_stop - row.y, -left : -left + grid.width]
    if finished.all():
        mask: np.ndarray | bool = True
    elif not finished.any():
        mask = False
    else:
        mask = np.ascontiguousarray(finished)
    return _RowHeader(row, run, mask)


# --------------------------------------------------------------------------- blending


@dataclass
class _Blender:
    """Blends model outputs tile by tile, in raster order, and turns finished rows into classes.

    Raw scores (logits) are blended as they come and turned into probabilities
    once per output pixel, where the tiles overlap as elsewhere; with test-time
    augmentation each tile's augmentations are first turned into probabilities
    and merged, and those are blended. The class of a multi-class pixel with no
    threshold is the argmax of its blended scores, which needs neither the
    division by the summed weights nor the softmax.
    """

    grid: TileGrid
    rule: ClassRule
    want_probabilities: bool
    transforms: tuple[int, ...]
    policy: str
    stages: Stages
    output: queue.Queue
    accumulator: RollingAccumulator | None = None
    channels: int = 0
    model_channels: int = 0
    open_rows: deque = field(default_factory=deque)
    remaining: dict = field(default_factory=dict)
    hold: ProbeHold = field(init=False)

    def __post_init__(self) -> None:
        self.channels = len(self.rule.values)
        self.hold = ProbeHold(PROBE_TILES, self._decide_mode, self._blend_outputs)

    @property
    def mode(self) -> str | None:
        """How outputs become probabilities ('probabilities', 'softmax', 'sigmoid'); None until the
        first tiles decided it."""
        return self.hold.mode

    def feed(self, batch: Batch, outputs: list[np.ndarray] | None) -> None:
        for header in batch.rows:
            self.open_rows.append(header)
            self.remaining[header.row.index] = header.run_count
        if outputs is not None and not self.hold.add(batch.tiles, outputs):
            return
        self._finish_ready()

    def close(self) -> None:
        self.hold.flush()
        self._finish_ready()
        if self.open_rows:
            raise RasterDLError("Tile row {index} was never completed.", index=self.open_rows[0].row.index)

    def _blend_outputs(self, tiles: list[tuple[int, int]], outputs: list[np.ndarray]) -> None:
        self._blend(tiles, self._probabilities(outputs, len(tiles)))

    def _decide_mode(self, probe: list[list[np.ndarray]]) -> str:
        """'probabilities' when the first tiles' outputs already are, else 'softmax' or 'sigmoid'.

        Channels in [0, 1] that do not sum to 1 are independent probabilities (multi-label
        sigmoids): kept as they are and classified with :meth:`ClassRule.for_independent_channels`.
        """
        looks, independent = True, True
        for outputs in probe:
            arrays = [_with_channel_axis(out) for out in outputs]
            looks = looks and all(looks_like_probabilities(array) for array in arrays)
            independent = independent and all(looks_like_independent_probabilities(a) for a in arrays)
        self.model_channels = _with_channel_axis(probe[0][0]).shape[1]
        if looks:
            return "probabilities"
        if independent:
            self.rule = self.rule.for_independent_channels()
            return "probabilities"
        return "softmax" if self.model_channels > 1 else "sigmoid"

    def _convert(self, output: np.ndarray) -> np.ndarray:
        if self.mode == "softmax":
            return softmax(output, axis=1)
        if self.mode == "sigmoid":
            return sigmoid(output)
        return output

    @property
    def blends_scores(self) -> bool:
        """True when raw scores are blended and turned into probabilities afterwards."""
        return self.mode in ("softmax", "sigmoid") and len(self.transforms) == 1

    def _probabilities(self, outputs: list[np.ndarray], count: int) -> np.ndarray:
        """(count, channels, size, size) float32 values to blend: raw scores (:attr:`blends_scores`) or
        probabilities merged over the augmentations."""
        if self.blends_scores:
            output = _with_channel_axis(outputs[0])
            self._check_output(output, count)
            return output.astype(np.float32, copy=False)
        parts = []
        for k, output in zip(self.transforms, outputs):
            output = _with_channel_axis(output)
            self._check_output(output, count)
            parts.append(untransform(self._convert(output).astype(np.float32, copy=False), k))
        merged = merge(parts, self.policy)
        if merged.shape[1] == 1:
            merged = np.concatenate([1.0 - merged, merged], axis=1)
        return merged

    def _check_output(self, output: np.ndarray, count: int) -> None:
        tile, tile_w = self.grid.tile_size, self.grid.tile_width
        if tile != tile_w:
            self._check_rectangular_output(output, count)
            return
        if output.ndim != 4 or output.shape[0] != count or output.shape[2] != output.shape[3]:
            raise ModelInputError(
                "The model returned an output of shape {shape} for {count} tiles of {tile} x "
                "{tile} pixels; a pixel classifier returns [tiles, classes, height, width] with a square "
                "height and width.",
                shape=tuple(output.shape),
                count=count,
                tile=tile,
            )
        self._check_channels(output.shape[1])
        size = output.shape[2]
        if size > tile:
            raise ModelInputError(
                "The model returns {size} x {size} pixels for tiles of {tile} x {tile}: outputs larger "
                "than the input are not supported.",
                size=size,
                tile=tile,
            )

    def _check_channels(self, channels: int) -> None:
        """Refuse an output whose channel count does not match the definition's classes."""
        if channels != self.channels and not (channels == 1 and self.channels == 2):
            raise ModelDefinitionError(
                "The model returns {channels} class channels but the model definition gives "
                "{class_count} classes. List one class per output channel in the model definition.",
                channels=channels,
                class_count=self.channels,
            )

    def _check_rectangular_output(self, output: np.ndarray, count: int) -> None:
        """:meth:`_check_output` for tiles that are not square: the output is at most the tile's size."""
        tile_h, tile_w = self.grid.tile_size, self.grid.tile_width
        if output.ndim != 4 or output.shape[0] != count:
            raise ModelInputError(
                "The model returned an output of shape {shape} for {count} tiles of "
                "{tile_w} x {tile_h} pixels (width x height); a pixel classifier returns [tiles, classes, "
                "height, width].",
                shape=tuple(output.shape),
                count=count,
                tile_w=tile_w,
                tile_h=tile_h,
            )
        self._check_channels(output.shape[1])
        out_h, out_w = output.shape[2:]
        if out_h > tile_h or out_w > tile_w:
            raise ModelInputError(
                "The model returns {out_w} x {out_h} pixels for tiles of {tile_w} x {tile_h} (width x "
                "height): outputs larger than the input are not supported.",
                out_w=out_w,
                out_h=out_h,
                tile_w=tile_w,
                tile_h=tile_h,
            )

    def _start_accumulator(self, channels: int, size: int | tuple[int, int]) -> RollingAccumulator:
        if self.grid.tile_size != self.grid.tile_width:
            return self._start_rectangular_accumulator(channels, size)
        accumulator = RollingAccumulator(channels, self.grid, size)
        if not accumulator.covers_every_pixel():
            crop = (self.grid.tile_size - size + 1) // 2
            raise ModelInputError(
                "The model returns {size} x {size} pixels for tiles of {tile_size}: it drops "
                "{crop} pixels at each side, more than the padding ({padding}). Set the padding "
                "to at least {crop}.",
                size=size,
                tile_size=self.grid.tile_size,
                crop=crop,
                padding=self.grid.padding,
            )
        accumulator.advance(self.open_rows[0].row.y)
        return accumulator

    def _start_rectangular_accumulator(self, channels: int, size: tuple[int, int]) -> RollingAccumulator:
        accumulator = RollingAccumulator(channels, self.grid, size)
        if not accumulator.covers_every_pixel():
            crop = max(self.grid.tile_size - size[0] + 1, self.grid.tile_width - size[1] + 1) // 2
            raise ModelInputError(
                "The model returns {width} x {height} pixels for tiles of {tile_width} x "
                "{tile_size}: it drops {crop} pixels at a side, more than the padding "
                "({padding}). Set the padding to at least {crop}.",
                width=size[1],
                height=size[0],
                tile_width=self.grid.tile_width,
                tile_size=self.grid.tile_size,
                crop=crop,
                padding=self.grid.padding,
            )
        accumulator.advance(self.open_rows[0].row.y)
        return accumulator

    def _blend(self, tiles: list[tuple[int, int]], probabilities: np.ndarray) -> None:
        if self.accumulator is None:
            height, width = probabilities.shape[2:]
            size = height if height == width else (height, width)
            self.accumulator = self._start_accumulator(probabilities.shape[1], size)
        for (row_index, column), tile in zip(tiles, probabilities):
            self._finish_ready()
            head = self.open_rows[0].row
            if head.index != row_index:
                raise RasterDLError(
                    "Tile of row {row_index} arrived while row {index} is open.",
                    row_index=row_index,
                    index=head.index,
                )
            self.accumulator.add(tile, self.grid.xs[column], head.y)
            self.remaining[row_index] -= 1

    def _finish_ready(self) -> None:
        """Send the rows that no later tile reaches and move the accumulator down."""
        while self.open_rows and self.remaining[self.open_rows[0].row.index] == 0:
            header = self.open_rows.popleft()
            del self.remaining[header.row.index]
            row = header.row
            height = row.emit_stop - row.emit_start
            if height > 0:
                self.stages.put(self.output, self._finished(row.emit_start, row.emit_stop, header.valid))
            if self.accumulator is not None and row.index + 1 < self.grid.row_count:
                self.accumulator.advance(self.grid.ys[row.index + 1])

    def _finished(self, start: int, stop: int, valid: np.ndarray | bool) -> _Finished:
        """The class values (and probabilities when wanted) of finished rows ``[start, stop)``."""
        shape = (self.channels, stop - start, self.grid.width)
        if self.accumulator is None or valid is False:
            return _finished_rows(start, None, valid, self.rule, shape, self.want_probabilities)
        if not self.blends_scores:
            blended = self.accumulator.take(start, stop)
            return _finished_rows(start, blended, valid, self.rule, shape, self.want_probabilities)
        if self.mode == "softmax" and not self.want_probabilities and self.rule.decides_on_scores:
            classes = self.rule.classify(self.accumulator.sums(start, stop), valid)
            return _Finished(start, classes, None)
        scores = self.accumulator.take(start, stop)
        if self.mode == "softmax":
            probabilities = softmax(scores, axis=0)
        else:
            probability = sigmoid(scores[0])
            probabilities = np.stack([1.0 - probability, probability])
        return _finished_rows(start, probabilities, valid, self.rule, shape, self.want_probabilities)


def _with_channel_axis(output: np.ndarray) -> np.ndarray:
    """A model output as (tiles, channels, h, w): an [N, H, W] output is one channel."""
    output = np.asarray(output)
    return output[:, None] if output.ndim == 3 else output


def _blend_stage(blender: _Blender, stages: Stages, source: queue.Queue) -> None:
    while True:
        item = stages.get(source)
        if item is END:
            blender.close()
            stages.put(blender.output, END)
            return
        blender.feed(*item)


# --------------------------------------------------------------------------- writing


def _finished_rows(
    start: int,
    probabilities: np.ndarray | None,
    valid: np.ndarray | bool,
    rule: ClassRule,
    shape: tuple[int, int, int],
    want_probabilities: bool,
) -> _Finished:
    """Class values (and probabilities when wanted) of finished rows; ``shape`` is (classes, h, width)."""
    channels, height, width = shape
    if probabilities is None:
        classes = rule.nodata_rows(height, width)
        if want_probabilities:
            probabilities = np.full(shape, PROBABILITY_NODATA, dtype=np.float32)
    else:
        np.clip(probabilities, 0.0, 1.0, out=probabilities)
        classes = rule.classify(probabilities, valid)
        if want_probabilities and valid is not True:
            probabilities[:, ~np.asarray(valid, dtype=bool)] = PROBABILITY_NODATA
    return _Finished(start, classes, probabilities if want_probabilities else None)


def _write_stage(writer: ClassWriter, stages: Stages, source: queue.Queue) -> None:
    """Hand finished rows to ``writer``, in order."""
    while True:
        item = stages.get(source)
        if item is END:
            return
        writer.write(item.start, item.classes, item.probabilities)


# --------------------------------------------------------------------------- engine


def _check_model(definition: ModelDefinition) -> None:
    if definition.model_type not in (ModelType.PIXEL_CLASSIFICATION, ModelType.UNKNOWN):
        raise ModelDefinitionError(
            "The model is a {label} model; classifying pixels needs a pixel "
            "classification model (ModelType ImageClassification).",
            label=definition.model_type.label,
        )


def classify_raster(
    reader: WindowReader,
    session: InferenceSession,
    definition: ModelDefinition,
    args: PixelArguments,
    writer: ClassWriter,
    progress: Progress,
    want_probabilities: bool,
    strip_width: int = STRIP_WIDTH,
) -> ClassificationStats:
    """Classify every pixel ``reader`` gives and send the rows to ``writer``, top to bottom.

    A raster wider than ``strip_width`` is done in vertical strips (see :func:`strip_windows`)
    whose tiles are exactly the whole raster's, so the result is the same and memory does not
    grow with the width. Raises :class:`~.contracts.Cancelled` when ``progress`` asks to stop,
    and re-raises any exception of the reading, blending or writing threads.
    """
    if reader.width <= 0 or reader.height <= 0:
        raise ModelInputError(
            "The raster to classify is empty ({width} x {height} pixels).",
            width=reader.width,
            height=reader.height,
        )
    strips = strip_windows(reader.width, args.tile_width, args.padding, strip_width)
    job = _Job(session, definition, args, want_probabilities)
    if len(strips) == 1:
        return _classify_window(job, reader, writer, progress)
    started = time.perf_counter()
    parts = []
    for view_x, view_width, out_x0, out_x1 in strips:
        parts.append(
            _classify_window(
                job,
                ReaderWindow(reader, view_x, view_width),
                _StripWriter(writer, view_x, out_x0, out_x1),
                _PartProgress(progress, out_x0 / reader.width, (out_x1 - out_x0) / reader.width),
            )
        )
    seconds = time.perf_counter() - started
    tiles = sum(part.tiles for part in parts)
    return ClassificationStats(
        tiles=tiles,
        batches=sum(part.batches for part in parts),
        seconds=seconds,
        session_seconds=sum(part.session_seconds for part in parts),
        tiles_per_second=tiles / seconds if seconds > 0 else 0.0,
        skipped_tiles=sum(part.skipped_tiles for part in parts),
        accumulator_bytes=max(part.accumulator_bytes for part in parts),
        strips=len(parts),
        output_rule=next((part.output_rule for part in parts if part.output_rule), ""),
    )


def strip_windows(
    width: int, tile_size: int, padding: int, strip_width: int = STRIP_WIDTH
) -> list[tuple[int, int, int, int]]:
    """``(view_x, view_width, out_x0, out_x1)`` of each vertical strip of a ``width``-pixel raster
    tiled by tiles ``tile_size`` pixels wide.

    Strip ``[out_x0, out_x1)`` of the output is classified on the window ``[view_x, view_x +
    view_width)``, which holds every tile of the whole raster's grid that reaches those columns
    and no other: its own grid (see :mod:`.tiling`) is that part of the whole grid, so blending
    gives the same pixels. Borders fall on multiples of the tile core and of STRIP_ALIGN; the
    tiles that reach across a border (about two tile columns) are run by both strips. One strip
    when the raster is not wider than ``strip_width`` or no such borders exist. The rule is
    :func:`.tiling.axis_windows`, which also cuts the rows of the blocks (:mod:`.blocks`).
    """
    return axis_windows(width, tile_size, padding, strip_width, STRIP_ALIGN)


class ReaderWindow:
    """The window ``[x0, x0 + width)`` x ``[y0, y0 + height)`` of a reader, read in the window's own
    coordinates: a strip or a block classified as if it were a raster of its own.

    Reads reaching past the window read the real neighbouring pixels, as the whole raster's
    tiles do; only the raster's own edges give invalid pixels.
    """

    def __init__(
        self, reader: WindowReader, x0: int, width: int, y0: int = 0, height: int | None = None
    ) -> None:
        self.reader, self.x0, self.width, self.y0 = reader, x0, width, y0
        self.height = reader.height if height is None else height
        self.band_count = reader.band_count

    def read(self, x: int, y: int, w: int, h: int) -> tuple[np.ndarray, np.ndarray]:
        """Pixels and validity of the window's ``(x, y, w, h)``, from the reader at the offset."""
        return self.reader.read(x + self.x0, y + self.y0, w, h)

    def clone(self) -> ReaderWindow:
        """The same window over a clone of the reader (one per reading thread)."""
        return ReaderWindow(self.reader.clone(), self.x0, self.width, self.y0, self.height)


class _StripWriter:
    """Passes on the output columns ``[out_x0, out_x1)`` of a strip classified from ``view_x``."""

    def __init__(self, writer: ClassWriter, view_x: int, out_x0: int, out_x1: int) -> None:
        self.writer, self.out_x0 = writer, out_x0
        self.columns = slice(out_x0 - view_x, out_x1 - view_x)

    def write(self, y: int, classes: np.ndarray, probabilities: np.ndarray | None, x: int = 0) -> None:
        strip_probabilities = None if probabilities is None else probabilities[:, :, self.columns]
        self.writer.write(y, classes[:, self.columns], strip_probabilities, self.out_x0)


class _PartProgress:
    """Progress of one strip as its share of the whole run."""

    def __init__(self, progress: Progress, start: float, share: float) -> None:
        self.progress, self.start, self.share = progress, start, share

    def is_canceled(self) -> bool:
        return self.progress.is_canceled()

    def set_progress(self, percent: float) -> None:
        self.progress.set_progress(100.0 * self.start + self.share * percent)


@dataclass(frozen=True)
class _Job:
    """What every window (strip) of one :func:`classify_raster` run shares."""

    session: InferenceSession
    definition: ModelDefinition
    args: PixelArguments
    want_probabilities: bool


def _classify_window(
    job: _Job, reader: WindowReader, writer: ClassWriter, progress: Progress
) -> ClassificationStats:
    """:func:`classify_raster` on one window (the whole raster, or one strip of it)."""
    session, definition, args, want_probabilities = (
        job.session,
        job.definition,
        job.args,
        job.want_probabilities,
    )
    loop = ModelLoop(session, progress, "The classification was cancelled.")
    _check_model(definition)
    validate_input(definition, reader.band_count, args.tile_shape)
    rule = class_rule(definition, args)
    grid = make_grid(reader.width, reader.height, args.tile_size, args.padding, args.tile_width)
    transforms = augmentations(definition, args.test_time_augmentation, args.tile_size == args.tile_width)

    stages = loop.stages
    to_model: queue.Queue = queue.Queue(QUEUE_DEPTH)
    to_blend: queue.Queue = queue.Queue(QUEUE_DEPTH)
    to_write: queue.Queue = queue.Queue(WRITE_QUEUE_DEPTH)
    blender = _Blender(grid, rule, want_probabilities, transforms, args.merge_policy, stages, to_write)
    header = functools.partial(_row_header, grid)

    with stages.guard("classification"):
        job = (reader.clone(), grid, definition, args.batch_size, stages, to_model, header)
        stages.start("read", read_tile_rows, *job)
        stages.start("blend", _blend_stage, blender, stages, to_blend)
        stages.start("write", _write_stage, writer, stages, to_write)
        loop.run(to_model, first_output(session), transforms, loop.forward(to_blend), 99.0, grid.tile_count)
        loop.close(to_blend)
    progress.set_progress(100.0)
    seconds = loop.seconds()
    return ClassificationStats(
        tiles=loop.images,
        batches=loop.batches,
        seconds=seconds,
        session_seconds=loop.session_seconds(),
        tiles_per_second=loop.images / seconds if seconds > 0 else 0.0,
        skipped_tiles=grid.tile_count - loop.images,
        accumulator_bytes=blender.accumulator.nbytes if blender.accumulator is not None else 0,
        output_rule=blender.rule.describe(blender.mode, blender.model_channels) if blender.mode else "",
    )
