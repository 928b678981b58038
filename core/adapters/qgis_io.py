"""The one adapter between the engine and QGIS/GDAL for raster and vector I/O.

Everything else in ``core`` works on numpy arrays and plain geometry; only this
module touches ``qgis.core`` and ``osgeo``. Rasters are read in windows, never
whole: through GDAL directly when the layer is a GDAL file on its native grid
(ten times faster than a provider block, see QGIS_NOTES.md), through a clone of
the layer's provider otherwise (web layers, other providers). Outputs are
written with GDAL into a temporary file that replaces the destination only when
the run succeeds, so a failed or cancelled run leaves nothing half-written.
"""

from __future__ import annotations

import math
import os
import shutil
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsUnitTypes,
)

from ..engine.read_resolution import MapFrame, area_average
from ..errors import ModelInputError, RasterDLError
from ..output.guard import OutputSet, partial_path, remove_stale_partials

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()

#: QGIS ``Qgis.DataType`` values -> numpy dtypes (ARGB32 web tiles are handled separately).
_QGIS_DTYPES = {
    1: "uint8",
    2: "uint16",
    3: "int16",
    4: "uint32",
    5: "int32",
    6: "float32",
    7: "float64",
    14: "int8",
}
_ARGB32 = (12, 13)
_GDAL_DTYPES = {
    "uint8": gdal.GDT_Byte,
    "uint16": gdal.GDT_UInt16,
    "int16": gdal.GDT_Int16,
    "uint32": gdal.GDT_UInt32,
    "int32": gdal.GDT_Int32,
    "float32": gdal.GDT_Float32,
    "float64": gdal.GDT_Float64,
}
#: Rows of progress after which a reader releases GDAL's cached blocks.
FLUSH_ROWS = 1024
#: Output GeoTIFFs: DEFLATE at level 1 compresses class maps and probabilities within 25 % of the
#: default level 6 for a fifth of its CPU time, compressed in the (low-priority) writing thread
#: rather than in GDAL worker threads that would take the cores from the model.
GTIFF_OPTIONS = ["TILED=YES", "COMPRESS=DEFLATE", "ZLEVEL=1", "PREDICTOR=1", "BIGTIFF=IF_SAFER"]


def _as_int(value) -> int:
    """An enum value of QGIS 3.22 (int-like) or 3.36+ (Python enum) as int."""
    return int(getattr(value, "value", value))


@dataclass(frozen=True)
class Grid:
    """A north-up pixel grid: top-left corner, pixel size, size in pixels and CRS (WKT)."""

    x0: float
    y0: float
    dx: float
    dy: float
    width: int
    height: int
    crs_wkt: str

    @property
    def geotransform(self) -> tuple[float, float, float, float, float, float]:
        return (self.x0, self.dx, 0.0, self.y0, 0.0, -self.dy)

    def window_bounds(self, x: int, y: int, w: int, h: int) -> tuple[float, float, float, float]:
        """Map bounds (xmin, ymin, xmax, ymax) of the pixel window."""
        return (
            self.x0 + x * self.dx,
            self.y0 - (y + h) * self.dy,
            self.x0 + (x + w) * self.dx,
            self.y0 - y * self.dy,
        )


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


def map_frame(layer: QgsRasterLayer, extent: QgsRectangle | None = None) -> MapFrame:
    """The ground scale of ``layer``'s CRS around ``extent`` (default the layer's extent) for
    :func:`read_resolution.choose_read_resolution`."""
    crs = layer.crs()
    if not crs.isValid() or crs.isGeographic():
        return MapFrame(geographic=True)
    # Qgis.DistanceUnit from QGIS 3.30 (the QgsUnitTypes names are deprecated there).
    meters = Qgis.DistanceUnit.Meters if hasattr(Qgis, "DistanceUnit") else QgsUnitTypes.DistanceMeters
    metres = QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), meters)
    area = extent if extent is not None and not extent.isNull() and not extent.isEmpty() else layer.extent()
    latitude = None
    try:
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        centre = QgsCoordinateTransform(crs, wgs84, QgsProject.instance()).transform(area.center())
        latitude = centre.y() if math.isfinite(centre.y()) else None
    except QgsCsException:
        pass
    mercator = "+proj=merc" in crs.toProj().replace("  ", " ")
    return MapFrame(geographic=False, metres_per_unit=metres, mercator=mercator, latitude=latitude)


def raster_band_count(layer: QgsRasterLayer) -> int:
    """Bands a reader returns: the layer's bands, or 3 (RGB) for colour web layers."""
    provider = layer.dataProvider()
    if provider.bandCount() >= 1 and _as_int(provider.dataType(1)) in _ARGB32:
        return 3
    return provider.bandCount()


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
        self._argb = _as_int(provider.dataType(1)) in _ARGB32
        self.band_count = 3 if self._argb else provider.bandCount()
        self._nodata = [
            provider.sourceNoDataValue(b) if provider.sourceHasNoDataValue(b) else None
            for b in range(1, provider.bandCount() + 1)
        ]
        self.dtype = (
            np.dtype("uint8")
            if self._argb
            else np.dtype(_QGIS_DTYPES.get(_as_int(provider.dataType(1)), "float32"))
        )
        self._dataset = self._open_gdal()
        self._flushed_at = 0
        self._provider = None if self._dataset is not None else provider.clone()
        self._layer_extent = layer.extent()

    def _open_gdal(self):
        """A GDAL dataset for the fast path, or None when the provider must be used."""
        if self.provider_key != "gdal" or self._argb:
            return None
        try:
            dataset = gdal.Open(self.layer_source.split("|")[0])
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
                source=self.layer_source.split("|")[0],
                x=x,
                y=y,
                w=w,
                h=h,
                gdal_message=_gdal_message(exc),
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
        inside = self._valid_from_nodata(data)
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

    def _valid_from_nodata(self, data: np.ndarray) -> np.ndarray:
        nodata_all = np.ones(data.shape[1:], dtype=bool)
        any_nodata = False
        for band, value in enumerate(self._nodata[: self.band_count]):
            if value is None:
                nodata_all[:] = False
                break
            any_nodata = True
            if math.isnan(value):
                nodata_all &= np.isnan(data[band])
            else:
                nodata_all &= data[band] == value
        if not any_nodata:
            return np.ones(data.shape[1:], dtype=bool)
        return ~nodata_all

    def _read_provider(self, x: int, y: int, w: int, h: int) -> tuple[np.ndarray, np.ndarray]:
        xmin, ymin, xmax, ymax = self.grid.window_bounds(x, y, w, h)
        rect = QgsRectangle(xmin, ymin, xmax, ymax)
        if self.oversample > 1.0:
            fine_w, fine_h = max(w, round(w * self.oversample)), max(h, round(h * self.oversample))
            pixels, valid = self._provider_block(rect, fine_w, fine_h)
            pixels, valid = area_average(pixels, valid, h, w)
        else:
            pixels, valid = self._provider_block(rect, w, h)
        valid &= self._inside_layer(x, y, w, h)
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
            valid = self._valid_from_nodata(pixels)
        return pixels, valid

    def _inside_layer(self, x: int, y: int, w: int, h: int) -> np.ndarray:
        grid, ext = self.grid, self._layer_extent
        cx = grid.x0 + (x + np.arange(w) + 0.5) * grid.dx
        cy = grid.y0 - (y + np.arange(h) + 0.5) * grid.dy
        inside_x = (cx >= ext.xMinimum()) & (cx <= ext.xMaximum())
        inside_y = (cy >= ext.yMinimum()) & (cy <= ext.yMaximum())
        return inside_y[:, None] & inside_x[None, :]


def read_geometries_wkb(source, crs_wkt: str, transform_context, feedback=None) -> list[bytes]:
    """WKB of every geometry of a feature source, transformed to ``crs_wkt``."""
    request = QgsFeatureRequest()
    request.setDestinationCrs(QgsCoordinateReferenceSystem.fromWkt(crs_wkt), transform_context)
    request.setNoAttributes()
    wkbs = []
    for feature in source.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            break
        geometry = feature.geometry()
        if geometry is not None and not geometry.isEmpty():
            wkbs.append(bytes(geometry.asWkb()))
    return wkbs


def geometries_wkb(features, source_crs, crs_wkt: str, transform_context) -> list[bytes | None]:
    """WKB of each feature's geometry transformed to ``crs_wkt`` (None for features without one)."""
    target = QgsCoordinateReferenceSystem.fromWkt(crs_wkt)
    transform = None
    if source_crs.isValid() and target.isValid() and source_crs != target:
        transform = QgsCoordinateTransform(source_crs, target, transform_context)
    result: list[bytes | None] = []
    for feature in features:
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            result.append(None)
            continue
        geometry = QgsGeometry(geometry)
        if transform is not None:
            geometry.transform(transform)
        result.append(bytes(geometry.asWkb()))
    return result


def transform_extent(extent: QgsRectangle, source_crs, target_crs, transform_context) -> QgsRectangle:
    """``extent`` given in ``source_crs`` expressed in ``target_crs``."""
    if not source_crs.isValid() or source_crs == target_crs:
        return extent
    return QgsCoordinateTransform(source_crs, target_crs, transform_context).transformBoundingBox(extent)


class RasterFileWriter:
    """Writes rows of a grid into a GeoTIFF that appears at ``path`` only after :meth:`commit`.

    The data goes into a hidden temporary file beside ``path``; :meth:`abort`
    removes it, so a failed or cancelled run never leaves a partial raster nor
    touches an existing one. Other formats than GeoTIFF are converted at commit.
    """

    def __init__(
        self, path: str | os.PathLike, grid: Grid, bands: int, dtype: str, nodata: float | None
    ) -> None:
        self.path = Path(path)
        self.grid = grid
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise RasterDLError(
                "Cannot create the folder of the output '{path}': {strerror}.",
                path=self.path,
                strerror=exc.strerror,
            ) from None
        remove_stale_partials(self.path)
        self._tmp = partial_path(self.path, ".tif")
        try:
            self._dataset = gdal.GetDriverByName("GTiff").Create(
                str(self._tmp), grid.width, grid.height, bands, _GDAL_DTYPES[dtype], GTIFF_OPTIONS
            )
        except RuntimeError as exc:
            raise RasterDLError(
                "Cannot write the output '{path}': {error}. Choose a writable location.",
                path=self.path,
                error=exc,
            ) from None
        self._block_rows = self._dataset.GetRasterBand(1).GetBlockSize()[1]
        self._pending: dict[int, tuple[int, list[np.ndarray]]] = {}
        self._dataset.SetGeoTransform(grid.geotransform)
        if grid.crs_wkt:
            self._dataset.SetProjection(grid.crs_wkt)
        if nodata is not None:
            for band in range(1, bands + 1):
                self._dataset.GetRasterBand(band).SetNoDataValue(float(nodata))

    def write(self, y: int, rows: np.ndarray, x: int = 0) -> None:
        """Write ``rows`` shaped (bands, h, w) or (h, w) at raster row ``y``, column ``x``.

        Rows that follow on from the previous call at the same column are held until whole
        rows of GeoTIFF blocks are complete; those are written and flushed out of GDAL's block
        cache at once, so the output never piles up in memory and no compressed block is
        written twice (when ``x`` falls on a block edge, as classification strips do).
        """
        try:
            self._write(y, rows, x)
        except RuntimeError as exc:
            raise _write_error(self.path, exc) from None

    def _write(self, y: int, rows: np.ndarray, x: int) -> None:
        rows = rows if rows.ndim == 3 else rows[None]
        start, parts = self._pending.get(x, (y, []))
        if y != start + sum(part.shape[1] for part in parts):
            self._write_pending(x)
            start, parts = y, []
        parts.append(rows)
        held = sum(part.shape[1] for part in parts)
        complete = (start + held) // self._block_rows * self._block_rows - start
        if complete >= self._block_rows:
            block = np.concatenate(parts, axis=1) if len(parts) > 1 else parts[0]
            self._write_rows(x, start, block[:, :complete])
            self._dataset.FlushCache()
            rest = block[:, complete:]
            start, parts = start + complete, ([rest] if rest.shape[1] else [])
        self._pending[x] = (start, parts)

    def _write_pending(self, x: int | None = None) -> None:
        """Write the rows still held for column ``x`` (every column when None)."""
        for column in list(self._pending) if x is None else [x]:
            start, parts = self._pending.pop(column, (0, []))
            if parts:
                block = np.concatenate(parts, axis=1) if len(parts) > 1 else parts[0]
                self._write_rows(column, start, block)

    def _write_rows(self, x: int, y: int, rows: np.ndarray) -> None:
        for band, data in enumerate(rows, start=1):
            self._dataset.GetRasterBand(band).WriteArray(data, x, y)

    def warp_from(self, source: str | os.PathLike, resample: str) -> None:
        """Fill the whole grid from another raster, resampled with GDAL (``near``, ``bilinear``)."""
        gdal.Warp(self._dataset, str(source), resampleAlg=resample)

    def set_band_descriptions(self, names: Iterable[str]) -> None:
        for band, name in enumerate(names, start=1):
            self._dataset.GetRasterBand(band).SetDescription(name)

    def set_classes(self, classes: Sequence[tuple[int, str, tuple[int, int, int] | None]]) -> None:
        """Colour table (where the type allows one) and raster attribute table Value/Class/Red/Green/Blue.

        Call it before writing pixels: GeoTIFF refuses a colour table once blocks are on disk.
        """
        band = self._dataset.GetRasterBand(1)
        if band.DataType in (gdal.GDT_Byte, gdal.GDT_UInt16):
            table = gdal.ColorTable()
            for value, _name, color in classes:
                if color is not None:
                    table.SetColorEntry(int(value), (*color, 255))
            band.SetRasterColorTable(table)
            band.SetRasterColorInterpretation(gdal.GCI_PaletteIndex)
        rat = gdal.RasterAttributeTable()
        rat.CreateColumn("Value", gdal.GFT_Integer, gdal.GFU_MinMax)
        rat.CreateColumn("Class", gdal.GFT_String, gdal.GFU_Name)
        for column, usage in (("Red", gdal.GFU_Red), ("Green", gdal.GFU_Green), ("Blue", gdal.GFU_Blue)):
            rat.CreateColumn(column, gdal.GFT_Integer, usage)
        rat.SetRowCount(len(classes))
        for row, (value, name, color) in enumerate(classes):
            rat.SetValueAsInt(row, 0, int(value))
            rat.SetValueAsString(row, 1, name)
            for column, channel in enumerate(color or (0, 0, 0), start=2):
                rat.SetValueAsInt(row, column, int(channel))
        band.SetDefaultRAT(rat)

    def finish(self, outputs: OutputSet) -> Path:
        """Complete the file in the output's format under a partial name and stage it in ``outputs``.

        Nothing at ``path`` changes until ``outputs.commit()``; returns the finished partial file.
        """
        try:
            self._write_pending()
            self._dataset.FlushCache()
            self._dataset = None
            suffix = self.path.suffix.lower()
            if suffix in (".tif", ".tiff", ""):
                done = self._tmp
            else:
                done = outputs.stage(self.path)
                self._converted = done
                gdal.Translate(str(done), str(self._tmp), format=_driver_for(self.path))
                _remove_raster(self._tmp)
                outputs.add(Path(str(done) + ".aux.xml"), Path(str(self.path) + ".aux.xml"))
                for world in (".wld", ".jgw", ".pgw", ".tfw"):
                    outputs.add(done.with_suffix(world), self.path.with_suffix(world))
                return done
        except (OSError, RuntimeError) as exc:
            self.abort()
            raise _write_error(self.path, exc) from None
        outputs.add(done, self.path)
        outputs.add(Path(str(done) + ".aux.xml"), Path(str(self.path) + ".aux.xml"))
        return done

    def commit(self) -> Path:
        """Finish the file and move it to ``path`` (replacing an older file only now)."""
        with OutputSet() as outputs:
            self.finish(outputs)
            outputs.commit()
        return self.path

    def abort(self) -> None:
        """Drop the temporary file; the destination is left as it was."""
        self._dataset = None
        _remove_raster(self._tmp)
        converted = getattr(self, "_converted", None)
        if converted is not None:
            _remove_raster(converted)


def build_mosaic(layers: Sequence[QgsRasterLayer]) -> QgsRasterLayer:
    """One virtual raster (GDAL VRT) over several file rasters that share a CRS and bands."""
    first = layers[0]
    for layer in layers:
        if layer.providerType() != "gdal":
            raise ModelInputError(
                "'{name}' is not a file raster, so it cannot be mosaicked; "
                "process the rasters separately (processing mode 1).",
                name=layer.name(),
            )
        if layer.crs() != first.crs():
            raise ModelInputError(
                "'{name}' is in {authid} but "
                "'{first_name}' in {first_authid}: "
                "a mosaic needs one coordinate reference system. Reproject them or process them separately.",
                name=layer.name(),
                authid=layer.crs().authid(),
                first_name=first.name(),
                first_authid=first.crs().authid(),
            )
        if layer.bandCount() != first.bandCount():
            raise ModelInputError(
                "'{name}' has {bandcount} bands but "
                "'{first_name}' has {first_bandcount}: "
                "a mosaic needs the same bands in every raster.",
                name=layer.name(),
                bandcount=layer.bandCount(),
                first_name=first.name(),
                first_bandcount=first.bandCount(),
            )
    # In GDAL's memory file system: nothing to clean up on disk, whatever way the run ends.
    path = f"/vsimem/rasterdl-mosaic-{uuid.uuid4().hex}.vrt"
    gdal.BuildVRT(path, [layer.source().split("|")[0] for layer in layers])
    mosaic = QgsRasterLayer(str(path), "mosaic", "gdal")
    if not mosaic.isValid():
        raise ModelInputError("The input rasters could not be mosaicked; process them separately.")
    return mosaic


def reprojected(layer: QgsRasterLayer, crs_wkt: str) -> QgsRasterLayer:
    """``layer`` warped on the fly (a GDAL VRT, nearest neighbour) into the CRS ``crs_wkt``.

    For class rasters: their values are labels, so they are never interpolated.
    Only file rasters can be warped; a layer of another provider is returned as it is.
    """
    if layer.providerType() != "gdal":
        return layer
    path = f"/vsimem/rasterdl-warped-{uuid.uuid4().hex}.vrt"
    gdal.Warp(path, layer.source().split("|")[0], format="VRT", dstSRS=crs_wkt, resampleAlg="near")
    warped = QgsRasterLayer(path, layer.name(), "gdal")
    if not warped.isValid():
        raise ModelInputError(
            "The raster '{name}' could not be reprojected to the input raster's coordinate "
            "reference system; reproject it yourself (Raster > Projections > Warp).",
            name=layer.name(),
        )
    return warped


#: Chip formats of the export tool -> (GDAL driver, file extension, world-file extension).
CHIP_FORMATS = {
    "TIFF": ("GTiff", ".tif", None),
    "PNG": ("PNG", ".png", ".pgw"),
    "JPEG": ("JPEG", ".jpg", ".jgw"),
    "MRF": ("MRF", ".mrf", None),
}


def write_chip(
    path: str | os.PathLike,
    pixels: np.ndarray,
    geotransform: Sequence[float],
    crs_wkt: str,
    chip_format: str = "TIFF",
    nodata: float | None = None,
) -> Path:
    """Write one georeferenced chip (bands, h, w): GeoTIFF tags for TIFF and MRF; for PNG and
    JPEG a world file (pixel-centre, 10 decimals) plus an .aux.xml holding the CRS."""
    driver_name, _, world_ext = CHIP_FORMATS[chip_format]
    pixels = pixels if pixels.ndim == 3 else pixels[None]
    bands, height, width = pixels.shape
    dtype = _GDAL_DTYPES[str(pixels.dtype)]
    memory = gdal.GetDriverByName("MEM").Create("", width, height, bands, dtype)
    memory.SetGeoTransform(tuple(geotransform))
    if crs_wkt:
        memory.SetProjection(crs_wkt)
    for band in range(bands):
        memory.GetRasterBand(band + 1).WriteArray(pixels[band])
        if nodata is not None:
            memory.GetRasterBand(band + 1).SetNoDataValue(float(nodata))
    options = {"GTiff": ["COMPRESS=DEFLATE"], "JPEG": ["QUALITY=95"], "PNG": [], "MRF": []}[driver_name]
    path = Path(path)
    gdal.GetDriverByName(driver_name).CreateCopy(str(path), memory, options=options)
    if world_ext:
        a, b, c, d, e, f = geotransform
        centre = (a + b / 2 + c / 2, d + e / 2 + f / 2)
        lines = (b, e, c, f, centre[0], centre[1])
        path.with_suffix(world_ext).write_text("".join(f"{v:.10f}\n" for v in lines))
    return path


class ChipFileWriter:
    """Writes export chips in one chip format (the export engine's ChipWriter)."""

    def __init__(self, chip_format: str) -> None:
        self.chip_format = chip_format

    def write(self, path: Path, pixels: np.ndarray, geotransform: Sequence[float], crs_wkt: str) -> None:
        chip_format = self.chip_format if Path(path).parent.name == "images" else "TIFF"
        try:
            write_chip(path, pixels, geotransform, crs_wkt, chip_format)
        except RuntimeError as exc:
            raise RasterDLError("Cannot write the chip '{path}': {error}.", path=path, error=exc) from None


def read_features(source, crs_wkt: str, transform_context, field_names: Sequence[str], feedback=None):
    """(WKB in ``crs_wkt``, {field: value}) of every feature with a geometry."""
    request = QgsFeatureRequest()
    request.setDestinationCrs(QgsCoordinateReferenceSystem.fromWkt(crs_wkt), transform_context)
    names = [name for name in field_names if name]
    rows = []
    for feature in source.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            break
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        attributes = {}
        for name in names:
            value = feature[name]
            attributes[name] = (
                None if value is None or (hasattr(value, "isNull") and value.isNull()) else value
            )
        rows.append((bytes(geometry.asWkb()), attributes))
    return rows


def raster_classes(layer: QgsRasterLayer) -> list[tuple[int, str, tuple[int, int, int] | None]]:
    """Classes of a classified raster: its attribute table, else its colour table, else its values.

    Without a table the raster is scanned in windows for its distinct values
    (0 is background and not a class).
    """
    dataset = gdal.Open(layer.source().split("|")[0])
    band = dataset.GetRasterBand(1)
    colors = band.GetRasterColorTable()
    rat = band.GetDefaultRAT()
    found: dict[int, tuple[str, tuple[int, int, int] | None]] = {}
    if rat is not None and rat.GetRowCount() > 0:
        columns = [rat.GetNameOfCol(i).lower() for i in range(rat.GetColumnCount())]
        usages = [rat.GetUsageOfCol(i) for i in range(rat.GetColumnCount())]
        value_col = _column(columns, usages, ("value", "classvalue"), gdal.GFU_MinMax)
        name_col = _column(columns, usages, ("class", "classname", "name"), gdal.GFU_Name)
        rgb = [
            _column(columns, usages, (c,), u)
            for c, u in (("red", gdal.GFU_Red), ("green", gdal.GFU_Green), ("blue", gdal.GFU_Blue))
        ]
        for row in range(rat.GetRowCount()):
            value = rat.GetValueAsInt(row, value_col) if value_col is not None else row
            if value == 0:
                continue
            name = rat.GetValueAsString(row, name_col) if name_col is not None else str(value)
            color = tuple(rat.GetValueAsInt(row, c) for c in rgb) if None not in rgb else None
            found[value] = (name, color)
        return [(v, n, c) for v, (n, c) in sorted(found.items())]
    values: set[int] = set()
    step = 2048
    for y in range(0, dataset.RasterYSize, step):
        for x in range(0, dataset.RasterXSize, step):
            block = band.ReadAsArray(
                x, y, min(step, dataset.RasterXSize - x), min(step, dataset.RasterYSize - y)
            )
            values.update(int(v) for v in np.unique(block))
    nodata = band.GetNoDataValue()
    values.discard(0)
    if nodata is not None:
        values.discard(int(nodata))
    result = []
    for value in sorted(values):
        color = None
        if colors is not None and value < colors.GetCount():
            color = tuple(colors.GetColorEntry(value)[:3])
        result.append((value, str(value), color))
    return result


def _column(names: list[str], usages: list[int], wanted: tuple[str, ...], usage: int) -> int | None:
    for index, name in enumerate(names):
        if name in wanted:
            return index
    for index, use in enumerate(usages):
        if use == usage:
            return index
    return None


def crs_wkid(crs_wkt: str) -> int | None:
    """The EPSG code of a CRS, or None."""
    crs = QgsCoordinateReferenceSystem.fromWkt(crs_wkt)
    authid = crs.authid()
    if authid.upper().startswith("EPSG:"):
        return int(authid.split(":")[1])
    return None


def _remove_raster(path: Path) -> None:
    for candidate in (path, Path(str(path) + ".aux.xml")):
        try:
            candidate.unlink()
        except FileNotFoundError:
            pass


def _gdal_message(exc: BaseException) -> str:
    """GDAL's error text on one line, without a trailing full stop (the caller adds one)."""
    text = " ".join(str(exc).split()).rstrip(".")
    if getattr(exc, "errno", None) == 28 or "No space left" in text:
        return f"the disk is full ({text})"
    return text or type(exc).__name__


#: A write that fails with less free space than this on the output's disk is reported as a full disk.
FULL_DISK_BYTES = 64 * 1024 * 1024


def _write_error(path: Path, exc: BaseException) -> RasterDLError:
    """One line for a failed raster write, saying when the disk is (nearly) full."""
    try:
        free = shutil.disk_usage(Path(path).parent).free
    except OSError:
        free = None
    if free is not None and free < FULL_DISK_BYTES:
        return RasterDLError(
            "Cannot write the output '{path}': the disk is full ({free} bytes free; "
            "{gdal_message}). Free some space or choose another folder.",
            path=path,
            free=free,
            gdal_message=_gdal_message(exc),
        )
    return RasterDLError(
        "Cannot write the output '{path}': {gdal_message}.", path=path, gdal_message=_gdal_message(exc)
    )


def _driver_for(path: str | os.PathLike) -> str:
    """The GDAL raster driver that writes files with ``path``'s extension (GTiff when none does)."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in ("", "tif", "tiff"):
        return "GTiff"
    for index in range(gdal.GetDriverCount()):
        driver = gdal.GetDriver(index)
        metadata = driver.GetMetadata() or {}
        if metadata.get(gdal.DCAP_RASTER) != "YES":
            continue
        extensions = (metadata.get(gdal.DMD_EXTENSIONS) or "").lower().split()
        if suffix in extensions and (
            metadata.get(gdal.DCAP_CREATE) == "YES" or metadata.get(gdal.DCAP_CREATECOPY) == "YES"
        ):
            return driver.ShortName
    raise RasterDLError(
        "No raster format writes '.{suffix}' files ('{path}'): save the output as .tif (GeoTIFF).",
        suffix=suffix,
        path=path,
    )


def check_raster_format(path: str | os.PathLike, bands: int, dtype: str, what: str = "output") -> None:
    """Fail before any work when the format of ``path`` cannot hold ``bands`` bands of ``dtype``.

    A one-pixel raster is converted in memory with the format's driver: JPEG refuses two bands or
    float32, exactly as it would at the end of a long run.
    """
    driver_name = _driver_for(path)
    if driver_name == "GTiff":
        return
    memory = gdal.GetDriverByName("MEM").Create("", 1, 1, bands, _GDAL_DTYPES[dtype])
    probe = f"/vsimem/rasterdl-format-{uuid.uuid4().hex}{Path(path).suffix}"
    try:
        gdal.GetDriverByName(driver_name).CreateCopy(probe, memory, strict=1)
    except RuntimeError as exc:
        raise RasterDLError(
            "The {what} '{path}' is a {driver_name} file, which cannot hold {bands} band(s) of {dtype} "
            "({gdal_message}): save it as .tif (GeoTIFF).",
            what=what,
            path=path,
            driver_name=driver_name,
            bands=bands,
            dtype=dtype,
            gdal_message=_gdal_message(exc),
        ) from None
    finally:
        for name in gdal.ReadDir("/vsimem/") or []:
            if name.startswith(Path(probe).name):
                gdal.Unlink(f"/vsimem/{name}")


def check_writable(path: str | os.PathLike) -> None:
    """Fail early, before any work, when ``path`` cannot be written."""
    folder = Path(path).parent
    probe = folder / f".rasterdl-write-test-{uuid.uuid4().hex[:8]}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe.touch()
        probe.unlink()
    except OSError as exc:
        raise RasterDLError(
            "The output '{path}' cannot be written ({reason}). Choose a folder you can write to.",
            path=path,
            reason=exc.strerror,
        ) from None
