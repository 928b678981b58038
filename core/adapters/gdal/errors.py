"""GDAL failures as one-line user errors: failed reads, and writes saying when the disk is (nearly) full."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from osgeo import gdal

from ...errors import RasterDLError

Opened = TypeVar("Opened")


def gdal_message(exc: BaseException) -> str:
    """GDAL's error text on one line, without a trailing full stop (the caller adds one)."""
    text = " ".join(str(exc).split()).rstrip(".")
    if getattr(exc, "errno", None) == 28 or "No space left" in text:
        return f"the disk is full ({text})"
    return text or type(exc).__name__


#: A write that fails with less free space than this on the output's disk is reported as a full disk.
FULL_DISK_BYTES = 64 * 1024 * 1024


def write_error(path: Path, exc: BaseException) -> RasterDLError:
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
            gdal_message=gdal_message(exc),
        )
    return RasterDLError(
        "Cannot write the output '{path}': {gdal_message}.", path=path, gdal_message=gdal_message(exc)
    )


def read_error(source: str, x: int, y: int, w: int, h: int, exc: BaseException) -> RasterDLError:
    """One line for a failed window read: which raster, which pixels, GDAL's reason, and what to do."""
    return RasterDLError(
        "Cannot read the raster '{source}' at pixels {x},{y} "
        "({w} x {h}): {gdal_message}. The file is damaged or incomplete (truncated): "
        "copy or export it again.",
        source=source,
        x=x,
        y=y,
        w=w,
        h=h,
        gdal_message=gdal_message(exc),
    )


def open_or_fail(open_function: Callable[[str], Opened | None], path: str, what: str) -> Opened:
    """``open_function(path)`` (``gdal.Open``, ``ogr.Open``), or a one-line error saying why the ``what``
    cannot be opened, whether or not GDAL's exceptions are enabled (a bare worker never enables them)."""
    try:
        opened = open_function(str(path))
    except RuntimeError as exc:
        reason = gdal_message(exc)
    else:
        if opened is not None:
            return opened
        reason = " ".join(gdal.GetLastErrorMsg().split()).rstrip(".") or "GDAL cannot read it"
    if what == "raster":
        raise RasterDLError("Cannot open the raster '{path}': {reason}.", path=path, reason=reason)
    raise RasterDLError("Cannot open the vector file '{path}': {reason}.", path=path, reason=reason)
