"""The argument spec of each tool: the loader's defaults, the typed arguments and the checks come from it."""

import dataclasses
import json

import pytest
from rasterdl.core.errors import ModelInputError
from rasterdl.core.model.argument_spec import (
    DETECTION_ARGUMENTS,
    MAX_BATCH_SIZE,
    MAX_TILE_SIZE,
    OBJECT_ARGUMENTS,
    PIXEL_ARGUMENTS,
    TOOLS,
    FromModel,
    Kind,
    ModelFacts,
    definition_facts,
    model_argument_defaults,
)
from rasterdl.core.model.arguments import (
    ARGUMENT_CLASSES,
    detection_arguments,
    object_arguments,
    parse_model_arguments,
    pixel_arguments,
    tool_arguments,
)
from rasterdl.core.model.definition import ModelType
from rasterdl.core.model.loader import load_model_definition

from tests.onnx_models import band_threshold_segmenter, dense_detector, mean_brightness_classifier

BUILD = {
    PIXEL_ARGUMENTS.key: pixel_arguments,
    DETECTION_ARGUMENTS.key: detection_arguments,
    OBJECT_ARGUMENTS.key: object_arguments,
}


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    folder = tmp_path_factory.mktemp("spec")
    return {
        "pixel": band_threshold_segmenter(folder / "pixel.onnx"),
        "detection": dense_detector(folder / "detection.onnx"),
        "object": mean_brightness_classifier(folder / "object.onnx"),
    }


MODEL_TYPES = {
    "pixel": "ImageClassification",
    "detection": "ObjectDetection",
    "object": "ObjectClassification",
}


def define(models, tool, **keys):
    data = {"ModelType": MODEL_TYPES[tool], "ModelFile": str(models[tool]), "ImageHeight": 64, **keys}
    return load_model_definition(json.dumps(data))


@pytest.mark.parametrize("tool", TOOLS, ids=lambda tool: tool.key)
@pytest.mark.parametrize(
    "keys", [{}, {"ModelPadding": 8, "Threshold": 0.3, "NMSThreshold": 0.4, "BatchSize": 2, "ImageWidth": 32}]
)
def test_the_loader_fills_in_the_spec_defaults(models, tool, keys):
    definition = define(models, tool.key, **keys)
    defaults = dict(definition.argument_defaults)
    assert list(defaults) == [spec.name for spec in tool.arguments if spec.only_when is None]
    if "ModelPadding" in keys:  # the facts read back from the built definition give the same defaults
        assert defaults == tool.defaults(definition_facts(definition))
    for spec in tool.arguments:
        if isinstance(spec.default, FromModel) and isinstance(spec.default.fallback, float) and not keys:
            assert defaults[spec.name] == spec.default.fallback, spec.name
        elif not callable(spec.default) and spec.name in defaults:
            assert defaults[spec.name] == spec.default, spec.name


def test_stated_model_values_win_over_the_fallbacks(models):
    keys = {"ModelPadding": 8, "Threshold": 0.3, "NMSThreshold": 0.4, "BatchSize": 2, "ImageWidth": 32}
    detection = define(models, "detection", **keys).argument_defaults
    assert (detection["padding"], detection["threshold"], detection["nms_overlap"]) == (8, 0.3, 0.4)
    assert (detection["batch_size"], detection["tile_size"]) == (2, "32,64")
    assert define(models, "object", Threshold=0.3).argument_defaults["score_threshold"] == 0.3
    assert define(models, "pixel").argument_defaults["padding"] == 16  # a quarter of the tile


@pytest.mark.parametrize("tool", TOOLS, ids=lambda tool: tool.key)
def test_each_default_has_the_type_of_its_kind(models, tool):
    """The table parser types a value by its default: the default's type must be the spec's kind."""
    defaults = define(models, tool.key).argument_defaults
    expected = {
        Kind.INTEGER: int,
        Kind.NUMBER: float,
        Kind.BOOLEAN: bool,
        Kind.CHOICE: str,
        Kind.TILE_SIZE: int,
    }
    for name, value in defaults.items():
        spec = tool.spec(name)
        assert type(value) is expected[spec.kind], name
        if spec.kind is Kind.CHOICE:
            assert value in spec.choices


@pytest.mark.parametrize("tool", TOOLS, ids=lambda tool: tool.key)
def test_the_table_lists_the_arguments_the_checked_class_holds(tool):
    assert sorted(tool.names) == sorted(spec.name for spec in tool.listed)
    assert len(set(tool.names)) == len(tool.names)
    fields = [field.name for field in dataclasses.fields(ARGUMENT_CLASSES[tool.key])]
    assert sorted(fields) == sorted([*tool.names, *(["tile_width"] if tool.tiled else [])])


def test_the_table_names_and_their_order():
    assert PIXEL_ARGUMENTS.names == (
        "padding", "batch_size", "predict_background", "test_time_augmentation", "merge_policy",
        "tile_size", "threshold", "return_probability_raster",
    )  # fmt: skip
    assert DETECTION_ARGUMENTS.names == (
        "padding", "threshold", "nms_overlap", "batch_size", "exclude_pad_detections", "tile_size",
        "test_time_augmentation", "nms_class_agnostic",
    )  # fmt: skip
    assert OBJECT_ARGUMENTS.names == ("batch_size", "test_time_augmentation", "score_threshold")


def test_a_shared_name_has_one_kind():
    kinds = {}
    for tool in TOOLS:
        for spec in tool.arguments:
            assert kinds.setdefault(spec.name, spec.kind) is spec.kind, spec.name


FACTS = ModelFacts(tile_height=64, tile_width=64, padding=None, batch_size=4, threshold=None, nms=None)


def test_an_unknown_model_gets_every_tool_argument():
    defaults = model_argument_defaults(ModelType.UNKNOWN, FACTS)
    names = [
        spec.name
        for tool in (OBJECT_ARGUMENTS, DETECTION_ARGUMENTS, PIXEL_ARGUMENTS)
        for spec in tool.arguments
        if spec.only_when is None
    ]
    assert list(defaults) == list(dict.fromkeys(names))
    assert defaults["threshold"] == 0.5  # the pixel tool's rule wins for a shared name
    assert defaults["score_threshold"] == 0.5 and defaults["nms_overlap"] == 0.1


def test_output_index_only_for_several_outputs():
    assert "output_index" not in model_argument_defaults(ModelType.PIXEL_CLASSIFICATION, FACTS)
    several = dataclasses.replace(FACTS, several_outputs=True)
    assert model_argument_defaults(ModelType.PIXEL_CLASSIFICATION, several)["output_index"] == 0
    assert "output_index" not in PIXEL_ARGUMENTS.names


def test_many_classes_default_to_argmax():
    assert PIXEL_ARGUMENTS.defaults(FACTS)["threshold"] == 0.5
    assert PIXEL_ARGUMENTS.defaults(dataclasses.replace(FACTS, many_classes=True))["threshold"] == 0.0
    assert PIXEL_ARGUMENTS.defaults(dataclasses.replace(FACTS, threshold=0.7))["threshold"] == 0.7


# The messages are the tools' own (translated templates): byte-identical to what they always said.
OUT_OF_RANGE = [
    ("pixel", "threshold", 1.5, "The threshold must be between 0 and 1, got {value}.",
     "The threshold must be between 0 and 1, got 1.5."),
    ("pixel", "threshold", -0.5, "The threshold must be between 0 and 1, got {value}.",
     "The threshold must be between 0 and 1, got -0.5."),
    ("detection", "threshold", 1.5, "The {name} must be between 0 and 1, got {value}.",
     "The threshold must be between 0 and 1, got 1.5."),
    ("detection", "nms_overlap", -0.1, "The {name} must be between 0 and 1, got {value}.",
     "The nms_overlap must be between 0 and 1, got -0.1."),
    ("object", "score_threshold", 1.2, "The score_threshold must be between 0 and 1, got {score_threshold}.",
     "The score_threshold must be between 0 and 1, got 1.2."),
    ("object", "batch_size", 0, "The batch size must be between 1 and {max_batch_size}, got {batch_size}.",
     "The batch size must be between 1 and 4096, got 0."),
    ("detection", "batch_size", MAX_BATCH_SIZE + 1,
     "The batch size must be between 1 and {max_batch_size}, got {batch_size}.",
     "The batch size must be between 1 and 4096, got 4097."),
    ("pixel", "padding", -1, "The padding must be 0 or more, got {padding}.",
     "The padding must be 0 or more, got -1."),
    ("detection", "tile_size", MAX_TILE_SIZE + 1,
     "The tile size must be between 1 and {max_tile_size}, got {shown}.",
     "The tile size must be between 1 and 32768, got 32769."),
    ("pixel", "merge_policy", "median",
     "The merge_policy must be one of {merge_policies}, got '{merge_policy}'.",
     "The merge_policy must be one of mean, max, min, got 'median'."),
]  # fmt: skip


@pytest.mark.parametrize(("tool", "name", "value", "template", "message"), OUT_OF_RANGE)
def test_out_of_range_values_are_refused_with_the_tools_messages(
    models, tool, name, value, template, message
):
    definition = define(models, tool)
    values = {name: value, **({"padding": 0} if name == "tile_size" else {})}
    with pytest.raises(ModelInputError) as info:
        BUILD[tool](values, definition)
    assert info.value.template == template
    assert str(info.value) == message


@pytest.mark.parametrize("tool", TOOLS, ids=lambda tool: tool.key)
def test_values_at_the_bounds_are_accepted(models, tool):
    definition = define(models, tool.key)
    for spec in tool.listed:
        if spec.kind in (Kind.NUMBER, Kind.INTEGER) and spec.name != "padding":
            for bound in (spec.low, spec.high):
                if bound is not None:
                    args = BUILD[tool.key]({spec.name: bound}, definition)
                    assert getattr(args, spec.name) == bound


@pytest.mark.parametrize("tool", TOOLS, ids=lambda tool: tool.key)
def test_checked_arguments_from_the_table(models, tool):
    definition = define(models, tool.key)
    parsed = parse_model_arguments(
        [("batch_size", "2"), ("test_time_augmentation", "yes")], definition.argument_defaults
    )
    args = tool_arguments(tool, parsed, definition)
    assert isinstance(args, ARGUMENT_CLASSES[tool.key])
    assert (args.batch_size, args.test_time_augmentation) == (2, True)
    assert tool_arguments(tool, {}, definition) == BUILD[tool.key](
        dict(definition.argument_defaults), definition
    )


def test_a_value_of_the_wrong_type_is_named(models):
    with pytest.raises(ModelInputError, match="A model argument has a value of the wrong type: .*'x'"):
        detection_arguments({"padding": "x"}, define(models, "detection"))


@pytest.mark.parametrize("tool", TOOLS, ids=lambda tool: tool.key)
def test_missing_model_defaults_fall_back_on_the_spec_rules(models, tool):
    """A definition built without argument defaults gets the spec's rules applied to what it states."""
    loaded = define(models, tool.key, ModelPadding=8, Threshold=0.3, NMSThreshold=0.4, BatchSize=2)
    bare = dataclasses.replace(loaded, argument_defaults={})
    assert tool_arguments(tool, {}, bare) == tool_arguments(tool, {}, loaded)


def test_the_parser_reads_tile_size_and_merge_policy_by_their_kind():
    defaults = {"tile_size": 64, "merge_policy": "mean"}
    assert parse_model_arguments({"tile_size": "800x608", "merge_policy": " MAX"}, defaults) == {
        "tile_size": "800,608",
        "merge_policy": "max",
    }
    with pytest.raises(ModelInputError, match="'merge_policy' must be one of mean, max, min"):
        parse_model_arguments({"merge_policy": "median"}, defaults)
