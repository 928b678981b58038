"""Classify Objects in spatial parts: merged, the parts give one run's labels, confidences and order."""

import numpy as np
import pytest
from rasterdl.core.engine.blocks import BLOCK_PIXELS
from rasterdl.core.engine.object_classifier import PROBE_CHIPS, classify_objects
from rasterdl.core.engine.object_parts import (
    PART_PIXELS_VARIABLE,
    classify_in_parts,
    classify_part,
    merge_parts,
    part_chips,
    part_pixels,
    partition_objects,
)
from rasterdl.core.errors import RasterDLError
from rasterdl.core.model.runtime import OnnxSession
from shapely.geometry import Point

from tests.core.fakes import Progress
from tests.core.test_object_classifier import (
    RecordingReader,
    RecordingSession,
    arguments,
    define,
    labelled_raster,
    random_items,
)
from tests.onnx_models import mean_brightness_classifier


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    """The object classifier tests' models: three brightness bins, and one logit (no threshold)."""
    folder = tmp_path_factory.mktemp("parts")
    paths = {
        "brightness": mean_brightness_classifier(folder / "brightness.onnx", thresholds=(0.3, 0.6)),
        "single": mean_brightness_classifier(folder / "single.onnx", thresholds=()),
    }
    return {name: (path, OnnxSession(path)) for name, path in paths.items()}


def outcomes(results):
    """What a user reads back per feature: index, value, label, confidence, outside, in order."""
    return [(r.feature_index, r.class_value, r.class_name, r.confidence, r.outside) for r in results]


def in_process_runner(reader, session, definition, args, calls=None, reverse=False):
    """A PartRunner classifying parts here, in reverse order when asked (a cluster's any order)."""

    def run(tasks):
        if calls is not None:
            calls.append([(part.index, mode) for part, mode in tasks])
        done = [
            classify_part(reader, session, definition, args, part, Progress(), mode=mode)
            for part, mode in tasks
        ]
        return list(reversed(done)) if reverse else done

    return run


def data_reader(data):
    return RecordingReader(data)


def single_and_parts(models, definition, items, data=None, session=None, target=None, **overrides):
    """One classify_objects run and the merge of its parts, each with its own recording reader/session."""
    args = arguments(definition, **overrides)
    data = labelled_raster() if data is None else data
    model = models["brightness"][1]
    single_reader, single_session = RecordingReader(data), RecordingSession(session or model)
    single = classify_objects(single_reader, single_session, definition, args, items, Progress())
    parts = partition_objects(items, definition, args, data.shape[2], data.shape[1], target_pixels=target)
    part_reader, part_session = RecordingReader(data), RecordingSession(session or model)
    results = classify_in_parts(
        parts, in_process_runner(part_reader, part_session, definition, args, reverse=True)
    )
    merged = merge_parts(items, parts, results)
    return single, merged, parts, (single_reader, single_session), (part_reader, part_session)


# --------------------------------------------------------------------------- sizes


def test_part_chips_are_whole_batches_and_hold_the_probe(models):
    definition = define(models)
    assert part_chips(definition, arguments(definition, batch_size=3), 16 * 16 * 20) == 21
    assert part_chips(definition, arguments(definition, batch_size=4), 16 * 16 * 20) == 20
    assert part_chips(definition, arguments(definition, batch_size=1), 1) == PROBE_CHIPS
    assert part_chips(definition, arguments(definition, batch_size=5), 1) == 10
    tta = arguments(definition, batch_size=1, test_time_augmentation=True)
    assert part_chips(definition, tta, 16 * 16 * 8 * 20) == 20


def test_part_pixels_from_the_environment(monkeypatch):
    monkeypatch.delenv(PART_PIXELS_VARIABLE, raising=False)
    assert part_pixels() == BLOCK_PIXELS
    monkeypatch.setenv(PART_PIXELS_VARIABLE, "5000")
    assert part_pixels() == 5000
    for wrong in ("", "-3", "0", "lots"):
        monkeypatch.setenv(PART_PIXELS_VARIABLE, wrong)
        assert part_pixels() == BLOCK_PIXELS


def test_environment_sizes_the_parts(models, monkeypatch):
    definition = define(models)
    args = arguments(definition, batch_size=2)
    items = random_items(60, seed=11)
    monkeypatch.setenv(PART_PIXELS_VARIABLE, str(16 * 16 * 10))
    small = partition_objects(items, definition, args, 160, 96)
    monkeypatch.delenv(PART_PIXELS_VARIABLE)
    assert [len(p.positions) for p in small[:-1]] == [10] * (len(small) - 1)
    assert len(partition_objects(items, definition, args, 160, 96)) == 1


# --------------------------------------------------------------------------- partition


def test_parts_cover_each_inside_feature_once_in_regions_of_the_raster(models):
    definition = define(models)
    args = arguments(definition, batch_size=3)
    items = [*random_items(60, seed=7), (5000, Point(-200, -200))]
    parts = partition_objects(items, definition, args, 160, 96, target_pixels=16 * 16 * 9)
    assert len(parts) >= 4 and [p.index for p in parts] == list(range(len(parts)))
    positions = [position for part in parts for position in part.positions]
    assert len(positions) == len(set(positions)) and len(items) - 1 not in positions
    for part in parts:
        assert list(part.positions) == sorted(part.positions)
        assert [items[p] for p in part.positions] == list(part.items)
        x0, y0, x1, y1 = part.bounds
        for _, geometry in part.items:
            gx0, gy0, gx1, gy1 = geometry.bounds
            # each feature's chip lies in its part's region, and the regions are bands of the raster
            assert x0 - 16 <= gx0 and gx1 <= x1 + 16 and y0 - 16 <= gy0 and gy1 <= y1 + 16
    assert sum(p.bounds[2] - p.bounds[0] for p in parts) < 2.5 * 160


def test_no_feature_inside_gives_no_part(models):
    definition = define(models)
    args = arguments(definition)
    items = [(0, Point(-100, -100)), (1, Point(500, 50))]
    assert partition_objects(items, definition, args, 160, 96) == []

    def no_run(tasks):
        raise AssertionError(f"nothing to classify, yet {tasks} ran")

    assert classify_in_parts([], no_run) == {}
    merged = merge_parts(items, [], {})
    assert outcomes(merged) == [(0, None, None, None, True), (1, None, None, None, True)]
    assert (merged.stats.chips, merged.stats.outside, merged.stats.mode) == (0, 2, None)


# --------------------------------------------------------------------------- merge equals one run


@pytest.mark.parametrize(
    ("crop_fixed", "batch", "tta"), [(1, 1, False), (1, 3, False), (0, 4, False), (1, 2, True)]
)
def test_merged_parts_equal_one_run(models, crop_fixed, batch, tta):
    definition = define(models, CropSizeFixed=crop_fixed, ImageSpaceUsed="MAP_SPACE")
    items = [*random_items(70, seed=crop_fixed + batch), (9999, Point(-300, 40)), (4242, None)]
    target = 16 * 16 * (8 if tta else 1) * 9
    single, merged, parts, (s_reader, s_session), (p_reader, p_session) = single_and_parts(
        models, definition, items, target=target, batch_size=batch, test_time_augmentation=tta
    )
    assert len(parts) >= 4
    assert outcomes(merged) == outcomes(single)
    assert [r.feature_index for r in merged] == [index for index, _ in items]
    assert merged[-2].outside and not merged[-1].outside
    assert any(r.class_name is not None for r in merged)
    stats, parts_stats = single.stats, merged.stats
    assert (parts_stats.chips, parts_stats.outside, parts_stats.batches, parts_stats.mode) == (
        stats.chips,
        stats.outside,
        stats.batches,
        stats.mode,
    )
    # parts run in reverse order, but read the same windows and run the same batches as the one run
    assert sorted(p_reader.windows) == sorted(s_reader.windows)
    assert len(p_session.batches) == len(s_session.batches)
    single_batches = {batch.tobytes() for batch in s_session.batches}
    assert all(batch.tobytes() in single_batches for batch in p_session.batches)


def test_parts_read_one_region_each(models):
    definition = define(models)
    args = arguments(definition, batch_size=2)
    items = random_items(80, seed=2)
    parts = partition_objects(items, definition, args, 160, 96, target_pixels=16 * 16 * 10)
    reader = RecordingReader(labelled_raster())
    session = models["brightness"][1]
    for part in parts:
        reader.windows.clear()
        classify_part(reader, session, definition, args, part, Progress())
        x0, y0, x1, y1 = part.bounds
        assert reader.windows and all(
            x0 <= x and x + w <= x1 and y0 <= y and y + h <= y1 for x, y, w, h in reader.windows
        )


# --------------------------------------------------------------------------- probabilities or logits


class ShiftedSession:
    """The single-logit model's outputs plus ``shift``: its logits (at most 0) then lie in [0, 1] for
    chips whose brightness is near 0.5, so a part of such chips alone would take them for probabilities."""

    def __init__(self, session, shift=1.0):
        self.inner, self.shift = session, shift

    @property
    def session_run_seconds(self):
        return self.inner.session_run_seconds

    def run(self, batch):
        return [np.asarray(self.inner.run(batch)[0]) + self.shift]


def two_region_case(models):
    """A dark left half (clear logits) and a mid-grey right half (logits that look like probabilities),
    one point per 8 columns on a row: part 0 holds the dark chips, the later parts the grey ones."""
    data = np.zeros((3, 32, 336), dtype=np.uint8)
    data[:, :, :120] = 40
    data[:, :, 120:] = 130
    two = [{"Value": 1, "Name": "Far"}, {"Value": 2, "Name": "Near"}]
    definition = define(models, "single", Classes=two)
    items = [(index, Point(4 + 8 * index, 16)) for index in range(40)]
    return data, definition, items, ShiftedSession(models["single"][1])


def test_a_part_that_decides_otherwise_is_rerun_with_the_run_mode(models):
    data, definition, items, session = two_region_case(models)
    args = arguments(definition, batch_size=2)
    single = classify_objects(data_reader(data), session, definition, args, items, Progress())
    assert single.stats.mode == "sigmoid"
    parts = partition_objects(items, definition, args, 336, 32, target_pixels=16 * 16 * 8)
    assert len(parts) == 5
    alone = [classify_part(data_reader(data), session, definition, args, p, Progress()) for p in parts]
    assert [r.stats.mode for r in alone] == [
        "sigmoid",
        "sigmoid",
        "probabilities",
        "probabilities",
        "probabilities",
    ]
    # merged as they decided alone, the grey parts' confidences would be wrong: the merge refuses them
    with pytest.raises(RasterDLError, match="different ways"):
        merge_parts(items, parts, {r.index: r for r in alone})
    calls = []
    results = classify_in_parts(parts, in_process_runner(data_reader(data), session, definition, args, calls))
    assert calls == [[(p.index, None) for p in parts], [(2, "sigmoid"), (3, "sigmoid"), (4, "sigmoid")]]
    merged = merge_parts(items, parts, results)
    assert outcomes(merged) == outcomes(single)
    grey = merged[30]
    assert grey.class_name == "Near" and grey.confidence == pytest.approx(1 / (1 + np.exp(-0.51)), abs=0.01)


def test_run_mode_is_passed_to_every_part(models):
    data, definition, items, session = two_region_case(models)
    args = arguments(definition, batch_size=2)
    part = partition_objects(items, definition, args, 336, 32, target_pixels=16 * 16 * 8)[3]
    forced = classify_part(data_reader(data), session, definition, args, part, Progress(), mode="sigmoid")
    assert forced.stats.mode == "sigmoid"
    with pytest.raises(ValueError, match="Unknown output mode"):
        classify_part(data_reader(data), session, definition, args, part, Progress(), mode="logits")


def test_a_missing_part_is_an_error(models):
    definition = define(models)
    args = arguments(definition, batch_size=1)
    items = random_items(40, seed=1)
    parts = partition_objects(items, definition, args, 160, 96, target_pixels=16 * 16 * 8)
    reader, session = RecordingReader(labelled_raster()), models["brightness"][1]
    results = classify_in_parts(parts, in_process_runner(reader, session, definition, args))
    del results[parts[-1].index]
    with pytest.raises(RasterDLError, match=f"Part {parts[-1].index} of the features was never classified"):
        merge_parts(items, parts, results)
