"""Object classification: chip planning, exact labels, crops, blackening, thresholds, order, threads."""

import json
import threading

import cv2
import numpy as np
import pytest
from rasterdl.core.engine import object_classifier
from rasterdl.core.engine.contracts import Cancelled
from rasterdl.core.engine.object_classifier import (
    classify_objects,
    inside_masks,
    plan_chip,
    processing_order,
)
from rasterdl.core.errors import ModelDefinitionError, ModelInputError
from rasterdl.core.export.chip_labels import blacken_outside
from rasterdl.core.export.rasterize import rasterize
from rasterdl.core.model.arguments import object_arguments
from rasterdl.core.model.loader import load_model_definition
from rasterdl.core.model.runtime import OnnxSession
from shapely.geometry import LineString, MultiPoint, Point, Polygon, box

from tests.core.fakes import ArrayReader, Progress
from tests.onnx_models import band_threshold_segmenter, mean_brightness_classifier

SIZE = 16
#: Column bands of the labelled raster: (x0, x1, value); the model sees value / 255.
REGIONS = ((0, 40, 40), (40, 80, 115), (80, 120, 220), (120, 160, 79))
CLASSES = [{"Value": 1, "Name": "Dark"}, {"Value": 2, "Name": "Medium"}, {"Value": 3, "Name": "Bright"}]
STATS = {
    "band_min_values": [0, 0, 0],
    "band_max_values": [255, 255, 255],
    "scaled_mean_values": [0, 0, 0],
    "scaled_std_values": [1, 1, 1],
}


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    folder = tmp_path_factory.mktemp("objects")
    paths = {
        "brightness": mean_brightness_classifier(folder / "brightness.onnx", thresholds=(0.3, 0.6)),
        "single": mean_brightness_classifier(folder / "single.onnx", thresholds=()),
        "pixel": band_threshold_segmenter(folder / "pixel.onnx"),
    }
    return {name: (path, OnnxSession(path)) for name, path in paths.items()}


def define(models, name="brightness", **keys):
    data = {
        "ModelType": "ObjectClassification",
        "ModelFile": str(models[name][0]),
        "ImageHeight": SIZE,
        "ImageWidth": SIZE,
        "NormalizationStats": STATS,
        "Classes": CLASSES,
        **keys,
    }
    return load_model_definition(json.dumps(data))


def arguments(definition, **overrides):
    return object_arguments({**definition.argument_defaults, **overrides}, definition)


def labelled_raster(height=96):
    data = np.zeros((3, height, 160), dtype=np.uint8)
    for x0, x1, value in REGIONS:
        data[:, :, x0:x1] = value
    return data


def textured_raster(seed=0):
    return np.random.default_rng(seed).integers(0, 256, (3, 64, 64)).astype(np.uint8)


class RecordingSession:
    """An OnnxSession stand-in that keeps a copy of every batch it runs."""

    def __init__(self, session):
        self.inner = session
        self.batches = []

    @property
    def session_run_seconds(self):
        return self.inner.session_run_seconds

    def run(self, batch):
        self.batches.append(np.array(batch))
        return self.inner.run(batch)

    @property
    def chips(self):
        return np.concatenate(self.batches)


class RecordingReader(ArrayReader):
    """An ArrayReader whose clones record the windows read, in order, into one shared list."""

    def __init__(self, data, windows=None, **kwargs):
        super().__init__(data, **kwargs)
        self.windows = windows if windows is not None else []

    def clone(self):
        return RecordingReader(
            self.data, self.windows, valid=self.valid, fail_at=self.fail_at, counter=self.reads
        )

    def read(self, x, y, w, h):
        self.windows.append((x, y, w, h))
        return super().read(x, y, w, h)


def run(models, definition, items, data=None, name="brightness", progress=None, **overrides):
    reader = RecordingReader(labelled_raster() if data is None else data)
    session = RecordingSession(models[name][1])
    results = classify_objects(
        reader, session, definition, arguments(definition, **overrides), items, progress or Progress()
    )
    return results, session, reader


def labels(results):
    return [result.class_name for result in results]


# --------------------------------------------------------------------------- arguments and planning


def test_object_arguments_defaults_and_checks(models):
    definition = define(models, Threshold=0.7)
    args = arguments(definition)
    assert (args.batch_size, args.test_time_augmentation, args.score_threshold) == (
        definition.batch_size,
        False,
        0.7,
    )
    with pytest.raises(ModelInputError, match="batch size"):
        arguments(definition, batch_size=0)
    with pytest.raises(ModelInputError, match="score_threshold"):
        arguments(definition, score_threshold=1.5)


def test_plan_fixed_window_centred_and_not_clamped(models):
    definition = define(models)
    plan = plan_chip(Point(50, 30), definition, 160, 96)
    assert plan.window == (42, 22, SIZE, SIZE) and not plan.resize
    near_edge = plan_chip(Point(2, 3), definition, 160, 96)
    assert near_edge.window == (-6, -5, SIZE, SIZE)
    polygon = plan_chip(box(10, 20, 14, 30), definition, 160, 96)
    assert polygon.window == (4, 17, SIZE, SIZE)
    assert polygon.geometry.equals(box(6, 3, 10, 13))


def test_plan_bounding_box_for_lines_and_unfixed_polygons(models):
    definition = define(models, CropSizeFixed=0)
    plan = plan_chip(box(10.5, 20.2, 30.5, 25.0), definition, 160, 96)
    assert plan.window == (10, 20, 21, 5) and plan.resize
    padded = plan_chip(box(10.5, 20.2, 30.5, 25.0), definition, 160, 96, pad=2)
    assert padded.window == (8, 18, 25, 9)
    vertical = plan_chip(LineString([(7, 3), (7, 9)]), define(models), 160, 96)
    assert vertical.window == (7, 3, 1, 6)
    clipped = plan_chip(LineString([(150, 90), (170, 100)]), define(models), 160, 96)
    assert clipped.window == (150, 90, 10, 6)
    points = plan_chip(MultiPoint([(20, 20), (30, 40)]), definition, 160, 96)
    assert points.window == (17, 22, SIZE, SIZE)


def test_plan_outside_and_whole_image(models):
    definition = define(models)
    assert plan_chip(box(200, 10, 210, 20), definition, 160, 96) is None
    assert plan_chip(Point(-3, 10), definition, 160, 96) is None
    assert plan_chip(Polygon(), definition, 160, 96) is None
    corner = Polygon([(-10, -10), (3, -10), (-10, 3)])  # its box reaches into the raster, the shape does not
    assert plan_chip(corner, definition, 160, 96) is None
    whole = plan_chip(None, definition, 160, 96)
    assert whole.window == (0, 0, 160, 96) and whole.resize and whole.geometry is None


# --------------------------------------------------------------------------- labels


def test_exact_labels_for_polygons_points_and_lines(models):
    definition = define(models)
    items = [
        (0, box(10, 10, 20, 20)),
        (1, Point(60, 50)),
        (2, LineString([(85, 5), (115, 60)])),
        (3, box(130, 40, 150, 60)),
        (4, Point(20, 80)),
        (5, LineString([(45, 70), (75, 90)])),
    ]
    results, _, _ = run(models, definition, items, batch_size=8)
    assert [r.feature_index for r in results] == list(range(6))
    assert labels(results) == ["Dark", "Medium", "Bright", "Medium", "Dark", "Medium"]
    assert [r.class_value for r in results] == [1, 2, 3, 2, 1, 2]
    assert not any(r.outside for r in results)
    assert all(0.7 < r.confidence <= 1.0 for r in results)
    stats = results.stats
    assert (stats.chips, stats.outside, stats.batches) == (6, 0, 1)
    assert stats.session_seconds > 0


def test_fixed_crop_reads_the_centred_window(models):
    data = textured_raster()
    items = [(0, box(20, 24, 26, 28)), (1, Point(3, 60))]
    results, session, reader = run(models, define(models), items, data=data)
    assert sorted(reader.windows) == sorted([(15, 18, SIZE, SIZE), (-5, 52, SIZE, SIZE)])
    order = [reader.windows.index(w) for w in ((15, 18, SIZE, SIZE), (-5, 52, SIZE, SIZE))]
    chips = session.chips[order]
    np.testing.assert_allclose(chips[0], data[:, 18:34, 15:31] / 255.0, rtol=0, atol=1e-6)
    expected = np.zeros((3, SIZE, SIZE))
    expected[:, :12, 5:] = data[:, 52:64, 0:11] / 255.0
    np.testing.assert_allclose(chips[1], expected, rtol=0, atol=1e-6)


def test_bounding_box_crop_is_resized_bilinearly(models):
    data = textured_raster(1)
    definition = define(models, CropSizeFixed=0)
    results, session, reader = run(models, definition, [(7, box(10.2, 5.5, 33.9, 12.0))], data=data)
    assert reader.windows == [(10, 5, 24, 7)]
    window = np.moveaxis(data[:, 5:12, 10:34].astype(np.float32), 0, -1)
    expected = np.moveaxis(cv2.resize(window, (SIZE, SIZE), interpolation=cv2.INTER_LINEAR), -1, 0) / 255.0
    np.testing.assert_allclose(session.chips[0], expected, rtol=0, atol=1e-5)


def test_whole_image_is_resized_to_the_model(models):
    data = labelled_raster()
    data[:, :, :] = 220
    results, session, reader = run(models, define(models), [(0, None)], data=data)
    assert reader.windows == [(0, 0, 160, 96)]
    assert session.chips.shape == (1, 3, SIZE, SIZE)
    assert labels(results) == ["Bright"]


def test_blackening_zeroes_pixels_outside_the_polygon(models):
    triangle = Polygon([(84, 10), (100, 10), (84, 26)])
    plain, plain_session, _ = run(models, define(models), [(0, triangle)])
    black, black_session, _ = run(models, define(models, BlackenAroundFeature=1), [(0, triangle)])
    inside = rasterize([(Polygon([(0, 0), (16, 0), (0, 16)]), 1)], (SIZE, SIZE)).astype(bool)
    assert 0 < inside.sum() < SIZE * SIZE
    chip = black_session.chips[0]
    assert np.all(chip[:, ~inside] == 0)
    np.testing.assert_allclose(chip[:, inside], 220 / 255.0, atol=1e-6)
    assert np.all(plain_session.chips[0] > 0)
    assert labels(plain) == ["Bright"] and labels(black) == ["Medium"]


@pytest.mark.parametrize("grid_pixels", [1, 1 << 22])
def test_batched_masks_match_blacken_outside(models, monkeypatch, grid_pixels):
    monkeypatch.setattr(object_classifier, "MASK_GRID_PIXELS", grid_pixels)
    rng = np.random.default_rng(11)
    shapes = [box(30, 30, 80, 70), Polygon([(5, 5), (60, 12), (20, 50)]), Point(40, 40).buffer(25)]
    shapes += [Point(*rng.uniform(10, 80, 2)).buffer(rng.uniform(2, 30), quad_segs=3) for _ in range(12)]
    plans = [plan_chip(shape, define(models, BlackenAroundFeature=1), 100, 100) for shape in shapes]
    plans += [
        plan_chip(shape, define(models, BlackenAroundFeature=1, CropSizeFixed=0), 100, 100)
        for shape in shapes
    ]
    ones = np.ones((1, 100, 100), dtype=np.uint8)
    for plan, mask in zip(plans, inside_masks(plans)):
        expected = blacken_outside(ones[:, : plan.h, : plan.w], plan.geometry)[0].astype(bool)
        np.testing.assert_array_equal(mask, expected)


def test_blackening_leaves_points_and_lines_alone(models):
    definition = define(models, BlackenAroundFeature=1)
    items = [(0, Point(100, 50)), (1, LineString([(85, 5), (115, 60)]))]
    results, session, _ = run(models, definition, items)
    np.testing.assert_allclose(session.chips, 220 / 255.0, atol=1e-6)
    assert labels(results) == ["Bright", "Bright"]


def test_score_threshold_keeps_confidence_without_label(models):
    definition = define(models)
    items = [(0, box(130, 40, 150, 60)), (1, box(90, 40, 110, 60))]
    low, _, _ = run(models, definition, items, score_threshold=0.8)
    high, _, _ = run(models, definition, items, score_threshold=0.5)
    assert labels(high) == ["Medium", "Bright"]
    assert low[0].class_name is None and low[0].class_value is None
    assert low[0].confidence == pytest.approx(high[0].confidence)
    m = 79 / 255
    expected = 1 / (
        1 + np.exp(-50 * (abs(m - 0.15) - abs(m - 0.45))) + np.exp(-50 * (abs(m - 0.8) - abs(m - 0.45)))
    )
    assert low[0].confidence == pytest.approx(expected, rel=1e-4)
    assert 0.5 < low[0].confidence < 0.8
    assert low[1].class_name == "Bright"


def test_features_outside_the_raster(models):
    items = [(0, box(200, 10, 210, 20)), (1, Point(60, 50)), (2, Point(-40, 10)), (3, Polygon())]
    results, _, reader = run(models, define(models), items)
    assert [r.outside for r in results] == [True, False, True, True]
    assert [r.class_value for r in results] == [None, 2, None, None]
    assert [r.confidence for r in results] == [None, pytest.approx(results[1].confidence), None, None]
    assert len(reader.windows) == 1
    assert (results.stats.chips, results.stats.outside) == (1, 3)


def test_all_outside_and_empty_run_no_model(models):
    results, session, _ = run(models, define(models), [(5, Point(-100, -100))])
    assert results[0].outside and session.batches == []
    empty, _, _ = run(models, define(models), [])
    assert list(empty) == [] and empty.stats.chips == 0


# --------------------------------------------------------------------------- batching and order


def random_items(count=23, seed=3):
    rng = np.random.default_rng(seed)
    items = []
    for i in range(count):
        x, y = rng.uniform(-5, 165), rng.uniform(-5, 100)
        kind = i % 3
        if kind == 0:
            geometry = Point(x, y)
        elif kind == 1:
            geometry = box(x, y, x + rng.uniform(1, 20), y + rng.uniform(1, 20))
        else:
            geometry = LineString([(x, y), (x + rng.uniform(-20, 20), y + rng.uniform(-20, 20))])
        items.append((1000 - 7 * i, geometry))
    return items


@pytest.mark.parametrize("crop_fixed", [1, 0])
def test_batch_size_does_not_change_results(models, crop_fixed):
    definition = define(models, CropSizeFixed=crop_fixed)
    items = random_items()
    runs = {size: run(models, definition, items, batch_size=size)[0] for size in (1, 3, 7)}
    reference = runs[1]
    for size, results in runs.items():
        assert [(r.feature_index, r.class_value, r.outside) for r in results] == [
            (r.feature_index, r.class_value, r.outside) for r in reference
        ]
        np.testing.assert_allclose(
            [r.confidence or -1 for r in results], [r.confidence or -1 for r in reference], atol=1e-6
        )
        assert results.stats.batches == -(-results.stats.chips // size)


def test_input_order_kept_while_reading_by_location(models):
    definition = define(models)
    items = random_items(30, seed=5)
    results, _, reader = run(models, definition, items, batch_size=4)
    assert [r.feature_index for r in results] == [index for index, _ in items]
    plans = [plan_chip(geometry, definition, 160, 96) for _, geometry in items]
    inside = [plan for plan in plans if plan is not None]
    expected = [inside[i].window for i in processing_order(inside, 512).tolist()]
    assert reader.windows == expected
    assert reader.windows != [plan.window for plan in inside]


def test_processing_order_is_serpentine_by_strip():
    windows = [(90, 10, 16, 16), (10, 10, 16, 16), (50, 600, 16, 16), (10, 600, 16, 16), (90, 600, 16, 16)]

    class Window:
        def __init__(self, window):
            self.window = window

    order = processing_order([Window(w) for w in windows], 512)
    assert order.tolist() == [1, 0, 4, 2, 3]


# --------------------------------------------------------------------------- outputs and classes


def test_unlisted_background_channel(models):
    definition = define(models, Classes=CLASSES[1:])
    items = [(0, Point(20, 50)), (1, Point(60, 50)), (2, Point(100, 50))]
    results, _, _ = run(models, definition, items)
    assert [r.class_value for r in results] == [0, 2, 3]
    assert labels(results) == ["Background", "Medium", "Bright"]


def test_class_count_mismatch_is_a_definition_error(models):
    classes = [*CLASSES, {"Value": 4, "Name": "Glare"}, {"Value": 5, "Name": "Snow"}]
    with pytest.raises(ModelDefinitionError, match="lists 5 classes"):
        run(models, define(models, Classes=classes), [(0, Point(20, 50))])


def test_single_logit_output_is_a_sigmoid_over_two_classes(models):
    two = [{"Value": 1, "Name": "Far"}, {"Value": 2, "Name": "Near"}]
    definition = define(models, "single", Classes=two)
    results, _, _ = run(models, definition, [(0, Point(60, 50)), (1, Point(20, 50))], name="single")
    assert [r.class_value for r in results] == [1, 1]
    p = 1 / (1 + np.exp(50 * abs(115 / 255 - 0.5)))
    assert results[0].confidence == pytest.approx(1 - p, rel=1e-5)


@pytest.mark.parametrize(("space", "runs"), [("MAP_SPACE", 8), ("PIXEL_SPACE", 2)])
def test_test_time_augmentation_runs_each_transform(models, space, runs):
    definition = define(models, ImageSpaceUsed=space)
    items = [(0, Point(20, 50)), (1, Point(100, 50))]
    plain, _, _ = run(models, definition, items)
    results, session, _ = run(models, definition, items, test_time_augmentation=True)
    assert len(session.batches) == runs
    assert labels(results) == labels(plain) == ["Dark", "Bright"]
    assert [r.confidence for r in results] == pytest.approx([r.confidence for r in plain])


def test_wrong_model_type_and_band_mismatch(models):
    pixel = load_model_definition(
        json.dumps({"ModelType": "ImageClassification", "ModelFile": str(models["pixel"][0])})
    )
    with pytest.raises(ModelDefinitionError, match="object classification"):
        run(models, pixel, [(0, Point(20, 50))])
    with pytest.raises(ModelInputError, match="bands"):
        run(models, define(models), [(0, Point(20, 50))], data=labelled_raster()[:2])


# --------------------------------------------------------------------------- cancellation and failures


def reader_threads():
    return [t for t in threading.enumerate() if t.name == "rasterdl-object-read"]


def test_cancel_stops_the_reader(models):
    with pytest.raises(Cancelled):
        run(models, define(models), random_items(40), progress=Progress(cancel_after=2), batch_size=1)
    assert reader_threads() == []


def test_reader_exception_propagates(models):
    definition = define(models)
    reader = ArrayReader(labelled_raster(), fail_at=3)
    session = RecordingSession(models["brightness"][1])
    with pytest.raises(OSError, match="disk error"):
        classify_objects(
            reader, session, definition, arguments(definition, batch_size=2), random_items(), Progress()
        )
    assert reader_threads() == []
