"""The grid of overlapping tiles a pixel classifier reads, grouped into rows for streaming.

Edge rule: along each axis, a tile of ``tile_size`` pixels is read with
``padding`` pixels of context on each side of its *core* (the central
``tile_size - 2 * padding`` pixels). Cores start at ``0, core, 2 * core, ...``
so that the first tile reads ``padding`` pixels before the raster edge. The
last tile is moved back so that it ends ``padding`` pixels past the far edge,
exactly like the first one; its core then overlaps its neighbour's. In other
words, tile origins are clamped to ``[-padding, length + padding - tile_size]``
(only a raster shorter than one core makes its single tile reach further).
Pixels read outside the raster are filled by the reader (0, flagged invalid).
Every raster pixel therefore lies in the core of at least one tile, and
neighbouring tiles overlap by at least ``2 * padding`` pixels.

Tiles may be rectangular (a model trained on 800 x 608 images): each axis then
follows the rule above with its own tile length and the same padding.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass


def tile_origins(length: int, tile_size: int, padding: int) -> tuple[int, ...]:
    """Start of each tile's window along one axis of ``length`` pixels, in increasing order."""
    if length <= 0:
        raise ValueError(f"The raster must have at least one pixel along each axis, got {length}.")
    core = tile_size - 2 * padding
    if padding < 0 or core <= 0:
        raise ValueError(f"A tile of {tile_size} pixels cannot have a padding of {padding}.")
    count = math.ceil(length / core)
    origins = [k * core - padding for k in range(count)]
    origins[-1] = max(length + padding - tile_size, -padding)
    return tuple(origins)


@dataclass(frozen=True)
class TileRow:
    """The tiles sharing one window top ``y``; ``xs`` are their window lefts, left to right.

    ``emit_start``/``emit_stop`` bound the raster rows that are final once this
    row's tiles are blended: no later tile row reaches them.
    """

    index: int
    y: int
    xs: tuple[int, ...]
    emit_start: int
    emit_stop: int


@dataclass(frozen=True)
class TileGrid:
    """Overlapping tiles over a ``width`` x ``height`` raster (see the module docstring).

    ``tile_size`` is the tile's height in pixels and ``tile_width`` its width
    (0 when built: the tile is square, ``tile_size`` wide).
    """

    width: int
    height: int
    tile_size: int
    padding: int
    xs: tuple[int, ...]
    ys: tuple[int, ...]
    tile_width: int = 0

    def __post_init__(self) -> None:
        if not self.tile_width:
            object.__setattr__(self, "tile_width", self.tile_size)

    @property
    def tile_height(self) -> int:
        """Rows of each tile."""
        return self.tile_size

    @property
    def core_size(self) -> int:
        """Side of each tile's core (its height for a rectangular tile)."""
        return self.tile_size - 2 * self.padding

    @property
    def tile_count(self) -> int:
        """Number of tiles."""
        return len(self.xs) * len(self.ys)

    @property
    def row_count(self) -> int:
        """Number of tile rows."""
        return len(self.ys)

    @property
    def span_x(self) -> tuple[int, int]:
        """Leftmost and past-the-rightmost column any tile reads (may lie outside the raster)."""
        return self.xs[0], self.xs[-1] + self.tile_width

    def row(self, index: int) -> TileRow:
        """Tile row ``index`` with the raster rows it completes."""
        y = self.ys[index]
        stop = max(self.ys[index + 1], 0) if index + 1 < len(self.ys) else self.height
        return TileRow(index, y, self.xs, max(y, 0), stop)

    def rows(self) -> Iterator[TileRow]:
        """Tile rows, top to bottom."""
        for index in range(len(self.ys)):
            yield self.row(index)


def make_grid(width: int, height: int, tile_size: int, padding: int, tile_width: int = 0) -> TileGrid:
    """The tile grid of a ``width`` x ``height`` raster in tiles of ``tile_size`` rows by
    ``tile_width`` columns (0: square tiles)."""
    tile_width = tile_width or tile_size
    return TileGrid(
        width=width,
        height=height,
        tile_size=tile_size,
        padding=padding,
        xs=tile_origins(width, tile_width, padding),
        ys=tile_origins(height, tile_size, padding),
        tile_width=tile_width,
    )


def axis_windows(
    length: int, tile_size: int, padding: int, span: int, align: int
) -> list[tuple[int, int, int, int]]:
    """``(view_start, view_length, out_start, out_end)`` of the parts one axis of ``length`` pixels is
    cut into, for tiles ``tile_size`` long along it; the one rule of the strips and of the blocks.

    Part ``[out_start, out_end)`` of the output is classified on the window ``[view_start,
    view_start + view_length)``, which holds every tile of the whole axis's tiles (see
    :func:`tile_origins`) that reaches the part and no other: its own tiles are exactly those, so
    blending gives the same pixels. Borders fall on multiples of the tile core and of ``align``,
    about ``span`` apart; the tiles that reach across a border run in both parts, and a sliver
    shorter than one such multiple at the far edge joins the last part. One part when ``length``
    is not longer than ``span`` or no such borders exist.
    """
    whole = [(0, length, 0, length)]
    core = tile_size - 2 * padding
    step = math.lcm(core, align) if core > 0 else 0
    if length <= span or step == 0 or step > span:
        return whole
    origins = tile_origins(length, tile_size, padding)
    stride = span // step * step
    borders = list(range(0, length, stride)) + [length]
    if len(borders) > 2 and length - borders[-2] < step:
        borders.pop(-2)  # no sliver at the far edge: the last part takes it
    parts = []
    for out_start, out_end in zip(borders, borders[1:]):
        reaching = [i for i, x in enumerate(origins) if x + tile_size > out_start and x < out_end]
        view_start = origins[reaching[0]] + padding
        view_end = length if out_end == length else origins[reaching[-1]] + tile_size - padding
        view_origins = tile_origins(view_end - view_start, tile_size, padding)
        if tuple(view_start + x for x in view_origins) != origins[reaching[0] : reaching[-1] + 1]:
            return whole
        parts.append((view_start, view_end - view_start, out_start, out_end))
    return parts
