"""GDAL failures as one-line user errors, saying when the disk is (nearly) full."""

from __future__ import annotations

import shutil
from pathlib import Path

from ...errors import RasterDLError


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
