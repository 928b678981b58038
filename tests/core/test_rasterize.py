"""Pixel-centre rasterisation: hand-computed cases, a brute-force reference and GDAL itself."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rasterdl.core.export.rasterize import instance_masks, overlap_order, rasterize
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box

SQUARE_ON_CENTRES = [(0.5, 0.5), (3.5, 0.5), (3.5, 3.5), (0.5, 3.5)]


def _mask(rows, cols, shape):
    out = np.zeros(shape, dtype=np.uint8)
    out[np.ix_(rows, cols)] = 1
    return out


@pytest.mark.parametrize("ring", [SQUARE_ON_CENTRES, SQUARE_ON_CENTRES[::-1]])
def test_edges_through_centres_follow_gdal_north_up(ring):
    # Left edge x=0.5: column 0 out; right edge x=3.5: column 3 in. Horizontal
    # edges on centre rows: both in for an outer ring (north-up GDAL).
    burnt = rasterize([(Polygon(ring), 1)], (6, 6))
    np.testing.assert_array_equal(burnt, _mask([0, 1, 2, 3], [1, 2, 3], (6, 6)))


@pytest.mark.parametrize("ring", [SQUARE_ON_CENTRES, SQUARE_ON_CENTRES[::-1]])
def test_edges_through_centres_south_up(ring):
    # GDAL with a south-up geotransform: top edge in, bottom edge out.
    burnt = rasterize([(Polygon(ring), 1)], (6, 6), north_up=False)
    np.testing.assert_array_equal(burnt, _mask([0, 1, 2], [1, 2, 3], (6, 6)))


def test_triangle_hypotenuse_through_centres_is_inside():
    # Centres (c+0.5, r+0.5) with c + r = 5 lie on the hypotenuse x + y = 6, a right edge: inside.
    burnt = rasterize([(Polygon([(0, 0), (6, 0), (0, 6)]), 1)], (6, 6))
    rows, cols = np.indices((6, 6))
    np.testing.assert_array_equal(burnt, (rows + cols <= 5).astype(np.uint8))
    assert burnt.sum() == 21


def test_triangle_off_centres():
    # Vertices off the centre lines: a plain inside test, no ties.
    burnt = rasterize([(Polygon([(0.2, 0.2), (4.2, 0.2), (0.2, 4.2)]), 1)], (5, 5))
    rows, cols = np.indices((5, 5))
    np.testing.assert_array_equal(burnt, ((cols + 0.5) + (rows + 0.5) < 4.4).astype(np.uint8))


@pytest.mark.parametrize(("north_up", "hole_rows"), [(True, [2, 3, 4]), (False, [3, 4])])
def test_hole_with_edges_through_centres(north_up, hole_rows):
    hole = [(2.5, 2.5), (5.5, 2.5), (5.5, 5.5), (2.5, 5.5)]
    polygon = Polygon([(0, 0), (8, 0), (8, 8), (0, 8)], [hole])
    burnt = rasterize([(polygon, 7)], (8, 8), north_up=north_up)
    expected = np.full((8, 8), 7, dtype=np.uint8)
    expected[np.ix_(hole_rows, [3, 4, 5])] = 0
    np.testing.assert_array_equal(burnt, expected)


def test_polygon_partly_outside_the_array():
    burnt = rasterize([(box(-2, -2, 2.2, 3.3), 1)], (4, 4))
    np.testing.assert_array_equal(burnt, _mask([0, 1, 2], [0, 1], (4, 4)))


def test_polygon_outside_or_covering_everything():
    assert not rasterize([(box(10, 10, 20, 20), 1)], (4, 4)).any()
    assert not rasterize([(box(-1e12, -5, -1e11, 5), 1)], (4, 4)).any()
    assert (rasterize([(box(-1e9, -1e9, 1e9, 1e9), 3)], (4, 5)) == 3).all()


def test_later_shapes_overwrite_and_fill_dtype():
    big, small = box(0, 0, 6, 6), box(2, 2, 4, 4)
    burnt = rasterize([(small, 2), (big, 1)], (6, 6), dtype=np.int16, fill=-1)
    assert burnt.dtype == np.int16
    assert (burnt == 1).all()
    burnt = rasterize(overlap_order([(small, 2), (big, 1)]), (6, 6))
    assert (burnt[2:4, 2:4] == 2).all()
    assert burnt.sum() == 32 + 8


def test_overlap_order_is_by_decreasing_area_and_stable():
    a, b, c = box(0, 0, 1, 1), box(0, 0, 5, 5), box(3, 3, 4, 4)
    assert overlap_order([(a, 1), (b, 2), (c, 3)]) == [(b, 2), (a, 1), (c, 3)]
    assert overlap_order([]) == []


def test_multipolygon_parts_overlapping_are_united():
    parts = MultiPolygon([box(0, 0, 3, 3), box(1, 1, 4, 4)])
    burnt = rasterize([(parts, 1)], (4, 4))
    assert burnt[1:3, 1:3].all()
    assert burnt.sum() == 9 + 9 - 4


def test_points_lines_and_empty_burn_nothing():
    shapes = [(Point(1.5, 1.5), 1), (LineString([(0, 0.5), (4, 0.5)]), 1), (Polygon(), 1)]
    assert not rasterize(shapes, (4, 4)).any()
    assert not rasterize([], (4, 4)).any()


def test_geometry_collection_burns_its_polygons():
    collection = shapely.GeometryCollection([box(0, 0, 2, 2), LineString([(3, 0), (3, 4)])])
    np.testing.assert_array_equal(rasterize([(collection, 1)], (4, 4)), _mask([0, 1], [0, 1], (4, 4)))


def test_value_that_does_not_fit_the_dtype_is_refused():
    with pytest.raises(ValueError, match="300"):
        rasterize([(box(0, 0, 1, 1), 300)], (2, 2))
    with pytest.raises(ValueError, match="-1"):
        rasterize([], (2, 2), fill=-1)


def test_instance_masks_number_instances_per_class():
    instances = [(box(0, 0, 4, 4), 1), (box(5, 5, 7, 7), 2), (box(1, 1, 2, 2), 1)]
    masks = instance_masks(instances, (8, 8))
    assert sorted(masks) == [1, 2]
    assert masks[1].dtype == np.uint8
    assert masks[1][0, 0] == 1 and masks[1][1, 1] == 2  # the small instance on top
    assert (masks[1][5:7, 5:7] == 0).all()
    assert set(np.unique(masks[2])) == {0, 1}


def test_instance_masks_switch_to_uint16_above_255():
    instances = [(box(i % 20, i // 20, i % 20 + 1, i // 20 + 1), 4) for i in range(300)]
    mask = instance_masks(instances, (20, 20))[4]
    assert mask.dtype == np.uint16
    assert mask[14, 19] == 300
    assert set(np.unique(mask).tolist()) == set(range(301))


# --- brute-force reference -------------------------------------------------
# GDAL's rule, restated per pixel: a centre is inside when the point nudged
# left by EPS and down by a much smaller DELTA is inside the polygon (left and
# top edges, vertices: half-open), or when it lies on a horizontal edge that
# GDAL walks right to left: any horizontal edge of an outer ring north-up, of a
# hole south-up. Vertices on a 0.5 grid make the ties frequent and exact.
EPS, DELTA = 1e-6, 1e-10


def _horizontal_hits(ring, cx, cy):
    coords = np.asarray(ring.coords)
    hit = np.zeros(cx.shape, dtype=bool)
    for (x1, y1), (x2, y2) in zip(coords[:-1], coords[1:]):
        if y1 == y2:
            hit |= (cy == y1) & (cx > min(x1, x2)) & (cx <= max(x1, x2))
    return hit


def _reference(geometry, shape, north_up=True):
    rows, cols = np.indices(shape)
    cx, cy = cols + 0.5, rows + 0.5
    inside = np.zeros(shape, dtype=bool)
    for part in shapely.get_parts(geometry):
        inside |= shapely.contains_xy(part, cx - EPS, cy + DELTA)
        rings = [part.exterior] if north_up else list(part.interiors)
        for ring in rings:
            inside |= _horizontal_hits(ring, cx, cy)
    return inside.astype(np.uint8)


@st.composite
def _star(draw, cx, cy, radius):
    n = draw(st.integers(3, 8))
    angles = np.sort(draw(st.lists(st.floats(0, 2 * np.pi), min_size=n, max_size=n, unique=True)))
    radii = np.array(draw(st.lists(st.floats(0.6, 1.0), min_size=n, max_size=n))) * radius
    points = np.round(np.c_[cx + radii * np.cos(angles), cy + radii * np.sin(angles)] * 2) / 2
    return points[::-1] if draw(st.booleans()) else points


@st.composite
def _polygons(draw):
    parts = []
    for _ in range(draw(st.integers(1, 2))):
        cx = draw(st.integers(-4, 20)) / 2
        cy = draw(st.integers(-4, 20)) / 2
        radius = draw(st.floats(1.5, 8))
        holes = [draw(_star(cx, cy, radius * 0.25))] if draw(st.booleans()) else []
        parts.append(Polygon(draw(_star(cx, cy, radius)), holes))
    geometry = parts[0] if len(parts) == 1 else MultiPolygon(parts)
    return geometry


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(geometry=_polygons(), north_up=st.booleans())
def test_matches_brute_force_reference(geometry, north_up):
    # Parts may overlap: GDAL, like the reference, unites them.
    assume(all(part.is_valid and part.area > 0 for part in shapely.get_parts(geometry)))
    burnt = rasterize([(geometry, 1)], (10, 9), north_up=north_up)
    np.testing.assert_array_equal(burnt, _reference(geometry, (10, 9), north_up))


def _gdal_rasterize(shapes, shape, north_up):
    gdal = pytest.importorskip("osgeo.gdal")
    ogr = pytest.importorskip("osgeo.ogr")
    height, width = shape
    dataset = gdal.GetDriverByName("MEM").Create("", width, height, 1, gdal.GDT_Byte)
    dataset.SetGeoTransform((0, 1, 0, height, 0, -1) if north_up else (0, 1, 0, 0, 0, 1))
    source = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = source.CreateLayer("labels")
    layer.CreateField(ogr.FieldDefn("value", ogr.OFTInteger))
    for geometry, value in shapes:
        if north_up:
            geometry = shapely.transform(geometry, lambda c: np.c_[c[:, 0], height - c[:, 1]])
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkb(geometry.wkb))
        feature.SetField("value", value)
        layer.CreateFeature(feature)
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        gdal.RasterizeLayer(dataset, [1], layer, options=["ATTRIBUTE=value"])
    finally:
        gdal.PopErrorHandler()
    return dataset.ReadAsArray()


@pytest.mark.parametrize("north_up", [True, False])
def test_matches_gdal_rasterize(north_up):
    rng = np.random.default_rng(7)
    for _ in range(60):
        shapes = []
        for value in range(1, 4):
            cx, cy = rng.uniform(-3, 20, 2)
            n = int(rng.integers(3, 9))
            angles = np.sort(rng.uniform(0, 2 * np.pi, n))
            radii = rng.uniform(1, 8, n)
            ring = np.round(np.c_[cx + radii * np.cos(angles), cy + radii * np.sin(angles)] * 2) / 2
            polygon = Polygon(ring if rng.random() < 0.5 else ring[::-1])
            if polygon.is_valid and polygon.area > 0:
                shapes.append((polygon, value))
        expected = _gdal_rasterize(shapes, (16, 17), north_up)
        np.testing.assert_array_equal(rasterize(shapes, (16, 17), north_up=north_up), expected)
