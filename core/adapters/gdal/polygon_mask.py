"""Polygons rasterised window by window, for a processing mask."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import numpy as np
from osgeo import gdal, ogr, osr

from ...engine.raster_grid import Grid


class PolygonMask:
    """Rasterises polygons (WKB, in the grid's CRS) per window with GDAL's pixel-centre rule."""

    def __init__(self, wkbs: Sequence[bytes], crs_wkt: str) -> None:
        self._wkbs = list(wkbs)
        self._crs_wkt = crs_wkt
        self._driver = ogr.GetDriverByName("Memory")
        self._source = self._driver.CreateDataSource(f"mask{uuid.uuid4().hex}")
        srs = osr.SpatialReference()
        if crs_wkt:
            srs.ImportFromWkt(crs_wkt)
        self._layer = self._source.CreateLayer("mask", srs=srs, geom_type=ogr.wkbUnknown)
        for wkb in self._wkbs:
            feature = ogr.Feature(self._layer.GetLayerDefn())
            feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
            self._layer.CreateFeature(feature)

    def clone(self) -> PolygonMask:
        """An independent copy for another thread (OGR objects are not shared across threads)."""
        return PolygonMask(self._wkbs, self._crs_wkt)

    def window(self, grid: Grid, x: int, y: int, w: int, h: int) -> np.ndarray:
        """Boolean (h, w): True where the pixel centre lies inside a polygon."""
        target = gdal.GetDriverByName("MEM").Create("", w, h, 1, gdal.GDT_Byte)
        xmin, _, _, ymax = grid.window_bounds(x, y, w, h)
        target.SetGeoTransform((xmin, grid.dx, 0.0, ymax, 0.0, -grid.dy))
        gdal.RasterizeLayer(target, [1], self._layer, burn_values=[1])
        return target.GetRasterBand(1).ReadAsArray().astype(bool)
