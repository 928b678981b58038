"""The Arguments table: typed parsing against the model's defaults and the pixel tool's checks."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rasterdl.core.errors import ModelInputError
from rasterdl.core.model.arguments import (
    PixelArguments,
    arguments_to_matrix,
    matrix_to_rows,
    parse_model_arguments,
    pixel_arguments,
)
from rasterdl.core.model.loader import load_model_definition

from tests.onnx_models import band_threshold_segmenter

DEFAULTS = {
    "padding": 16,
    "batch_size": 4,
    "predict_background": True,
    "test_time_augmentation": False,
    "merge_policy": "mean",
    "tile_size": 64,
    "threshold": 0.5,
    "return_probability_raster": False,
}


@pytest.fixture(scope="module")
def definitions(tmp_path_factory):
    folder = tmp_path_factory.mktemp("arguments")
    dynamic = band_threshold_segmenter(folder / "dynamic.onnx")
    fixed = band_threshold_segmenter(folder / "fixed.onnx", size=64)

    def load(path, **keys):
        data = {"ModelType": "ImageClassification", "ModelFile": str(path), "ImageHeight": 64, **keys}
        return load_model_definition(json.dumps(data))

    return {"dynamic": load(dynamic, ModelPadding=8), "fixed": load(fixed)}


def test_no_rows_gives_the_defaults():
    assert parse_model_arguments([], DEFAULTS) == DEFAULTS
    assert parse_model_arguments({}, DEFAULTS) is not DEFAULTS


def test_values_take_the_type_of_their_default():
    parsed = parse_model_arguments(
        [("Padding", "8"), ("BATCH_SIZE", " 2 "), ("predict_background", "no"), ("threshold", "0.25"),
         ("Merge_Policy", "MAX"), ("test_time_augmentation", "1"), ("tile size", "32.0")],
        DEFAULTS,
    )  # fmt: skip
    assert parsed["padding"] == 8 and isinstance(parsed["padding"], int)
    assert parsed["batch_size"] == 2
    assert parsed["predict_background"] is False
    assert parsed["test_time_augmentation"] is True
    assert parsed["threshold"] == 0.25
    assert parsed["merge_policy"] == "max"
    assert parsed["tile_size"] == 32
    assert parsed["return_probability_raster"] is False


def test_python_values_and_a_mapping_work():
    parsed = parse_model_arguments({"padding": 4, "predict_background": False, "threshold": 1}, DEFAULTS)
    assert (parsed["padding"], parsed["predict_background"], parsed["threshold"]) == (4, False, 1.0)


def test_unknown_name_lists_the_known_ones():
    with pytest.raises(ModelInputError, match="Unknown model argument 'chip_size'") as info:
        parse_model_arguments([("chip_size", "4")], DEFAULTS)
    for name in DEFAULTS:
        assert name in str(info.value)


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("padding", "abc", "an integer"),
        ("padding", "2.5", "an integer"),
        ("batch_size", "true", "an integer"),
        ("threshold", "high", "a number"),
        ("threshold", "nan", "a number"),
        ("predict_background", "maybe", "true or false"),
        ("merge_policy", "median", "one of mean, max, min"),
    ],
)
def test_bad_value_names_the_argument_and_type(name, value, expected):
    with pytest.raises(ModelInputError, match=f"'{name}' must be {expected}"):
        parse_model_arguments([(name, value)], DEFAULTS)


def test_repeated_name_is_an_error():
    with pytest.raises(ModelInputError, match="'padding' is given twice"):
        parse_model_arguments([("padding", "8"), ("PADDING", "4")], DEFAULTS)


def test_blank_value_keeps_the_default_and_blank_rows_are_skipped():
    parsed = parse_model_arguments([("padding", ""), ("", ""), ("batch_size", None)], DEFAULTS)
    assert parsed == DEFAULTS
    with pytest.raises(ModelInputError, match="has no name"):
        parse_model_arguments([("", "3")], DEFAULTS)


def test_matrix_round_trip():
    matrix = arguments_to_matrix(DEFAULTS)
    assert matrix[:4] == ["padding", "16", "batch_size", "4"]
    assert "true" in matrix and "0.5" in matrix
    assert parse_model_arguments(matrix, DEFAULTS) == DEFAULTS
    assert parse_model_arguments(matrix_to_rows(matrix), DEFAULTS) == DEFAULTS
    with pytest.raises(ModelInputError, match="two columns"):
        matrix_to_rows(["padding"])


def test_a_tile_size_pair_is_printed_as_the_table_writes_it():
    assert arguments_to_matrix({"tile_size": (512, 256), "test_time_augmentation": True}) == [
        "tile_size",
        "512,256",
        "test_time_augmentation",
        "true",
    ]


@given(st.integers(-(2**70), 2**70), st.floats(allow_nan=False, allow_infinity=False), st.booleans())
def test_printed_values_parse_back(number, real, flag):
    defaults = {"n": 0, "x": 0.0, "b": False}
    printed = arguments_to_matrix({"n": number, "x": real, "b": flag})
    assert parse_model_arguments(printed, defaults) == {"n": number, "x": real, "b": flag}


def test_pixel_arguments_from_defaults(definitions):
    definition = definitions["dynamic"]
    args = pixel_arguments(parse_model_arguments([], definition.argument_defaults), definition)
    assert args == PixelArguments(8, 4, True, False, "mean", 64, 0.5, False)
    assert args.core_size == 48


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"padding": -1}, "padding must be 0 or more"),
        ({"padding": 32}, "tile size must be larger than twice the padding"),
        ({"tile_size": 0, "padding": 0}, "tile size must be between"),
        ({"batch_size": 0}, "batch size must be between"),
        ({"threshold": 1.5}, "threshold must be between 0 and 1"),
    ],
)
def test_pixel_arguments_are_checked(definitions, overrides, message):
    definition = definitions["dynamic"]
    parsed = parse_model_arguments(overrides, definition.argument_defaults)
    with pytest.raises(ModelInputError, match=message):
        pixel_arguments(parsed, definition)


def test_tile_size_must_match_a_fixed_model_input(definitions):
    definition = definitions["fixed"]
    parsed = parse_model_arguments({"tile_size": 128}, definition.argument_defaults)
    with pytest.raises(ModelInputError, match="Set tile_size to 64"):
        pixel_arguments(parsed, definition)
    assert pixel_arguments(definition.argument_defaults, definition).tile_size == 64
