"""Output rasters written with GDAL into a partial file that replaces the destination only on success.

A failed or cancelled run leaves nothing half-written and never touches an existing file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
from osgeo import gdal

from ...engine.raster_grid import Grid
from ...errors import RasterDLError
from ...output.guard import OutputSet, partial_path, remove_stale_partials
from .errors import write_error
from .formats import GDAL_DTYPES, driver_for

#: Output GeoTIFFs: DEFLATE at level 1 compresses class maps and probabilities within 25 % of the
#: default level 6 for a fifth of its CPU time, compressed in the (low-priority) writing thread
#: rather than in GDAL worker threads that would take the cores from the model.
GTIFF_OPTIONS = ["TILED=YES", "COMPRESS=DEFLATE", "ZLEVEL=1", "PREDICTOR=1", "BIGTIFF=IF_SAFER"]


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
                str(self._tmp), grid.width, grid.height, bands, GDAL_DTYPES[dtype], GTIFF_OPTIONS
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
            raise write_error(self.path, exc) from None

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
        set_class_table(self._dataset, classes)

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
                gdal.Translate(str(done), str(self._tmp), format=driver_for(self.path))
                _remove_raster(self._tmp)
                outputs.add(Path(str(done) + ".aux.xml"), Path(str(self.path) + ".aux.xml"))
                for world in (".wld", ".jgw", ".pgw", ".tfw"):
                    outputs.add(done.with_suffix(world), self.path.with_suffix(world))
                return done
        except (OSError, RuntimeError) as exc:
            self.abort()
            raise write_error(self.path, exc) from None
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


def _remove_raster(path: Path) -> None:
    for candidate in (path, Path(str(path) + ".aux.xml")):
        try:
            candidate.unlink()
        except FileNotFoundError:
            pass


def set_class_table(dataset, classes: Sequence[tuple[int, str, tuple[int, int, int] | None]]) -> None:
    """Give band 1 of ``dataset`` a colour table (where its type allows one) and a raster attribute
    table Value/Class/Red/Green/Blue, so QGIS shows the class names and colours."""
    band = dataset.GetRasterBand(1)
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
