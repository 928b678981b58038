"""The streaming object detector: exact boxes, the seam rule, NMS across tiles, TTA, threads."""

import dataclasses
import json
import threading

import numpy as np
import pytest
import shapely
import shapely.affinity
from rasterdl.core.engine.contracts import Cancelled
from rasterdl.core.engine.object_detector import (
    QUEUE_DEPTH,
    detect_objects,
    detection_augmentations,
    detection_polygons,
    ownership_bounds,
    untransform_boxes,
)
from rasterdl.core.engine.tiled_inference import transform
from rasterdl.core.errors import ModelDefinitionError, ModelInputError
from rasterdl.core.model.arguments import detection_arguments, parse_model_arguments
from rasterdl.core.model.definition import TensorInfo
from rasterdl.core.model.loader import load_model_definition
from rasterdl.core.model.runtime import OnnxSession

from tests.core.fakes import ArrayReader, Progress
from tests.onnx_models import band_threshold_segmenter, dense_detector

TILE = 64
STATS = {
    "band_min_values": [0, 0, 0],
    "band_max_values": [255, 255, 255],
    "scaled_mean_values": [0, 0, 0],
    "scaled_std_values": [1, 1, 1],
}
CLASSES = [{"Value": 1, "Name": "Red"}, {"Value": 2, "Name": "Green"}]


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    folder = tmp_path_factory.mktemp("detect")
    paths = {
        "yolov5": dense_detector(folder / "yolov5.onnx", "yolov5"),
        "ultralytics": dense_detector(folder / "ultralytics.onnx", "ultralytics"),
        "obb": dense_detector(folder / "obb.onnx", "ultralytics_obb", angle=np.pi / 4, box=(16.0, 8.0)),
        "nms": dense_detector(folder / "nms.onnx", "nms", label_offset=1),
        "unbatched": dense_detector(folder / "unbatched.onnx", "nms_unbatched", size=TILE, label_offset=1),
        "wide": dense_detector(folder / "wide.onnx", "ultralytics", box=(32.0, 16.0)),
        "pixel": band_threshold_segmenter(folder / "pixel.onnx"),
    }
    return {name: (path, OnnxSession(path)) for name, path in paths.items()}


def define(models, name, **keys):
    data = {
        "ModelType": "ObjectDetection",
        "ModelFile": str(models[name][0]),
        "ImageHeight": TILE,
        "NormalizationStats": STATS,
        "Classes": CLASSES,
        **keys,
    }
    return load_model_definition(json.dumps(data))


def arguments(definition, **overrides):
    values = {"padding": 16, "threshold": 0.6, "nms_overlap": 0.1, "batch_size": 4, **overrides}
    return detection_arguments(parse_model_arguments(values, definition.argument_defaults), definition)


def detect(
    models, name, data, threshold=0.6, run_nms=True, max_overlap_ratio=0.0, definition=None, **overrides
):
    definition = definition or define(models, name)
    reader = ArrayReader(data, overrides.pop("valid", None))
    args = arguments(definition, threshold=threshold, **overrides)
    return detect_objects(reader, models[name][1], definition, args, Progress(), run_nms, max_overlap_ratio)


def raster(width, height, squares, value=255):
    """uint8 (3, height, width) with 16 x 16 squares (x, y, band) of ``value``."""
    data = np.zeros((3, height, width), np.uint8)
    for x, y, band in squares:
        data[band, y : y + 16, x : x + 16] = value
    return data


def rows(detections):
    """(x0, y0, x1, y1, class index, score) of each detection, sorted."""
    found = [
        (*box, int(index), round(float(score), 4))
        for box, index, score in zip(detections.boxes.tolist(), detections.class_index, detections.scores)
    ]
    return sorted(found)


def expected(squares, score=1.0):
    return sorted((float(x), float(y), float(x + 16), float(y + 16), band, score) for x, y, band in squares)


#: A 128 x 64 raster cut into 4 x 2 tiles of 64 with padding 16: windows start at x -16, 16, 48, 80
#: and y -16, 16; tile ownership changes at x = 32, 64, 96 and y = 32. Squares on the seams.
SEAM_SQUARES = [(24, 24, 0), (56, 0, 1), (104, 40, 0), (0, 48, 1)]


@pytest.mark.parametrize("name", ["yolov5", "ultralytics", "nms", "unbatched"])
def test_each_layout_finds_the_squares_on_the_seams_once(models, name):
    data = raster(128, 64, SEAM_SQUARES)
    detections = detect(models, name, data)
    assert rows(detections) == expected(SEAM_SQUARES)
    assert detections.boxes.dtype == np.float64 and detections.angle is None
    assert detections.stats.tiles == 8 and detections.stats.skipped_tiles == 0


def test_seam_duplicates_are_merged_by_nms_across_tiles(models):
    data = raster(128, 64, SEAM_SQUARES)
    # without the seam rule every tile that sees a square reports it
    duplicated = detect(models, "ultralytics", data, run_nms=False, exclude_pad_detections=False)
    assert len(duplicated) > len(SEAM_SQUARES)
    assert sorted(set(rows(duplicated))) == expected(SEAM_SQUARES)
    assert rows(detect(models, "ultralytics", data, exclude_pad_detections=False)) == expected(SEAM_SQUARES)
    # a square well inside a tile's share is reported by that tile alone
    alone = detect(models, "ultralytics", raster(128, 64, [(8, 8, 0)]), run_nms=False)
    assert rows(alone) == expected([(8, 8, 0)])


def test_the_seam_rule_drops_what_tiles_see_of_squares_cut_by_their_edge(models):
    data = raster(128, 64, [(40, 8, 0)])  # the first tile window ends at x = 48, inside the square
    everything = rows(detect(models, "ultralytics", data, 0.3, run_nms=False, exclude_pad_detections=False))
    ruled = rows(detect(models, "ultralytics", data, 0.3, run_nms=False))
    assert (32.0, 8.0, 48.0, 24.0, 0, 0.5) in everything  # the first tile's half square
    assert set(ruled) < set(everything) and (32.0, 8.0, 48.0, 24.0, 0, 0.5) not in ruled
    assert rows(detect(models, "ultralytics", data, 0.3)) == expected([(40, 8, 0)])


def test_a_seam_object_is_not_lost_when_the_tiles_disagree(models):
    # width 60 moves the last tile window to x = 12, off the 8-pixel grid of the first: that tile
    # sees the square at x 24-40 (centre 32, past the seam at 30) only as two cells shifted by 4
    # pixels, and keeps the one centred at 28, on the first tile's side
    data = raster(60, 64, [(24, 24, 1)])
    assert rows(detect(models, "ultralytics", data, threshold=0.5)) == expected([(24, 24, 1)])


@pytest.mark.parametrize("name", ["yolov5", "ultralytics"])
def test_low_threshold_relies_on_per_tile_nms_and_still_finds_each_square_once(models, name):
    data = raster(128, 64, SEAM_SQUARES)
    detections = detect(models, name, data, threshold=0.05)
    assert rows(detections) == expected(SEAM_SQUARES)


def test_threshold_separates_bright_and_dim_squares(models):
    data = raster(128, 64, [(24, 8, 0)])
    data[0, 40:56, 88:104] = 128  # p = 128 / 255: ultralytics 0.502, yolov5 0.252
    assert len(detect(models, "ultralytics", data, threshold=0.5)) == 2
    assert len(detect(models, "ultralytics", data, threshold=0.51)) == 1
    assert len(detect(models, "yolov5", data, threshold=0.25)) == 2
    assert len(detect(models, "yolov5", data, threshold=0.3)) == 1


def scattered(width, height, seed):
    """Squares of random band on a 40-pixel lattice, each moved by 0, 8 or 16 pixels: never touching."""
    rng = np.random.default_rng(seed)
    return [
        (x + 8 * int(rng.integers(0, 3)), y + 8 * int(rng.integers(0, 3)), int(rng.integers(0, 2)))
        for y in range(0, height - 40, 40)
        for x in range(0, width - 40, 40)
    ]


def test_batch_size_does_not_change_the_result(models):
    squares = scattered(200, 168, seed=3)
    data = raster(200, 168, squares)
    results = [detect(models, "yolov5", data, batch_size=size) for size in (1, 3, 16)]
    assert rows(results[0]) == expected(squares)
    for other in results[1:]:
        assert np.array_equal(other.boxes, results[0].boxes)
        assert np.array_equal(other.scores, results[0].scores)
        assert np.array_equal(other.class_index, results[0].class_index)


def test_classes_values_and_names(models, tmp_path):
    data = raster(128, 64, SEAM_SQUARES)
    detections = detect(models, "ultralytics", data)
    order = np.argsort(detections.boxes[:, 0])
    assert [detections.class_names[i] for i in order] == ["Green", "Red", "Green", "Red"]
    assert detections.class_values[order].tolist() == [2, 1, 2, 1]
    bare = dense_detector(tmp_path / "bare.onnx", "ultralytics", metadata={"model_type": "Detector"})
    models = {**models, "bare": (bare, OnnxSession(bare))}
    definition = dataclasses.replace(define(models, "bare"), classes=())
    detections = detect(models, "bare", data, definition=definition)
    assert sorted(set(detections.class_names)) == ["Class 0", "Class 1"]
    assert sorted(set(detections.class_values.tolist())) == [0, 1]


def test_boxes_are_clipped_to_the_raster_and_nodata_is_skipped(models):
    data = raster(64, 100, [(48, 8, 0), (8, 40, 0), (24, 72, 1)])
    valid = np.ones((100, 64), bool)
    valid[36:60, :] = False  # the square at y 40 lies in nodata
    # boxes 32 x 16 centred on the cells: the one on the square at x 48 reaches x = 72
    detections = detect(models, "wide", data, valid=valid)
    assert rows(detections) == [(16.0, 72.0, 48.0, 88.0, 1, 1.0), (40.0, 8.0, 64.0, 24.0, 0, 1.0)]


def test_tiles_without_valid_pixels_are_not_run(models):
    data = raster(64, 200, [(24, 8, 0)])
    valid = np.zeros((200, 64), bool)
    valid[:40] = True
    detections = detect(models, "ultralytics", data, valid=valid)
    assert rows(detections) == expected([(24, 8, 0)])
    assert detections.stats.skipped_tiles > 0
    assert detections.stats.tiles + detections.stats.skipped_tiles == 2 * 7


def test_max_overlap_ratio_drops_covered_boxes_of_any_class(models):
    data = raster(128, 64, [(24, 24, 0)])
    data[1, 24:40, 32:48] = 230  # a dimmer green square half over the red one
    both = detect(models, "ultralytics", data)
    assert [row[4] for row in rows(both)] == [0, 1]  # class-aware NMS keeps both
    assert [row[4] for row in rows(detect(models, "ultralytics", data, max_overlap_ratio=0.6))] == [0, 1]
    assert [row[4] for row in rows(detect(models, "ultralytics", data, max_overlap_ratio=0.4))] == [0]
    with pytest.raises(ModelInputError, match="overlap ratio"):
        detect(models, "ultralytics", data, max_overlap_ratio=1.5)


def test_oriented_boxes_and_their_polygons(models):
    data = raster(128, 64, [(24, 24, 0), (112, 40, 1)])
    detections = detect(models, "obb", data)
    # 16 x 8 boxes centred on the squares, turned by pi / 4; rotated boxes are not clipped
    assert rows(detections) == [(24.0, 28.0, 40.0, 36.0, 0, 1.0), (112.0, 44.0, 128.0, 52.0, 1, 1.0)]
    assert np.allclose(detections.angle, np.pi / 4)
    polygons = detection_polygons(detections)
    first = polygons[int(np.argmin(detections.boxes[:, 0]))]
    turned = shapely.affinity.rotate(shapely.box(24, 28, 40, 36), 45, origin=(32, 32))
    assert first.symmetric_difference(turned).area == pytest.approx(0.0, abs=1e-4)  # float32 angle
    # the second reaches past the raster's right edge: its polygon is clipped there
    second = polygons[int(np.argmax(detections.boxes[:, 0]))]
    assert second.bounds[2] == pytest.approx(128.0) and second.area < 128.0


def test_axis_aligned_polygons(models):
    detections = detect(models, "ultralytics", raster(128, 64, SEAM_SQUARES))
    polygons = detection_polygons(detections)
    assert [polygon.bounds for polygon in polygons] == [tuple(box) for box in detections.boxes.tolist()]


def test_layout_decided_from_real_outputs_when_shapes_are_dynamic(models):
    class DynamicSession:
        outputs = (TensorInfo("output", (None, None, None), "float32"),)

        def __init__(self, inner):
            self.inner, self.session_run_seconds = inner, 0.0

        def run(self, batch):
            return self.inner.run(batch)

    definition = dataclasses.replace(define(models, "yolov5"), outputs=DynamicSession.outputs)
    session = DynamicSession(models["yolov5"][1])
    reader = ArrayReader(raster(128, 64, SEAM_SQUARES))
    detections = detect_objects(reader, session, definition, arguments(definition), Progress())
    assert rows(detections) == expected(SEAM_SQUARES)


def test_test_time_augmentation_merges_the_flips(models):
    squares = scattered(200, 168, seed=5)
    data = raster(200, 168, squares)
    plain = detect(models, "ultralytics", data)
    augmented = detect(models, "ultralytics", data, test_time_augmentation=True)
    assert rows(augmented) == rows(plain) == expected(squares)
    definition = define(models, "ultralytics")
    assert detection_augmentations(definition, True) == (0, 4, 6)
    assert detection_augmentations(dataclasses.replace(definition, image_space_used="PIXEL_SPACE"), True) == (
        0,
        4,
    )
    assert detection_augmentations(definition, False) == (0,)


@pytest.mark.parametrize("k", range(8))
def test_untransform_boxes_inverts_the_tile_transform(k):
    size = 32
    image = np.zeros((size, size), np.uint8)
    image[3:10, 5:20] = 1  # rows 3-10, columns 5-20
    moved = transform(image, k)
    ys, xs = np.nonzero(moved)
    found = np.array([[xs.min(), ys.min(), xs.max() + 1, ys.max() + 1]], float)
    boxes, _ = untransform_boxes(found, None, k, size)
    assert boxes.tolist() == [[5.0, 3.0, 20.0, 10.0]]


@pytest.mark.parametrize("k", [4, 6, 1, 7])
def test_untransform_oriented_boxes_keeps_the_rectangle(k):
    from rasterdl.core.engine.detection_nms import rotated_polygons

    size = 32.0
    box, angle = np.array([[4.0, 6.0, 20.0, 10.0]]), np.array([0.3])
    corners = np.asarray(rotated_polygons(box, angle)[0].exterior.coords)

    def forward(x, y):
        if k >= 4:
            x = size - x
        for _ in range(k % 4):
            x, y = y, size - x
        return x, y

    moved = np.stack(forward(corners[:, 0], corners[:, 1]), axis=1)
    centre = moved[:4].mean(axis=0)
    direction = moved[1] - moved[0]
    moved_angle = np.arctan2(direction[1], direction[0])
    moved_box = np.array([[centre[0] - 8, centre[1] - 2, centre[0] + 8, centre[1] + 2]])
    back, back_angle = untransform_boxes(moved_box, np.array([moved_angle]), k, int(size))
    original = rotated_polygons(box, angle)[0]
    restored = rotated_polygons(back, back_angle)[0]
    assert original.symmetric_difference(restored).area == pytest.approx(0.0, abs=1e-9)


def test_ownership_intervals_split_the_overlaps():
    low, high = ownership_bounds((-16, 16, 48, 80), 64)
    assert low.tolist() == [-np.inf, 32.0, 64.0, 96.0]
    assert high.tolist() == [32.0, 64.0, 96.0, np.inf]
    low, high = ownership_bounds((-16, 16, 36), 64)  # the last tile moved back: the overlap is split
    assert low.tolist()[1:] == [32.0, 58.0]
    low, high = ownership_bounds((-16, 16, 36), 64, tolerance=8.0)
    assert low.tolist() == [-np.inf, 24.0, 50.0] and high.tolist() == [40.0, 66.0, np.inf]


class SpyReader(ArrayReader):
    """Records every window read."""

    def __init__(self, data, windows=None, **kwargs):
        super().__init__(data, **kwargs)
        self.windows = windows if windows is not None else []

    def clone(self):
        return SpyReader(self.data, self.windows, counter=self.reads)

    def read(self, x, y, w, h):
        self.windows.append((x, y, w, h))
        return super().read(x, y, w, h)


def test_a_tall_raster_is_streamed_tile_row_by_tile_row(models):
    height = 4096
    squares = [(24, y, (y // 512) % 2) for y in range(40, height - 16, 512)]
    reader = SpyReader(raster(64, height, squares))
    definition = define(models, "ultralytics")
    inner = models["ultralytics"][1]
    lead = []

    class CountingSession:
        session_run_seconds = 0.0
        outputs = inner.outputs

        def __init__(self):
            self.runs = 0

        def run(self, batch):
            lead.append(len(reader.windows) - self.runs)
            self.runs += 1
            return inner.run(batch)

    args = arguments(definition, batch_size=2)  # one tile row (2 tiles) per batch
    detections = detect_objects(reader, CountingSession(), definition, args, Progress())
    assert rows(detections) == expected(squares)
    assert {window[3] for window in reader.windows} == {TILE}
    assert {window[2] for window in reader.windows} == {96}
    assert len(reader.windows) == len(set(reader.windows)) == height // 32
    assert max(lead) <= QUEUE_DEPTH + 3  # the reader never runs far ahead of the model


def test_cancellation_stops_every_thread(models):
    definition = define(models, "ultralytics")
    reader = ArrayReader(raster(64, 4096, []))
    progress = Progress(cancel_after=3)
    with pytest.raises(Cancelled):
        detect_objects(reader, models["ultralytics"][1], definition, arguments(definition), progress)
    assert not [thread for thread in threading.enumerate() if thread.name.startswith("rasterdl-")]


def test_reader_errors_propagate(models):
    definition = define(models, "ultralytics")
    reader = ArrayReader(raster(64, 1024, []), fail_at=2)
    with pytest.raises(OSError, match="disk error"):
        detect_objects(reader, models["ultralytics"][1], definition, arguments(definition), Progress())
    assert not [thread for thread in threading.enumerate() if thread.name.startswith("rasterdl-")]


def test_progress_reaches_100(models):
    definition = define(models, "ultralytics")
    progress = Progress()
    reader = ArrayReader(raster(128, 256, SEAM_SQUARES))
    detect_objects(reader, models["ultralytics"][1], definition, arguments(definition), progress)
    assert progress.values == sorted(progress.values) and progress.values[-1] == 100.0


def test_a_pixel_classification_model_is_refused(models):
    data = {"ModelType": "ImageClassification", "ModelFile": str(models["pixel"][0]), "ImageHeight": TILE}
    definition = load_model_definition(json.dumps(data))
    args = arguments(define(models, "ultralytics"))
    with pytest.raises(ModelDefinitionError, match="object detection model"):
        detect_objects(ArrayReader(raster(64, 64, [])), models["pixel"][1], definition, args, Progress())


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"padding": -1}, "padding must be 0 or more"),
        ({"padding": 32}, "larger than twice the padding"),
        ({"threshold": 1.5}, "threshold must be between 0 and 1"),
        ({"nms_overlap": -0.1}, "nms_overlap must be between 0 and 1"),
        ({"batch_size": 0}, "batch size must be between"),
    ],
)
def test_argument_checks(models, overrides, message):
    with pytest.raises(ModelInputError, match=message):
        arguments(define(models, "ultralytics"), **overrides)


def test_argument_defaults_come_from_the_definition(models):
    definition = define(models, "ultralytics", Threshold=0.3, BatchSize=2)
    args = detection_arguments(parse_model_arguments({}, definition.argument_defaults), definition)
    assert (args.threshold, args.nms_overlap, args.batch_size, args.tile_size) == (0.3, 0.1, 2, TILE)
    assert args.exclude_pad_detections and not args.test_time_augmentation
    fixed = define(models, "unbatched")
    with pytest.raises(ModelInputError, match="Set tile_size to 64"):
        arguments(fixed, tile_size=128, padding=0)
