"""Raster formats by file extension: numpy -> GDAL pixel types, the driver for a path, early format checks."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from osgeo import gdal

from ...errors import RasterDLError
from .errors import gdal_message

GDAL_DTYPES = {
    "uint8": gdal.GDT_Byte,
    "uint16": gdal.GDT_UInt16,
    "int16": gdal.GDT_Int16,
    "uint32": gdal.GDT_UInt32,
    "int32": gdal.GDT_Int32,
    "float32": gdal.GDT_Float32,
    "float64": gdal.GDT_Float64,
}


def driver_for(path: str | os.PathLike) -> str:
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
    driver_name = driver_for(path)
    if driver_name in ("GTiff", "VRT"):  # a VRT output is written over GeoTIFF parts (vrt_writer.py)
        return
    memory = gdal.GetDriverByName("MEM").Create("", 1, 1, bands, GDAL_DTYPES[dtype])
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
            gdal_message=gdal_message(exc),
        ) from None
    finally:
        for name in gdal.ReadDir("/vsimem/") or []:
            if name.startswith(Path(probe).name):
                gdal.Unlink(f"/vsimem/{name}")
