"""What the engines need of the world around them, and the one error that says the user stopped a run.

The engines never touch QGIS or GDAL: they read windows through a :class:`WindowReader`, hand
finished rows to a :class:`ClassWriter` (the export: chips to a :class:`ChipWriter`), run the
model through an :class:`InferenceSession` and report to a :class:`Progress`. The I/O adapters
(``core/adapters``) and the in-memory fakes of the tests (``tests/core/fakes.py``) implement these;
the tools catch :class:`Cancelled` once, in their base class.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from ..errors import RasterDLError


class Cancelled(RasterDLError):  # noqa: N818 (reads as the event it reports)
    """The user cancelled the run; no result is complete (an export keeps the chips written before)."""


class WindowReader(Protocol):
    """Reads raw pixel windows of the input raster."""

    width: int
    height: int
    band_count: int

    def read(self, x: int, y: int, w: int, h: int) -> tuple[np.ndarray, np.ndarray]:
        """(band_count, h, w) raw pixels (0 outside the raster) and a (h, w) bool array, True where valid."""
        ...

    def clone(self) -> WindowReader:
        """An independent reader, used by the read-ahead thread only."""
        ...


class ClassWriter(Protocol):
    """Receives finished rows, top to bottom (strip by strip for wide rasters), from one worker thread."""

    def write(self, y: int, classes: np.ndarray, probabilities: np.ndarray | None, x: int = 0) -> None:
        """Rows ``y`` to ``y + h`` from column ``x``: (h, w) class values and (classes, h, w) float32
        or None."""
        ...


class ChipWriter(Protocol):
    """Writes georeferenced rasters (the QGIS/GDAL adapter implements it).

    The exporter says which kind of file each one is: the image chip, in the export's chip format,
    or a label raster (class map, instance mask), which is always a GeoTIFF.
    """

    def write_image(
        self, path: Path, pixels: np.ndarray, geotransform: Sequence[float], crs_wkt: str
    ) -> None: ...

    def write_label(
        self, path: Path, pixels: np.ndarray, geotransform: Sequence[float], crs_wkt: str
    ) -> None: ...


class Progress(Protocol):
    """Cancellation and progress, called from the calling thread only (between batches and while waiting)."""

    def is_canceled(self) -> bool: ...

    def set_progress(self, percent: float) -> None: ...


class InferenceSession(Protocol):
    """What the engine needs of :class:`runtime.OnnxSession`."""

    session_run_seconds: float

    def run(self, batch: np.ndarray) -> list[np.ndarray]: ...


def read_window(reader: WindowReader, x: int, y: int, w: int, h: int) -> tuple[np.ndarray, np.ndarray]:
    """``reader``'s pixels and validity of a window, as arrays, refused when the reader broke its
    contract (a wrong shape would otherwise fail later, far from its cause)."""
    pixels, valid = reader.read(x, y, w, h)
    pixels, valid = np.asarray(pixels), np.asarray(valid, dtype=bool)
    if pixels.shape != (reader.band_count, h, w) or valid.shape != (h, w):
        raise RasterDLError(
            "The raster reader returned pixels {pixels_shape} and mask {mask_shape} for a "
            "window of {width} x {height} pixels and {bands} bands.",
            pixels_shape=tuple(pixels.shape),
            mask_shape=tuple(valid.shape),
            width=w,
            height=h,
            bands=reader.band_count,
        )
    return pixels, valid
