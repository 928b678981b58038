"""Training-data chips written as small georeferenced rasters (TIFF, PNG, JPEG, MRF)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from osgeo import gdal

from ...errors import RasterDLError
from .formats import GDAL_DTYPES

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
    dtype = GDAL_DTYPES[str(pixels.dtype)]
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
    """Writes export chips: images in one chip format, label rasters as GeoTIFF (the export engine's
    ChipWriter)."""

    def __init__(self, chip_format: str) -> None:
        self.chip_format = chip_format

    def write_image(
        self, path: Path, pixels: np.ndarray, geotransform: Sequence[float], crs_wkt: str
    ) -> None:
        """An image chip, in the export's chip format."""
        self._write(path, pixels, geotransform, crs_wkt, self.chip_format)

    def write_label(
        self, path: Path, pixels: np.ndarray, geotransform: Sequence[float], crs_wkt: str
    ) -> None:
        """A label raster (class map, instance mask): always a GeoTIFF, whatever the chip format."""
        self._write(path, pixels, geotransform, crs_wkt, "TIFF")

    def _write(
        self, path: Path, pixels: np.ndarray, geotransform: Sequence[float], crs_wkt: str, chip_format: str
    ) -> None:
        try:
            write_chip(path, pixels, geotransform, crs_wkt, chip_format)
        except RuntimeError as exc:
            raise RasterDLError("Cannot write the chip '{path}': {error}.", path=path, error=exc) from None
