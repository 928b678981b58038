"""2-D blocks of a pixel classification, each classified on its own with the whole raster's tiles.

A raster too big for one process is cut into blocks that workers classify independently (issue
19: scale out on Dask). Block ``[x0, x1) x [y0, y1)`` of the output is classified on its view
window, which holds exactly the tiles of the whole raster's grid that reach the block, along
both axes by :func:`.tiling.axis_windows` (the rule of the vertical strips), so blending gives
the block the pixels one run over the whole raster gives it. Borders fall on multiples of the
tile core and of the output's block alignment, so each block of the output file is written by
one block of work.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..model.arguments import PixelArguments
from ..model.definition import ModelDefinition
from .contracts import ClassWriter, InferenceSession, Progress, WindowReader
from .pixel_classifier import STRIP_ALIGN, ClassificationStats, ReaderWindow, classify_raster
from .tiling import axis_windows

#: Default size of a block in pixels (4,096 x 4,096): seconds of work on a GPU, a minute or a few
#: on a CPU, and little enough data read and written per block that a lost block costs little.
BLOCK_PIXELS = 4096 * 4096


@dataclass(frozen=True)
class Block:
    """One block of the output, ``[x0, x1) x [y0, y1)``, and the view window it is classified on,
    ``[view_x, view_x + view_width) x [view_y, view_y + view_height)``, in raster pixels."""

    x0: int
    x1: int
    y0: int
    y1: int
    view_x: int
    view_y: int
    view_width: int
    view_height: int

    @property
    def width(self) -> int:
        """Columns of the block's output."""
        return self.x1 - self.x0

    @property
    def height(self) -> int:
        """Rows of the block's output."""
        return self.y1 - self.y0


def block_windows(
    width: int,
    height: int,
    tile_size: int,
    tile_width: int,
    padding: int,
    target_pixels: int = BLOCK_PIXELS,
    align: int = STRIP_ALIGN,
) -> list[Block]:
    """The blocks of a ``width`` x ``height`` output tiled by tiles ``tile_size`` rows by
    ``tile_width`` columns (0: square), in raster order (left to right, then top to bottom).

    Blocks cover the output exactly once and hold about ``target_pixels`` each: columns are cut
    about the square root of it apart, rows so that the widest block column holds about that
    many pixels (a narrow raster gets tall blocks). Each axis follows
    :func:`.tiling.axis_windows` with at least one border step per part, so borders fall on
    multiples of the tile core and of ``align``, and no sliver is left at the far edges.
    """
    tile_width = tile_width or tile_size
    side = max(1, math.isqrt(max(target_pixels, 1)))
    columns = axis_windows(width, tile_width, padding, _span(side, tile_width, padding, align), align)
    widest = max(out_x1 - out_x0 for _, _, out_x0, out_x1 in columns)
    row_span = _span(max(1, target_pixels // widest), tile_size, padding, align)
    rows = axis_windows(height, tile_size, padding, row_span, align)
    return [
        Block(out_x0, out_x1, out_y0, out_y1, view_x, view_y, view_width, view_height)
        for view_y, view_height, out_y0, out_y1 in rows
        for view_x, view_width, out_x0, out_x1 in columns
    ]


def _span(target: int, tile: int, padding: int, align: int) -> int:
    """``target`` raised to one border step (the tile core's multiple of ``align``) when shorter."""
    core = tile - 2 * padding
    return max(target, math.lcm(core, align)) if core > 0 else target


def classify_block(
    reader: WindowReader,
    session: InferenceSession,
    definition: ModelDefinition,
    args: PixelArguments,
    block: Block,
    writer: ClassWriter,
    progress: Progress,
    want_probabilities: bool,
) -> ClassificationStats:
    """Classify ``block`` of the raster ``reader`` gives and send its rows to ``writer``.

    :func:`.pixel_classifier.classify_raster` runs on the block's view window of the whole
    reader; ``writer`` gets only the block's own pixels, in block coordinates (its first row and
    column are 0), top to bottom, as a part file of the block would be written. Assembled, the
    blocks give the pixels of one :func:`classify_raster` run over the whole raster, provided
    each block decides as that run did whether the model returns probabilities: the first tiles
    of a block decide it, as those of a strip do, and the returned stats' ``output_rule`` says how,
    so a driver can check that every block agrees.
    """
    view = ReaderWindow(reader, block.view_x, block.view_width, block.view_y, block.view_height)
    return classify_raster(
        view, session, definition, args, _BlockWriter(writer, block), progress, want_probabilities
    )


class _BlockWriter:
    """Passes on the block's own rows and columns of what its view window gives, moved to the
    block's origin."""

    def __init__(self, writer: ClassWriter, block: Block) -> None:
        self.writer = writer
        self.left, self.top = block.x0 - block.view_x, block.y0 - block.view_y
        self.right, self.bottom = self.left + block.width, self.top + block.height

    def write(self, y: int, classes: np.ndarray, probabilities: np.ndarray | None, x: int = 0) -> None:
        height, width = classes.shape
        y0, y1 = max(y, self.top), min(y + height, self.bottom)
        x0, x1 = max(x, self.left), min(x + width, self.right)
        if y1 <= y0 or x1 <= x0:
            return
        rows, columns = slice(y0 - y, y1 - y), slice(x0 - x, x1 - x)
        part = None if probabilities is None else probabilities[:, rows, columns]
        self.writer.write(y0 - self.top, classes[rows, columns], part, x0 - self.left)
