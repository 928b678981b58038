"""Labelled samples and mask polygons in grid pixels, and the grid-pixel transform (no QGIS)."""

from __future__ import annotations

import shapely
from shapely.geometry import LineString, Point, Polygon, box

from core.export.chip_grid import inside_mask
from core.export.grid_geometry import window_box, wkbs_to_grid_pixels
from core.export.samples import grid_pixel_geometries, label_features, mask_tree

#: A grid with its top-left corner at (1000, 2000) and 2 x 2 map-unit pixels.
GEOTRANSFORM = (1000.0, 2.0, 0.0, 2000.0, 0.0, -2.0)


def test_map_geometries_become_grid_pixels_without_z():
    wkbs = [
        shapely.to_wkb(Point(1010.0, 1990.0, 7.0)),
        shapely.to_wkb(box(1000.0, 1980.0, 1004.0, 2000.0)),
    ]
    point, square = wkbs_to_grid_pixels(wkbs, GEOTRANSFORM)
    assert (point.x, point.y, point.has_z) == (5.0, 5.0, False)
    assert square.bounds == (0.0, 0.0, 2.0, 10.0)


def test_window_box_covers_the_window():
    assert window_box(2, 3, 4, 5).bounds == (2.0, 3.0, 6.0, 8.0)


def test_invalid_polygons_are_repaired_and_reported_by_index():
    bow_tie = Polygon([(1000, 2000), (1010, 1990), (1010, 2000), (1000, 1990)])
    good = box(1000, 1990, 1004, 2000)
    geometries, repaired = grid_pixel_geometries(
        [shapely.to_wkb(good), shapely.to_wkb(bow_tie)], GEOTRANSFORM
    )
    assert repaired == [1]
    assert all(geometry.is_valid for geometry in geometries)
    assert geometries[1].area == 12.5  # two triangles of 2.5 x 5 pixels
    assert geometries[0].bounds == (0.0, 0.0, 2.0, 5.0)


def test_points_and_lines_become_areas_and_samples_outside_the_grid_are_dropped():
    geometries = [
        Point(3.5, 4.5),
        LineString([(0, 1.5), (6, 1.5)]),
        box(1, 1, 3, 3),
        box(20, 20, 30, 30),  # outside the 10 x 10 grid
        Polygon(),
    ]
    features = label_features(geometries, [1, 2, 3, 4, 5], 0.0, 2.0, 10, 10)
    assert [(f.feature_id, f.class_value) for f in features] == [(0, 1), (1, 2), (2, 3)]
    assert features[0].geometry.bounds == (3.0, 4.0, 4.0, 5.0)
    assert features[1].geometry.bounds == (0.0, 1.0, 6.0, 2.0)
    assert features[2].geometry.equals(box(1, 1, 3, 3))


def test_the_buffer_radius_is_in_map_units():
    (feature,) = label_features([Point(5, 5)], [1], 4.0, -2.0, 10, 10)
    assert feature.geometry.bounds == (3.0, 3.0, 7.0, 7.0)


def test_mask_polygons_become_a_tree_in_grid_pixels():
    wkbs = [shapely.to_wkb(box(1000, 1980, 1010, 2000)), shapely.to_wkb(box(1010, 1980, 1020, 2000))]
    tree = mask_tree(wkbs, GEOTRANSFORM)
    assert inside_mask(0, 0, 10, 10, tree)
    assert inside_mask(3, 2, 4, 4, tree)  # straddles both polygons
    assert not inside_mask(8, 8, 4, 4, tree)
