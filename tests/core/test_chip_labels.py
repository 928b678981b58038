"""Labels of a chip: clipping, boxes, sample areas, and the Labeled_Tiles windows."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from rasterdl.core.export.chip_grid import ExportError, LabelFeature
from rasterdl.core.export.chip_labels import (
    ChipLabel,
    bbox_window,
    blacken_outside,
    centred_window,
    labels_for_chip,
    sample_areas,
)
from shapely.geometry import LineString, MultiPoint, MultiPolygon, Point, Polygon, box


def test_feature_cut_by_the_chip_edge():
    feature = LabelFeature(7, 2, box(5, 5, 15, 15), "Palm")
    (label,) = labels_for_chip([feature], 10, 10, 20, 20)
    assert isinstance(label, ChipLabel)
    assert (label.feature_id, label.class_value, label.class_name) == (7, 2, "Palm")
    assert label.bbox == (0.0, 0.0, 5.0, 5.0)
    assert label.area_px == 25.0
    assert label.truncated
    assert label.geometry.equals(box(0, 0, 5, 5))


def test_feature_inside_the_chip_keeps_exact_box():
    feature = LabelFeature(1, 1, box(12.25, 13.5, 20.75, 18))
    (label,) = labels_for_chip([feature], 10, 10, 20, 20)
    assert label.bbox == (2.25, 3.5, 10.75, 8.0)
    assert label.area_px == pytest.approx(8.5 * 4.5)
    assert not label.truncated


def test_box_is_the_feature_extent_clipped_to_the_chip():
    # The visible part is the triangle (0,0)-(10,0)-(0,10); the box is the extent clipped.
    feature = LabelFeature(1, 1, Polygon([(0, 0), (30, 0), (0, 30)]))
    (label,) = labels_for_chip([feature], 10, 10, 20, 20)
    assert label.bbox == (0.0, 0.0, 20.0, 20.0)
    assert label.geometry.bounds == (0.0, 0.0, 10.0, 10.0)
    assert label.area_px == pytest.approx(50.0)
    assert label.truncated


def test_feature_extending_past_far_edges():
    feature = LabelFeature(1, 1, box(250, 100, 300, 260))
    (label,) = labels_for_chip([feature], 0, 0, 256, 256)
    assert label.bbox == (250.0, 100.0, 256.0, 256.0)
    assert label.truncated


def test_empty_touching_and_small_features_are_dropped():
    features = [
        LabelFeature(0, 1, box(0, 0, 10, 10)),  # touches the chip's left edge only
        LabelFeature(1, 1, box(50, 50, 60, 60)),  # outside
        LabelFeature(2, 1, Point(15, 15)),  # a point: no area
        LabelFeature(3, 1, LineString([(10, 12), (30, 12)])),  # a line: no area
        LabelFeature(4, 1, box(11, 11, 12, 12)),  # 1 px
        LabelFeature(5, 1, box(12, 12, 16, 16)),  # 16 px
    ]
    assert [label.feature_id for label in labels_for_chip(features, 10, 10, 20, 20)] == [4, 5]
    assert [label.feature_id for label in labels_for_chip(features, 10, 10, 20, 20, min_area=2)] == [5]
    assert labels_for_chip([], 0, 0, 5, 5) == []


def test_clipped_geometry_keeps_only_polygons():
    feature = LabelFeature(1, 1, MultiPolygon([box(12, 12, 14, 14), box(0, 10, 10, 20)]))
    (label,) = labels_for_chip([feature], 10, 10, 20, 20)
    assert label.geometry.geom_type == "Polygon"
    assert label.geometry.equals(box(2, 2, 4, 4))
    assert label.bbox == (0.0, 0.0, 4.0, 10.0)
    assert label.truncated


def test_sample_areas_with_zero_radius():
    point, multipoint = Point(3.3, 4.6), MultiPoint([(1, 1), (5, 5)])
    line, polygon = LineString([(0, 2.5), (5, 2.5)]), box(0, 0, 2, 2)
    areas = sample_areas([point, multipoint, line, polygon], 0)
    np.testing.assert_allclose(areas[0].bounds, (2.8, 4.1, 3.8, 5.1))
    assert areas[0].area == pytest.approx(1.0)
    assert areas[1].area == pytest.approx(2.0)
    assert areas[2].equals(box(0, 2, 5, 3))
    assert areas[3] is polygon


def test_sample_areas_with_radius_buffer_points_and_lines_only():
    point, polygon = Point(10, 10), box(0, 0, 2, 2)
    areas = sample_areas([point, LineString([(0, 0), (10, 0)]), polygon], 2.0)
    assert areas[0].area == pytest.approx(np.pi * 4, rel=0.02)
    assert areas[1].bounds == pytest.approx((-2, -2, 12, 2))
    assert areas[2] is polygon
    assert sample_areas([], 1.0) == []
    with pytest.raises(ExportError):
        sample_areas([point], -1)


def test_buffered_point_gives_a_label_and_one_pixel():
    (area,) = sample_areas([Point(13.3, 14.6)], 0)
    (label,) = labels_for_chip([LabelFeature(1, 1, area)], 10, 10, 8, 8)
    assert label.bbox == pytest.approx((2.8, 4.1, 3.8, 5.1))
    pixels = blacken_outside(np.ones((1, 8, 8), dtype=np.uint8), label.geometry)
    assert pixels.sum() == 1 and pixels[0, 4, 3] == 1


def test_centred_window():
    feature = LabelFeature(1, 1, box(100, 100, 110, 120))
    assert centred_window(feature, 64, 32, 1000, 1000) == (73, 94)
    assert centred_window(feature.geometry, 65, 33, 1000, 1000) == (73, 94)
    assert centred_window(box(1, 1, 3, 3), 64, 64, 1000, 500) == (0, 0)
    assert centred_window(box(990, 490, 999, 499), 64, 64, 1000, 500) == (936, 436)
    with pytest.raises(ExportError):
        centred_window(feature, 64, 64, 32, 1000)


def test_bbox_window():
    feature = LabelFeature(1, 1, box(10.2, 20.7, 30.1, 40.0))
    assert bbox_window(feature, 100, 100) == (10, 20, 21, 20)
    assert bbox_window(feature, 100, 100, pad=2) == (8, 18, 25, 24)
    assert bbox_window(box(95.5, -3, 120, 5), 100, 100) == (95, 0, 5, 5)
    assert bbox_window(Point(7, 8), 100, 100) == (7, 8, 1, 1)
    with pytest.raises(ExportError, match="outside"):
        bbox_window(box(200, 0, 210, 5), 100, 100)


def test_blacken_outside_zeroes_pixels_whose_centre_is_outside():
    pixels = np.full((3, 4, 4), 7, dtype=np.uint16)
    out = blacken_outside(pixels, Polygon([(0, 0), (2, 0), (2, 4), (0, 4)]))
    assert out.dtype == np.uint16 and out.shape == (3, 4, 4)
    assert (out[:, :, :2] == 7).all() and (out[:, :, 2:] == 0).all()
    assert (pixels == 7).all()
    single = blacken_outside(np.ones((4, 4)), shapely.Polygon([(0, 0), (4, 0), (0, 4)]))
    assert single.sum() == 10
