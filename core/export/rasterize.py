"""Burn polygons into a grid by GDAL's pixel-centre rule, vectorised with numpy.

Coordinates are grid pixels: x = column, y = row, origin at the top-left
corner, y pointing down; pixel (c, r) covers [c, c+1) x [r, r+1) and its centre
is (c + 0.5, r + 0.5). A pixel is burnt when its centre is inside the polygon,
decided exactly as ``gdal.Rasterize`` (GDAL 3, ALL_TOUCHED off) decides it for a
north-up raster, including the cases where a centre lies exactly on an edge:

* Scanline y = r + 0.5 meets the non-horizontal edges whose end points satisfy
  ``y_low <= r + 0.5 < y_high`` (a vertex on the line counts once, for the edge
  going down from it). Between each pair of sorted crossings xa <= xb the
  columns with ``xa < c + 0.5 <= xb`` are burnt: a centre on a left edge is
  outside, one on a right edge inside.
* A horizontal edge lying exactly on a centre line burns the centres it spans,
  (xa, xb] again, when GDAL walks it from right to left, and GDAL first turns
  every ring clockwise in map coordinates. The net effect for a centre exactly
  on a horizontal edge: on a north-up raster (the default) the top and bottom
  edges of an outer ring are inside, a hole's top edge is outside and its
  bottom edge inside; with ``north_up=False`` (GDAL on a south-up
  geotransform) an outer ring's bottom edge is outside and the rest inside.

Parts of a MultiPolygon are burnt one after the other, as GDAL does in replace
mode, so overlapping parts are united rather than cancelled. Points, lines and
zero-area parts burn nothing: buffer them first.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

_POLYGON = 3
_COLLECTIONS = (4, 5, 6, 7)


def _polygon_parts(geometries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Non-empty Polygon parts of ``geometries`` (collections flattened) and the index of their owner."""
    parts = geometries
    owner = np.arange(len(geometries))
    while True:
        types = shapely.get_type_id(parts)
        nested = np.isin(types, _COLLECTIONS)
        if not nested.any():
            break
        sub, sub_index = shapely.get_parts(parts[nested], return_index=True)
        parts = np.concatenate([parts[~nested], sub])
        owner = np.concatenate([owner[~nested], owner[nested][sub_index]])
    keep = (shapely.get_type_id(parts) == _POLYGON) & ~shapely.is_empty(parts)
    return parts[keep], owner[keep]


def _rows_from(y: np.ndarray) -> np.ndarray:
    """Smallest integer r with ``r + 0.5 >= y``, robust to rounding in ``y - 0.5``."""
    r = np.ceil(y - 0.5)
    r = np.where(r - 0.5 >= y, r - 1.0, r)
    return np.where(r + 0.5 < y, r + 1.0, r)


def _clip_int(values: np.ndarray, low: int, high: int) -> np.ndarray:
    """Clip float values to [low, high] before casting, so huge coordinates cannot overflow."""
    return np.clip(values, low, high).astype(np.int64)


def _spans(
    geometries: np.ndarray, shape: tuple[int, int], north_up: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Burnt runs ``(owner, row, col_start, col_stop)`` of every geometry, clipped to the grid.

    Runs of one owner may overlap (parts of a MultiPolygon, horizontal edges):
    the owner's burnt pixels are their union.
    """
    height, width = shape
    empty = np.zeros(0, dtype=np.int64)
    parts, part_owner = _polygon_parts(geometries)
    if len(parts) == 0:
        return empty, empty, empty, empty
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    coords, coord_ring = shapely.get_coordinates(rings, return_index=True)
    start = np.flatnonzero(coord_ring[:-1] == coord_ring[1:])
    x1, y1 = coords[start, 0], coords[start, 1]
    x2, y2 = coords[start + 1, 0], coords[start + 1, 1]
    edge_ring = coord_ring[start]
    finite = np.isfinite(x1) & np.isfinite(y1) & np.isfinite(x2) & np.isfinite(y2)
    x1, y1, x2, y2, edge_ring = x1[finite], y1[finite], x2[finite], y2[finite], edge_ring[finite]
    edge_owner = part_owner[ring_part[edge_ring]]
    edge_part = ring_part[edge_ring]

    # GDAL walks every ring clockwise in map coordinates: positive shoelace area
    # in y-down pixel coordinates when the raster is north-up.
    twice_area = np.bincount(edge_ring, weights=x1 * y2 - x2 * y1, minlength=len(rings))
    reversed_ring = twice_area < 0 if north_up else twice_area > 0

    # Crossings of non-horizontal edges with the centre lines of the rows.
    sloped = y1 != y2
    down = y1 < y2
    ylo = np.where(down, y1, y2)[sloped]
    yhi = np.where(down, y2, y1)[sloped]
    xlo = np.where(down, x1, x2)[sloped]
    xhi = np.where(down, x2, x1)[sloped]
    first = _clip_int(_rows_from(ylo), 0, height)
    stop = _clip_int(_rows_from(yhi), 0, height)
    counts = np.maximum(stop - first, 0)
    edge = np.repeat(np.arange(len(counts)), counts)
    offsets = np.repeat(np.cumsum(counts) - counts, counts)
    rows = first[edge] + np.arange(len(edge)) - offsets
    centre_y = rows + 0.5
    cross = (centre_y - ylo[edge]) * (xhi[edge] - xlo[edge]) / (yhi[edge] - ylo[edge]) + xlo[edge]
    cols = _clip_int(np.floor(cross + 0.5), -1, width + 1)
    part = edge_part[sloped][edge]
    order = np.lexsort((cols, rows, part))
    rows, cols, part = rows[order], cols[order], part[order]
    run_owner = part_owner[part[0::2]]
    run_row = rows[0::2]
    run_start, run_stop = cols[0::2], cols[1::2]

    # Horizontal edges on a centre line, walked right to left by GDAL.
    flat = ~sloped
    row_f = np.floor(y1[flat])
    on_centre = (row_f + 0.5 == y1[flat]) & (row_f >= 0) & (row_f < height)
    leftward = (x1[flat] > x2[flat]) != reversed_ring[edge_ring[flat]]
    burn = on_centre & leftward
    hx1, hx2 = x1[flat][burn], x2[flat][burn]
    h_start = _clip_int(np.floor(np.minimum(hx1, hx2) + 0.5), -1, width + 1)
    h_stop = _clip_int(np.floor(np.maximum(hx1, hx2) + 0.5), -1, width + 1)

    owner = np.concatenate([run_owner, edge_owner[flat][burn]])
    row = np.concatenate([run_row, row_f[burn].astype(np.int64)])
    col_start = np.clip(np.concatenate([run_start, h_start]), 0, width)
    col_stop = np.clip(np.concatenate([run_stop, h_stop]), 0, width)
    keep = col_stop > col_start
    return owner[keep], row[keep], col_start[keep], col_stop[keep]


def _check_values(values: np.ndarray, dtype: np.dtype) -> None:
    """Raise ValueError when a burn or fill value does not fit the integer ``dtype`` (numpy would wrap it)."""
    if np.issubdtype(dtype, np.integer):
        info = np.iinfo(dtype)
        low, high = values.min(), values.max()
        if low < info.min or high > info.max:
            bad = low if low < info.min else high
            raise ValueError(f"The value {bad} does not fit the data type {dtype.name}.")


def rasterize(
    shapes: Sequence[tuple[BaseGeometry, int]],
    shape: tuple[int, int],
    dtype=np.uint8,
    fill: int = 0,
    north_up: bool = True,
) -> np.ndarray:
    """Array of ``shape`` (rows, columns) with each (geometry, value) burnt in order, later ones on top.

    Geometries are in grid pixel coordinates; the pixel-centre rule and its
    boundary cases are GDAL's (see the module docstring). ``north_up`` says
    which ring orientation GDAL would use; it only matters for centres lying
    exactly on horizontal edges.
    """
    height, width = (int(v) for v in shape)
    dtype = np.dtype(dtype)
    values = np.array([value for _, value in shapes] + [fill])
    _check_values(values, dtype)
    out = np.full((height, width), fill, dtype=dtype)
    if not len(shapes) or height <= 0 or width <= 0:
        return out
    geometries = np.empty(len(shapes), dtype=object)
    geometries[:] = [geometry for geometry, _ in shapes]
    _paint(out, *_spans(geometries, (height, width), north_up), values)
    return out


def _paint(
    out: np.ndarray,
    owner: np.ndarray,
    row: np.ndarray,
    start: np.ndarray,
    stop: np.ndarray,
    values: np.ndarray,
) -> None:
    """Set the union of each owner's runs [start, stop) to its value, owners in increasing order.

    Each owner is painted through a difference array over its own bounding
    window, so the cost follows the features' extent rather than the grid's.
    """
    if len(owner) == 0:
        return
    order = np.argsort(owner, kind="stable")
    owner, row, start, stop = owner[order], row[order], start[order], stop[order]
    first = np.concatenate([[0], np.flatnonzero(np.diff(owner)) + 1])
    windows = zip(
        first.tolist(),
        np.append(first[1:], len(owner)).tolist(),
        np.minimum.reduceat(row, first).tolist(),
        (np.maximum.reduceat(row, first) + 1).tolist(),
        np.minimum.reduceat(start, first).tolist(),
        np.maximum.reduceat(stop, first).tolist(),
        values[owner[first]].tolist(),
    )
    for i, j, r0, r1, c0, c1, value in windows:
        n_cols = c1 - c0 + 1
        size = (r1 - r0) * n_cols
        line = (row[i:j] - r0) * n_cols - c0
        diff = np.bincount(line + start[i:j], minlength=size) - np.bincount(line + stop[i:j], minlength=size)
        covered = np.cumsum(diff.reshape(r1 - r0, n_cols), axis=1)[:, :-1] > 0
        out[r0:r1, c0:c1][covered] = value


def overlap_order(shapes: Sequence[tuple[BaseGeometry, int]]) -> list[tuple[BaseGeometry, int]]:
    """``shapes`` sorted by decreasing area: drawn in this order, smaller features win where they overlap.

    This is the stated rule for Classified_Tiles and RCNN masks; equal areas
    keep their input order.
    """
    if not len(shapes):
        return []
    geometries = np.empty(len(shapes), dtype=object)
    geometries[:] = [geometry for geometry, _ in shapes]
    areas = shapely.area(geometries)
    order = np.argsort(-areas, kind="stable")
    return [shapes[i] for i in order]


def instance_masks(
    instances: Sequence[tuple[BaseGeometry, int]], shape: tuple[int, int], north_up: bool = True
) -> dict[int, np.ndarray]:
    """One array per class value for RCNN_Masks, each instance burnt with its own value 1..n.

    ``instances`` are (geometry, class value) pairs; within a class, the i-th
    instance in input order gets value i. Larger instances are drawn first so
    that smaller ones win where they overlap. The arrays are uint8, or uint16 /
    uint32 when a class has more than 255 / 65,535 instances.
    """
    by_class: dict[int, list[BaseGeometry]] = {}
    for geometry, class_value in instances:
        by_class.setdefault(int(class_value), []).append(geometry)
    masks = {}
    for class_value, geometries in by_class.items():
        count = len(geometries)
        dtype = np.uint8 if count <= 0xFF else np.uint16 if count <= 0xFFFF else np.uint32
        numbered = [(geometry, i + 1) for i, geometry in enumerate(geometries)]
        masks[class_value] = rasterize(overlap_order(numbered), shape, dtype=dtype, north_up=north_up)
    return masks
