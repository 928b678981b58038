"""Band selection, normalisation, input validation and probability helpers."""

import warnings
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from rasterdl.core.errors import ModelDefinitionError, ModelInputError
from rasterdl.core.model.definition import (
    IMAGENET_MEAN,
    IMAGENET_STD,
    ModelDefinition,
    ModelType,
    Normalization,
    TensorInfo,
)
from rasterdl.core.model.preprocess import (
    looks_like_probabilities,
    preprocess,
    sigmoid,
    softmax,
    to_probabilities,
    validate_input,
)

IMAGENET = Normalization(offset=(0.0,) * 3, scale=(255.0,) * 3, mean=IMAGENET_MEAN, std=IMAGENET_STD)


def definition(
    extract_bands=(0, 1, 2),
    normalization=IMAGENET,
    dtype="float32",
    shape=(None, None, None, None),
):
    """A minimal pixel-classification ModelDefinition for these tests."""
    return ModelDefinition(
        model_type=ModelType.PIXEL_CLASSIFICATION,
        model_file=Path("model.onnx"),
        inputs=(TensorInfo("input", tuple(shape), dtype),),
        outputs=(TensorInfo("output", (None, 2, None, None), "float32"),),
        extract_bands=tuple(extract_bands),
        image_height=8,
        image_width=8,
        model_padding=0,
        batch_size=1,
        classes=(),
        normalization=normalization,
    )


def raw(bands=3, dtype=np.uint8, high=256, count=2, size=4, seed=0):
    return np.random.default_rng(seed).integers(0, high, (count, bands, size, size)).astype(dtype)


def per_band(values):
    return np.asarray(values, dtype=np.float64).reshape(1, -1, 1, 1)


def test_imagenet_values():
    chips = raw()
    out = preprocess(chips, definition())
    expected = (chips / 255.0 - per_band(IMAGENET_MEAN)) / per_band(IMAGENET_STD)
    assert out.dtype == np.float32 and out.flags.c_contiguous
    np.testing.assert_allclose(out, expected, rtol=1e-5, atol=1e-6)
    assert out[0, 0, 0, 0] == pytest.approx((chips[0, 0, 0, 0] / 255 - 0.485) / 0.229, rel=1e-6)


def test_normalization_stats_like():
    band_min, band_max = (10.0, 0.0, 100.0), (1010.0, 500.0, 300.0)
    scaled_mean, scaled_std = (0.4, 0.5, 0.6), (0.1, 0.2, 0.3)
    norm = Normalization(
        offset=band_min,
        scale=tuple(b - a for a, b in zip(band_min, band_max)),
        mean=scaled_mean,
        std=scaled_std,
        source="normalization_stats",
    )
    chips = raw(dtype=np.uint16, high=1000)
    out = preprocess(chips, definition(normalization=norm))
    scaled = (chips - per_band(band_min)) / (per_band(band_max) - per_band(band_min))
    np.testing.assert_allclose(
        out, (scaled - per_band(scaled_mean)) / per_band(scaled_std), rtol=1e-5, atol=1e-5
    )


def test_data_range_like_without_mean_std():
    norm = Normalization(offset=(0.0,), scale=(10000.0,), source="data_range")
    chips = raw(bands=4, dtype=np.uint16, high=10001)
    out = preprocess(chips, definition(extract_bands=(0, 1, 2, 3), normalization=norm))
    np.testing.assert_allclose(out, chips / 10000.0, rtol=1e-6)


def test_standardization():
    norm = Normalization(
        offset=(0.0,), scale=(1.0,), mean=(100.0, 200.0), std=(50.0, 25.0), source="standardization"
    )
    chips = raw(bands=2, dtype=np.int16, high=400)
    out = preprocess(chips, definition(extract_bands=(0, 1), normalization=norm))
    np.testing.assert_allclose(out, (chips - per_band((100, 200))) / per_band((50, 25)), rtol=1e-6)


def test_source_none_gives_raw_float32():
    norm = Normalization(offset=(5.0,), scale=(2.0,), source="none")
    chips = raw(dtype=np.uint16, high=60000)
    out = preprocess(chips, definition(normalization=norm))
    assert out.dtype == np.float32
    np.testing.assert_array_equal(out, chips.astype(np.float32))


def test_extract_bands_reorders_and_normalises_per_selected_band():
    norm = Normalization(offset=(0.0, 0.0), scale=(10.0, 1000.0), source="data_range")
    chips = raw(bands=3, dtype=np.uint16, high=5000)
    out = preprocess(chips, definition(extract_bands=(2, 0), normalization=norm))
    assert out.shape == (2, 2, 4, 4)
    np.testing.assert_allclose(out[:, 0], chips[:, 2] / 10.0, rtol=1e-6)
    np.testing.assert_allclose(out[:, 1], chips[:, 0] / 1000.0, rtol=1e-6)


def test_uint16_input_with_imagenet_is_float32_math():
    chips = raw(dtype=np.uint16, high=256)
    np.testing.assert_array_equal(
        preprocess(chips, definition()), preprocess(chips.astype(np.uint8), definition())
    )


def test_does_not_modify_input_and_accepts_non_contiguous():
    chips = raw(dtype=np.float32)
    before = chips.copy()
    view = chips[:, :, ::2, ::2]
    out = preprocess(view, definition())
    np.testing.assert_array_equal(chips, before)
    assert out.flags.c_contiguous and out.shape == (2, 3, 2, 2)


def test_uint8_model_skips_normalisation_and_casts():
    chips = np.array([[[[-3.2, 12.6], [255.4, 300.0]]]], dtype=np.float32)
    out = preprocess(chips, definition(extract_bands=(0,), dtype="uint8"))
    assert out.dtype == np.uint8
    np.testing.assert_array_equal(out, [[[[0, 13], [255, 255]]]])
    ints = raw(dtype=np.uint16)
    np.testing.assert_array_equal(preprocess(ints, definition(dtype="uint8")), ints.astype(np.uint8))


def test_float16_model():
    chips = raw()
    out = preprocess(chips, definition(dtype="float16"))
    assert out.dtype == np.float16 and out.flags.c_contiguous
    np.testing.assert_array_equal(out, preprocess(chips, definition()).astype(np.float16))


def test_constant_band_does_not_make_inf():
    norm = Normalization(offset=(7.0,), scale=(0.0,), mean=(0.0,), std=(0.0,), source="normalization_stats")
    out = preprocess(
        np.full((1, 1, 2, 2), 7, dtype=np.uint8), definition(extract_bands=(0,), normalization=norm)
    )
    assert np.all(np.isfinite(out))


def test_normalisation_length_mismatch_is_a_definition_error():
    norm = Normalization(offset=(0.0, 0.0), scale=(1.0, 1.0), source="data_range")
    with pytest.raises(ModelDefinitionError, match="2 values"):
        preprocess(raw(), definition(normalization=norm))


def test_band_index_beyond_raster():
    with pytest.raises(ModelInputError) as info:
        preprocess(raw(bands=2), definition(extract_bands=(0, 2)))
    assert "bands 1, 3" in str(info.value) and "has 2 bands" in str(info.value)


def test_chips_must_be_4d():
    with pytest.raises(ModelInputError, match="samples, bands, height, width"):
        preprocess(np.zeros((3, 4, 4)), definition())


def test_validate_band_count():
    validate_input(definition(extract_bands=(3, 1)), band_count=4)
    with pytest.raises(ModelInputError, match="raster has 3 bands"):
        validate_input(definition(extract_bands=(3, 1)), band_count=3)


def test_validate_channel_dim_against_extract_bands():
    with pytest.raises(ModelDefinitionError, match="ExtractBands"):
        validate_input(definition(extract_bands=(0, 1), shape=(None, 3, None, None)), band_count=3)


def test_validate_tile_size():
    fixed = definition(shape=(1, 3, 256, 256))
    validate_input(fixed, 3, (256, 256))
    validate_input(definition(), 3, (100, 37))
    with pytest.raises(ModelInputError) as info:
        validate_input(fixed, 3, (512, 512))
    message = str(info.value)
    assert "256 x 256" in message and "512 x 512" in message and "tile_size to 256" in message
    with pytest.raises(ModelInputError, match="tile_size to 64 x 32"):
        validate_input(definition(shape=(None, 3, 64, None)), 3, (128, 32))
    with pytest.raises(ModelInputError, match="positive"):
        validate_input(definition(), 3, (0, 256))


def test_softmax_sigmoid_stable_for_huge_logits():
    logits = np.array([[1e4, -1e4, 0.0], [-1e4, -1e4, -1e4]], dtype=np.float32).reshape(2, 3, 1, 1)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(over="raise", invalid="raise", divide="raise", under="ignore"):
            probs = softmax(logits, axis=1)
            sig = sigmoid(np.array([1e4, -1e4, 0.0, 3.0], dtype=np.float32))
            to_probabilities(logits, axis=1)
    np.testing.assert_allclose(probs[:, :, 0, 0], [[1, 0, 0], [1 / 3, 1 / 3, 1 / 3]], atol=1e-7)
    np.testing.assert_allclose(sig, [1, 0, 0.5, 1 / (1 + np.exp(-3))], rtol=1e-6)
    assert probs.dtype == np.float32 and sig.dtype == np.float32


def test_probability_detection():
    logits = np.random.default_rng(1).normal(0, 3, (2, 4, 5, 5)).astype(np.float32)
    probs = softmax(logits, axis=1)
    assert not looks_like_probabilities(logits, axis=1)
    assert looks_like_probabilities(probs, axis=1)
    assert not looks_like_probabilities(probs * 0.9, axis=1)
    assert looks_like_probabilities(probs.transpose(0, 2, 3, 1), axis=-1)
    single = sigmoid(logits[:, :1])
    assert looks_like_probabilities(single, axis=1)
    assert not looks_like_probabilities(logits[:, :1], axis=1)
    assert not looks_like_probabilities(np.array([[np.nan, 1.0]]), axis=1)


def test_to_probabilities():
    logits = np.random.default_rng(2).normal(0, 3, (2, 3, 4, 4)).astype(np.float32)
    probs = softmax(logits, axis=1)
    assert to_probabilities(probs, axis=1) is probs
    np.testing.assert_allclose(to_probabilities(logits, axis=1), probs)
    np.testing.assert_allclose(to_probabilities(logits[:, :1], axis=1), sigmoid(logits[:, :1]))
    classifier = np.array([[2.0, -1.0, 0.5]])
    np.testing.assert_allclose(to_probabilities(classifier, axis=-1).sum(axis=-1), 1)


@settings(max_examples=50, deadline=None)
@given(
    hnp.arrays(
        np.float32,
        hnp.array_shapes(min_dims=2, max_dims=4, min_side=1, max_side=5),
        elements=st.floats(-1e4, 1e4, width=32),
    )
)
def test_softmax_is_always_a_distribution(x):
    probs = softmax(x, axis=1)
    assert np.all(np.isfinite(probs))
    assert looks_like_probabilities(probs, axis=1)


def test_tile_size_needed_names_the_fixed_sides_and_keeps_the_free_ones():
    from rasterdl.core.model.preprocess import tile_size_needed

    assert tile_size_needed(None, None, 300, 200) is None
    assert tile_size_needed(256, 256, 256, 256) is None
    assert tile_size_needed(256, None, 256, 100) is None
    assert tile_size_needed(256, 256, 512, 512) == (256, 256)
    assert tile_size_needed(None, 320, 512, 256) == (512, 320)
    assert tile_size_needed(128, None, 256, 64) == (128, 64)
