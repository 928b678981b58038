"""2-D blocks of an object detection, each run on its own, that merge into the detections of one run.

For scale-out (issue 19) the whole raster's tile grid (:func:`.tiling.make_grid`) is cut into
blocks of whole tiles: a block is a range of tile rows by a range of tile columns, and every tile
belongs to exactly one block. A block runs its tiles with the whole grid's seam rule
(:func:`.object_detector.detect_tiles`), so each tile keeps the boxes it keeps in a run over the
whole raster, in the whole raster's pixels. :func:`merge_block_detections` puts the blocks' boxes
back in the whole run's order (tile by tile in raster order) and runs the one suppression across
tiles, so objects on block seams are merged as those on tile seams are: the result is that of
:func:`.object_detector.detect_objects`, boxes, scores, classes and order, provided the model
gives each tile the same outputs whatever batch it runs in.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..model.arguments import DetectionArguments
from ..model.definition import ModelDefinition
from .blocks import BLOCK_PIXELS
from .contracts import InferenceSession, Progress, WindowReader
from .object_detector import (
    Detections,
    TileDetections,
    detect_tiles,
    join_tile_detections,
    suppress_across_tiles,
)
from .tiling import make_grid


@dataclass(frozen=True)
class DetectionBlock:
    """Tile rows ``[row0, row1)`` by tile columns ``[column0, column1)`` of the tile grid of a
    ``width`` x ``height`` raster; ``x0, y0, x1, y1`` is the part of the raster those tiles stand
    for (each tile from where its core begins to where the next one's begins), for logs."""

    row0: int
    row1: int
    column0: int
    column1: int
    x0: int
    y0: int
    x1: int
    y1: int
    width: int
    height: int

    @property
    def tile_count(self) -> int:
        """Tiles of the block."""
        return (self.row1 - self.row0) * (self.column1 - self.column0)


def detection_blocks(
    width: int, height: int, args: DetectionArguments, target_pixels: int = BLOCK_PIXELS
) -> list[DetectionBlock]:
    """The blocks of a ``width`` x ``height`` raster detected with ``args`` (tile size, padding), in
    raster order (left to right, then top to bottom).

    Each block holds at most ``target_pixels`` of tile cores, or one tile: about the square root of
    it wide (less when a tile is taller than that), and as tall as that many pixels make it; the
    tiles are shared evenly among the blocks of each axis, so no block is a sliver.
    """
    grid = make_grid(width, height, args.tile_size, args.padding, args.tile_width)
    core_w, core_h = grid.tile_width - 2 * grid.padding, grid.tile_size - 2 * grid.padding
    side = max(1, math.isqrt(max(target_pixels, 1)))
    across = side // core_w if core_h <= side else target_pixels // (core_w * core_h)
    columns = _even_parts(len(grid.xs), max(1, across))
    widest = max(stop - start for start, stop in columns) * core_w
    rows = _even_parts(len(grid.ys), max(1, target_pixels // widest // core_h))
    xs = _owned_spans(grid.xs, grid.tile_width, grid.padding, width)
    ys = _owned_spans(grid.ys, grid.tile_size, grid.padding, height)
    return [
        DetectionBlock(r0, r1, c0, c1, xs[c0][0], ys[r0][0], xs[c1 - 1][1], ys[r1 - 1][1], width, height)
        for r0, r1 in rows
        for c0, c1 in columns
    ]


def _even_parts(count: int, per_part: int) -> list[tuple[int, int]]:
    """``[start, stop)`` of ``count`` items shared as evenly as possible among parts of about ``per_part``."""
    parts = max(1, math.ceil(count / per_part))
    bounds = [count * k // parts for k in range(parts + 1)]
    return list(zip(bounds, bounds[1:]))


def _owned_spans(origins: Sequence[int], tile: int, padding: int, length: int) -> list[tuple[int, int]]:
    """The part of an axis of ``length`` pixels each tile owns: its core, ending where the next begins."""
    starts = [0] + [min(max(origin + padding, 0), length) for origin in origins[1:]]
    return list(zip(starts, starts[1:] + [length]))


def detect_block(
    reader: WindowReader,
    session: InferenceSession,
    definition: ModelDefinition,
    args: DetectionArguments,
    block: DetectionBlock,
    progress: Progress,
) -> TileDetections:
    """What the tiles of ``block`` keep of the raster ``reader`` gives (the whole raster), in the
    whole raster's pixels, before the suppression across tiles (:func:`merge_block_detections`)."""
    if (reader.width, reader.height) != (block.width, block.height):
        raise ValueError(
            f"The raster is {reader.width} x {reader.height} pixels but the block was cut for "
            f"{block.width} x {block.height}."
        )
    rows, columns = range(block.row0, block.row1), range(block.column0, block.column1)
    return detect_tiles(reader, session, definition, args, progress, rows, columns)


def merge_block_detections(
    parts: Sequence[TileDetections],
    definition: ModelDefinition,
    args: DetectionArguments,
    progress: Progress,
    run_nms: bool = True,
    max_overlap_ratio: float = 0.0,
) -> Detections:
    """The detections of the whole raster from those of its blocks, given in any order: the
    detections :func:`.object_detector.detect_objects` gives with the same settings."""
    joined = join_tile_detections(parts)
    return suppress_across_tiles(joined, definition, args, progress, run_nms, max_overlap_ratio)
