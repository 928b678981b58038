"""Running export statistics: band moments against numpy, label counts, merging continued exports."""

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rasterdl.core.export.statistics import BandStatistics, ClassPixelStatistics, FeatureStatistics

RNG = np.random.default_rng(42)
BAND_KEYS = {"Min", "Max", "Mean", "StdDev", "M1", "M2", "Num"}


def random_chips(count, bands=3, size=16, dtype=np.uint16, nodata_share=0.2, seed=0):
    """``count`` chips (bands, size, size) with (size, size) validity masks."""
    rng = np.random.default_rng(seed)
    chips = [(rng.normal(1000, 300, (bands, size, size)).clip(0, 5000)).astype(dtype) for _ in range(count)]
    masks = [rng.random((size, size)) >= nodata_share for _ in range(count)]
    return chips, masks


def valid_values(chips, masks):
    """The valid pixels of all chips, (bands, n), as float64."""
    return np.concatenate([c[:, m].astype(np.float64) for c, m in zip(chips, masks)], axis=1)


def assert_matches(stats, values):
    state = stats.to_state()
    assert len(state) == values.shape[0]
    for band, entry in enumerate(state):
        assert set(entry) == BAND_KEYS
        data = values[band]
        assert entry["Num"] == data.size and isinstance(entry["Num"], int)
        assert entry["Min"] == data.min() and entry["Max"] == data.max()
        assert entry["Mean"] == pytest.approx(data.mean(), rel=1e-9)
        assert entry["M1"] == entry["Mean"]
        assert entry["M2"] == pytest.approx(((data - data.mean()) ** 2).sum(), rel=1e-9)
        assert entry["StdDev"] == pytest.approx(data.std(), rel=1e-9)


def test_band_statistics_match_numpy_on_all_valid_pixels():
    chips, masks = random_chips(12)
    stats = BandStatistics(3)
    for chip, mask in zip(chips, masks):
        stats.update(chip, mask)
    assert_matches(stats, valid_values(chips, masks))


@pytest.mark.parametrize("dtype", [np.uint8, np.int8, np.uint16, np.int16, np.int32, np.float32, np.float64])
@pytest.mark.parametrize("masked", ["none", "shared", "per_band"])
def test_band_statistics_match_numpy_for_every_dtype_and_mask(dtype, masked):
    info = np.iinfo(dtype) if np.issubdtype(dtype, np.integer) else None
    low, high = (info.min, info.max) if info else (-1e4, 1e4)
    rng = np.random.default_rng(7)
    chips = [rng.uniform(low, high, (2, 9, 7)).astype(dtype) for _ in range(4)]
    masks = {
        "none": [None] * 4,
        "shared": [rng.random((9, 7)) > 0.3 for _ in range(4)],
        "per_band": [rng.random((2, 9, 7)) > 0.3 for _ in range(4)],
    }[masked]
    stats = BandStatistics(2)
    for chip, mask in zip(chips, masks):
        stats.update(chip, mask)
    for band in range(2):
        parts = []
        for chip, mask in zip(chips, masks):
            keep = np.ones((9, 7), bool) if mask is None else mask if mask.ndim == 2 else mask[band]
            parts.append(chip[band][keep].astype(np.float64))
        assert_matches(BandStatistics.from_state([stats.to_state()[band]]), np.concatenate(parts)[None, :])


def test_band_statistics_without_mask_and_with_offset_data():
    chips = [RNG.normal(1e6, 1.0, (2, 8, 8)) for _ in range(5)]
    stats = BandStatistics(2)
    for chip in chips:
        stats.update(chip)
    assert_matches(stats, np.concatenate([c.reshape(2, -1) for c in chips], axis=1))


def test_band_statistics_ignore_non_finite_and_per_band_masks():
    chip = RNG.normal(0, 1, (2, 6, 6))
    chip[0, 0, 0] = np.nan
    chip[1, 2, 3] = np.inf
    per_band = RNG.random((2, 6, 6)) > 0.3
    stats = BandStatistics(2)
    stats.update(chip, per_band)
    for band in range(2):
        keep = per_band[band] & np.isfinite(chip[band])
        data = chip[band][keep]
        entry = stats.to_state()[band]
        assert entry["Num"] == data.size
        assert entry["Mean"] == pytest.approx(data.mean(), rel=1e-9)
        assert entry["StdDev"] == pytest.approx(data.std(), rel=1e-9)


def test_fully_invalid_chip_changes_nothing_and_empty_state_is_valid_json():
    stats = BandStatistics(3)
    stats.update(np.zeros((3, 4, 4), np.uint8), np.zeros((4, 4), bool))
    state = stats.to_state()
    assert all(s["Num"] == 0 and s["Min"] == 0 and s["Max"] == 0 and s["StdDev"] == 0 for s in state)
    json.dumps(state, allow_nan=False)
    assert BandStatistics.from_state(state).to_state() == state


def test_band_statistics_refuse_wrong_shapes():
    stats = BandStatistics(3)
    with pytest.raises(ValueError):
        stats.update(np.zeros((2, 4, 4)))
    with pytest.raises(ValueError):
        stats.update(np.zeros((3, 4, 4)), np.ones((5, 4), bool))
    with pytest.raises(ValueError):
        stats.merge(BandStatistics(2))


def test_merging_two_exports_equals_one_export():
    """START_INDEX continuation: stats read back from JSON, merged with the new run's."""
    chips, masks = random_chips(10, seed=3)
    first, second = BandStatistics(3), BandStatistics(3)
    for chip, mask in zip(chips[:4], masks[:4]):
        first.update(chip, mask)
    for chip, mask in zip(chips[4:], masks[4:]):
        second.update(chip, mask)
    saved = json.loads(json.dumps(first.to_state()))
    merged = BandStatistics.from_state(saved).merge(second)
    assert_matches(merged, valid_values(chips, masks))


def test_from_state_reads_esri_states_with_float_counts():
    state = [{"Min": 1.0, "Max": 9.0, "Mean": 5.0, "StdDev": 2.0, "M1": 5.0, "M2": 40.0, "Num": 10.0}]
    stats = BandStatistics.from_state(state)
    assert stats.to_state()[0] == {
        "Min": 1.0,
        "Max": 9.0,
        "Mean": 5.0,
        "StdDev": 2.0,
        "M1": 5.0,
        "M2": 40.0,
        "Num": 10,
    }
    with pytest.raises(ValueError):
        BandStatistics.from_state([{"Min": 0}])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 40), min_size=1, max_size=6), st.integers(0, 2**31))
def test_any_split_of_chips_merges_to_the_same_statistics(sizes, seed):
    rng = np.random.default_rng(seed)
    chips = [rng.integers(0, 256, (2, 1, n)).astype(np.uint8) for n in sizes]
    total = BandStatistics(2)
    parts = []
    for chip in chips:
        total.update(chip)
        part = BandStatistics(2)
        part.update(chip)
        parts.append(part)
    merged = BandStatistics(2)
    for part in parts:
        merged.merge(part)
    values = np.concatenate([c.reshape(2, -1) for c in chips], axis=1).astype(np.float64)
    if values.size:
        assert_matches(merged, values)
    for a, b in zip(total.to_state(), merged.to_state()):
        assert a["Num"] == b["Num"]
        assert a["Mean"] == pytest.approx(b["Mean"], rel=1e-9, abs=1e-12)
        assert a["M2"] == pytest.approx(b["M2"], rel=1e-9, abs=1e-9)


# --- FeatureStatistics ---------------------------------------------------------------------------------


def feature_chips():
    return [([1, 1, 3], [10.0, 20.0, 5.0]), ([], []), ([3], [7.5]), ([1], [1.0])]


def test_feature_statistics_counts():
    stats = FeatureStatistics([1, 2, 3])
    for values, areas in feature_chips():
        stats.add_chip(values, areas)
    state = stats.to_state()
    assert state["NumClasses"] == 3
    assert state["NumImagesTotal"] == 4
    assert state["NumFeaturesTotal"] == 5
    assert state["NumImagesPerClass"] == [2, 0, 2]
    assert state["NumFeaturesPerClass"] == [3, 0, 2]
    assert state["NumFeaturesPerImage"] == {"Min": 0, "Max": 3, "Mean": 1.25, "Sum": 5, "Count": 4}
    palm, empty, house = state["FeatureAreaPerClass"]
    assert palm == {"Min": 1.0, "Max": 20.0, "Mean": pytest.approx(31 / 3), "Sum": 31.0, "Count": 3}
    assert empty == {"Min": 0.0, "Max": 0.0, "Mean": 0.0, "Sum": 0.0, "Count": 0}
    assert house["Sum"] == 12.5 and house["Count"] == 2
    json.dumps(state, allow_nan=False)


def test_feature_statistics_refuse_unknown_classes_and_mismatched_areas():
    stats = FeatureStatistics([1, 2])
    with pytest.raises(ValueError, match="not in the class list"):
        stats.add_chip([1, 4], [1, 1])
    with pytest.raises(ValueError):
        stats.add_chip([1, 2], [1.0])
    with pytest.raises(ValueError):
        FeatureStatistics([1, 1])


def test_feature_statistics_round_trip_and_merge_with_new_classes():
    first = FeatureStatistics([1, 3])
    for values, areas in feature_chips():
        first.add_chip(values, areas)
    restored = FeatureStatistics.from_state(json.loads(json.dumps(first.to_state())), [1, 3])
    assert restored.to_state() == first.to_state()

    second = FeatureStatistics([5, 1])
    second.add_chip([5, 5, 1], [2.0, 4.0, 30.0])
    restored.merge(second)
    assert restored.class_values == (1, 3, 5)
    state = restored.to_state()
    assert state["NumImagesTotal"] == 5
    assert state["NumFeaturesPerClass"] == [4, 2, 2]
    assert state["NumImagesPerClass"] == [3, 2, 1]
    assert state["FeatureAreaPerClass"][0]["Max"] == 30.0
    assert state["NumFeaturesPerImage"]["Max"] == 3 and state["NumFeaturesPerImage"]["Count"] == 5

    aligned = restored.reindexed([5, 7, 3, 1])
    assert aligned.to_state()["NumFeaturesPerClass"] == [2, 0, 2, 4]
    with pytest.raises(ValueError):
        restored.reindexed([1, 3])


def test_feature_state_with_wrong_length_is_refused():
    with pytest.raises(ValueError):
        FeatureStatistics.from_state({"NumImagesPerClass": [1], "NumFeaturesPerClass": [1]}, [1, 2])


# --- ClassPixelStatistics ------------------------------------------------------------------------------


def test_class_pixel_statistics_count_pixels_and_skip_background():
    label_a = np.array([[0, 1, 1], [2, 2, 2]], np.uint8)
    label_b = np.array([[0, 0, 0], [0, 0, 1]], np.uint8)
    stats = ClassPixelStatistics([1, 2, 9])
    stats.add_chip(label_a)
    stats.add_chip(label_b)
    stats.add_chip(np.zeros((2, 3), np.uint8))
    state = stats.to_state()
    assert state["NumClasses"] == 3
    assert state["NumImagesTotal"] == 3
    assert state["NumImagesPerClass"] == [2, 1, 0]
    assert state["NumPixelsPerClass"] == [3, 3, 0]
    assert state["NumClassesPerImage"] == {"Min": 0, "Max": 2, "Mean": 1.0, "Sum": 3, "Count": 3}
    assert state["PixelsPerClass"][0] == {"Min": 1, "Max": 2, "Mean": 1.5, "Sum": 3, "Count": 2}
    assert state["PixelsPerClass"][2]["Count"] == 0
    assert stats.pixels_total == 6


def test_class_pixel_statistics_large_values_masks_and_errors():
    stats = ClassPixelStatistics([70000, 2])
    label = np.array([[70000, 70000], [2, 0]], np.int64)
    stats.add_chip(label, valid=np.array([[True, False], [True, True]]))
    assert stats.to_state()["NumPixelsPerClass"] == [1, 1]
    with pytest.raises(ValueError, match="not in the class list"):
        stats.add_chip(np.array([[5]], np.uint8))
    with pytest.raises(ValueError):
        stats.add_chip(np.array([[1.5]]))
    counted = ClassPixelStatistics([0, 1])
    counted.add_chip(np.array([[0, 1]], np.uint8))
    assert counted.to_state()["NumPixelsPerClass"] == [1, 1]


def test_class_pixel_statistics_round_trip_and_merge():
    rng = np.random.default_rng(5)
    labels = [rng.integers(0, 4, (8, 8)).astype(np.uint8) for _ in range(6)]
    whole = ClassPixelStatistics([1, 2, 3])
    first, second = ClassPixelStatistics([1, 2, 3]), ClassPixelStatistics([3, 2, 1])
    for i, label in enumerate(labels):
        whole.add_chip(label)
        (first if i < 2 else second).add_chip(label)
    restored = ClassPixelStatistics.from_state(json.loads(json.dumps(first.to_state())), [1, 2, 3])
    restored.merge(second)
    assert restored.to_state() == whole.to_state()
    expected = [int((np.stack(labels) == v).sum()) for v in (1, 2, 3)]
    assert whole.to_state()["NumPixelsPerClass"] == expected
