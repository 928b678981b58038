"""The streaming pixel classifier: exact classes, seams, batching, nodata, class rules, TTA, threads."""

import dataclasses
import json
import threading
import time

import numpy as np
import pytest
from rasterdl.core.engine.contracts import Cancelled
from rasterdl.core.engine.pixel_classifier import (
    PROBABILITY_NODATA,
    ClassRule,
    augmentations,
    class_values,
    classify_raster,
    merge,
    nodata_value,
    output_classes,
    output_dtype,
)
from rasterdl.core.engine.tiled_inference import transform, untransform
from rasterdl.core.errors import ModelDefinitionError, ModelInputError
from rasterdl.core.model.arguments import parse_model_arguments, pixel_arguments
from rasterdl.core.model.definition import ClassInfo
from rasterdl.core.model.loader import load_model_definition
from rasterdl.core.model.preprocess import preprocess, softmax
from rasterdl.core.model.runtime import OnnxSession

from tests.core.fakes import ArrayReader, Progress, RecordingWriter, SyntheticReader
from tests.onnx_models import (
    band_threshold_segmenter,
    centre_crop_segmenter,
    column_ramp_model,
    conv_segmenter,
    sigmoid_segmenter,
)

#: How far the test conv net's receptive field reaches (three 3x3 convolutions).
RECEPTIVE = 3


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pixel")
    paths = {
        "threshold": band_threshold_segmenter(folder / "threshold.onnx"),
        "threshold4": band_threshold_segmenter(folder / "threshold4.onnx", bands=4, band=3),
        "conv": conv_segmenter(folder / "conv.onnx"),
        "crop": centre_crop_segmenter(folder / "crop.onnx", crop=8),
        "sigmoid": sigmoid_segmenter(folder / "sigmoid.onnx"),
        "logit": sigmoid_segmenter(folder / "logit.onnx", logits=True),
        "ramp": column_ramp_model(folder / "ramp.onnx", size=32),
    }
    return {name: (path, OnnxSession(path)) for name, path in paths.items()}


def define(models, name, **keys):
    path = models[name][0]
    data = {"ModelType": "ImageClassification", "ModelFile": str(path), "ImageHeight": 64, **keys}
    return load_model_definition(json.dumps(data))


def arguments(definition, **overrides):
    return pixel_arguments(parse_model_arguments(overrides, definition.argument_defaults), definition)


def classify(models, name, definition, data, valid=None, probabilities=True, **overrides):
    """Run the engine over ``data`` in memory; return the writer and the stats."""
    reader = ArrayReader(data, valid)
    writer = RecordingWriter(reader.width, reader.height)
    args = arguments(definition, **overrides)
    stats = classify_raster(reader, models[name][1], definition, args, writer, Progress(), probabilities)
    assert writer.complete
    return writer, stats


def image(shape, seed=0, dtype=np.uint8, high=256):
    return np.random.default_rng(seed).integers(0, high, shape).astype(dtype)


def no_worker_threads():
    return not any(t.name.startswith("rasterdl-") and t.is_alive() for t in threading.enumerate())


def test_band_threshold_gives_exact_classes_as_class_values(models):
    classes = [{"Value": 3, "Name": "land", "Color": [0, 255, 0]}, {"Value": 7, "Name": "water"}]
    definition = define(models, "threshold", ModelPadding=8, Classes=classes)
    data = image((3, 150, 170))
    writer, stats = classify(models, "threshold", definition, data, batch_size=5)
    above = preprocess(data[None], definition)[0, 0] > 0.5
    assert writer.classes.dtype == np.uint8
    np.testing.assert_array_equal(writer.classes, np.where(above, 7, 3))
    np.testing.assert_allclose(writer.probabilities.sum(axis=0), 1.0, atol=1e-6)
    assert writer.probabilities.min() >= 0 and writer.probabilities.max() <= 1
    assert stats.tiles == 4 * 4 and stats.batches == 4 and stats.skipped_tiles == 0
    assert stats.session_seconds > 0 and stats.seconds >= stats.session_seconds
    assert writer.threads == {"rasterdl-write"}


def test_seams_match_a_whole_image_inference(models):
    definition = define(models, "conv", ModelPadding=16)
    data = image((3, 260, 300), seed=1)
    writer, stats = classify(models, "conv", definition, data, threshold=0.0)
    whole = softmax(models["conv"][1].run(preprocess(data[None], definition))[0])[0]
    inner = (slice(None), slice(RECEPTIVE, -RECEPTIVE), slice(RECEPTIVE, -RECEPTIVE))
    np.testing.assert_allclose(writer.probabilities[inner], whole[inner], rtol=0, atol=1e-5)
    np.testing.assert_array_equal(writer.classes[inner[1:]], np.argmax(whole, axis=0)[inner[1:]])
    assert stats.tiles == 10 * 9


@pytest.mark.parametrize("tta", [False, True])
def test_output_does_not_depend_on_the_batch_size(models, tta):
    definition = define(models, "conv", ModelPadding=12)
    data = image((3, 130, 150), seed=2)
    runs = [
        classify(models, "conv", definition, data, batch_size=size, test_time_augmentation=tta)[0]
        for size in ((1, 3, 8) if not tta else (1, 5))
    ]
    for other in runs[1:]:
        assert np.array_equal(runs[0].probabilities, other.probabilities)
        assert np.array_equal(runs[0].classes, other.classes)


def test_rows_are_written_once_in_order(models):
    definition = define(models, "threshold", ModelPadding=10)
    writer, _ = classify(models, "threshold", definition, image((3, 137, 61)), probabilities=False)
    assert writer.probabilities is None
    starts = [y for y, _ in writer.calls]
    assert starts == sorted(starts) and sum(h for _, h in writer.calls) == 137


def test_nodata_and_mask_propagate_and_empty_tiles_are_skipped(models):
    definition = define(models, "threshold", ModelPadding=8)
    data = image((3, 120, 200), seed=3)
    valid = np.random.default_rng(4).random((120, 200)) > 0.1
    valid[:, :100] = False
    writer, stats = classify(models, "threshold", definition, data, valid)
    nodata = nodata_value(definition)
    assert nodata == 255
    np.testing.assert_array_equal(writer.classes == nodata, ~valid)
    assert np.all(writer.probabilities[:, ~valid] == PROBABILITY_NODATA)
    assert np.all(writer.probabilities[:, valid] >= 0)
    above = preprocess(data[None], definition)[0, 0] > 0.5
    np.testing.assert_array_equal(writer.classes[valid], above[valid].astype(np.uint8))
    assert stats.skipped_tiles > 0 and stats.tiles + stats.skipped_tiles == 3 * 5


def test_an_all_nodata_raster_runs_no_tile(models):
    definition = define(models, "threshold", ModelPadding=8)
    valid = np.zeros((70, 90), dtype=bool)
    writer, stats = classify(models, "threshold", definition, image((3, 70, 90)), valid)
    assert stats.tiles == 0 and stats.batches == 0
    assert np.all(writer.classes == 255) and np.all(writer.probabilities == PROBABILITY_NODATA)
    assert writer.probabilities.shape == (2, 70, 90)


def test_predict_background_and_the_multiclass_threshold(models):
    definition = define(models, "conv", ModelPadding=8)
    data = image((3, 90, 100), seed=5)
    free, _ = classify(models, "conv", definition, data, threshold=0.0)
    probs = free.probabilities
    np.testing.assert_array_equal(free.classes, np.argmax(probs, axis=0))
    no_background, _ = classify(models, "conv", definition, data, threshold=0.0, predict_background=False)
    assert not np.any(no_background.classes == 0)
    np.testing.assert_array_equal(no_background.classes, np.argmax(probs[1:], axis=0) + 1)
    strict, _ = classify(models, "conv", definition, data, threshold=0.6)
    low = probs.max(axis=0) < 0.6
    assert low.any() and not low.all()
    np.testing.assert_array_equal(strict.classes, np.where(low, 0, np.argmax(probs, axis=0)))


def test_binary_threshold(models):
    definition = define(models, "threshold", ModelPadding=8)
    data = image((3, 80, 80), seed=6)
    writer, _ = classify(models, "threshold", definition, data, threshold=0.9)
    np.testing.assert_array_equal(writer.classes, (writer.probabilities[1] >= 0.9).astype(np.uint8))
    assert 0 < writer.classes.mean() < 1


@pytest.mark.parametrize("name", ["sigmoid", "logit"])
def test_single_channel_sigmoid_models_give_two_classes(models, name):
    definition = define(models, name, ModelPadding=8, Classes=[{"Value": 5, "Name": "building"}])
    assert class_values(definition) == (0, 5)
    data = image((3, 70, 90), seed=7)
    writer, _ = classify(models, name, definition, data)
    above = preprocess(data[None], definition)[0, 0] > 0.5
    np.testing.assert_array_equal(writer.classes, np.where(above, 5, 0))
    assert writer.probabilities.shape == (2, 70, 90)
    np.testing.assert_allclose(writer.probabilities.sum(axis=0), 1.0, atol=1e-6)


def test_centre_cropped_outputs_cover_the_tile_centre(models):
    definition = define(models, "crop", ModelPadding=8)
    data = image((3, 100, 110), seed=8)
    writer, _ = classify(models, "crop", definition, data)
    above = preprocess(data[None], definition)[0, 0] > 0.5
    np.testing.assert_array_equal(writer.classes, above.astype(np.uint8))
    with pytest.raises(ModelInputError, match="padding to at least 8"):
        classify(models, "crop", definition, data, padding=4)
    assert no_worker_threads()


RAMP = np.linspace(0.0, 1.0, 32, dtype=np.float32)
#: The column ramp seen through the 8 dihedral transforms: along x, y, and both reversed.
RAMPS = (RAMP[None, :], RAMP[:, None], RAMP[None, ::-1], RAMP[::-1, None])


@pytest.mark.parametrize(
    ("space", "policy", "expected"),
    [
        ("PIXEL_SPACE", "mean", np.full((32, 32), 0.5)),
        ("PIXEL_SPACE", "max", np.maximum(RAMP, RAMP[::-1])[None, :].repeat(32, 0)),
        ("PIXEL_SPACE", "min", np.minimum(RAMP, RAMP[::-1])[None, :].repeat(32, 0)),
        ("MAP_SPACE", "mean", np.full((32, 32), 0.5)),
        ("MAP_SPACE", "max", np.maximum.reduce(np.broadcast_arrays(*RAMPS))),
        ("MAP_SPACE", "min", np.minimum.reduce(np.broadcast_arrays(*RAMPS))),
    ],
)
def test_test_time_augmentation_merges(models, space, policy, expected):
    definition = define(models, "ramp", ImageHeight=32, ModelPadding=0, ImageSpaceUsed=space)
    writer, stats = classify(
        models, "ramp", definition, image((3, 32, 32)), test_time_augmentation=True, merge_policy=policy
    )
    np.testing.assert_allclose(writer.probabilities[1], expected, atol=1e-6)
    without, _ = classify(models, "ramp", definition, image((3, 32, 32)))
    np.testing.assert_allclose(without.probabilities[1], RAMP[None, :].repeat(32, 0), atol=1e-7)


def test_dihedral_transforms_invert():
    batch = np.arange(2 * 3 * 4 * 4).reshape(2, 3, 4, 4)
    shapes = {transform(batch, k).tobytes() for k in range(8)}
    assert len(shapes) == 8
    for k in range(8):
        np.testing.assert_array_equal(untransform(transform(batch, k), k), batch)


def test_augmentation_sets_and_merge():
    assert augmentations(dataclasses.make_dataclass("D", ["image_space_used"])("MAP_SPACE"), False) == (0,)
    assert merge([np.float32([1, 4]), np.float32([3, 2])], "mean").tolist() == [2, 3]
    assert merge([np.float32([1, 4]), np.float32([3, 2])], "max").tolist() == [3, 4]
    assert merge([np.float32([1, 4]), np.float32([3, 2])], "min").tolist() == [1, 2]


def test_uint16_multispectral_input_with_normalization_stats(models):
    stats = {"band_min_values": [0] * 5, "band_max_values": [10000] * 5}
    definition = define(
        models, "threshold4", ModelPadding=8, ExtractBands=[1, 2, 3, 4], NormalizationStats=stats
    )
    data = image((5, 90, 70), seed=9, dtype=np.uint16, high=10001)
    data[data == 5000] = 5001
    writer, _ = classify(models, "threshold4", definition, data)
    np.testing.assert_array_equal(writer.classes, (data[4] > 5000).astype(np.uint8))


def test_cancel_stops_quickly_and_raises(models):
    definition = define(models, "threshold", ModelPadding=16)
    reader = SyntheticReader(2000, 2000)
    counter = []
    writer = RecordingWriter(2000, 2000, keep=False)
    progress = Progress(cancel_after=3, on_check=lambda: counter.append(time.perf_counter()))
    start = time.perf_counter()
    with pytest.raises(Cancelled):
        classify_raster(
            reader, models["threshold"][1], definition, arguments(definition), writer, progress, False
        )
    assert time.perf_counter() - start < 3
    assert progress.checks == 4 and writer.next_row < 2000
    assert no_worker_threads()


def test_cancel_is_seen_while_waiting_for_a_slow_reader(models):
    class SlowReader(ArrayReader):
        def clone(self):
            return SlowReader(self.data, self.valid, self.fail_at, self.reads)

        def read(self, x, y, w, h):
            time.sleep(0.5)
            return super().read(x, y, w, h)

    definition = define(models, "threshold", ModelPadding=8)
    progress = Progress(cancel_after=2)
    start = time.perf_counter()
    with pytest.raises(Cancelled):
        classify_raster(
            SlowReader(image((3, 400, 50))), models["threshold"][1], definition, arguments(definition),
            RecordingWriter(50, 400), progress, False,
        )  # fmt: skip
    assert time.perf_counter() - start < 1.5
    assert no_worker_threads()


def test_reader_errors_propagate(models):
    definition = define(models, "threshold", ModelPadding=8)
    reader = ArrayReader(image((3, 300, 100)), fail_at=3)
    writer = RecordingWriter(100, 300)
    with pytest.raises(OSError, match="disk error"):
        classify_raster(
            reader, models["threshold"][1], definition, arguments(definition), writer, Progress(), False
        )
    assert no_worker_threads()


def test_writer_errors_propagate(models):
    class BrokenWriter(RecordingWriter):
        def write(self, y, classes, probabilities):
            raise PermissionError("cannot write")

    definition = define(models, "threshold", ModelPadding=8)
    with pytest.raises(PermissionError, match="cannot write"):
        classify_raster(
            ArrayReader(image((3, 300, 100))), models["threshold"][1], definition, arguments(definition),
            BrokenWriter(100, 300), Progress(), False,
        )  # fmt: skip
    assert no_worker_threads()


def test_memory_depends_on_width_and_tile_only(models):
    definition = define(models, "threshold", ModelPadding=16)
    args = arguments(definition, batch_size=16)
    results = {}
    for height in (300, 5000):
        writer = RecordingWriter(100, height, keep=False)
        stats = classify_raster(
            SyntheticReader(100, height), models["threshold"][1], definition, args, writer, Progress(), False
        )
        assert writer.complete
        results[height] = stats.accumulator_bytes
    assert results[300] == results[5000]
    assert results[5000] < 2 * 2 * 64 * (100 + 64 + 32) * 4


def test_input_problems_are_reported_before_work(models):
    definition = define(models, "threshold", ModelPadding=8)
    with pytest.raises(ModelInputError, match="bands"):
        classify(models, "threshold", definition, image((2, 40, 40)))
    detector = dataclasses.replace(definition, model_type=type(definition.model_type)("ObjectDetection"))
    with pytest.raises(ModelDefinitionError, match="object detection"):
        classify(models, "threshold", detector, image((3, 40, 40)))
    three = dataclasses.replace(definition, classes=tuple(ClassInfo(v, str(v)) for v in (0, 1, 2)))
    with pytest.raises(ModelDefinitionError, match="outputs 2 class channels"):
        classify(models, "threshold", three, image((3, 40, 40)))


@pytest.mark.parametrize(
    ("values", "dtype", "nodata"),
    [
        ((0, 1, 2), np.uint8, 255),
        ((0, 255), np.uint16, 65535),
        ((1, 300), np.uint16, 65535),
        ((0, 65535), np.int32, 2**31 - 1),
        ((-5, 3), np.int16, 32767),
        ((0, 70000), np.int32, 2**31 - 1),
    ],
)
def test_output_type_and_nodata(models, values, dtype, nodata):
    definition = define(models, "conv")
    definition = dataclasses.replace(
        definition,
        classes=tuple(ClassInfo(v, str(v)) for v in values),
        outputs=(dataclasses.replace(definition.outputs[0], shape=(None, len(values), None, None)),),
    )
    assert output_dtype(definition) == np.dtype(dtype).name
    assert nodata_value(definition) == nodata


def test_output_classes_of_sigmoid_and_unnamed_models(models):
    definition = define(models, "sigmoid")
    assert [c.value for c in output_classes(definition)] == [0, 1]
    assert [c.value for c in output_classes(define(models, "conv"))] == [0, 1, 2]
    unnamed = dataclasses.replace(define(models, "conv"), classes=())
    assert [c.value for c in output_classes(unnamed, channels=5)] == [0, 1, 2, 3, 4]
    with pytest.raises(ModelDefinitionError, match="outputs 5 class channels"):
        output_classes(define(models, "conv"), channels=5)


def rule(values=(0, 1, 2), background=0, predict_background=True, threshold=0.0):
    return ClassRule(np.asarray(values, np.uint8), 255, background, predict_background, threshold)


def test_class_rule_on_hand_made_probabilities():
    probs = np.float32([[[0.5, 0.1, 0.2]], [[0.3, 0.5, 0.2]], [[0.2, 0.4, 0.6]]])
    valid = np.array([[True, True, False]])
    assert rule().classify(probs, True).tolist() == [[0, 1, 2]]
    assert rule().classify(probs, valid).tolist() == [[0, 1, 255]]
    assert rule().classify(probs, False).tolist() == [[255, 255, 255]]
    assert rule(predict_background=False).classify(probs, True).tolist() == [[1, 1, 2]]
    assert rule(threshold=0.55).classify(probs, True).tolist() == [[0, 0, 2]]
    assert rule(threshold=0.55, predict_background=False).classify(probs, True).tolist() == [[255, 255, 2]]
    assert rule((4, 5, 6), None, threshold=0.55).classify(probs, True).tolist() == [[255, 255, 6]]
    binary = np.float32([[[0.7, 0.4, 0.2]], [[0.3, 0.6, 0.8]]])
    assert rule((0, 9), threshold=0.5).classify(binary, True).tolist() == [[0, 9, 9]]
    assert rule((0, 9), threshold=0.7).classify(binary, True).tolist() == [[0, 0, 9]]
    no_background = rule((0, 9), threshold=0.7, predict_background=False)
    assert no_background.classify(binary, True).tolist() == [[255, 255, 9]]
    assert rule((3, 9), None, threshold=0.7).classify(binary, True).tolist() == [[3, 3, 9]]


# --------------------------------------------------------------------------- vertical strips


@pytest.mark.parametrize(("tile", "padding"), [(64, 16), (32, 8), (64, 0)])
def test_strips_tile_the_width_with_the_whole_grids_tiles(tile, padding):
    from rasterdl.core.engine.pixel_classifier import STRIP_ALIGN, strip_windows
    from rasterdl.core.engine.tiling import tile_origins

    width = 3000
    strips = strip_windows(width, tile, padding, strip_width=1024)
    assert len(strips) > 1
    assert [s[2] for s in strips][0] == 0 and strips[-1][3] == width
    assert all(a[3] == b[2] for a, b in zip(strips, strips[1:]))
    whole = tile_origins(width, tile, padding)
    for view_x, view_width, out_x0, out_x1 in strips:
        assert out_x0 % STRIP_ALIGN == 0 and view_x <= out_x0 and out_x1 <= view_x + view_width
        view = [view_x + x for x in tile_origins(view_width, tile, padding)]
        reaching = [x for x in whole if x + tile > out_x0 and x < out_x1]
        assert set(reaching) <= set(view) <= set(whole)


def test_narrow_rasters_are_one_strip():
    from rasterdl.core.engine.pixel_classifier import strip_windows

    assert strip_windows(8192, 256, 32) == [(0, 8192, 0, 8192)]
    assert strip_windows(1000, 64, 16, strip_width=100) == [(0, 1000, 0, 1000)]  # core 32: step 256 > 100


@pytest.mark.parametrize("tta", [False, True])
def test_classifying_in_strips_gives_the_whole_raster_result(models, tta):
    """A fully convolutional model blended over tiles: the same classes and probabilities in strips."""
    definition = define(models, "conv")
    data = image((3, 90, 1300), seed=5)
    valid = np.ones((90, 1300), dtype=bool)
    valid[10:20, 500:700] = False
    args = arguments(definition, tile_size=64, padding=16, test_time_augmentation=tta)
    results = []
    for strip_width in (10_000, 512):
        reader = ArrayReader(data, valid)
        writer = RecordingWriter(reader.width, reader.height)
        session = models["conv"][1]
        stats = classify_raster(reader, session, definition, args, writer, Progress(), True, strip_width)
        assert writer.complete
        results.append((writer, stats))
    (whole, whole_stats), (strips, strip_stats) = results
    assert whole_stats.strips == 1 and strip_stats.strips == len(strips.strips) > 1
    np.testing.assert_array_equal(strips.classes, whole.classes)
    np.testing.assert_allclose(strips.probabilities, whole.probabilities, atol=1e-6)


def test_classes_from_blended_logits_match_the_probability_path(models):
    """Without a probability raster the argmax runs on blended logits; negative ones must not count as
    'below the threshold'."""
    definition = define(models, "conv", ModelPadding=16)
    data = image((3, 200, 230), seed=7)
    logits = models["conv"][1].run(preprocess(data[None], definition))[0][0]
    assert (logits.max(axis=0) < 0).any()
    fast, _ = classify(models, "conv", definition, data, probabilities=False, threshold=0.0)
    full, _ = classify(models, "conv", definition, data, probabilities=True, threshold=0.0)
    assert fast.probabilities is None
    np.testing.assert_array_equal(fast.classes, full.classes)
    inner = (slice(RECEPTIVE, -RECEPTIVE), slice(RECEPTIVE, -RECEPTIVE))
    np.testing.assert_array_equal(fast.classes[inner], np.argmax(logits, axis=0)[inner])


@pytest.mark.parametrize("classes", [3, 5, 12])
def test_class_rule_argmax_takes_the_first_of_tied_classes(classes):
    """Like np.argmax: on ties the lowest class wins (scores drawn from few levels to force ties)."""
    scores = np.random.default_rng(classes).integers(-2, 3, (classes, 40, 50)).astype(np.float32)
    values = np.arange(10, 10 + classes, dtype=np.uint8)
    rule = ClassRule(values, 255, None, True, 0.0)
    np.testing.assert_array_equal(rule.classify(scores, True), values[np.argmax(scores, axis=0)])
    without_first = ClassRule(values, 255, 0, False, 0.0).classify(scores, True)
    np.testing.assert_array_equal(without_first, values[1 + np.argmax(scores[1:], axis=0)])
