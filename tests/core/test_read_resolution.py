"""The read policy: a model's training cell size is a ground distance, converted into the input's
map units (Mercator scale factor included) and reported as a web-map zoom."""

from __future__ import annotations

import math

import numpy as np
import pytest
from rasterdl.core.engine.read_resolution import (
    MAX_OVERSAMPLING,
    ZOOM0_RESOLUTION,
    MapFrame,
    area_average,
    choose_read_resolution,
    model_cell_range,
    oversampling,
    web_zoom,
)

#: The sample orthophoto's latitude (NEON OSBS, Florida).
LATITUDE = 29.69
UTM = MapFrame()
MERCATOR = MapFrame(mercator=True, latitude=LATITUDE)
TEN_CM = (0.1, 0.1)


def test_mercator_units_grow_with_latitude():
    assert MERCATOR.to_map(0.1) == pytest.approx(0.1 / math.cos(math.radians(LATITUDE)))
    assert MERCATOR.to_map(0.1) == pytest.approx(0.11512, abs=1e-5)
    assert MERCATOR.to_ground(0.1) == pytest.approx(0.0869, abs=1e-4)  # 0.1 Mercator units = 8.7 cm
    assert MapFrame(mercator=True, latitude=0.0).to_map(1.0) == pytest.approx(1.0)
    assert UTM.to_map(0.1) == 0.1
    assert MapFrame(metres_per_unit=0.3048).to_map(0.1) == pytest.approx(0.328084, abs=1e-6)
    assert MapFrame(geographic=True).to_map(0.1) is None


def test_web_zoom_names_the_tile_pyramid_level():
    assert ZOOM0_RESOLUTION == pytest.approx(156543.03392804097)
    assert web_zoom(ZOOM0_RESOLUTION / 2**21, MERCATOR) == pytest.approx(21.0)
    assert web_zoom(MERCATOR.to_map(0.1), MERCATOR) == pytest.approx(20.38, abs=0.01)
    assert web_zoom(0.1, UTM) is None


def test_web_layer_is_read_at_the_model_cell_size_on_the_ground():
    finest = ZOOM0_RESOLUTION / 2**22  # an XYZ service up to zoom 22: 3.7 cm per Mercator pixel
    decision = choose_read_resolution(finest, True, MERCATOR, TEN_CM)
    assert decision.reason == "model"
    assert decision.cell_size == pytest.approx(0.11512, abs=1e-5)
    assert decision.ground == pytest.approx(0.1)
    assert decision.zoom == pytest.approx(20.38, abs=0.01)


def test_web_layer_without_a_model_cell_size_is_read_at_its_finest_resolution():
    finest = ZOOM0_RESOLUTION / 2**22
    decision = choose_read_resolution(finest, True, MERCATOR, None)
    assert (decision.cell_size, decision.reason) == (finest, "finest")
    assert decision.zoom == pytest.approx(22.0)
    assert decision.ground == pytest.approx(finest * math.cos(math.radians(LATITUDE)))


def test_mercator_geotiff_is_read_at_the_ground_cell_size():
    """A GeoTIFF in EPSG:3857 at 0.1 map units is 8.7 cm on the ground: outside a 10 cm model's range."""
    decision = choose_read_resolution(0.1, False, MERCATOR, TEN_CM)
    assert decision.reason == "model"
    assert decision.cell_size == pytest.approx(0.11512, abs=1e-5)
    assert decision.native_ground == pytest.approx(0.0869, abs=1e-4)


@pytest.mark.parametrize(
    ("native", "model", "expected"),
    [
        (0.1, TEN_CM, None),
        (0.1005, TEN_CM, None),
        (0.05, TEN_CM, 0.1),
        (0.5, (0.1, 0.3), 0.3),
        (0.2, (0.1, 0.3), None),
    ],
)
def test_projected_file_rasters_keep_their_grid_inside_the_model_range(native, model, expected):
    decision = choose_read_resolution(native, False, UTM, model)
    assert decision.cell_size == expected
    assert decision.ground == pytest.approx(expected or native)


def test_a_requested_cell_size_wins_and_a_geographic_crs_ignores_the_model():
    assert choose_read_resolution(0.1, False, UTM, TEN_CM, requested=0.3).cell_size == 0.3
    assert choose_read_resolution(0.1, False, UTM, None, requested=0.1).cell_size is None
    assert choose_read_resolution(0.001, True, MERCATOR, TEN_CM, requested=0.5).cell_size == 0.5
    degrees = choose_read_resolution(1e-6, False, MapFrame(geographic=True), TEN_CM)
    assert (degrees.cell_size, degrees.reason, degrees.ground) == (None, "geographic", None)
    web_degrees = choose_read_resolution(1e-6, True, MapFrame(geographic=True), TEN_CM)
    assert (web_degrees.cell_size, web_degrees.reason) == (1e-6, "geographic")


def test_model_cell_range_from_either_bound():
    assert model_cell_range(0.1, 0.3) == (0.1, 0.3)
    assert model_cell_range(0.1, None) == (0.1, 0.1)
    assert model_cell_range(None, 0.2) == (0.2, 0.2)
    assert model_cell_range(None, None) is None
    assert model_cell_range(0.3, 0.1) == (0.1, 0.3)


def test_tiles_are_read_at_the_nearest_finer_zoom_and_never_enlarged():
    levels = [ZOOM0_RESOLUTION / 2**z for z in range(20, 23)]
    target = MERCATOR.to_map(0.1)  # zoom 20.4: zoom 20 would be enlarged, zoom 21 is the nearest finer
    assert oversampling(target, levels) == pytest.approx(target / levels[1])
    assert oversampling(levels[1], levels) == 1.0
    assert oversampling(levels[2] / 2, levels) == 1.0  # finer than every level: read as it is
    assert oversampling(1.0, levels) == MAX_OVERSAMPLING
    assert oversampling(target, []) == 1.0  # plain WMS renders any resolution
    decision = choose_read_resolution(levels[-1], True, MERCATOR, TEN_CM, resolutions=levels)
    assert decision.oversample == pytest.approx(1.54, abs=0.01)
    assert choose_read_resolution(0.05, False, UTM, TEN_CM, resolutions=levels).oversample == 1.0


def test_area_average_is_exact_for_any_ratio_and_ignores_invalid_pixels():
    pixels = np.arange(2 * 6 * 9, dtype=np.float32).reshape(2, 6, 9)
    valid = np.ones((6, 9), dtype=bool)
    out, out_valid = area_average(pixels, valid, 2, 3)
    np.testing.assert_allclose(out, pixels.reshape(2, 2, 3, 3, 3).mean(axis=(2, 4)))
    assert out_valid.all()
    ramp = np.tile(np.arange(10, dtype=np.float64), (1, 4, 1))  # value = column
    out, _ = area_average(ramp, np.ones((4, 10), bool), 4, 4)  # 2.5 columns per output pixel
    # each output pixel averages 2.5 columns, e.g. the first (0 + 1 + 2 / 2) / 2.5
    np.testing.assert_allclose(out[0, 0], [2 / 2.5, 8 / 2.5, 14.5 / 2.5, 20.5 / 2.5])
    masked = np.full((1, 4, 4), 200, dtype=np.uint8)
    valid = np.ones((4, 4), dtype=bool)
    valid[:, :1] = False  # a quarter invalid (0 where the reader found nothing): not averaged in
    masked[:, ~valid] = 0
    out, out_valid = area_average(masked, valid, 2, 2)
    assert out.dtype == np.uint8 and out.tolist() == [[[200, 200], [200, 200]]] and out_valid.all()
    valid[:, :3] = False  # left outputs see no valid pixel, right ones half: kept, from the valid half
    out, out_valid = area_average(masked, valid, 2, 2)
    assert out_valid.tolist() == [[False, True], [False, True]] and out.tolist() == [[[0, 200], [0, 200]]]
