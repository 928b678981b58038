"""Models made elsewhere, read unchanged: Ultralytics exports, Deepness metadata, several outputs,
independent probabilities and graphs that only run at batch 1 (issue 14)."""

from __future__ import annotations

import numpy as np
import pytest
from rasterdl.core.engine.detection_decode import decode_end2end, make_decoder
from rasterdl.core.engine.pixel_classifier import expected_output_rule, output_classes
from rasterdl.core.errors import ModelDefinitionError, ModelInputError
from rasterdl.core.model.arguments import pixel_arguments
from rasterdl.core.model.definition import ClassInfo, ModelType, Normalization
from rasterdl.core.model.loader import load_model_definition
from rasterdl.core.model.output_selection import OutputSession, select_output
from rasterdl.core.model.runtime import OnnxSession

from tests.onnx_models import band_sigmoids, dense_detector, mean_brightness_classifier

ULTRALYTICS = {
    "author": "Ultralytics",
    "description": "Ultralytics YOLOv8n model trained on roofs.yaml",
    "stride": "32",
    "batch": "1",
    "names": "{0: 'red roof', 1: 'green roof'}",
}


def ultralytics_meta(**extra: str) -> dict:
    return {**ULTRALYTICS, "task": "detect", "imgsz": "[64, 64]", **extra}


def test_ultralytics_detector_metadata_gives_names_tile_layout_and_defaults(tmp_path):
    path = dense_detector(tmp_path / "yolo.onnx", "ultralytics", metadata=ultralytics_meta(imgsz="[48, 96]"))
    d = load_model_definition(path)
    assert d.model_type is ModelType.OBJECT_DETECTION
    assert d.classes == (ClassInfo(0, "red roof"), ClassInfo(1, "green roof"))
    assert (d.image_height, d.image_width) == (48, 96)
    assert d.detection_format == "ultralytics"
    assert (d.threshold, d.nms_threshold) == (0.25, 0.7)
    assert d.argument_defaults["nms_class_agnostic"] is False
    assert d.normalization == Normalization((0.0,) * 3, (255.0,) * 3, (), (), "standardization")
    assert make_decoder(d).layout == "ultralytics"
    assert {"author", "stride", "batch", "description"} <= set(d.extra)


@pytest.mark.parametrize(
    ("task", "end2end", "layout"),
    [("obb", "False", "ultralytics_obb"), ("detect", "True", "end2end"), ("obb", "True", "end2end_obb")],
)
def test_ultralytics_task_and_end2end_choose_the_layout(tmp_path, task, end2end, layout):
    meta = ultralytics_meta(task=task, end2end=end2end, imgsz="640")
    d = load_model_definition(dense_detector(tmp_path / "m.onnx", "ultralytics", metadata=meta))
    assert (d.image_height, d.image_width) == (640, 640)
    assert make_decoder(d).layout == layout


def test_ultralytics_classifier_is_an_object_classifier_taking_the_top_class(tmp_path):
    meta = {**ULTRALYTICS, "task": "classify", "imgsz": "[32, 32]", "names": "{0: 'dark', 1: 'bright'}"}
    d = load_model_definition(mean_brightness_classifier(tmp_path / "cls.onnx", metadata=meta))
    assert d.model_type is ModelType.OBJECT_CLASSIFICATION
    assert d.classes == (ClassInfo(0, "dark"), ClassInfo(1, "bright"))
    assert (d.image_height, d.image_width) == (32, 32)
    assert d.argument_defaults["score_threshold"] == 0.0


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("names", "__import__('os').system('touch /tmp/rasterdl-pwned')"),
        ("names", "{0: 'a'"),
        ("imgsz", "[0, 64]"),
        ("task", "pose"),
    ],
)
def test_bad_ultralytics_metadata_is_refused_by_key(tmp_path, key, value):
    path = dense_detector(tmp_path / "m.onnx", "ultralytics", metadata=ultralytics_meta(**{key: value}))
    with pytest.raises(ModelDefinitionError, match=f"{key} has the invalid value"):
        load_model_definition(path)


def test_end2end_decoding_reads_boxes_scores_and_classes():
    output = np.array(
        [[[1, 2, 11, 12, 0.9, 1], [5, 5, 9, 9, 0.2, 0], [0, 0, 4, 4, 0.6, 0]]], dtype=np.float32
    )
    found = decode_end2end(output, 0.5, 2)
    np.testing.assert_array_equal(found.boxes, [[1, 2, 11, 12], [0, 0, 4, 4]])
    np.testing.assert_array_equal(found.classes, [1, 0])
    np.testing.assert_allclose(found.scores, [0.9, 0.6])
    oriented = decode_end2end(np.array([[[10, 10, 4, 2, 0.8, 0, 0.5]]], np.float32), 0.5, 1, oriented=True)
    np.testing.assert_array_equal(oriented.boxes, [[8, 9, 12, 11]])
    np.testing.assert_allclose(oriented.angles, [0.5])
    with pytest.raises(ModelDefinitionError, match="class index 3"):
        decode_end2end(np.array([[[0, 0, 1, 1, 0.9, 3]]], np.float32), 0.5, 2)


def test_deepness_list_of_dict_names_and_a_channelless_sigmoid(tmp_path):
    meta = {"model_type": "Segmentor", "class_names": [{"0": "Coffee"}]}
    d = load_model_definition(band_sigmoids(tmp_path / "coffee.onnx", squeeze=True, metadata=meta))
    assert d.classes == (ClassInfo(0, "Coffee"),)
    assert output_classes(d) == (ClassInfo(0, "Background"), ClassInfo(1, "Coffee"))
    assert d.argument_defaults["threshold"] == 0.5
    assert "output_index" not in d.argument_defaults


def test_deepness_segmentor_without_seg_thresh_gets_deepness_threshold_with_many_classes(tmp_path):
    meta = {"model_type": "Segmentor", "class_names": {"0": "bg", "1": "trees", "2": "water"}}
    path = band_sigmoids(tmp_path / "m.onnx", ((0, 0.5), (1, 0.5), (2, 0.5)), metadata=meta)
    assert load_model_definition(path).argument_defaults["threshold"] == 0.5
    bare = band_sigmoids(tmp_path / "bare.onnx", ((0, 0.5), (1, 0.5), (2, 0.5)))
    assert load_model_definition(bare).argument_defaults["threshold"] == 0.0


def test_two_outputs_each_with_its_own_names(tmp_path):
    meta = {"model_type": "Segmentor", "class_names": [{"0": "Coffee"}, {"0": "Road"}]}
    path = band_sigmoids(tmp_path / "two.onnx", second_output=((2, 0.5),), metadata=meta)
    d = load_model_definition(path)
    assert d.argument_defaults["output_index"] == 0
    assert d.output_class_names == ((ClassInfo(0, "Coffee"),), (ClassInfo(0, "Road"),))
    chosen, index = select_output(d, {"output_index": 1})
    assert index == 1 and chosen.outputs[0].name == "second"
    assert output_classes(chosen)[1] == ClassInfo(1, "Road")
    with pytest.raises(ModelInputError, match="output_index is 2 but the model has 2 outputs"):
        select_output(d, {"output_index": 2})
    session = OutputSession(OnnxSession(d.model_file), 1)
    x = np.zeros((1, 3, 4, 4), np.float32)
    x[:, 2] = 1.0
    first, second = session.run(x)
    assert first.shape == (1, 1, 4, 4) and np.all(first > 0.99) and np.all(second < 0.01)


def test_a_graph_fixed_to_batch_one_runs_one_image_at_a_time(tmp_path):
    session = OnnxSession(band_sigmoids(tmp_path / "one.onnx", batch_one=True))
    x = np.random.default_rng(0).random((4, 3, 8, 8), dtype=np.float32)
    (out,) = session.run(x)
    assert out.shape == (4, 1, 8, 8)
    expected = 1 / (1 + np.exp(-20 * (x[:, :1] - 0.5)))
    np.testing.assert_allclose(out, expected, atol=1e-6)
    assert "Reshape" in session.batch_one_reason
    assert session.run(x[:3])[0].shape == (3, 1, 8, 8)


def test_a_model_failing_on_one_image_too_still_raises(tmp_path):
    session = OnnxSession(band_sigmoids(tmp_path / "one.onnx", bands=3))
    with pytest.raises(ModelInputError):
        session.run(np.zeros((2, 4, 8, 8), np.float32))


def test_expected_output_rule_names_sigmoid_and_independent_channels(tmp_path):
    meta = {"model_type": "Segmentor", "class_names": {"0": "bg", "1": "trees", "2": "water"}}
    path = band_sigmoids(tmp_path / "m.onnx", ((0, 0.5), (1, 0.5), (2, 0.5)), metadata=meta)
    d = load_model_definition(path)
    text = expected_output_rule(d, pixel_arguments(d.argument_defaults, d))
    assert "3 independent probability channels, each thresholded at 0.5" in text
    single = load_model_definition(band_sigmoids(tmp_path / "s.onnx"))
    text = expected_output_rule(single, pixel_arguments(single.argument_defaults, single))
    assert text.startswith("1 sigmoid channel, class 1 where its probability reaches 0.5")
