"""The pixel grid on which a raster layer is processed, and the resolutions a layer offers."""

from __future__ import annotations

import math

from qgis.core import QgsRasterLayer, QgsRectangle

from ...engine.raster_grid import Grid
from ...errors import ModelInputError

#: An extent edge this close to a pixel edge (in pixels) is on it. Map coordinates such as UTM
#: northings carry about 1e-8 pixel of rounding at 10 cm cells, so the tolerance must be far above that.
EXTENT_SNAP_PIXELS = 1e-6


def layer_grid(
    layer: QgsRasterLayer, extent: QgsRectangle | None = None, cell_size: float | None = None
) -> Grid:
    """The grid on which ``layer`` is processed: its own, cut to ``extent``, at ``cell_size``.

    The extent is snapped outwards to the layer's pixel edges and clipped to the
    layer, so without a cell size every pixel is a source pixel (no resampling).
    """
    if layer.width() <= 0 or layer.height() <= 0:
        return _web_layer_grid(layer, extent, cell_size)
    full = layer.extent()
    dx = full.width() / layer.width()
    dy = full.height() / layer.height()
    xmin, ymin, xmax, ymax = full.xMinimum(), full.yMinimum(), full.xMaximum(), full.yMaximum()
    if extent is not None and not extent.isNull() and not extent.isEmpty():
        if not extent.intersects(full):
            raise ModelInputError(
                "The processing extent does not overlap the input raster: choose an extent inside the raster."
            )
        snap = EXTENT_SNAP_PIXELS
        col0 = max(0, math.floor((extent.xMinimum() - xmin) / dx + snap))
        col1 = min(layer.width(), math.ceil((extent.xMaximum() - xmin) / dx - snap))
        row0 = max(0, math.floor((ymax - extent.yMaximum()) / dy + snap))
        row1 = min(layer.height(), math.ceil((ymax - extent.yMinimum()) / dy - snap))
        xmin, xmax = xmin + col0 * dx, xmin + col1 * dx
        ymin, ymax = ymax - row1 * dy, ymax - row0 * dy
    crs_wkt = layer.crs().toWkt()
    if cell_size:
        width = max(1, round((xmax - xmin) / cell_size))
        height = max(1, round((ymax - ymin) / cell_size))
        return Grid(xmin, ymax, (xmax - xmin) / width, (ymax - ymin) / height, width, height, crs_wkt)
    width = round((xmax - xmin) / dx)
    height = round((ymax - ymin) / dy)
    return Grid(xmin, ymax, dx, dy, width, height, crs_wkt)


def _web_layer_grid(layer: QgsRasterLayer, extent: QgsRectangle | None, cell_size: float | None) -> Grid:
    """Grid of a layer without a fixed size (WMS, XYZ): the extent, at the cell size or finest zoom."""
    if extent is None or extent.isNull() or extent.isEmpty():
        raise ModelInputError(
            "'{name}' is a web layer without a fixed size: give a processing extent "
            "(and a cell size, or the finest resolution the service offers is used).",
            name=layer.name(),
        )
    cell = cell_size or layer_cell_size(layer)
    if not cell:
        raise ModelInputError("'{name}' does not state its resolution: give a cell size.", name=layer.name())
    width = max(1, round(extent.width() / cell))
    height = max(1, round(extent.height() / cell))
    return Grid(extent.xMinimum(), extent.yMaximum(), cell, cell, width, height, layer.crs().toWkt())


def layer_resolutions(layer: QgsRasterLayer) -> list[float]:
    """The zoom levels (map units per pixel) of a tiled web layer; empty for other layers."""
    provider = layer.dataProvider()
    if layer.width() > 0 or not hasattr(provider, "nativeResolutions"):
        return []
    return [float(r) for r in provider.nativeResolutions()]


def layer_cell_size(layer: QgsRasterLayer) -> float | None:
    """The layer's pixel width in map units; for web layers the finest resolution offered, or None."""
    if layer.width() > 0:
        return layer.extent().width() / layer.width()
    provider = layer.dataProvider()
    resolutions = list(provider.nativeResolutions()) if hasattr(provider, "nativeResolutions") else []
    return min(resolutions) if resolutions else None
