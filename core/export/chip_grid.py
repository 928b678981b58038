"""Where the chips of an export go, and which label features and mask polygons each one meets.

All geometry is in grid pixel coordinates (x = column, y = row, origin at the
top-left corner of the processing grid, y pointing down). Label features are
found through a shapely STRtree, never by testing every feature against every
chip.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import box
from shapely.geometry.base import BaseGeometry

from ..errors import RasterDLError


class ExportError(RasterDLError):
    """The training-data export cannot run with these inputs or parameters."""


def _axis_origins(size: int, tile: int, stride: int) -> list[int]:
    """Chip starts along one axis: every ``stride`` pixels, plus one flush with the far edge if needed."""
    origins = list(range(0, size - tile + 1, stride))
    if origins[-1] + tile < size:
        origins.append(size - tile)
    return origins


def chip_origins(
    width: int, height: int, tile_x: int, tile_y: int, stride_x: int, stride_y: int
) -> list[tuple[int, int]]:
    """Top-left corners (x, y) of the chips covering a width x height raster, row by row.

    Chips start every stride pixels from the top-left corner. Where the next
    chip would run past the right or bottom edge, one last chip is placed flush
    with that edge (x = width - tile_x, y = height - tile_y), so that every pixel
    lies in at least one chip and no chip reaches outside the raster; that last
    chip overlaps its neighbour by more than the stride asks. No origin repeats.
    """
    for name, value in (
        ("tile size X", tile_x),
        ("tile size Y", tile_y),
        ("stride X", stride_x),
        ("stride Y", stride_y),
    ):
        if int(value) != value or value <= 0:
            raise ExportError(
                "The {name} must be a whole number of pixels above zero, got {value}.", name=name, value=value
            )
    if width <= 0 or height <= 0:
        raise ExportError(
            "The raster to export is empty ({width} x {height} pixels).", width=width, height=height
        )
    if tile_x > width or tile_y > height:
        raise ExportError(
            "The tile size ({tile_x} x {tile_y} pixels) is larger than the raster "
            "({width} x {height} pixels). Choose tiles of at most {width} x {height} pixels, "
            "or a larger extent or a finer cell size.",
            tile_x=tile_x,
            tile_y=tile_y,
            width=width,
            height=height,
        )
    xs = _axis_origins(int(width), int(tile_x), int(stride_x))
    ys = _axis_origins(int(height), int(tile_y), int(stride_y))
    return [(x, y) for y in ys for x in xs]


@dataclass(frozen=True)
class LabelFeature:
    """One labelled sample: source feature id, class value, geometry in grid pixels, class name."""

    feature_id: int
    class_value: int
    geometry: BaseGeometry
    class_name: str = ""


class LabelIndex:
    """Spatial index of the label features, answering which of them fall in a chip window."""

    def __init__(self, features: Sequence[LabelFeature]) -> None:
        self.features = list(features)
        self._geometries = np.array([f.geometry for f in self.features], dtype=object)
        self._tree = shapely.STRtree(self._geometries)

    def __len__(self) -> int:
        return len(self.features)

    def query(self, x: float, y: float, w: float, h: float) -> list[LabelFeature]:
        """Features whose geometry meets the inside of the window [x, x+w] x [y, y+h], in input order.

        A feature that only touches the window's edge or corner is left out.
        """
        window = box(x, y, x + w, y + h)
        hits = np.sort(self._tree.query(window, predicate="intersects"))
        hits = hits[~shapely.touches(self._geometries[hits], window)]
        return [self.features[i] for i in hits.tolist()]


def build_mask_tree(polygons: Sequence[BaseGeometry]) -> shapely.STRtree:
    """STRtree of the mask polygons (grid pixels), the form :func:`inside_mask` takes."""
    return shapely.STRtree(np.array(list(polygons), dtype=object))


def inside_mask(x: float, y: float, w: float, h: float, mask_tree: shapely.STRtree) -> bool:
    """True when the chip [x, x+w] x [y, y+h] lies completely inside the union of the mask polygons.

    A chip may straddle several adjacent mask polygons; its edge may lie on the
    mask's boundary.
    """
    window = box(x, y, x + w, y + h)
    hits = mask_tree.query(window, predicate="intersects")
    if len(hits) == 0:
        return False
    candidates = mask_tree.geometries.take(hits)
    if shapely.covers(candidates, window).any():
        return True
    return bool(shapely.covers(shapely.union_all(candidates), window))
