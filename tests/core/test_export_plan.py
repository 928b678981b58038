"""What the export decides before the first chip: bands, grid checks, CRS handling (no QGIS)."""

from __future__ import annotations

import pytest

from core.export.exporter import ExportOptions
from core.export.plan import (
    BandListError,
    CrsWarning,
    band_names,
    check_chip_grid,
    check_resampled_size,
    chip_format_holds,
    crs_warning,
    parse_bands,
    resample_cell_size,
    tile_fits,
    warp_class_raster,
)
from core.output.guard import MAX_CHIPS, MAX_RASTER_SIDE, OutputSizeError


@pytest.mark.parametrize("raw", [None, "", []])
def test_no_band_list_means_every_band(raw):
    assert parse_bands(raw, 4) == []


@pytest.mark.parametrize(
    ("raw", "bands"),
    [([3, 1], [3, 1]), (["2", " 4 "], [2, 4]), ("3,2,1", [3, 2, 1]), ("1; 4", [1, 4]), ("2,,3", [2, 3])],
)
def test_band_lists_keep_the_users_order(raw, bands):
    assert parse_bands(raw, 4) == bands


@pytest.mark.parametrize(("raw", "given"), [("0,1", "0,1"), ([5], "5"), ("a, 2", "a,2"), (",", ",")])
def test_bands_the_raster_lacks_are_refused_echoing_the_list(raw, given):
    with pytest.raises(BandListError) as caught:
        parse_bands(raw, 4)
    assert (caught.value.given, caught.value.band_count) == (given, 4)


def test_band_names_follow_the_exported_bands():
    assert band_names([2, 0], 2) == ["Band_3", "Band_1"]
    assert band_names([], 3) == ["Band_1", "Band_2", "Band_3"]


@pytest.mark.parametrize(("value", "chosen"), [(None, None), (0.0, None), (0.5, 0.5)])
def test_a_cell_size_of_zero_keeps_the_rasters_pixels(value, chosen):
    assert resample_cell_size(value) == chosen


def test_a_cell_size_too_fine_for_the_grid_is_refused_on_the_native_grid():
    check_resampled_size(1000, 500, 0.5, 0.5, 0.25)
    with pytest.raises(OutputSizeError, match="CELL_SIZE 1e-07"):
        check_resampled_size(1000, 1000, 1.0, 1.0, 1e-7)
    with pytest.raises(OutputSizeError):
        check_resampled_size(MAX_RASTER_SIDE, 10, 2.0, 1.0, 1.0)


def test_too_many_chips_are_refused_except_in_per_feature_modes():
    side = int((MAX_CHIPS**0.5) * 2) + 2
    check_chip_grid(
        1000, 1000, ExportOptions("KITTI_rectangles", tile_x=10, tile_y=10, stride_x=10, stride_y=10)
    )
    with pytest.raises(OutputSizeError):
        check_chip_grid(
            side, side, ExportOptions("KITTI_rectangles", tile_x=1, tile_y=1, stride_x=1, stride_y=1)
        )
    check_chip_grid(side, side, ExportOptions("Labeled_Tiles", tile_x=1, tile_y=1, stride_x=1, stride_y=1))


@pytest.mark.parametrize(
    ("width", "height", "fits"), [(256, 256, True), (300, 256, True), (255, 256, False), (256, 100, False)]
)
def test_a_tile_must_fit_in_the_grid(width, height, fits):
    assert tile_fits(width, height, ExportOptions("Classified_Tiles", tile_x=256, tile_y=256)) is fits


@pytest.mark.parametrize(
    ("chip_format", "dtype", "holds"),
    [("JPEG", "uint8", True), ("JPEG", "uint16", False), ("JPEG", "float32", False), ("PNG", "uint16", True)],
)
def test_jpeg_chips_hold_8_bit_data_only(chip_format, dtype, holds):
    assert chip_format_holds(chip_format, dtype) is holds


def test_no_labels_no_crs_warning():
    assert crs_warning(False, None) is None


def test_a_raster_without_crs_under_labels_with_one_is_warned():
    assert crs_warning(False, True) is CrsWarning.RASTER_WITHOUT_CRS
    assert crs_warning(False, True, False, True) is CrsWarning.RASTER_WITHOUT_CRS
    assert crs_warning(False, False) is None
    assert crs_warning(True, True) is None
    assert crs_warning(True, False) is None


def test_a_class_raster_in_another_crs_is_warped_when_it_is_a_file_and_both_crs_are_valid():
    assert crs_warning(True, True, False, True) is CrsWarning.CLASS_RASTER_WARPED
    assert crs_warning(True, True, False, False) is CrsWarning.CLASS_RASTER_ON_GRID
    assert crs_warning(True, False, False, True) is CrsWarning.CLASS_RASTER_ON_GRID
    assert crs_warning(False, False, False, True) is CrsWarning.CLASS_RASTER_ON_GRID
    assert crs_warning(True, True, True, True) is None


@pytest.mark.parametrize(
    ("raster_valid", "class_valid", "same", "warped"),
    [
        (True, True, False, True),
        (True, True, True, False),
        (False, True, False, False),
        (True, False, False, False),
    ],
)
def test_only_a_class_raster_in_another_valid_crs_is_warped(raster_valid, class_valid, same, warped):
    assert warp_class_raster(raster_valid, class_valid, same) is warped
