"""Non-maximum suppression and covered-box suppression of detections, axis-aligned or rotated.

Boxes are ``(K, 4)`` x0, y0, x1, y1; rotated boxes add ``angles`` (radians, about the box
centre). Only pairs of boxes that touch are ever compared: small sets build the pair list
densely with numpy, large ones through a shapely STRtree, so a whole raster's detections are
suppressed in one call. The greedy pass then runs in rounds over that pair list (every box
whose better neighbours are all decided is decided at once), which gives exactly the result
of the classic greedy loop. Keep indexes come back best score first (ties by index).
"""

from __future__ import annotations

import numpy as np
import shapely

#: Above this many boxes the touching pairs come from an STRtree instead of a dense K x K test.
DENSE_LIMIT = 1024
#: Rounds of the vectorised greedy pass before the rest is finished one box at a time.
MAX_ROUNDS = 64


def rotated_corners(boxes: np.ndarray, angles: np.ndarray) -> np.ndarray:
    """(K, 4, 2) corners of ``boxes`` turned by ``angles`` about their centres (x towards y).

    The corners follow the box outline from (x0, y0) of the unturned box, as Ultralytics'
    ``xywhr2xyxyxyxy`` turns them.
    """
    boxes = np.asarray(boxes, dtype=np.float64).reshape(-1, 4)
    angles = np.asarray(angles, dtype=np.float64).reshape(-1)
    centre = np.stack([(boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2], axis=1)
    half_w, half_h = (boxes[:, 2] - boxes[:, 0]) / 2, (boxes[:, 3] - boxes[:, 1]) / 2
    cos, sin = np.cos(angles), np.sin(angles)
    along = np.stack([half_w * cos, half_w * sin], axis=1)
    across = np.stack([-half_h * sin, half_h * cos], axis=1)
    signs = np.array([(-1, -1), (1, -1), (1, 1), (-1, 1)], dtype=np.float64)
    return (
        centre[:, None, :] + signs[None, :, :1] * along[:, None, :] + signs[None, :, 1:] * across[:, None, :]
    )


def rotated_polygons(boxes: np.ndarray, angles: np.ndarray) -> np.ndarray:
    """Shapely polygons of the rotated ``boxes`` (an object array)."""
    corners = rotated_corners(boxes, angles)
    return shapely.polygons(np.concatenate([corners, corners[:, :1]], axis=1))


def _envelopes(boxes: np.ndarray, angles: np.ndarray | None) -> np.ndarray:
    """Axis-aligned bounds (K, 4) of the boxes, rotated or not."""
    if angles is None:
        return boxes
    corners = rotated_corners(boxes, angles)
    return np.concatenate([corners.min(axis=1), corners.max(axis=1)], axis=1)


def _touching_pairs(bounds: np.ndarray, groups: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i < j) whose ``bounds`` overlap with positive area, within the same group.

    Groups are kept apart by the coordinate-offset trick: each group is shifted along x past
    the extent of all the others, so boxes of different groups never touch.
    """
    count = len(bounds)
    if count < 2:
        return np.zeros(0, np.intp), np.zeros(0, np.intp)
    if groups is not None:
        _, rank = np.unique(groups, return_inverse=True)
        shift = rank.reshape(-1).astype(np.float64) * (bounds[:, 2].max() - bounds[:, 0].min() + 1.0)
        bounds = bounds + np.stack([shift, np.zeros(count), shift, np.zeros(count)], axis=1)
    if count <= DENSE_LIMIT:
        overlap = (
            np.minimum(bounds[:, None, 2], bounds[None, :, 2])
            > np.maximum(bounds[:, None, 0], bounds[None, :, 0])
        ) & (
            np.minimum(bounds[:, None, 3], bounds[None, :, 3])
            > np.maximum(bounds[:, None, 1], bounds[None, :, 1])
        )
        first, second = np.nonzero(np.triu(overlap, k=1))
        return first.astype(np.intp), second.astype(np.intp)
    geometries = shapely.box(bounds[:, 0], bounds[:, 1], bounds[:, 2], bounds[:, 3])
    left, right = shapely.STRtree(geometries).query(geometries)
    upper = left < right
    first, second = left[upper], right[upper]
    inside = (
        np.minimum(bounds[first, 2], bounds[second, 2]) > np.maximum(bounds[first, 0], bounds[second, 0])
    ) & (np.minimum(bounds[first, 3], bounds[second, 3]) > np.maximum(bounds[first, 1], bounds[second, 1]))
    return first[inside].astype(np.intp), second[inside].astype(np.intp)


def _areas(boxes: np.ndarray) -> np.ndarray:
    return np.clip(boxes[:, 2] - boxes[:, 0], 0, None) * np.clip(boxes[:, 3] - boxes[:, 1], 0, None)


def _intersections(
    boxes: np.ndarray, angles: np.ndarray | None, first: np.ndarray, second: np.ndarray
) -> np.ndarray:
    """Intersection areas of the box pairs (first[k], second[k])."""
    if angles is None:
        width = np.minimum(boxes[first, 2], boxes[second, 2]) - np.maximum(boxes[first, 0], boxes[second, 0])
        height = np.minimum(boxes[first, 3], boxes[second, 3]) - np.maximum(boxes[first, 1], boxes[second, 1])
        return np.clip(width, 0, None) * np.clip(height, 0, None)
    polygons = rotated_polygons(boxes, angles)
    return shapely.area(shapely.intersection(polygons[first], polygons[second]))


def _ratio(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    return np.divide(numerator, denominator, out=np.zeros_like(numerator), where=denominator > 0)


def _greedy(count: int, better: np.ndarray, worse: np.ndarray) -> np.ndarray:
    """Mask of boxes kept by greedy suppression, where keeping ``better[k]`` suppresses ``worse[k]``.

    Each round keeps every undecided box without an undecided better neighbour and
    suppresses the undecided boxes its kept neighbours beat, as the one-by-one loop would.
    """
    undecided, kept, suppressed = 0, 1, 2
    state = np.zeros(count, np.int8)
    for _ in range(MAX_ROUNDS):
        if not len(better):
            state[state == undecided] = kept
            return state == kept
        blocked = np.zeros(count, bool)
        blocked[worse] = True
        state[(state == undecided) & ~blocked] = kept
        beaten = state[better] == kept
        state[worse[beaten]] = suppressed
        live = (state[better] == undecided) & (state[worse] == undecided)
        better, worse = better[live], worse[live]
    order = np.argsort(better, kind="stable")
    better, worse = better[order], worse[order]
    starts = np.searchsorted(better, np.arange(count + 1))
    for box in np.flatnonzero(state == undecided):
        if state[box] == undecided:
            state[box] = kept
            losers = worse[starts[box] : starts[box + 1]]
            state[losers[state[losers] == undecided]] = suppressed
    return state == kept


def _suppress(
    boxes: np.ndarray,
    scores: np.ndarray,
    angles: np.ndarray | None,
    groups: np.ndarray | None,
    measure: str,
    threshold: float,
) -> np.ndarray:
    """Greedy suppression by IoU (``measure`` "iou") or by the covered fraction of the worse box ("cover")."""
    boxes = np.asarray(boxes, dtype=np.float64).reshape(-1, 4)
    scores = np.asarray(scores).reshape(-1)
    angles = None if angles is None else np.asarray(angles, dtype=np.float64).reshape(-1)
    groups = None if groups is None else np.asarray(groups).reshape(-1)
    order = np.lexsort((np.arange(len(scores)), -scores.astype(np.float64)))
    boxes, scores = boxes[order], scores[order]
    angles = None if angles is None else angles[order]
    groups = None if groups is None else groups[order]
    first, second = _touching_pairs(_envelopes(boxes, angles), groups)
    if len(first):
        intersection = _intersections(boxes, angles, first, second)
        areas = _areas(boxes)
        if measure == "iou":
            overlap = _ratio(intersection, areas[first] + areas[second] - intersection)
        else:
            overlap = _ratio(intersection, areas[second])
        hit = overlap > threshold
        first, second = first[hit], second[hit]
    kept = _greedy(len(scores), first, second)
    return order[kept]


def nms(
    boxes: np.ndarray, scores: np.ndarray, iou_threshold: float, angles: np.ndarray | None = None
) -> np.ndarray:
    """Indexes of the boxes greedy NMS keeps, best score first: a box is dropped when its IoU with a
    better kept box is above ``iou_threshold``. ``angles`` makes the boxes rotated (IoU of polygons)."""
    return _suppress(boxes, scores, angles, None, "iou", iou_threshold)


def batched_nms(
    boxes: np.ndarray,
    scores: np.ndarray,
    classes: np.ndarray,
    iou_threshold: float,
    angles: np.ndarray | None = None,
) -> np.ndarray:
    """:func:`nms` within each class (or any integer group): boxes of different classes never suppress
    each other (the coordinate-offset trick keeps them apart; overlaps are measured on the boxes as given)."""
    return _suppress(boxes, scores, angles, classes, "iou", iou_threshold)


def suppress_covered(
    boxes: np.ndarray,
    scores: np.ndarray,
    max_overlap_ratio: float,
    classes: np.ndarray | None = None,
    angles: np.ndarray | None = None,
) -> np.ndarray:
    """Indexes of the boxes kept, best score first, when a box is dropped as soon as a better kept box
    covers more than ``max_overlap_ratio`` of its own area (intersection / own area > ratio).

    This is the reading of ArcGIS' MAX_OVERLAP_RATIO used here: 0 disables it (all kept), 1 can
    never drop a box. It compares boxes of any class unless ``classes`` is given.
    """
    if not 0.0 <= max_overlap_ratio <= 1.0:
        raise ValueError(f"The maximum overlap ratio must be between 0 and 1, got {max_overlap_ratio}.")
    if max_overlap_ratio == 0.0:
        scores = np.asarray(scores).reshape(-1)
        return np.lexsort((np.arange(len(scores)), -scores.astype(np.float64)))
    return _suppress(boxes, scores, angles, classes, "cover", max_overlap_ratio)
