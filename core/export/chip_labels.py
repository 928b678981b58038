"""Label geometry of one chip: features moved into chip pixels and clipped, and Labeled_Tiles windows.

Input geometry is in grid pixels (x = column, y = row, y down); chip
coordinates are the same with the origin moved to the chip's top-left corner.
Only areal geometry yields labels: points and lines must first become sample
areas through :func:`sample_areas` (BUFFER_RADIUS, or the one-pixel default).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, box
from shapely.geometry.base import BaseGeometry

from .chip_grid import ExportError, LabelFeature
from .rasterize import rasterize

_POLYGON = 3


@dataclass(frozen=True)
class ChipLabel:
    """A feature as seen in one chip, in chip pixels.

    ``bbox`` (xmin, ymin, xmax, ymax) is the feature's extent clipped to the
    chip; ``area_px`` the area of the clipped geometry; ``truncated`` is True
    when the chip edge cuts the feature.
    """

    feature_id: int
    class_value: int
    class_name: str
    geometry: BaseGeometry
    bbox: tuple[float, float, float, float]
    area_px: float
    truncated: bool


def _polygonal(geometry: BaseGeometry) -> BaseGeometry:
    """The polygonal part of an intersection result (which may hold stray lines or points)."""
    if shapely.get_type_id(geometry) != 7:
        return geometry
    parts = shapely.get_parts(geometry)
    polygons = [p for p in parts.tolist() if shapely.get_type_id(p) == _POLYGON]
    if len(polygons) == 1:
        return polygons[0]
    return MultiPolygon(polygons)


def labels_for_chip(
    features: Sequence[LabelFeature], x: float, y: float, w: float, h: float, min_area: float = 0.0
) -> list[ChipLabel]:
    """Labels of the chip [x, x+w] x [y, y+h]: each feature moved into chip pixels and clipped to the chip.

    Features whose clipped area is zero (points, lines, features outside the
    chip or only touching it) or below ``min_area`` square pixels are dropped.
    """
    if not len(features):
        return []
    geometries = np.array([f.geometry for f in features], dtype=object)
    extent = shapely.bounds(geometries)
    moved = shapely.transform(geometries, lambda coords: coords - (x, y))
    clipped = shapely.intersection(moved, box(0, 0, w, h))
    areas = shapely.area(clipped)
    keep = (areas > 0) & (areas >= min_area)
    chip = np.array([x, y, x, y], dtype=float)
    limit = np.array([w, h, w, h], dtype=float)
    boxes = np.clip(extent - chip, 0.0, limit)
    truncated = (extent[:, :2] < chip[:2]).any(axis=1) | (extent[:, 2:] > chip[:2] + limit[:2]).any(axis=1)
    return [
        ChipLabel(
            feature_id=features[i].feature_id,
            class_value=features[i].class_value,
            class_name=features[i].class_name,
            geometry=_polygonal(clipped[i]),
            bbox=tuple(float(v) for v in boxes[i]),
            area_px=float(areas[i]),
            truncated=bool(truncated[i]),
        )
        for i in np.flatnonzero(keep).tolist()
    ]


def repair_geometries(geometries: Sequence[BaseGeometry]) -> tuple[list[BaseGeometry], list[int]]:
    """``geometries`` with invalid ones (self-intersections, bow ties) repaired by ``make_valid``.

    Returns the geometries and the indexes of those repaired; a repaired polygon
    keeps only its areal parts, so labels stay polygons. Invalid label polygons
    are common in hand-digitised layers and make GEOS operations fail.
    """
    items = np.array(list(geometries), dtype=object)
    if len(items) == 0:
        return [], []
    invalid = np.flatnonzero(~shapely.is_valid(items))
    for index in invalid:
        original = items[index]
        fixed = shapely.make_valid(original)
        if shapely.get_dimensions(original) == 2 and fixed.geom_type == "GeometryCollection":
            areas = [part for part in fixed.geoms if part.geom_type in ("Polygon", "MultiPolygon")]
            fixed = shapely.union_all(areas) if areas else shapely.Polygon()
        items[index] = fixed
    return items.tolist(), [int(i) for i in invalid]


def sample_areas(geometries: Sequence[BaseGeometry], buffer_radius_px: float) -> list[BaseGeometry]:
    """Sample areas of the label geometries: points and lines buffered, polygons unchanged.

    With a radius of 0 a point becomes the one-pixel square centred on it and a
    line a band one pixel wide (flat ends), so that every sample covers pixels
    and gives a box with some extent.
    """
    if buffer_radius_px < 0:
        raise ExportError(
            "The buffer radius cannot be negative, got {buffer_radius_px}.", buffer_radius_px=buffer_radius_px
        )
    areas = np.array(list(geometries), dtype=object)
    if len(areas) == 0:
        return []
    dims = shapely.get_dimensions(areas)
    points, lines = dims == 0, dims == 1
    if buffer_radius_px > 0:
        grow = points | lines
        areas[grow] = shapely.buffer(areas[grow], buffer_radius_px)
    else:
        areas[points] = shapely.buffer(areas[points], 0.5, cap_style="square")
        areas[lines] = shapely.buffer(areas[lines], 0.5, cap_style="flat")
    return areas.tolist()


def _bounds(feature: LabelFeature | BaseGeometry) -> tuple[float, float, float, float]:
    """Extent (xmin, ymin, xmax, ymax) of a label feature or a bare geometry."""
    geometry = feature.geometry if isinstance(feature, LabelFeature) else feature
    return tuple(float(v) for v in shapely.bounds(geometry))


def centred_window(
    feature: LabelFeature | BaseGeometry, tile_x: int, tile_y: int, width: int, height: int
) -> tuple[int, int]:
    """Origin (x, y) of the tile_x x tile_y chip centred on the feature's extent, moved to stay in the raster.

    Used by Labeled_Tiles (CROP_MODE FIXED_SIZE): the chip centre is the pixel
    corner nearest to the centre of the feature's extent.
    """
    if tile_x > width or tile_y > height:
        raise ExportError(
            "The tile size ({tile_x} x {tile_y} pixels) is larger than the raster "
            "({width} x {height} pixels).",
            tile_x=tile_x,
            tile_y=tile_y,
            width=width,
            height=height,
        )
    xmin, ymin, xmax, ymax = _bounds(feature)
    x = math.floor((xmin + xmax) / 2 - tile_x / 2 + 0.5)
    y = math.floor((ymin + ymax) / 2 - tile_y / 2 + 0.5)
    return min(max(x, 0), width - tile_x), min(max(y, 0), height - tile_y)


def bbox_window(
    feature: LabelFeature | BaseGeometry, width: int, height: int, pad: int = 0
) -> tuple[int, int, int, int]:
    """Window (x, y, w, h) of whole pixels covering the feature's extent plus ``pad``, inside the raster.

    Used by Labeled_Tiles with CROP_MODE BOUNDING_BOX. A window is at least
    one pixel wide and high.
    """
    xmin, ymin, xmax, ymax = _bounds(feature)
    if xmax < 0 or ymax < 0 or xmin >= width or ymin >= height:
        raise ExportError(
            "The feature's extent ({xmin:g}, {ymin:g}, {xmax:g}, {ymax:g}) lies outside the "
            "{width} x {height} pixel raster.",
            xmin=xmin,
            ymin=ymin,
            xmax=xmax,
            ymax=ymax,
            width=width,
            height=height,
        )
    x0 = min(max(math.floor(xmin) - pad, 0), width - 1)
    y0 = min(max(math.floor(ymin) - pad, 0), height - 1)
    x1 = min(max(math.ceil(xmax) + pad, x0 + 1), width)
    y1 = min(max(math.ceil(ymax) + pad, y0 + 1), height)
    return x0, y0, x1 - x0, y1 - y0


def blacken_outside(pixels: np.ndarray, geometry: BaseGeometry) -> np.ndarray:
    """Copy of the chip (bands, h, w) with every pixel whose centre lies outside ``geometry`` set to 0.

    ``geometry`` is in chip pixels; inside and outside follow :func:`rasterize`.
    """
    inside = rasterize([(geometry, 1)], pixels.shape[-2:]).astype(bool)
    out = pixels.copy()
    out[..., ~inside] = 0
    return out
