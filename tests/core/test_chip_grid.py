"""Chip placement, the label spatial index and mask polygons."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rasterdl.core.errors import RasterDLError
from rasterdl.core.export.chip_grid import (
    ExportError,
    LabelFeature,
    LabelIndex,
    build_mask_tree,
    chip_origins,
    inside_mask,
)
from shapely.geometry import LineString, Point, box


def test_origins_step_by_stride_row_major():
    assert chip_origins(8, 6, 4, 3, 4, 3) == [(0, 0), (4, 0), (0, 3), (4, 3)]


def test_last_chip_is_flush_with_right_and_bottom_edges():
    origins = chip_origins(10, 7, 4, 4, 3, 2)
    xs = sorted({x for x, _ in origins})
    ys = sorted({y for _, y in origins})
    assert xs == [0, 3, 6]  # 6 + 4 = 10: the strided chip already reaches the edge
    assert ys == [0, 2, 3]  # 2 + 4 = 6 < 7: one more chip flush at 7 - 4 = 3
    assert origins[:3] == [(0, 0), (3, 0), (6, 0)]
    assert len(origins) == len(set(origins)) == 9


def test_tile_equal_to_raster_gives_one_chip():
    assert chip_origins(256, 256, 256, 256, 128, 128) == [(0, 0)]


def test_stride_larger_than_tile_leaves_gaps_but_reaches_the_edge():
    assert chip_origins(10, 2, 2, 2, 5, 1) == [(0, 0), (5, 0), (8, 0)]


@settings(max_examples=60, deadline=None)
@given(
    width=st.integers(1, 60),
    height=st.integers(1, 60),
    tile_x=st.integers(1, 60),
    tile_y=st.integers(1, 60),
    stride_x=st.integers(1, 30),
    stride_y=st.integers(1, 30),
)
def test_chips_cover_every_pixel_when_stride_fits(width, height, tile_x, tile_y, stride_x, stride_y):
    if tile_x > width or tile_y > height:
        with pytest.raises(ExportError):
            chip_origins(width, height, tile_x, tile_y, stride_x, stride_y)
        return
    origins = chip_origins(width, height, tile_x, tile_y, stride_x, stride_y)
    assert len(origins) == len(set(origins))
    covered = np.zeros((height, width), dtype=bool)
    for x, y in origins:
        assert 0 <= x <= width - tile_x and 0 <= y <= height - tile_y
        covered[y : y + tile_y, x : x + tile_x] = True
    if stride_x <= tile_x and stride_y <= tile_y:
        assert covered.all()
    assert covered[-1, -1] and covered[0, 0]


@pytest.mark.parametrize(
    "args",
    [(100, 100, 0, 10, 5, 5), (100, 100, 10, -1, 5, 5), (100, 100, 10, 10, 0, 5), (100, 100, 10, 10, 5, -3)],
)
def test_tile_or_stride_not_positive_is_refused(args):
    with pytest.raises(ExportError, match="above zero"):
        chip_origins(*args)


def test_tile_larger_than_raster_names_both_sizes():
    with pytest.raises(ExportError) as info:
        chip_origins(300, 200, 256, 256, 128, 128)
    assert "256 x 256" in str(info.value) and "300 x 200" in str(info.value)
    assert isinstance(info.value, RasterDLError)


def _features():
    return [
        LabelFeature(0, 1, box(1, 1, 3, 3), "a"),
        LabelFeature(1, 2, box(10, 0, 12, 4), "b"),  # touches x = 10 only
        LabelFeature(2, 1, Point(5, 5)),
        LabelFeature(3, 1, Point(10, 5)),  # on the window edge
        LabelFeature(4, 3, LineString([(0, 10), (10, 10)])),  # along the bottom edge
        LabelFeature(5, 3, LineString([(-5, 2), (20, 2)])),  # crosses the window
        LabelFeature(6, 1, box(9, 9, 11, 11)),  # overlaps the corner
    ]


def test_index_returns_features_meeting_the_window_interior_in_input_order():
    index = LabelIndex(_features())
    assert len(index) == 7
    assert [f.feature_id for f in index.query(0, 0, 10, 10)] == [0, 2, 5, 6]
    assert [f.feature_id for f in index.query(10, 0, 5, 5)] == [1, 5]
    assert index.query(30, 30, 5, 5) == []


def test_index_of_no_features():
    assert LabelIndex([]).query(0, 0, 10, 10) == []


def test_label_feature_is_frozen():
    feature = LabelFeature(1, 2, box(0, 0, 1, 1))
    assert feature.class_name == ""
    with pytest.raises(AttributeError):
        feature.class_value = 3


def test_inside_mask_single_polygon_and_edges():
    tree = build_mask_tree([box(0, 0, 100, 100)])
    assert inside_mask(0, 0, 100, 100, tree)  # edges on the mask boundary
    assert inside_mask(10, 10, 20, 20, tree)
    assert not inside_mask(90, 90, 20, 20, tree)
    assert not inside_mask(200, 200, 10, 10, tree)


def test_inside_mask_across_adjacent_polygons_and_holes():
    tree = build_mask_tree([box(0, 0, 50, 100), box(50, 0, 100, 100), box(0, 200, 10, 210)])
    assert inside_mask(40, 10, 20, 20, tree)  # straddles the shared edge
    holed = box(0, 0, 100, 100).difference(box(40, 40, 60, 60))
    tree = build_mask_tree([holed])
    assert inside_mask(0, 0, 30, 30, tree)
    assert not inside_mask(30, 30, 20, 20, tree)
