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
from dataclasses import dataclass

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


def choose_read_resolution(
    native: float | None,
    web: bool,
    frame: MapFrame,
    model_range: tuple[float, float] | None,
    requested: float | None = None,
) -> ReadResolution:
    """Where to read a raster whose own cell size is ``native`` map units (module docstring).

    ``web`` is True for layers without a fixed size (WMS, XYZ), whose ``native`` is the finest
    resolution they offer (or None); ``requested`` is the user's cell size in map units.
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
