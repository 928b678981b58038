"""Esri's inference rules on .emd files shaped as arcgis.learn 2.4.4 writes them: the predict_background
default, ignore_mapped_class, backend, and the keys read but ignored."""

from __future__ import annotations

import json

import numpy as np
import pytest
from rasterdl.core.engine.pixel_classifier import ClassRule, class_rule, classify_raster
from rasterdl.core.errors import ModelDefinitionError, ModelInputError
from rasterdl.core.model.arguments import parse_model_arguments, pixel_arguments
from rasterdl.core.model.definition import ClassInfo
from rasterdl.core.model.esri_inference import (
    BackgroundDefault,
    background_report,
    definition_background_default,
    ignored_keys,
)
from rasterdl.core.model.loader import load_model_definition
from rasterdl.core.model.runtime import OnnxSession

from tests.core.fakes import ArrayReader, Progress, RecordingWriter
from tests.esri_emd import esri_argmax, unet_emd
from tests.onnx_models import conv_segmenter, mean_brightness_classifier


@pytest.fixture(scope="module")
def unet(tmp_path_factory):
    """A 4-channel segmenter (background + 3 classes), as a Unet trained on 3 classes outputs."""
    folder = tmp_path_factory.mktemp("esri")
    path = conv_segmenter(folder / "model.onnx", classes=4, seed=3)
    return folder, path, OnnxSession(path)


def classify(unet, definition, data, probabilities=True, **overrides):
    folder, path, session = unet
    args = pixel_arguments(parse_model_arguments(overrides, definition.argument_defaults), definition)
    reader = ArrayReader(data)
    writer = RecordingWriter(reader.width, reader.height)
    classify_raster(reader, session, definition, args, writer, Progress(), probabilities)
    return writer


def image(seed=0):
    return np.random.default_rng(seed).integers(0, 256, (3, 70, 90)).astype(np.uint8)


# --------------------------------------------------------------------------- predict_background default


def test_unet_without_a_zero_class_defaults_to_no_background(unet):
    folder, model, _ = unet
    definition = load_model_definition(unet_emd(folder, model))
    assert definition.argument_defaults["predict_background"] is False
    assert definition_background_default(definition) is BackgroundDefault.ESRI_NO_ZERO_CLASS
    writer = classify(unet, definition, image(1))
    assert not np.any(writer.classes == 0)
    expected = esri_argmax(writer.probabilities, (1, 2, 3), predict_background=False)
    np.testing.assert_array_equal(writer.classes, expected)
    with_background = classify(unet, definition, image(1), predict_background=True)
    assert np.any(with_background.classes == 0)
    np.testing.assert_array_equal(with_background.classes, esri_argmax(writer.probabilities, (1, 2, 3)))


@pytest.mark.parametrize(
    ("values", "rule"),
    [
        ((0, 1, 2, 3), BackgroundDefault.ESRI_ZERO_CLASS),
        ((5,), BackgroundDefault.ESRI_ONE_CLASS),
        ((), BackgroundDefault.ESRI_ONE_CLASS),
    ],
)
def test_esri_models_with_a_zero_class_or_one_class_keep_the_background(tmp_path, values, rule):
    channels = max(len(values), 2) if 0 in values else len(values) + 1
    model = conv_segmenter(tmp_path / "model.onnx", classes=channels)
    definition = load_model_definition(unet_emd(tmp_path, model, values))
    assert definition_background_default(definition) is rule
    assert definition.argument_defaults["predict_background"] is True


def test_bare_onnx_and_dlpk_and_json_follow_their_rules(tmp_path, unet):
    folder, model, _ = unet
    bare = load_model_definition(model)
    assert definition_background_default(bare) is BackgroundDefault.NOT_ESRI
    assert bare.argument_defaults["predict_background"] is True
    text = unet_emd(tmp_path, model).read_text()
    assert load_model_definition(text).argument_defaults["predict_background"] is False


# --------------------------------------------------------------------------- ignore_mapped_class


def test_ignore_mapped_class_channels_never_win(unet):
    folder, model, _ = unet
    # arcgis.learn writes [0, k, ...] when ignore_classes was given: the background is ignored too.
    definition = load_model_definition(unet_emd(folder, model, ignore_mapped_class=[0, 2]))
    assert definition.ignore_mapped_class == (0, 2)
    assert "ignore_mapped_class" not in ignored_keys(definition)
    for predict in (True, False):
        writer = classify(unet, definition, image(2), predict_background=predict)
        assert set(np.unique(writer.classes)) <= {1, 3}
        expected = esri_argmax(writer.probabilities, (1, 2, 3), (0, 2), predict)
        np.testing.assert_array_equal(writer.classes, expected)
        # Without a probability output the engine decides on raw scores, as Esri's segment_image does.
        scores_only = classify(unet, definition, image(2), probabilities=False, predict_background=predict)
        np.testing.assert_array_equal(scores_only.classes, expected)
    plain = classify(unet, load_model_definition(unet_emd(folder, model)), image(2))
    assert np.any(plain.classes == 2)  # the rule changed something


def test_ignore_mapped_class_with_non_contiguous_values(tmp_path, unet):
    _, model, _ = unet
    definition = load_model_definition(unet_emd(tmp_path, model, (3, 7, 9), ignore_mapped_class=[2]))
    writer = classify(unet, definition, image(3), predict_background=True)
    assert not np.any(writer.classes == 7)
    np.testing.assert_array_equal(writer.classes, esri_argmax(writer.probabilities, (3, 7, 9), (2,)))


def test_ignore_mapped_class_keeps_the_threshold_fallback_off_ignored_background():
    probabilities = np.array([[[0.5]], [[0.3]], [[0.2]]], dtype=np.float32)
    values = np.array([0, 1, 2], np.uint8)
    kept = ClassRule(values, 255, 0, True, 0.6)
    assert kept.classify(probabilities, True).tolist() == [[0]]
    ignored = ClassRule(values, 255, 0, True, 0.6, (0,))
    assert ignored.classify(probabilities, True).tolist() == [[255]]
    assert ClassRule(values, 255, 0, True, 0.0, (0,)).classify(probabilities, True).tolist() == [[1]]
    two_classes = np.array([[[0.9]], [[0.1]]], np.float32)
    assert ClassRule(values[:2], 255, 0, True, 0.0, (0,)).classify(two_classes, True).tolist() == [[1]]
    assert ClassRule(values[:2], 255, 0, True, 0.5, (0,)).classify(two_classes, True).tolist() == [[255]]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ([4], "below 4"),
        ([0, 1, 2, 3], "leaves at least one"),
        ([1, 1], "distinct"),
        (["a"], "distinct output channel indexes"),
        ([-1], "distinct output channel indexes"),
        (3, "a list"),
    ],
)
def test_bad_ignore_mapped_class_is_refused(unet, tmp_path, value, message):
    _, model, _ = unet
    with pytest.raises(ModelDefinitionError, match="ignore_mapped_class") as caught:
        load_model_definition(unet_emd(tmp_path, model, ignore_mapped_class=value))
    assert message in str(caught.value)


def test_ignore_mapped_class_leaving_only_the_unpredicted_background_is_refused(unet, tmp_path):
    _, model, _ = unet
    definition = load_model_definition(unet_emd(tmp_path, model, ignore_mapped_class=[1, 2, 3]))
    args = pixel_arguments(parse_model_arguments({}, definition.argument_defaults), definition)
    with pytest.raises(ModelInputError, match="predict_background"):
        class_rule(definition, args)
    args = pixel_arguments(
        parse_model_arguments({"predict_background": True}, definition.argument_defaults), definition
    )
    assert class_rule(definition, args).candidates(4).tolist() == [0]


def test_ignore_mapped_class_of_a_feature_classifier_is_listed_as_ignored(tmp_path):
    mean_brightness_classifier(tmp_path / "fc.onnx")
    emd = {
        "Framework": "arcgis.learn.models._inferencing",
        "ModelConfiguration": "_FeatureClassifier",
        "ModelType": "ObjectClassification",
        "ModelFile": "fc.onnx",
        "ImageHeight": 64,
        "ImageWidth": 64,
        "ExtractBands": [0, 1, 2],
        "Classes": [
            {"Value": 0, "Name": "dark", "Color": [0, 0, 0]},
            {"Value": 1, "Name": "bright", "Color": [9, 9, 9]},
        ],
        "ignore_mapped_class": [1],
    }
    (tmp_path / "fc.emd").write_text(json.dumps(emd))
    definition = load_model_definition(tmp_path / "fc.emd")
    assert definition.ignore_mapped_class == ()
    assert "ignore_mapped_class" in ignored_keys(definition)


# --------------------------------------------------------------------------- backend and ignored keys


def test_keys_read_but_ignored(unet):
    folder, model, _ = unet
    definition = load_model_definition(unet_emd(folder, model, resize_to=256))
    ignored = ignored_keys(definition)
    for key in (
        "resize_to",
        "ModelParameters",
        "LearningRate",
        "accuracy",
        "ArcGISLearnVersion",
        "InferenceFunction",
    ):
        assert key in ignored
    for key in ("backend", "ignore_mapped_class", "Classes", "ExtractBands", "ModelFile"):
        assert key not in ignored
    assert definition.backend == "pytorch"


@pytest.mark.parametrize(
    ("changes", "key"),
    [
        ({"backend": "tensorflow"}, "backend"),
        ({"backend": None, "ModelParameters": {"backbone": "resnet18", "backend": "TensorFlow"}},
         "ModelParameters.backend"),
    ],
)  # fmt: skip
def test_tensorflow_backend_is_refused(unet, tmp_path, changes, key):
    _, model, _ = unet
    with pytest.raises(ModelDefinitionError, match="PyTorch backend only") as caught:
        load_model_definition(unet_emd(tmp_path, model, **changes))
    assert f"{key} is '" in str(caught.value)


def test_backend_from_model_parameters(unet, tmp_path):
    _, model, _ = unet
    definition = load_model_definition(unet_emd(tmp_path, model, backend=None))
    assert definition.backend == "pytorch"


# --------------------------------------------------------------------------- what the log reports


def test_background_report_says_the_rule_whether_it_is_kept_and_the_channels_that_never_win(unet):
    folder, model, _ = unet
    definition = load_model_definition(unet_emd(folder, model, ignore_mapped_class=[0, 3]))
    classes = (ClassInfo(0, "background"), ClassInfo(1, "a"), ClassInfo(2, "b"))
    report = background_report(definition, False, classes)
    assert report.default_rule is BackgroundDefault.ESRI_NO_ZERO_CLASS
    assert report.is_default
    assert report.never_win == ((0, "background"), (3, None))  # channel 3 is beyond the classes given
    changed = background_report(definition, True, classes)
    assert not changed.is_default and changed.predict_background is True


def test_background_report_of_a_bare_model_defaults_to_predicting_the_background(unet):
    _, model, _ = unet
    report = background_report(load_model_definition(model), True, ())
    assert report.default_rule is BackgroundDefault.NOT_ESRI
    assert report.is_default and report.never_win == ()
