"""Pixel windows of a raster file read with GDAL alone, for cluster workers (no QGIS).

:class:`DatasetWindows` is the window read both adapters share: the QGIS
``LayerReader`` uses it for GDAL files on their native grid, :class:`RasterReader` for any
GDAL path (a file, ``/vsicurl/``, ``/vsis3/`` ...), so a worker reads exactly the pixels and
validity the tools read in QGIS.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from osgeo import gdal, gdal_array

from ...engine.pixel_validity import valid_from_nodata
from ...engine.raster_grid import Grid
from ...errors import RasterDLError
from .errors import open_or_fail, read_error
from .polygon_mask import PolygonMask

#: Rows of progress after which a reader releases GDAL's cached blocks.
FLUSH_ROWS = 1024


def native_offset(geotransform: Sequence[float], grid: Grid) -> tuple[int, int] | None:
    """(column, row) of ``grid``'s top-left pixel in a raster with ``geotransform``, or None when the
    grid is not on the raster's own pixels (rotated raster, other cell size, shifted by a part of a pixel).
    """
    gt = geotransform
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
    return round(col), round(row)


def numpy_dtype(gdal_type: int) -> np.dtype:
    """The numpy type of a GDAL band type; float32 for types a tool does not read (complex)."""
    code = gdal_array.GDALTypeCodeToNumericTypeCode(gdal_type)
    dtype = np.dtype(code) if code is not None else np.dtype("float32")
    return np.dtype("float32") if dtype.kind == "c" else dtype


def band_nodata(dataset: gdal.Dataset) -> list[float | None]:
    """Each band's nodata value, None where a band has none."""
    return [dataset.GetRasterBand(b).GetNoDataValue() for b in range(1, dataset.RasterCount + 1)]


class DatasetWindows:
    """Windows of an open GDAL dataset whose pixel (``offset``) is the grid's top-left pixel.

    ``bands`` (1-based, in order; None: all) are returned as ``dtype``. Validity is that of the
    whole pixel, as if every band were read: False where all bands hold their nodata value or
    the dataset's mask (alpha) says so, and outside the raster. GDAL errors propagate as
    ``RuntimeError``, whether or not GDAL's exceptions are enabled.
    """

    def __init__(
        self,
        dataset: gdal.Dataset,
        offset: tuple[int, int],
        band_count: int,
        dtype: np.dtype,
        nodata: Sequence[float | None],
        bands: Sequence[int] | None = None,
    ) -> None:
        self.dataset = dataset
        self.offset = offset
        self.band_count = band_count
        self.dtype = dtype
        self._nodata = list(nodata)
        self._bands = list(bands) if bands is not None else None
        # Validity needs every band only when every band has a nodata value (else all pixels count).
        self._all_bands_for_validity = all(value is not None for value in self._nodata)
        self._flushed_at = 0

    def read(self, x: int, y: int, w: int, h: int) -> tuple[np.ndarray, np.ndarray]:
        """(band_count, h, w) pixels, 0 outside the raster, and the (h, w) validity."""
        ds = self.dataset
        self._release_passed_rows(y)
        sx, sy = x + self.offset[0], y + self.offset[1]
        c0, r0 = max(sx, 0), max(sy, 0)
        c1, r1 = min(sx + w, ds.RasterXSize), min(sy + h, ds.RasterYSize)
        pixels = np.zeros((self.band_count, h, w), dtype=self.dtype)
        valid = np.zeros((h, w), dtype=bool)
        if c1 <= c0 or r1 <= r0:
            return pixels, valid
        inner = (slice(r0 - sy, r1 - sy), slice(c0 - sx, c1 - sx))
        if self._bands is None:
            data = self._read_bands(c0, r0, c1 - c0, r1 - r0, None)
            pixels[(slice(None), *inner)] = data
            inside = valid_from_nodata(data, self._nodata[: self.band_count])
        elif self._all_bands_for_validity:
            data = self._read_bands(c0, r0, c1 - c0, r1 - r0, None)
            pixels[(slice(None), *inner)] = data[[b - 1 for b in self._bands]]
            inside = valid_from_nodata(data, self._nodata)
        else:
            pixels[(slice(None), *inner)] = self._read_bands(c0, r0, c1 - c0, r1 - r0, self._bands)
            inside = np.ones((r1 - r0, c1 - c0), dtype=bool)
        mask_flags = ds.GetRasterBand(1).GetMaskFlags()
        if mask_flags & (gdal.GMF_ALPHA | gdal.GMF_PER_DATASET) and not mask_flags & gdal.GMF_ALL_VALID:
            inside &= ds.GetRasterBand(1).GetMaskBand().ReadAsArray(c0, r0, c1 - c0, r1 - r0) > 0
        valid[inner] = inside
        return pixels, valid

    def _read_bands(self, c0: int, r0: int, w: int, h: int, bands: list[int] | None) -> np.ndarray:
        """(bands, h, w) source pixels of ``bands`` (None: all), a GDAL failure as RuntimeError."""
        if bands is None:
            data = self.dataset.ReadAsArray(c0, r0, w, h)
        else:
            data = self.dataset.ReadAsArray(c0, r0, w, h, band_list=bands)
        if data is None:  # GDAL's exceptions are off: the failure is only in its last error
            raise RuntimeError(gdal.GetLastErrorMsg() or "GDAL could not read the window")
        count = self.dataset.RasterCount if bands is None else len(bands)
        return data.reshape(count, h, w)

    def _release_passed_rows(self, y: int) -> None:
        """Drop GDAL's cached blocks every FLUSH_ROWS rows of progress down the raster.

        The tools read top to bottom, so blocks far above are not read again; without
        this GDAL's block cache grows to its global limit (5% of RAM) on big rasters.
        """
        if y - self._flushed_at >= FLUSH_ROWS or y < self._flushed_at - FLUSH_ROWS:
            self.dataset.FlushCache()
            self._flushed_at = y


def open_raster(path: str) -> gdal.Dataset:
    """The GDAL dataset of ``path``, or a one-line error saying why it cannot be opened."""
    return open_or_fail(gdal.Open, path, "raster")


class RasterReader:
    """Reads pixel windows of ``grid`` from the raster at ``path`` with GDAL alone (see
    :class:`~rasterdl.core.engine.contracts.WindowReader`); one instance per thread (:meth:`clone`).

    The grid must lie on the raster's own pixels (:func:`..grid.raster_grid` cuts one). Windows may
    extend past the raster: those pixels are 0 and invalid. ``bands`` (1-based, in order) selects
    bands; a pixel's validity always considers all bands, as the QGIS reader does. Pixels come in the
    type of the raster's first band, as in QGIS. A ``mask`` (polygons in the grid's CRS) marks the
    pixels whose centre lies outside it invalid.
    """

    def __init__(
        self,
        path: str,
        grid: Grid,
        bands: Sequence[int] | None = None,
        mask: PolygonMask | None = None,
    ) -> None:
        self.path = str(path)
        self.grid = grid
        self.bands = list(bands) if bands is not None else None
        self.mask = mask
        self.width = grid.width
        self.height = grid.height
        dataset = open_raster(self.path)
        count = dataset.RasterCount
        if self.bands is not None and (not self.bands or any(b < 1 or b > count for b in self.bands)):
            raise RasterDLError(
                "Band list {bands} asks for bands the raster lacks (it has {band_count}).",
                bands=self.bands,
                band_count=count,
            )
        offset = native_offset(dataset.GetGeoTransform(), grid)
        if offset is None:
            raise ValueError(f"The grid {grid} does not lie on the pixels of '{self.path}'.")
        self.band_count = count if self.bands is None else len(self.bands)
        self.dtype = numpy_dtype(dataset.GetRasterBand(1).DataType)
        self._windows = DatasetWindows(
            dataset, offset, self.band_count, self.dtype, band_nodata(dataset), self.bands
        )

    def clone(self) -> RasterReader:
        """An independent reader with its own dataset (GDAL datasets are not shared across threads)."""
        return RasterReader(self.path, self.grid, self.bands, self.mask.clone() if self.mask else None)

    def read(self, x: int, y: int, w: int, h: int) -> tuple[np.ndarray, np.ndarray]:
        """(band_count, h, w) raw pixels (0 outside the raster) and the (h, w) validity."""
        try:
            pixels, valid = self._windows.read(x, y, w, h)
        except RuntimeError as exc:
            raise read_error(self.path, x, y, w, h, exc) from None
        if self.mask is not None:
            valid &= self.mask.window(self.grid, x, y, w, h)
        return pixels, valid
