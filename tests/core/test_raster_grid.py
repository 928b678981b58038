"""The georeferenced grid arithmetic every adapter shares: cutting an extent out of a raster's
pixel grid, pixel centres inside an area, and validity from nodata values."""

from __future__ import annotations

import math

import numpy as np
import pytest
from rasterdl.core.engine.pixel_validity import valid_from_nodata
from rasterdl.core.engine.raster_grid import Grid, cut_grid

# A 400 x 400 raster of 0.1 m pixels in UTM, as the real sample (top-left 404211.9, 3285142.9).
X0, Y0, CELL, SIZE = 404211.9, 3285142.9, 0.1, 400
BOUNDS = (X0, Y0 - SIZE * CELL, X0 + SIZE * CELL, Y0)


def pixels_of(grid: Grid) -> tuple[int, int, int, int]:
    """(col0, row0, width, height) of ``grid`` in the raster's pixels."""
    return round((grid.x0 - X0) / CELL), round((Y0 - grid.y0) / CELL), grid.width, grid.height


def test_without_an_extent_the_grid_is_the_raster():
    grid = cut_grid(BOUNDS, SIZE, SIZE, "WKT")
    assert pixels_of(grid) == (0, 0, SIZE, SIZE)
    assert grid.dx == pytest.approx(CELL) and grid.dy == pytest.approx(CELL) and grid.crs_wkt == "WKT"
    assert grid.geotransform == (grid.x0, grid.dx, 0.0, grid.y0, 0.0, -grid.dy)


@pytest.mark.parametrize(
    ("extent", "expected"),
    [
        ((404221.9, 3285102.9, 404231.9, 3285132.9), (100, 100, 100, 300)),  # on pixel edges
        ((404221.95, 3285102.95, 404231.87, 3285132.87), (100, 100, 100, 300)),  # snapped outwards
        (
            (404221.9 - 1e-9, 3285102.9 - 1e-9, 404231.9 + 1e-9, 3285132.9 + 1e-9),
            (100, 100, 100, 300),
        ),  # rounding
        ((404100.0, 3285000.0, 404216.9, 3285200.0), (0, 0, 50, SIZE)),  # clipped to the raster
    ],
)
def test_an_extent_is_snapped_outwards_to_whole_source_pixels(extent, expected):
    grid = cut_grid(BOUNDS, SIZE, SIZE, "", extent)
    assert pixels_of(grid) == expected
    assert grid.dx == pytest.approx(CELL, rel=1e-9) and grid.dy == pytest.approx(CELL, rel=1e-9)


def test_a_cell_size_divides_the_cut_area_into_whole_cells():
    grid = cut_grid(BOUNDS, SIZE, SIZE, "", (404221.9, 3285102.9, 404231.9, 3285132.9), cell_size=0.3)
    assert (grid.width, grid.height) == (33, 100)  # 10 m / 0.3 rounds to 33 cells of 0.303 m
    assert grid.dx == pytest.approx(10.0 / 33) and grid.dy == pytest.approx(0.3)
    assert grid.x0 == pytest.approx(404221.9) and grid.y0 == pytest.approx(3285132.9)
    tiny = cut_grid(BOUNDS, SIZE, SIZE, "", (404221.9, 3285102.9, 404221.95, 3285102.95), cell_size=5.0)
    assert (tiny.width, tiny.height) == (1, 1)


def test_window_bounds_and_centres_inside():
    grid = Grid(0.0, 10.0, 1.0, 1.0, 10, 10, "")
    assert grid.window_bounds(2, 3, 4, 5) == (2.0, 2.0, 6.0, 7.0)
    inside = grid.centres_inside(-2, -1, 5, 3, (0.0, 0.0, 10.0, 10.0))
    expected = np.zeros((3, 5), dtype=bool)
    expected[1:, 2:] = True  # the first row and two columns lie above and left of the area
    np.testing.assert_array_equal(inside, expected)
    # A centre on the area's edge is inside.
    assert grid.centres_inside(0, 0, 1, 1, (0.5, 9.5, 0.5, 9.5)).all()


def test_a_pixel_is_invalid_only_where_every_band_holds_its_nodata():
    data = np.array([[[0, 0, 5]], [[0, 7, 0]]], dtype=np.uint8)  # (2 bands, 1 row, 3 columns)
    np.testing.assert_array_equal(valid_from_nodata(data, [0, 0]), [[False, True, True]])
    np.testing.assert_array_equal(valid_from_nodata(data, [0, 7]), [[True, False, True]])
    # A band without nodata can hold any value: every pixel is valid, as with no bands listed.
    assert valid_from_nodata(data, [0, None]).all() and valid_from_nodata(data, []).all()


def test_nan_nodata_matches_nan_pixels():
    data = np.array([[[math.nan, 1.0, math.nan]]], dtype=np.float32)
    np.testing.assert_array_equal(valid_from_nodata(data, [math.nan]), [[False, True, False]])
