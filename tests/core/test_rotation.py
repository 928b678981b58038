"""Rotation augmentation: pixels, validity, label geometry and georeference move together."""

from __future__ import annotations

import math

import numpy as np
import pytest
from rasterdl.core.export.chip_grid import ExportError
from rasterdl.core.export.rasterize import rasterize
from rasterdl.core.export.rotation import (
    rotate_chip,
    rotate_geometry,
    rotated_geotransform,
    rotated_source_window,
    rotation_angles,
    rotation_matrix,
)
from shapely.geometry import box

RASTER_GT = (1000.0, 2.0, 0.0, 5000.0, 0.0, -2.0)


def _scene(size, blob):
    """Two bands: band 0 holds each pixel's flat index in the raster, band 1 a bright square ``blob``."""
    index = np.arange(size * size, dtype=np.int64).reshape(size, size)
    bright = np.zeros((size, size), dtype=np.int64)
    x0, y0, x1, y1 = blob
    bright[y0:y1, x0:x1] = 255
    return np.stack([index, bright])


def _window(image, sx, sy, sw, sh):
    return image[:, sy : sy + sh, sx : sx + sw], np.ones((sh, sw), dtype=bool)


def _window_gt(sx, sy):
    gt = RASTER_GT
    return (gt[0] + sx * gt[1], gt[1], gt[2], gt[3] + sy * gt[5], gt[4], gt[5])


def _map(gt, col, row):
    return gt[0] + col * gt[1] + row * gt[2], gt[3] + col * gt[4] + row * gt[5]


def _centroid(mask):
    rows, cols = np.nonzero(mask)
    return cols.mean() + 0.5, rows.mean() + 0.5


def test_rotation_angles():
    assert rotation_angles(0) == []
    assert rotation_angles(90) == [90, 180, 270]
    assert rotation_angles(120) == [120, 240]
    assert rotation_angles(100) == [100, 200, 300]
    assert rotation_angles(359.5) == [359.5]
    assert len(rotation_angles(0.1)) == 3599
    for bad in (-10, 360, 400, float("nan")):
        with pytest.raises(ExportError):
            rotation_angles(bad)


def test_source_window_is_centred_on_the_chip_and_holds_its_diagonal():
    assert rotated_source_window(20, 10, 8, 8) == (18, 8, 12, 12)
    assert rotated_source_window(0, 0, 256, 256) == (-54, -54, 364, 364)
    sx, sy, sw, sh = rotated_source_window(0, 0, 4, 3)
    assert (sx, sy, sw, sh) == (-1, -1, 6, 5)
    assert (sx + sw / 2, sy + sh / 2) == (2, 1.5)
    assert min(sw, sh) >= math.hypot(4, 3)


def test_zero_rotation_is_the_chip_itself():
    image = _scene(60, (22, 12, 25, 16))
    sx, sy, sw, sh = rotated_source_window(20, 10, 8, 8)
    pixels, valid = rotate_chip(*_window(image, sx, sy, sw, sh), 0, 8, 8)
    np.testing.assert_array_equal(pixels, image[:, 10:18, 20:28])
    assert valid.all()


def test_90_degrees_is_exact_for_pixels_labels_and_georeference():
    image = _scene(60, (22, 12, 25, 16))
    sx, sy, sw, sh = rotated_source_window(20, 10, 8, 8)
    pixels, valid = rotate_chip(*_window(image, sx, sy, sw, sh), 90, 8, 8)
    assert valid.all()
    np.testing.assert_array_equal(pixels, np.rot90(image[:, 10:18, 20:28], 1, axes=(1, 2)))

    label = box(22 - sx, 12 - sy, 25 - sx, 16 - sy)  # the bright square, in source-window pixels
    rotated = rotate_geometry(label, 90, sw, sh, 8, 8)
    np.testing.assert_array_equal(rasterize([(rotated, 1)], (8, 8)) == 1, pixels[1] == 255)

    gt = rotated_geotransform(_window_gt(sx, sy), 90, sw, sh, 8, 8)
    rows, cols = np.indices((8, 8))
    chip_x, chip_y = _map(gt, cols + 0.5, rows + 0.5)
    src_row, src_col = np.divmod(pixels[0], 60)
    src_x, src_y = _map(RASTER_GT, src_col + 0.5, src_row + 0.5)
    np.testing.assert_array_equal(chip_x, src_x)
    np.testing.assert_array_equal(chip_y, src_y)


def test_30_degrees_keeps_label_on_the_blob_and_pixels_unchanged():
    image = _scene(128, (44, 48, 52, 56))
    sx, sy, sw, sh = rotated_source_window(40, 40, 32, 32)
    pixels, valid = rotate_chip(*_window(image, sx, sy, sw, sh), 30, 32, 32)
    assert valid.all()
    assert set(np.unique(pixels[0])) <= set(image[0, sy : sy + sh, sx : sx + sw].ravel().tolist())
    assert set(np.unique(pixels[1]).tolist()) == {0, 255}

    rotated = rotate_geometry(box(44 - sx, 48 - sy, 52 - sx, 56 - sy), 30, sw, sh, 32, 32)
    blob_x, blob_y = _centroid(pixels[1] == 255)
    assert math.hypot(rotated.centroid.x - blob_x, rotated.centroid.y - blob_y) < 1
    assert rotated.area == pytest.approx(64)

    # Each chip pixel centre maps, through the rotated geotransform, into the
    # source pixel it was sampled from: within half a pixel diagonal of its centre.
    gt = rotated_geotransform(_window_gt(sx, sy), 30, sw, sh, 32, 32)
    assert gt[2] != 0 and gt[4] != 0
    rows, cols = np.indices((32, 32))
    chip_x, chip_y = _map(gt, cols + 0.5, rows + 0.5)
    src_row, src_col = np.divmod(pixels[0], 128)
    src_x, src_y = _map(RASTER_GT, src_col + 0.5, src_row + 0.5)
    assert np.hypot(chip_x - src_x, chip_y - src_y).max() <= math.sqrt(2) * 2 / 2 + 1e-9


def test_rotation_reaching_invalid_pixels_is_not_valid():
    image = _scene(60, (22, 12, 25, 16))
    sx, sy, sw, sh = rotated_source_window(20, 10, 8, 8)
    pixels, valid = _window(image, sx, sy, sw, sh)
    valid = valid.copy()
    valid[:, :2] = False  # the left of the window lies outside the image data
    _, kept = rotate_chip(pixels, valid, 0, 8, 8)
    assert kept.all()
    _, kept = rotate_chip(pixels, valid, 45, 8, 8)
    assert not kept.all() and kept[4, 4]


def test_window_too_small_gives_zero_and_not_valid_outside():
    pixels = np.full((1, 8, 8), 9, dtype=np.uint8)
    out, valid = rotate_chip(pixels, np.ones((8, 8), dtype=bool), 45, 8, 8)
    assert out.dtype == np.uint8
    assert not valid[0, 0] and out[0, 0, 0] == 0
    assert valid[4, 4] and out[0, 4, 4] == 9


def test_any_dtype_and_band_count():
    pixels = np.arange(6 * 10 * 10, dtype=np.float32).reshape(6, 10, 10)
    out, valid = rotate_chip(pixels, np.ones((10, 10), dtype=bool), 180, 10, 10)
    np.testing.assert_array_equal(out, pixels[:, ::-1, ::-1])
    single, _ = rotate_chip(pixels[0].astype(np.int8), np.ones((10, 10), dtype=bool), 270, 10, 10)
    np.testing.assert_array_equal(single, np.rot90(pixels[0].astype(np.int8), 3))


def test_rotation_matrix_maps_window_centre_to_chip_centre():
    m = rotation_matrix(30, 46, 46, 32, 32)
    np.testing.assert_allclose(m @ [23, 23, 1], [16, 16])
