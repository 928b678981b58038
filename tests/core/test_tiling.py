"""The tile grid: cores cover the raster exactly once or more, the edge rule, and row emission."""

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from rasterdl.core.engine.tiling import make_grid, tile_origins

sizes = st.integers(1, 600)


@st.composite
def tiles(draw):
    tile = draw(st.integers(1, 128))
    padding = draw(st.integers(0, (tile - 1) // 2))
    return tile, padding


@given(sizes, tiles())
def test_cores_cover_every_pixel_and_tiles_overlap_by_twice_the_padding(length, tile_padding):
    tile, padding = tile_padding
    core = tile - 2 * padding
    origins = tile_origins(length, tile, padding)
    assert len(origins) == math.ceil(length / core)
    assert origins[0] == -padding
    assert all(b > a for a, b in zip(origins, origins[1:]))
    covered = np.zeros(length, dtype=int)
    for origin in origins:
        covered[max(origin + padding, 0) : origin + padding + core] += 1
    assert covered.min() >= 1
    for a, b in zip(origins, origins[1:]):
        assert a + tile - b >= 2 * padding
    if length > core:
        assert origins[-1] + tile == length + padding
    else:
        assert origins == (-padding,)


def test_last_tile_moves_back_to_end_padding_past_the_edge():
    assert tile_origins(100, 64, 16) == (-16, 16, 48, 52)
    assert tile_origins(96, 64, 16) == (-16, 16, 48)
    assert tile_origins(10, 64, 16) == (-16,)
    assert tile_origins(5, 4, 0) == (0, 1)


@pytest.mark.parametrize(("length", "tile", "padding"), [(0, 8, 0), (10, 8, 4), (10, 8, -1)])
def test_bad_grids_are_rejected(length, tile, padding):
    with pytest.raises(ValueError):
        tile_origins(length, tile, padding)


@given(sizes, sizes, tiles())
def test_rows_emit_every_raster_row_once_within_their_own_window(width, height, tile_padding):
    tile, padding = tile_padding
    grid = make_grid(width, height, tile, padding)
    rows = list(grid.rows())
    assert grid.tile_count == len(grid.xs) * len(rows) and grid.row_count == len(rows)
    assert grid.span_x == (-padding, grid.xs[-1] + tile)
    assert rows[0].emit_start == 0 and rows[-1].emit_stop == height
    for row, following in zip(rows, rows[1:]):
        assert row.emit_stop == following.emit_start
        assert row.emit_stop <= max(following.y, 0)
    for row in rows:
        assert row.emit_start <= row.emit_stop
        if row.emit_stop > row.emit_start:
            assert row.y <= row.emit_start and row.emit_stop <= row.y + tile
