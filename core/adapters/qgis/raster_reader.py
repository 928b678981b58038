"""Pixel windows of a raster layer, never the whole raster.

Through GDAL directly when the layer is a GDAL file on its native grid (ten times
faster than a provider block, see docs/FORMATS.md section 5), through a clone of the layer's
provider otherwise (web layers, other providers).
"""

from __future__ import annotations

import math

import numpy as np
from osgeo import gdal
from qgis.core import QgsRasterLayer, QgsRectangle

from ...engine.pixel_validity import valid_from_nodata
from ...engine.raster_grid import Grid
from ...engine.read_resolution import area_average
from ...errors import RasterDLError
from ..gdal.errors import gdal_message
from ..gdal.polygon_mask import PolygonMask
from .grid import rectangle_bounds
from .layers import ARGB32, QGIS_DTYPES, as_int, gdal_path

#: Rows of progress after which a reader releases GDAL's cached blocks.
FLUSH_ROWS = 1024


class LayerReader:
    """Reads pixel windows of a grid from a raster layer; one instance per thread (see :meth:`clone`).

    Windows may extend past the raster: those pixels are 0 and invalid. A pixel
    is invalid when all its bands hold the band's nodata value, when the
    raster's mask (alpha) says so, or when it lies outside the optional mask.
    """

    def __init__(
        self,
        layer: QgsRasterLayer,
        grid: Grid,
        mask: PolygonMask | None = None,
        oversample: float = 1.0,
    ) -> None:
        self.oversample = oversample
        self.layer_source = layer.source()
        self.provider_key = layer.providerType()
        self._layer = layer
        self.grid = grid
        self.mask = mask
        self.width = grid.width
        self.height = grid.height
        provider = layer.dataProvider()
        self._argb = as_int(provider.dataType(1)) in ARGB32
        self.band_count = 3 if self._argb else provider.bandCount()
        self._nodata = [
            provider.sourceNoDataValue(b) if provider.sourceHasNoDataValue(b) else None
            for b in range(1, provider.bandCount() + 1)
        ]
        self.dtype = (
            np.dtype("uint8")
            if self._argb
            else np.dtype(QGIS_DTYPES.get(as_int(provider.dataType(1)), "float32"))
        )
        self._dataset = self._open_gdal()
        self._flushed_at = 0
        self._provider = None if self._dataset is not None else provider.clone()
        self._layer_bounds = rectangle_bounds(layer.extent())

    def _open_gdal(self):
        """A GDAL dataset for the fast path, or None when the provider must be used."""
        if self.provider_key != "gdal" or self._argb:
            return None
        try:
            dataset = gdal.Open(gdal_path(self._layer))
        except RuntimeError:
            return None
        gt = dataset.GetGeoTransform()
        grid = self.grid
        if (
            gt[2] != 0
            or gt[4] != 0
            or not math.isclose(gt[1], grid.dx, rel_tol=1e-9)
            or not math.isclose(-gt[5], grid.dy, rel_tol=1e-9)
        ):
            return None
        col = (grid.x0 - gt[0]) / gt[1]
        row = (gt[3] - grid.y0) / -gt[5]
        if abs(col - round(col)) > 1e-6 or abs(row - round(row)) > 1e-6:
            return None
        self._offset = (round(col), round(row))
        return dataset

    def clone(self) -> LayerReader:
        return LayerReader(self._layer, self.grid, self.mask.clone() if self.mask else None, self.oversample)

    def read(self, x: int, y: int, w: int, h: int) -> tuple[np.ndarray, np.ndarray]:
        try:
            if self._dataset is not None:
                pixels, valid = self._read_gdal(x, y, w, h)
            else:
                pixels, valid = self._read_provider(x, y, w, h)
        except RuntimeError as exc:
            raise RasterDLError(
                "Cannot read the raster '{source}' at pixels {x},{y} "
                "({w} x {h}): {gdal_message}. The file is damaged or incomplete (truncated): "
                "copy or export it again.",
                source=gdal_path(self._layer),
                x=x,
                y=y,
                w=w,
                h=h,
                gdal_message=gdal_message(exc),
            ) from None
        if self.mask is not None:
            valid &= self.mask.window(self.grid, x, y, w, h)
        return pixels, valid

    def _read_gdal(self, x: int, y: int, w: int, h: int) -> tuple[np.ndarray, np.ndarray]:
        ds = self._dataset
        self._release_passed_rows(y)
        sx, sy = x + self._offset[0], y + self._offset[1]
        c0, r0 = max(sx, 0), max(sy, 0)
        c1, r1 = min(sx + w, ds.RasterXSize), min(sy + h, ds.RasterYSize)
        pixels = np.zeros((self.band_count, h, w), dtype=self.dtype)
        valid = np.zeros((h, w), dtype=bool)
        if c1 <= c0 or r1 <= r0:
            return pixels, valid
        inner = (slice(r0 - sy, r1 - sy), slice(c0 - sx, c1 - sx))
        data = ds.ReadAsArray(c0, r0, c1 - c0, r1 - r0)
        data = data.reshape(self.band_count, r1 - r0, c1 - c0)
        pixels[(slice(None), *inner)] = data
        inside = valid_from_nodata(data, self._nodata[: self.band_count])
        mask_flags = ds.GetRasterBand(1).GetMaskFlags()
        if mask_flags & (gdal.GMF_ALPHA | gdal.GMF_PER_DATASET) and not mask_flags & gdal.GMF_ALL_VALID:
            inside &= ds.GetRasterBand(1).GetMaskBand().ReadAsArray(c0, r0, c1 - c0, r1 - r0) > 0
        valid[inner] = inside
        return pixels, valid

    def _release_passed_rows(self, y: int) -> None:
        """Drop GDAL's cached blocks every FLUSH_ROWS rows of progress down the raster.

        The tools read top to bottom, so blocks far above are not read again; without
        this GDAL's block cache grows to its global limit (5% of RAM) on big rasters.
        """
        if y - self._flushed_at >= FLUSH_ROWS or y < self._flushed_at - FLUSH_ROWS:
            self._dataset.FlushCache()
            self._flushed_at = y

    def _read_provider(self, x: int, y: int, w: int, h: int) -> tuple[np.ndarray, np.ndarray]:
        xmin, ymin, xmax, ymax = self.grid.window_bounds(x, y, w, h)
        rect = QgsRectangle(xmin, ymin, xmax, ymax)
        if self.oversample > 1.0:
            fine_w, fine_h = max(w, round(w * self.oversample)), max(h, round(h * self.oversample))
            pixels, valid = self._provider_block(rect, fine_w, fine_h)
            pixels, valid = area_average(pixels, valid, h, w)
        else:
            pixels, valid = self._provider_block(rect, w, h)
        valid &= self.grid.centres_inside(x, y, w, h, self._layer_bounds)
        pixels[:, ~valid] = 0
        return pixels, valid

    def _provider_block(self, rect: QgsRectangle, w: int, h: int) -> tuple[np.ndarray, np.ndarray]:
        """(bands, h, w) pixels of ``rect`` read through the provider, and where they are valid."""
        if self._argb:
            block = self._provider.block(1, rect, w, h)
            raw = np.frombuffer(bytes(block.data()), dtype=np.uint8).reshape(h, w, 4)
            pixels = np.ascontiguousarray(raw[:, :, 2::-1].transpose(2, 0, 1))
            valid = raw[:, :, 3] > 0
        else:
            pixels = np.empty((self.band_count, h, w), dtype=self.dtype)
            for band in range(self.band_count):
                block = self._provider.block(band + 1, rect, w, h)
                pixels[band] = np.frombuffer(bytes(block.data()), dtype=self.dtype).reshape(h, w)
            valid = valid_from_nodata(pixels, self._nodata[: self.band_count])
        return pixels, valid
