"""Labelled samples and mask polygons in the pixels of an input's processing grid.

The tool reads the geometries (WKB in the raster's CRS); here they become the
exporter's grid-pixel shapes: invalid polygons repaired, points and lines
buffered into sample areas, samples outside the raster dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

import shapely
from shapely.geometry.base import BaseGeometry

from .chip_grid import LabelFeature, build_mask_tree
from .chip_labels import repair_geometries, sample_areas
from .grid_geometry import window_box, wkbs_to_grid_pixels


def grid_pixel_geometries(
    wkbs: Sequence[bytes], geotransform: Sequence[float]
) -> tuple[list[BaseGeometry], list[int]]:
    """The samples' geometries in grid pixels, invalid ones repaired with make_valid.

    Returns the geometries and the indexes of those repaired: QGIS's invalid-geometry
    setting lets invalid polygons through unless it skips or refuses them, and the
    tool tells the user which ones were repaired.
    """
    return repair_geometries(list(wkbs_to_grid_pixels(wkbs, geotransform)))


def label_features(
    geometries: Sequence[BaseGeometry],
    values: Sequence[int],
    buffer_radius: float,
    pixel_width: float,
    width: int,
    height: int,
) -> list[LabelFeature]:
    """The samples as the exporter's LabelFeatures, numbered by their row.

    Points and lines become areas (``buffer_radius`` in map units, a grid pixel
    ``pixel_width`` map units wide); empty samples and those outside the
    ``width`` x ``height`` grid are left out.
    """
    areas = sample_areas(list(geometries), buffer_radius / abs(pixel_width))
    raster = window_box(0, 0, width, height)
    return [
        LabelFeature(index, value, geometry)
        for index, (geometry, value) in enumerate(zip(areas, values))
        if not geometry.is_empty and geometry.intersects(raster)
    ]


def mask_tree(wkbs: Sequence[bytes], geotransform: Sequence[float]) -> shapely.STRtree:
    """The mask polygons (WKB in map coordinates) as a search tree in grid pixels, repaired where invalid."""
    polygons, _repaired = grid_pixel_geometries(wkbs, geotransform)
    return build_mask_tree(polygons)
