"""The blocks of an object detection (issue 19): every tile in one block, and blocks detected
separately, merged in any order, give the detections of one run over the whole raster, boxes,
scores, classes and order, with objects on block seams and NMS across blocks."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rasterdl.core.engine.contracts import Cancelled
from rasterdl.core.engine.detection_blocks import (
    detect_block,
    detection_blocks,
    merge_block_detections,
)
from rasterdl.core.engine.object_detector import detect_objects
from rasterdl.core.engine.tiling import make_grid
from rasterdl.core.model.arguments import detection_arguments, parse_model_arguments
from rasterdl.core.model.runtime import OnnxSession

from tests.core.fakes import ArrayReader, Progress
from tests.core.test_object_detector import define
from tests.onnx_models import dense_detector

#: Blocks of about 64 x 64 pixels of tile cores: 2 x 2 tiles of 64 with padding 16.
SMALL_BLOCKS = 64 * 64


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    folder = tmp_path_factory.mktemp("blocks")
    paths = {
        "yolov5": dense_detector(folder / "yolov5.onnx", "yolov5"),
        "ultralytics": dense_detector(folder / "ultralytics.onnx", "ultralytics"),
        "obb": dense_detector(folder / "obb.onnx", "ultralytics_obb", angle=np.pi / 6, box=(20.0, 10.0)),
        "nms": dense_detector(folder / "nms.onnx", "nms", label_offset=1),
        "wide": dense_detector(folder / "wide.onnx", "ultralytics", box=(40.0, 24.0)),
    }
    return {name: (path, OnnxSession(path)) for name, path in paths.items()}


def arguments(definition, **overrides):
    values = {"padding": 16, "threshold": 0.3, "nms_overlap": 0.1, "batch_size": 3, **overrides}
    return detection_arguments(parse_model_arguments(values, definition.argument_defaults), definition)


def scene(width, height, seed):
    """uint8 (3, height, width) with 16 x 16 squares of random band and brightness anywhere, many on
    block and tile seams and overlapping each other (so NMS merges across blocks)."""
    rng = np.random.default_rng(seed)
    data = np.zeros((3, height, width), np.uint8)
    for _ in range(width * height // 600):
        x, y = int(rng.integers(-8, width - 8)), int(rng.integers(-8, height - 8))
        band, value = int(rng.integers(0, 2)), int(rng.integers(120, 256))
        data[band, max(y, 0) : y + 16, max(x, 0) : x + 16] = value
    for seam in range(56, width, 64):  # squares centred on the block seams every 64 pixels
        data[int(rng.integers(0, 2)), 20:36, seam : seam + 16] = 255
    return data


def whole_and_blocks(models, name, data, valid=None, run_nms=True, max_overlap_ratio=0.0, seed=0, **keys):
    """The detections of one run over ``data`` and of its blocks detected separately, merged in a
    shuffled order; and the blocks."""
    definition = define(models, name, **keys.pop("definition_keys", {}))
    args = arguments(definition, **keys)
    session = models[name][1]
    reader = ArrayReader(data, valid)
    whole = detect_objects(reader, session, definition, args, Progress(), run_nms, max_overlap_ratio)
    blocks = detection_blocks(reader.width, reader.height, args, SMALL_BLOCKS)
    parts = [detect_block(reader, session, definition, args, block, Progress()) for block in blocks]
    random.Random(seed).shuffle(parts)
    merged = merge_block_detections(parts, definition, args, Progress(), run_nms, max_overlap_ratio)
    return whole, merged, blocks


def assert_same(whole, merged):
    assert len(whole) > 0
    assert np.array_equal(merged.boxes, whole.boxes)
    assert np.array_equal(merged.scores, whole.scores)
    assert np.array_equal(merged.class_index, whole.class_index)
    assert (merged.angle is None) == (whole.angle is None)
    if whole.angle is not None:
        assert np.array_equal(merged.angle, whole.angle)
    assert merged.classes == whole.classes and (merged.width, merged.height) == (whole.width, whole.height)
    assert merged.stats.tiles == whole.stats.tiles
    assert merged.stats.skipped_tiles == whole.stats.skipped_tiles
    assert merged.stats.candidates == whole.stats.candidates


@pytest.mark.parametrize("name", ["yolov5", "ultralytics", "nms", "wide"])
def test_blocks_merge_into_the_detections_of_one_run(models, name):
    whole, merged, blocks = whole_and_blocks(models, name, scene(330, 230, seed=1))
    assert len(blocks) >= 12
    assert_same(whole, merged)


def test_objects_on_block_seams_are_found_once(models):
    data = np.zeros((3, 128, 192), np.uint8)
    # tiles own x [0, 32), [32, 64), ...; blocks of 2 x 2 tiles meet at x = 64 and 128, y = 64; the
    # detector finds squares on its 8-pixel lattice
    squares = [(56, 24, 0), (120, 56, 1), (64, 104, 0)]
    for x, y, band in squares:
        data[band, y : y + 16, x : x + 16] = 255
    whole, merged, blocks = whole_and_blocks(models, "ultralytics", data, threshold=0.6)
    assert {(b.x0, b.x1) for b in blocks} == {(0, 64), (64, 128), (128, 192)}
    assert {(b.y0, b.y1) for b in blocks} == {(0, 64), (64, 128)}
    assert_same(whole, merged)
    found = sorted((*box, int(c)) for box, c in zip(merged.boxes.tolist(), merged.class_index))
    assert found == sorted((float(x), float(y), float(x + 16), float(y + 16), b) for x, y, b in squares)


def test_duplicates_across_blocks_are_merged_by_nms_as_in_one_run(models):
    data = scene(330, 230, seed=2)
    whole, merged, _ = whole_and_blocks(models, "ultralytics", data, exclude_pad_detections=False)
    assert_same(whole, merged)
    raw_whole, raw_merged, _ = whole_and_blocks(
        models, "ultralytics", data, run_nms=False, exclude_pad_detections=False
    )
    assert_same(raw_whole, raw_merged)
    assert len(raw_merged) > len(merged)  # without NMS the blocks' duplicates stay


@pytest.mark.parametrize(
    "keys",
    [
        {"test_time_augmentation": True},
        {"nms_class_agnostic": True, "batch_size": 1},
        {"max_overlap_ratio": 0.3, "batch_size": 8},
        {"tile_size": "80,56", "padding": 12},
    ],
    ids=["tta", "class-agnostic", "max-overlap", "rectangular-tiles"],
)
def test_blocks_follow_every_setting_of_one_run(models, keys):
    keys = dict(keys)
    ratio = keys.pop("max_overlap_ratio", 0.0)
    whole, merged, blocks = whole_and_blocks(
        models, "yolov5", scene(300, 250, seed=3), None, True, ratio, **keys
    )
    assert len(blocks) > 4
    assert_same(whole, merged)


def test_oriented_boxes(models):
    whole, merged, _ = whole_and_blocks(models, "obb", scene(300, 200, seed=4), seed=5)
    assert merged.angle is not None
    assert_same(whole, merged)


def test_nodata_and_blocks_without_a_valid_pixel(models):
    data = scene(330, 230, seed=6)
    valid = np.ones((230, 330), bool)
    valid[:, 150:] = False  # the right blocks hold no valid pixel: their tiles are not run
    valid[100:120, :] = False
    whole, merged, _ = whole_and_blocks(models, "ultralytics", data, valid)
    assert whole.stats.skipped_tiles > 0
    assert_same(whole, merged)


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 3000),
    st.integers(1, 3000),
    st.integers(8, 300),
    st.integers(8, 300),
    st.integers(0, 3),
    st.integers(1, 4000) | st.integers(1, 3000).map(lambda side: side * side),
)
def test_every_tile_lies_in_exactly_one_block(width, height, tile_h, tile_w, quarter, target):
    padding = quarter * (min(tile_h, tile_w) - 1) // 8
    args = type("Args", (), {"tile_size": tile_h, "tile_width": tile_w, "padding": padding})()
    blocks = detection_blocks(width, height, args, target)
    grid = make_grid(width, height, tile_h, padding, tile_w)
    owners = np.zeros((len(grid.ys), len(grid.xs)), int)
    for block in blocks:
        owners[block.row0 : block.row1, block.column0 : block.column1] += 1
        assert 0 <= block.x0 < block.x1 <= width and 0 <= block.y0 < block.y1 <= height
    assert (owners == 1).all()
    assert [(b.row0, b.column0) for b in blocks] == sorted((b.row0, b.column0) for b in blocks)
    # the owned parts of the blocks tile the raster
    assert sum((b.x1 - b.x0) * (b.y1 - b.y0) for b in blocks) == width * height
    core = (tile_h - 2 * padding) * (tile_w - 2 * padding)
    assert all(b.tile_count * core <= max(target, core) for b in blocks)


def test_a_block_of_another_raster_is_refused(models):
    definition = define(models, "ultralytics")
    args = arguments(definition)
    block = detection_blocks(300, 200, args, SMALL_BLOCKS)[0]
    reader = ArrayReader(np.zeros((3, 200, 299), np.uint8))
    with pytest.raises(ValueError, match="299 x 200"):
        detect_block(reader, models["ultralytics"][1], definition, args, block, Progress())


def test_a_block_is_cancelled(models):
    definition = define(models, "ultralytics")
    args = arguments(definition)
    reader = ArrayReader(scene(330, 230, seed=7))
    block = detection_blocks(330, 230, args, 1 << 30)[0]
    with pytest.raises(Cancelled):
        detect_block(reader, models["ultralytics"][1], definition, args, block, Progress(cancel_after=1))
