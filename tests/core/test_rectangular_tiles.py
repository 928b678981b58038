"""Rectangular tiles (a model trained on W x H images, W != H): tiling, blending, arguments and the
pixel and detection engines place every pixel and box where it belongs."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from rasterdl.core.engine.blending import RollingAccumulator, blend_weights, blend_window
from rasterdl.core.engine.object_detector import untransform_boxes
from rasterdl.core.engine.pixel_classifier import augmentations, classify_raster
from rasterdl.core.engine.tiled_inference import transform
from rasterdl.core.engine.tiling import make_grid
from rasterdl.core.errors import ModelInputError
from rasterdl.core.model.arguments import (
    detection_arguments,
    parse_model_arguments,
    parse_tile_size,
    pixel_arguments,
)
from rasterdl.core.model.loader import load_model_definition
from rasterdl.core.model.runtime import OnnxSession

from tests.core.fakes import ArrayReader, Progress, RecordingWriter
from tests.onnx_models import band_threshold_segmenter, centre_crop_segmenter, conv_segmenter
from tests.rectangular_models import fix_input_size


@st.composite
def rectangles(draw):
    tile_h = draw(st.integers(1, 96))
    tile_w = draw(st.integers(1, 96))
    padding = draw(st.integers(0, (min(tile_h, tile_w) - 1) // 2))
    return tile_h, tile_w, padding


@given(st.integers(1, 400), st.integers(1, 400), rectangles())
def test_rectangular_cores_cover_every_pixel_once_or_more(width, height, shape):
    tile_h, tile_w, padding = shape
    grid = make_grid(width, height, tile_h, padding, tile_w)
    assert (grid.tile_height, grid.tile_width) == (tile_h, tile_w)
    assert grid.span_x == (-padding, grid.xs[-1] + tile_w)
    assert len(grid.xs) == math.ceil(width / (tile_w - 2 * padding))
    assert len(grid.ys) == math.ceil(height / (tile_h - 2 * padding))
    for origins, length, tile in ((grid.xs, width, tile_w), (grid.ys, height, tile_h)):
        covered = np.zeros(length, dtype=int)
        for origin in origins:
            covered[max(origin + padding, 0) : origin + tile - padding] += 1
        assert covered.min() >= 1
    rows = list(grid.rows())
    assert rows[0].emit_start == 0 and rows[-1].emit_stop == height
    assert all(r.emit_stop <= r.y + tile_h for r in rows if r.emit_stop > r.emit_start)


def test_a_square_grid_is_unchanged_by_naming_its_width():
    assert make_grid(300, 200, 64, 16) == make_grid(300, 200, 64, 16, 64)
    assert make_grid(300, 200, 64, 16).tile_width == 64


def test_rectangular_window_is_the_outer_product_of_both_profiles():
    window = blend_window(24, 4, 40)
    assert window.shape == (24, 40)
    np.testing.assert_array_equal(window, np.outer(blend_weights(24, 4), blend_weights(40, 4)))


@pytest.mark.parametrize(
    ("tile_h", "tile_w", "out"), [(24, 40, (24, 40)), (24, 40, (16, 32)), (40, 24, (40, 24))]
)
def test_accumulator_blends_a_constant_to_itself_over_rectangular_tiles(tile_h, tile_w, out):
    grid = make_grid(130, 90, tile_h, 8, tile_w)
    accumulator = RollingAccumulator(2, grid, out)
    assert accumulator.covers_every_pixel()
    assert accumulator.buffer.shape == (2, tile_h, grid.span_x[1] - grid.span_x[0])
    result = np.empty((2, grid.height, grid.width), np.float32)
    for row in grid.rows():
        for x in row.xs:
            accumulator.add(np.full((2, *out), 0.25, np.float32), x, row.y)
        result[:, row.emit_start : row.emit_stop] = accumulator.take(row.emit_start, row.emit_stop)
        if row.index + 1 < grid.row_count:
            accumulator.advance(grid.ys[row.index + 1])
    np.testing.assert_allclose(result, 0.25, rtol=1e-6)


def test_prediction_larger_than_a_rectangular_tile_is_refused():
    grid = make_grid(100, 100, 24, 4, 40)
    with pytest.raises(ValueError, match="24 x 41"):
        RollingAccumulator(1, grid, (24, 41))


@pytest.mark.parametrize(
    ("value", "shape"),
    [(256, (256, 256)), ("256", (256, 256)), ("800,608", (608, 800)), ("800 x 608", (608, 800)),
     ("800, 608", (608, 800)), ((800, 608), (608, 800)), ("a,b", None), ("1,2,3", None), ("8.5", None)],
)  # fmt: skip
def test_tile_size_reads_n_or_width_comma_height(value, shape):
    assert parse_tile_size(value) == shape


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rect")
    paths = {
        "threshold": band_threshold_segmenter(folder / "threshold.onnx"),
        "conv": conv_segmenter(folder / "conv.onnx"),
        "crop": centre_crop_segmenter(folder / "crop.onnx", crop=4),
        "fixed": fix_input_size(band_threshold_segmenter(folder / "fixed.onnx"), 40, 56),
    }
    return {name: (path, OnnxSession(path)) for name, path in paths.items()}


def define(models, name, **keys):
    data = {"ModelType": "ImageClassification", "ModelFile": str(models[name][0]), **keys}
    return load_model_definition(json.dumps(data))


def binary(shape, seed):
    """Random pixels of 0 or 255: a threshold at mid-range splits them whatever the normalisation."""
    return (np.random.default_rng(seed).integers(0, 2, shape) * 255).astype(np.uint8)


def classify(models, name, definition, data, strip_width=8192, **overrides):
    args = pixel_arguments(parse_model_arguments(overrides, definition.argument_defaults), definition)
    reader = ArrayReader(data)
    writer = RecordingWriter(reader.width, reader.height)
    session = models[name][1]
    classify_raster(reader, session, definition, args, writer, Progress(), True, strip_width)
    assert writer.complete
    return writer


def test_image_width_and_height_set_the_default_tile(models):
    definition = define(models, "threshold", ImageWidth=56, ImageHeight=40)
    assert definition.argument_defaults["tile_size"] == "56,40"
    args = pixel_arguments(definition.argument_defaults, definition)
    assert args.tile_shape == (40, 56) and args.padding == 10
    square = define(models, "threshold", ImageWidth=64, ImageHeight=64)
    assert square.argument_defaults["tile_size"] == 64


def test_fixed_rectangular_input_needs_its_own_tile_size(models):
    definition = define(models, "fixed")
    assert (definition.image_height, definition.image_width) == (40, 56)
    assert pixel_arguments(definition.argument_defaults, definition).tile_shape == (40, 56)
    for wrong in ("40,56", "56", "64,40"):
        with pytest.raises(ModelInputError, match="Set tile_size to 56,40"):
            pixel_arguments(
                parse_model_arguments({"tile_size": wrong}, definition.argument_defaults), definition
            )
    with pytest.raises(ModelInputError, match="tile_size"):
        parse_model_arguments({"tile_size": "56;40"}, definition.argument_defaults)


@pytest.mark.parametrize("tta", [False, True])
def test_pointwise_model_classifies_every_pixel_in_place(models, tta):
    """A pixel-wise threshold through a fixed 56 x 40 model: any misplaced tile row or column shows."""
    data = binary((3, 97, 151), seed=3)
    definition = define(models, "fixed")
    result = classify(models, "fixed", definition, data, test_time_augmentation=tta, batch_size=3)
    np.testing.assert_array_equal(result.classes, (data[0] > 0).astype(np.uint8))


def test_rectangular_tiles_blend_to_the_whole_image_result(models):
    """A fully convolutional model (receptive field 3 < padding / 2) gives the same probabilities with
    rectangular tiles as with square ones, in strips or not."""
    definition = define(models, "conv", ImageHeight=64)
    data = np.random.default_rng(5).integers(0, 256, (3, 90, 700)).astype(np.uint8)
    square = classify(models, "conv", definition, data, tile_size=64, padding=16)
    wide = classify(models, "conv", definition, data, tile_size="96,48", padding=16)
    tall = classify(models, "conv", definition, data, tile_size="40,72", padding=16, strip_width=256)
    for other in (wide, tall):
        np.testing.assert_allclose(other.probabilities, square.probabilities, atol=1e-5)
        assert (other.classes != square.classes).mean() < 1e-3
    assert len(tall.strips) > 1


def test_cropping_model_is_placed_at_the_rectangular_tile_centre(models):
    data = binary((3, 70, 90), seed=9)
    definition = define(models, "crop", ImageHeight=64)
    result = classify(models, "crop", definition, data, tile_size="48,32", padding=8)
    np.testing.assert_array_equal(result.classes, (data[0] > 0).astype(np.uint8))


def test_rectangular_tiles_keep_their_shape_under_test_time_augmentation(models):
    definition = define(models, "threshold")
    assert augmentations(definition, True, square=False) == (0, 2, 4, 6)
    assert augmentations(definition, True) == tuple(range(8))
    tile = np.zeros((1, 1, 4, 6))
    assert all(transform(tile, k).shape == tile.shape for k in (0, 2, 4, 6))


@pytest.mark.parametrize("k", [2, 4, 6])
def test_boxes_found_in_a_transformed_rectangular_tile_map_back(k):
    """Draw a box in a 64 x 40 tile, transform the tile, find the box there, map it back."""
    width, height = 64, 40
    tile = np.zeros((height, width))
    tile[5:12, 30:50] = 1
    moved = transform(tile, k)
    rows, cols = np.nonzero(moved)
    found = np.array([[cols.min(), rows.min(), cols.max() + 1, rows.max() + 1]], dtype=np.float64)
    boxes, _ = untransform_boxes(found, None, k, (width, height))
    np.testing.assert_allclose(boxes, [[30, 5, 50, 12]])


def test_detection_arguments_take_width_comma_height(models):
    data = {"ModelType": "ObjectDetection", "ModelFile": str(models["fixed"][0])}
    definition = load_model_definition(json.dumps(data))
    args = detection_arguments(definition.argument_defaults, definition)
    assert args.tile_shape == (40, 56) and args.tile_size == 40 and args.tile_width == 56
