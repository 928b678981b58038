"""Blending of overlapping tile predictions: the weight window and a rolling row accumulator.

Tiles are spaced ``tile - 2 * padding`` apart, so neighbours overlap by
``2 * padding`` pixels and their predictions are blended there; raster edge
pixels are seen by one tile only. The window is flat (1) over a tile's core,
tapers with a half Hann curve over the inner half of the padding band and is 0
over its outer half. A model's own zero padding corrupts its predictions near
the tile border, so that band only serves as context and is never accumulated
(every raster pixel lies in some tile's core, see :mod:`.tiling`). For a fully
convolutional model whose receptive field reaches less than ``padding / 2``
pixels, the blend is therefore a whole-image inference up to float rounding.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .tiling import TileGrid


def blend_weights(tile_size: int, padding: int) -> np.ndarray:
    """1-D float32 weights of a tile's pixels (module docstring); their outer product is the window."""
    index = np.arange(tile_size, dtype=np.float64)
    distance = np.minimum(index, tile_size - 1 - index) + 0.5
    if padding == 0:
        return np.ones(tile_size, dtype=np.float32)
    half = padding / 2.0
    ramp = np.clip((distance - half) / half, 0.0, 1.0)
    weights = 0.5 - 0.5 * np.cos(np.pi * ramp)
    weights[distance >= padding] = 1.0
    return weights.astype(np.float32)


def blend_window(tile_size: int, padding: int, tile_width: int = 0) -> np.ndarray:
    """The 2-D (tile_size, tile_width) float32 weight window (square when ``tile_width`` is 0), separable."""
    weights = blend_weights(tile_size, padding)
    return np.outer(weights, blend_weights(tile_width, padding) if tile_width else weights)


def support(weights: np.ndarray) -> slice:
    """The smallest slice of ``weights`` that holds every positive weight."""
    positive = np.flatnonzero(weights > 0)
    if len(positive) == 0:
        return slice(0, 0)
    return slice(int(positive[0]), int(positive[-1]) + 1)


def coverage(origins: Sequence[int], weights: np.ndarray, length: int) -> np.ndarray:
    """Summed weights over ``[0, length)`` of a 1-D profile ``weights`` placed at each of ``origins``.

    Summed in float64 in the given order, so the normaliser does not depend on
    how the tiles were batched.
    """
    total = np.zeros(length, dtype=np.float64)
    size = len(weights)
    for origin in origins:
        lo, hi = max(origin, 0), min(origin + size, length)
        if hi > lo:
            total[lo:hi] += weights[lo - origin : hi - origin]
    return total.astype(np.float32)


class RollingAccumulator:
    """Weighted sums of tile predictions over the tile-height raster rows that tiles can still reach.

    Rows live in a ring of tile-height rows by the width every tile row spans,
    so memory is ``channels * tile_height * width`` float32 whatever the raster's
    height. Tiles are added in raster order; :meth:`take` returns finished rows
    divided by their summed weights and :meth:`advance` recycles them.
    Predictions may be smaller than the tile (a model that crops): they cover
    the tile's centre and only that part is weighted. Only the window's support
    (its positive weights) is multiplied and summed. ``output_size`` is the
    side of a square prediction or its ``(height, width)``.
    """

    def __init__(self, channels: int, grid: TileGrid, output_size: int | tuple[int, int]) -> None:
        out_h, out_w = (output_size, output_size) if isinstance(output_size, int) else output_size
        tile_h, tile_w = grid.tile_size, grid.tile_width
        if not (0 < out_h <= tile_h and 0 < out_w <= tile_w):
            if tile_h == tile_w and out_h == out_w:
                raise ValueError(f"A prediction of {out_h} pixels does not fit a tile of {tile_h} pixels.")
            raise ValueError(
                f"A prediction of {out_h} x {out_w} pixels does not fit a tile of {tile_h} x {tile_w} pixels."
            )
        self.grid = grid
        self.channels = channels
        self.output_size = output_size
        self.offset, self.offset_x = (tile_h - out_h) // 2, (tile_w - out_w) // 2
        rows = self._profile(tile_h, out_h)
        columns = self._profile(tile_w, out_w)
        self.support_y, self.start_y, weights_y = rows
        self.support_x, self.start_x, weights_x = columns
        self.window = np.outer(weights_y, weights_x)
        self.column_weights = coverage([x + self.start_x for x in grid.xs], weights_x, grid.width)
        self.row_weights = coverage([y + self.start_y for y in grid.ys], weights_y, grid.height)
        self.left, right = grid.span_x
        self.buffer = np.zeros((channels, tile_h, right - self.left), dtype=np.float32)
        self._scratch = np.empty((channels, len(weights_y), len(weights_x)), dtype=np.float32)
        self.top = grid.ys[0]

    def _profile(self, tile: int, output: int) -> tuple[slice, int, np.ndarray]:
        """Along one axis: the support of the weights within the prediction, where that support starts
        in the tile, and its weights."""
        offset = (tile - output) // 2
        weights = blend_weights(tile, self.grid.padding)[offset : offset + output]
        inside = support(weights)
        return inside, offset + inside.start, weights[inside]

    @property
    def nbytes(self) -> int:
        """Bytes held by the accumulator."""
        return self.buffer.nbytes + self._scratch.nbytes + self.window.nbytes

    def covers_every_pixel(self) -> bool:
        """True when every raster pixel gets a positive total weight (predictions cover the tile cores)."""
        return bool(np.all(self.column_weights > 0) and np.all(self.row_weights > 0))

    def _ring(self, start: int, stop: int) -> list[tuple[int, int, int]]:
        """``(ring row, offset in [start, stop), count)`` runs for raster rows ``[start, stop)``."""
        size = self.buffer.shape[1]
        runs = []
        row = start
        while row < stop:
            ring = row % size
            count = min(stop - row, size - ring)
            runs.append((ring, row - start, count))
            row += count
        return runs

    def add(self, probabilities: np.ndarray, x: int, y: int) -> None:
        """Add one tile's (channels, output height, output width) predictions, the tile's window being
        at (x, y)."""
        if y < self.top or y + self.grid.tile_size > self.top + self.buffer.shape[1]:
            raise ValueError(f"Tile row {y} is outside the rows being accumulated (from {self.top}).")
        np.multiply(probabilities[:, self.support_y, self.support_x], self.window, out=self._scratch)
        size_y, size_x = self._scratch.shape[1:]
        left = x + self.start_x - self.left
        first = y + self.start_y
        for ring, offset, count in self._ring(first, first + size_y):
            target = self.buffer[:, ring : ring + count, left : left + size_x]
            target += self._scratch[:, offset : offset + count]

    def take(self, start: int, stop: int) -> np.ndarray:
        """Normalised (channels, stop - start, width) predictions of raster rows ``[start, stop)``."""
        out = np.empty((self.channels, stop - start, self.grid.width), dtype=np.float32)
        columns = slice(-self.left, -self.left + self.grid.width)
        for ring, offset, count in self._ring(start, stop):
            norm = self.row_weights[start + offset : start + offset + count, None] * self.column_weights
            np.divide(self.buffer[:, ring : ring + count, columns], norm, out=out[:, offset : offset + count])
        return out

    def sums(self, start: int, stop: int) -> np.ndarray:
        """Weighted sums, not normalised, of raster rows ``[start, stop)``: a view of the buffer where
        the rows do not wrap around the ring. Their ranking per pixel is that of :meth:`take`."""
        columns = slice(-self.left, -self.left + self.grid.width)
        runs = self._ring(start, stop)
        if len(runs) == 1:
            ring, _, count = runs[0]
            return self.buffer[:, ring : ring + count, columns]
        parts = [self.buffer[:, ring : ring + count, columns] for ring, _, count in runs]
        return np.concatenate(parts, axis=1)

    def advance(self, top: int) -> None:
        """Start accumulating at raster row ``top``: rows above it are cleared for reuse."""
        size = self.buffer.shape[1]
        if top - self.top >= size:
            self.buffer.fill(0)
        else:
            for ring, _, count in self._ring(self.top, top):
                self.buffer[:, ring : ring + count] = 0
        self.top = top
