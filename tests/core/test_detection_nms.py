"""NMS and covered-box suppression on hand-made boxes, against a one-by-one reference."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rasterdl.core.engine import detection_nms
from rasterdl.core.engine.detection_nms import (
    batched_nms,
    nms,
    rotated_corners,
    rotated_polygons,
    suppress_covered,
)


def reference_nms(boxes, scores, threshold, measure="iou", groups=None):
    """The textbook greedy loop, one box at a time against the boxes kept so far."""
    boxes = np.asarray(boxes, float)
    groups = np.zeros(len(scores), int) if groups is None else np.asarray(groups)
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    kept = []
    for i in sorted(range(len(scores)), key=lambda i: (-scores[i], i)):
        other = np.array([j for j in kept if groups[j] == groups[i]], dtype=int)
        width = np.minimum(boxes[i, 2], boxes[other, 2]) - np.maximum(boxes[i, 0], boxes[other, 0])
        height = np.minimum(boxes[i, 3], boxes[other, 3]) - np.maximum(boxes[i, 1], boxes[other, 1])
        inter = np.clip(width, 0, None) * np.clip(height, 0, None)
        union = areas[i] + areas[other] - inter if measure == "iou" else areas[i]
        if not np.any(inter / union > threshold):
            kept.append(i)
    return kept


def random_boxes(seed, count, extent=200.0, size=40.0):
    rng = np.random.default_rng(seed)
    corner = rng.uniform(0, extent, (count, 2))
    wh = rng.uniform(1, size, (count, 2))
    boxes = np.concatenate([corner, corner + wh], axis=1)
    scores = rng.uniform(0, 1, count).astype(np.float32)
    return boxes, scores


def test_nms_keeps_the_best_of_overlapping_boxes():
    boxes = np.array([[0, 0, 10, 10], [1, 1, 11, 11], [20, 20, 30, 30], [0, 0, 10, 10]], float)
    scores = np.array([0.8, 0.9, 0.7, 0.8])
    # IoU(0, 1) = 81 / 119 = 0.68; box 3 equals box 0 and loses the tie by index
    assert nms(boxes, scores, 0.5).tolist() == [1, 2]
    assert nms(boxes, scores, 0.7).tolist() == [1, 0, 2]
    assert nms(boxes, scores, 1.0).tolist() == [1, 0, 3, 2]
    assert nms(np.zeros((0, 4)), np.zeros(0), 0.5).tolist() == []


def test_iou_threshold_is_strict():
    boxes = np.array([[0, 0, 10, 10], [5, 0, 15, 10]], float)  # IoU 50 / 150 = 1/3
    assert nms(boxes, np.array([0.9, 0.8]), 1 / 3).tolist() == [0, 1]
    assert nms(boxes, np.array([0.9, 0.8]), 0.33).tolist() == [0]


def test_boxes_that_only_touch_never_suppress():
    boxes = np.array([[0, 0, 10, 10], [10, 0, 20, 10], [0, 10, 10, 20]], float)
    assert sorted(nms(boxes, np.array([0.9, 0.8, 0.7]), 0.0).tolist()) == [0, 1, 2]


def test_batched_nms_is_class_aware():
    boxes = np.array([[0, 0, 10, 10], [1, 1, 11, 11], [1, 1, 11, 11]], float)
    scores = np.array([0.9, 0.8, 0.7])
    assert batched_nms(boxes, scores, np.array([0, 1, 0]), 0.5).tolist() == [0, 1]
    assert nms(boxes, scores, 0.5).tolist() == [0]


def test_a_chain_is_resolved_greedily():
    # each box overlaps its neighbours only: 0 keeps, 1 goes, so 2 stays, 3 goes...
    boxes = np.array([[10.0 * i, 0, 10.0 * i + 15, 10] for i in range(9)])
    scores = np.linspace(0.9, 0.1, 9)
    assert nms(boxes, scores, 0.1).tolist() == [0, 2, 4, 6, 8]


@pytest.mark.parametrize("count", [60, 1500])
def test_matches_the_reference_dense_and_through_the_tree(count):
    boxes, scores = random_boxes(count, count, extent=100.0 * np.sqrt(count / 60))
    groups = np.random.default_rng(1).integers(0, 3, count)
    assert nms(boxes, scores, 0.3).tolist() == reference_nms(boxes, scores, 0.3)
    assert batched_nms(boxes, scores, groups, 0.3).tolist() == reference_nms(
        boxes, scores, 0.3, groups=groups
    )
    assert suppress_covered(boxes, scores, 0.6).tolist() == reference_nms(boxes, scores, 0.6, "cover")


def test_long_chains_finish_one_by_one(monkeypatch):
    monkeypatch.setattr(detection_nms, "MAX_ROUNDS", 2)
    boxes = np.array([[10.0 * i, 0, 10.0 * i + 15, 10] for i in range(40)])
    scores = np.linspace(0.9, 0.1, 40)
    assert nms(boxes, scores, 0.1).tolist() == list(range(0, 40, 2))


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), count=st.integers(0, 30), threshold=st.floats(0.0, 1.0))
def test_nms_property(seed, count, threshold):
    boxes, scores = random_boxes(seed, count, extent=60.0)
    assert nms(boxes, scores, threshold).tolist() == reference_nms(boxes, scores, threshold)


def test_suppress_covered_drops_a_box_inside_a_better_one():
    boxes = np.array([[0, 0, 100, 100], [10, 10, 30, 30], [90, 90, 110, 110], [0, 0, 100, 100]], float)
    scores = np.array([0.9, 0.5, 0.6, 0.3])
    # box 1 lies inside box 0 (covered 100%), box 2 a quarter, box 3 equals box 0
    assert suppress_covered(boxes, scores, 0.5).tolist() == [0, 2]
    assert suppress_covered(boxes, scores, 0.2).tolist() == [0]
    # a better box inside a worse one drops nothing: the worse box is barely covered
    assert suppress_covered(boxes[:2], np.array([0.1, 0.9]), 0.5).tolist() == [1, 0]
    # 0 disables it, best first all the same; classes keep different classes apart
    assert suppress_covered(boxes, scores, 0.0).tolist() == [0, 2, 1, 3]
    assert suppress_covered(boxes, scores, 0.5, classes=np.array([0, 1, 0, 0])).tolist() == [0, 2, 1]
    with pytest.raises(ValueError, match="between 0 and 1"):
        suppress_covered(boxes, scores, 1.5)


def test_rotated_corners_follow_ultralytics():
    corners = rotated_corners(np.array([[0.0, 0.0, 4.0, 2.0]]), np.array([np.pi / 2]))
    # a 4 x 2 box centred on (2, 1) turned a quarter: 2 wide, 4 high
    assert np.allclose(corners[0], [[3, -1], [3, 3], [1, 3], [1, -1]])


def test_rotated_nms_uses_polygon_overlap():
    boxes = np.array([[0, 0, 20, 2], [0, 0, 20, 2], [0, 0, 20, 2]], float)
    angles = np.array([0.0, np.pi / 2, 0.05])
    scores = np.array([0.9, 0.8, 0.7])
    # a cross overlaps little (IoU 4 / 76); a slightly turned copy overlaps most
    assert nms(boxes, scores, 0.5, angles=angles).tolist() == [0, 1]
    assert nms(boxes, scores, 0.5).tolist() == [0]
    areas = np.asarray([polygon.area for polygon in rotated_polygons(boxes, angles)])
    assert np.allclose(areas, 40.0)
    assert suppress_covered(boxes, scores, 0.05, angles=angles).tolist() == [0]
