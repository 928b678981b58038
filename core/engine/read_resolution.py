"""At which cell size a tool reads its input: the model's training cell size, on the ground.

A model learns objects at a scale: a tree crown 40 pixels wide at 10 cm is 108 pixels wide
at 3.7 cm, and the model no longer recognises it. A model definition states that scale in
ground units (metres): the .emd's ``MinCellSize``/``MaxCellSize``, Deepness's ``resolution``
(cm/px, read as metres by the loader). A raster in a projected CRS in metres has map units
equal to ground metres (up to the projection's small scale error, ignored here); in a
Mercator CRS (EPSG:3857, web maps) one ground metre spans ``1 / cos(latitude)`` map units, so
0.1 map units at 29.7 N are 8.7 cm on the ground. Web layers (WMS, XYZ) have no cell size of
their own: they are read at the model's cell size when it is known, else at the finest
resolution the service offers. A file raster is read at the model's cell size only when its
own lies outside the model's range (1 % tolerance), the result then being written back on
the input's grid; within the range it is read unresampled. A cell size the user gives wins.
Geographic CRSs (degrees) are read as they are: a degree is not a fixed ground distance.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

#: Pixel size, in EPSG:3857 metres, of zoom level 0 of the web-map tile pyramid (256-pixel tiles).
ZOOM0_RESOLUTION = 2 * math.pi * 6378137.0 / 256
#: Relative tolerance within which a cell size counts as inside the model's range.
RANGE_TOLERANCE = 0.01


@dataclass(frozen=True)
class MapFrame:
    """What the read policy needs of the input's CRS around the area read."""

    geographic: bool = False
    #: Ground metres in one map unit along the CRS's true-scale line (1 for metres, 0.3048 for feet).
    metres_per_unit: float = 1.0
    #: True for Mercator projections (EPSG:3857, 3395), whose scale grows as 1 / cos(latitude).
    mercator: bool = False
    #: Latitude (degrees) of the centre of the area read; None when unknown.
    latitude: float | None = None

    @property
    def units_per_ground_metre(self) -> float | None:
        """Map units spanned by one metre on the ground at :attr:`latitude`; None for degrees."""
        if self.geographic or self.metres_per_unit <= 0:
            return None
        factor = 1.0
        if self.mercator and self.latitude is not None:
            factor = 1.0 / math.cos(math.radians(max(-85.0, min(85.0, self.latitude))))
        return factor / self.metres_per_unit

    def to_map(self, metres: float) -> float | None:
        """``metres`` on the ground in map units, or None when the CRS has no fixed ground scale."""
        scale = self.units_per_ground_metre
        return None if scale is None else metres * scale

    def to_ground(self, map_units: float) -> float | None:
        """A length in map units as metres on the ground, or None."""
        scale = self.units_per_ground_metre
        return None if scale is None else map_units / scale


def web_zoom(cell_size: float, frame: MapFrame) -> float | None:
    """The web-map zoom level (fractional) whose pixels are ``cell_size`` map units; Mercator only."""
    if not frame.mercator or cell_size <= 0:
        return None
    metres = cell_size * frame.metres_per_unit
    return math.log2(ZOOM0_RESOLUTION / metres)


def model_cell_range(min_cell_size: float | None, max_cell_size: float | None) -> tuple[float, float] | None:
    """The ground cell sizes (metres) the model was trained at: (low, high), or None when unstated."""
    low = min_cell_size or max_cell_size
    high = max_cell_size or min_cell_size
    if not low or not high:
        return None
    return (min(low, high), max(low, high))


@dataclass(frozen=True)
class ReadResolution:
    """The decision: the cell size to read at and why.

    ``cell_size`` is in map units; None reads the input on its own grid (file rasters only).
    ``reason`` is ``requested`` (the user's), ``model`` (the model's training cell size),
    ``native`` (the input's own cell size, inside the model's range or none stated),
    ``finest`` (a web layer at its finest resolution) or ``geographic`` (a model cell size
    ignored in a CRS in degrees). ``ground`` is the cell size read on the ground (metres) and
    ``zoom`` the equivalent web-map zoom level, when they are known.
    """

    cell_size: float | None
    reason: str
    ground: float | None = None
    zoom: float | None = None
    native_ground: float | None = None
    model_range: tuple[float, float] | None = None
    #: Web layers with zoom levels: read this many times finer, then averaged down (see :func:`oversampling`).
    oversample: float = 1.0


def choose_read_resolution(
    native: float | None,
    web: bool,
    frame: MapFrame,
    model_range: tuple[float, float] | None,
    requested: float | None = None,
    resolutions: Sequence[float] = (),
) -> ReadResolution:
    """Where to read a raster whose own cell size is ``native`` map units (module docstring).

    ``web`` is True for layers without a fixed size (WMS, XYZ), whose ``native`` is the finest
    resolution they offer (or None); ``requested`` is the user's cell size in map units;
    ``resolutions`` are a tiled web layer's zoom levels (map units per pixel).
    """
    native_ground = frame.to_ground(native) if native else None

    def decision(cell: float | None, reason: str) -> ReadResolution:
        read = cell if cell is not None else native
        return ReadResolution(
            cell_size=cell,
            reason=reason,
            ground=frame.to_ground(read) if read else None,
            zoom=web_zoom(read, frame) if read else None,
            native_ground=native_ground,
            model_range=model_range,
            oversample=oversampling(read, resolutions) if web and read else 1.0,
        )

    if requested is not None and requested > 0:
        if web or not native or abs(requested - native) > 1e-9 * native:
            return decision(requested, "requested")
        return decision(None, "native")
    if model_range is not None:
        low, high = (frame.to_map(value) for value in model_range)
        if low is None or high is None:
            return decision(native if web else None, "geographic")
        if web:
            return decision(low, "model")
        if native and not low * (1 - RANGE_TOLERANCE) <= native <= high * (1 + RANGE_TOLERANCE):
            return decision(min(max(native, low), high), "model")
    return decision(native if web else None, "finest" if web else "native")


#: Web tiles are read at most this many times finer than the cell size they are averaged down to.
MAX_OVERSAMPLING = 4.0


def oversampling(cell_size: float, resolutions: Sequence[float]) -> float:
    """How many times finer than ``cell_size`` to read a tiled web layer (XYZ, WMTS) offering
    ``resolutions`` (map units per pixel, one per zoom level): the ratio to the coarsest level at
    least as fine as ``cell_size``, so the tiles are averaged down, never enlarged. A tile service
    asked for a resolution between two levels serves the nearest, often the coarser one, enlarged:
    a model then sees a blurred image. 1 when the service has no levels (plain WMS renders any
    resolution) or none is finer."""
    finer = [r for r in resolutions if 0 < r <= cell_size * (1 + 1e-6)]
    if not finer:
        return 1.0
    factor = cell_size / max(finer)
    return min(factor, MAX_OVERSAMPLING) if factor > 1 + 1e-6 else 1.0


def _area_axis(values: np.ndarray, size: int, axis: int) -> np.ndarray:
    """``values`` resampled to ``size`` cells along ``axis`` by area averaging (exact for any ratio)."""
    count = values.shape[axis]
    moved = np.moveaxis(values, axis, -1).astype(np.float64)
    total = np.concatenate([np.zeros((*moved.shape[:-1], 1)), np.cumsum(moved, axis=-1)], axis=-1)
    edges = np.linspace(0.0, count, size + 1)
    whole = np.minimum(np.floor(edges).astype(np.intp), count - 1)
    fraction = edges - whole
    at_edges = total[..., whole] + fraction * moved[..., whole]
    averaged = (at_edges[..., 1:] - at_edges[..., :-1]) / (count / size)
    return np.moveaxis(averaged, -1, axis)


def area_average(
    pixels: np.ndarray, valid: np.ndarray, height: int, width: int
) -> tuple[np.ndarray, np.ndarray]:
    """(bands, h, w) ``pixels`` and their (h, w) ``valid`` mask averaged down to ``height`` x ``width``:
    each output pixel is the mean of the valid input area it covers, valid where that area is at
    least half valid."""
    weight = _area_axis(_area_axis(valid.astype(np.float64), height, 0), width, 1)
    masked = np.where(valid[None], pixels, 0)
    sums = _area_axis(_area_axis(masked, height, 1), width, 2)
    out_valid = weight >= 0.5
    mean = sums / np.maximum(weight, 1e-12)[None]
    if np.issubdtype(pixels.dtype, np.integer):
        info = np.iinfo(pixels.dtype)
        mean = np.clip(np.rint(mean), info.min, info.max)
    out = mean.astype(pixels.dtype)
    out[:, ~out_valid] = 0
    return out, out_valid
