"""The pixel grid on which a raster layer is processed, and the resolutions a layer offers."""

from __future__ import annotations

from qgis.core import QgsRasterLayer, QgsRectangle

from ...engine.raster_grid import Bounds, Grid, cut_grid
from ...errors import ModelInputError


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
    window = None
    if extent is not None and not extent.isNull() and not extent.isEmpty():
        if not extent.intersects(full):
            raise ModelInputError(
                "The processing extent does not overlap the input raster: choose an extent inside the raster."
            )
        window = rectangle_bounds(extent)
    return cut_grid(
        rectangle_bounds(full), layer.width(), layer.height(), layer.crs().toWkt(), window, cell_size
    )


def rectangle_bounds(rectangle: QgsRectangle) -> Bounds:
    """(xmin, ymin, xmax, ymax) of a QGIS rectangle."""
    return (rectangle.xMinimum(), rectangle.yMinimum(), rectangle.xMaximum(), rectangle.yMaximum())


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
