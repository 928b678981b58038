"""The blending window and the rolling accumulator."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rasterdl.core.engine.blending import (
    RollingAccumulator,
    blend_weights,
    blend_window,
    coverage,
    support,
)
from rasterdl.core.engine.tiling import make_grid


@pytest.mark.parametrize(("tile", "padding"), [(64, 16), (33, 5), (8, 1), (16, 0), (9, 4)])
def test_weights_are_flat_in_the_core_and_zero_in_the_outer_half_of_the_padding(tile, padding):
    weights = blend_weights(tile, padding)
    assert weights.dtype == np.float32 and weights.shape == (tile,)
    np.testing.assert_array_equal(weights, weights[::-1])
    assert np.all(weights[padding : tile - padding] == 1)
    half = tile // 2
    assert np.all(np.diff(weights[: half + 1]) >= 0)
    inside = support(weights)
    assert np.all(weights[inside] > 0)
    assert inside.start == (padding + 1) // 2 and inside.stop == tile - inside.start
    if padding >= 2:
        assert np.all(weights[: padding // 2] == 0)
        assert weights[padding - 1] > 0.5


def test_window_is_separable():
    np.testing.assert_array_equal(blend_window(32, 8), np.outer(blend_weights(32, 8), blend_weights(32, 8)))


def test_coverage_sums_the_placed_profiles():
    weights = np.array([1.0, 2.0, 3.0], dtype=np.float32)
    np.testing.assert_array_equal(coverage([-1, 1, 3], weights, 5), [2.0, 4.0, 2.0, 4.0, 2.0])


def run_grid(accumulator, grid, tile_values):
    """Blend tiles like the engine does, one tile row at a time; return the emitted rows."""
    rows = []
    for row in grid.rows():
        for x in row.xs:
            accumulator.add(tile_values(x, row.y), x, row.y)
        if row.emit_stop > row.emit_start:
            rows.append(accumulator.take(row.emit_start, row.emit_stop))
        if row.index + 1 < grid.row_count:
            accumulator.advance(grid.ys[row.index + 1])
    return np.concatenate(rows, axis=1)


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 90), st.integers(1, 90), st.integers(4, 24), st.data())
def test_agreeing_tiles_blend_to_their_common_value(width, height, tile, data):
    padding = data.draw(st.integers(0, (tile - 1) // 2))
    grid = make_grid(width, height, tile, padding)
    rng = np.random.default_rng(width * 1000 + height)
    truth = rng.random((2, height + 2 * tile, width + 2 * tile), dtype=np.float32)
    accumulator = RollingAccumulator(2, grid, tile)
    assert accumulator.covers_every_pixel()

    def values(x, y):
        return truth[:, y + tile : y + 2 * tile, x + tile : x + 2 * tile]

    blended = run_grid(accumulator, grid, values)
    assert blended.shape == (2, height, width)
    # float32 sums of weights: allow a few ulps.
    np.testing.assert_allclose(blended, truth[:, tile : tile + height, tile : tile + width], rtol=1e-5)


def test_memory_does_not_depend_on_the_height():
    short = RollingAccumulator(3, make_grid(100, 200, 64, 16), 64)
    tall = RollingAccumulator(3, make_grid(100, 50_000, 64, 16), 64)
    assert short.nbytes == tall.nbytes
    assert short.buffer.shape == (3, 64, 132)


def test_cropped_predictions_are_placed_at_the_tile_centre():
    grid = make_grid(40, 40, 16, 4)
    accumulator = RollingAccumulator(1, grid, 8)
    assert accumulator.offset == 4 and accumulator.covers_every_pixel()
    blended = run_grid(accumulator, grid, lambda x, y: np.full((1, 8, 8), 0.25, np.float32))
    np.testing.assert_allclose(blended, 0.25, rtol=1e-6)
    assert not RollingAccumulator(1, grid, 6).covers_every_pixel()
    with pytest.raises(ValueError):
        RollingAccumulator(1, grid, 17)


def test_tiles_outside_the_open_rows_are_refused():
    grid = make_grid(40, 40, 16, 4)
    accumulator = RollingAccumulator(1, grid, 16)
    with pytest.raises(ValueError):
        accumulator.add(np.zeros((1, 16, 16), np.float32), grid.xs[0], grid.ys[1])
