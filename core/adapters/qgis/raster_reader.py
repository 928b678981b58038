"""Pixel windows of a raster layer, never the whole raster.

Through GDAL directly when the layer is a GDAL file on its native grid (ten times
faster than a provider block, see docs/FORMATS.md section 5), through a clone of the layer's
provider otherwise (web layers, other providers).
"""

from __future__ import annotations

import numpy as np
from osgeo import gdal
from qgis.core import QgsRasterLayer, QgsRectangle

from ...engine.pixel_validity import valid_from_nodata
from ...engine.raster_grid import Grid
from ...engine.read_resolution import area_average
from ..gdal.errors import read_error
from ..gdal.polygon_mask import PolygonMask
from ..gdal.raster_reader import DatasetWindows, native_offset
from .grid import rectangle_bounds
from .layers import ARGB32, QGIS_DTYPES, as_int, gdal_path


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
        self._windows = self._open_gdal()
        self._provider = None if self._windows is not None else provider.clone()
        self._layer_bounds = rectangle_bounds(layer.extent())

    def _open_gdal(self) -> DatasetWindows | None:
        """GDAL windows for the fast path, or None when the provider must be used."""
        if self.provider_key != "gdal" or self._argb:
            return None
        try:
            dataset = gdal.Open(gdal_path(self._layer))
        except RuntimeError:
            return None
        offset = native_offset(dataset.GetGeoTransform(), self.grid)
        if offset is None:
            return None
        return DatasetWindows(dataset, offset, self.band_count, self.dtype, self._nodata)

    @property
    def layer(self) -> QgsRasterLayer:
        """The raster layer read."""
        return self._layer

    @property
    def reads_with_gdal(self) -> bool:
        """Whether windows come from GDAL on the raster's own pixels, as a cluster worker reads them."""
        return self._windows is not None

    def clone(self) -> LayerReader:
        return LayerReader(self._layer, self.grid, self.mask.clone() if self.mask else None, self.oversample)

    def read(self, x: int, y: int, w: int, h: int) -> tuple[np.ndarray, np.ndarray]:
        try:
            if self._windows is not None:
                pixels, valid = self._windows.read(x, y, w, h)
            else:
                pixels, valid = self._read_provider(x, y, w, h)
        except RuntimeError as exc:
            raise read_error(gdal_path(self._layer), x, y, w, h, exc) from None
        if self.mask is not None:
            valid &= self.mask.window(self.grid, x, y, w, h)
        return pixels, valid

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
