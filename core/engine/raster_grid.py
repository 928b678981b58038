"""The georeferenced pixel grid on which a raster is read and written (north-up, no rotation).

Pure arithmetic shared by every I/O adapter: how an extent is cut out of a raster's
pixel grid, and which pixel centres of a window lie inside an area.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

#: Map bounds (xmin, ymin, xmax, ymax).
Bounds = tuple[float, float, float, float]

#: An extent edge this close to a pixel edge (in pixels) is on it. Map coordinates such as UTM
#: northings carry about 1e-8 pixel of rounding at 10 cm cells, so the tolerance must be far above that.
EXTENT_SNAP_PIXELS = 1e-6


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

    def centres_inside(self, x: int, y: int, w: int, h: int, bounds: Bounds) -> np.ndarray:
        """Boolean (h, w): True where the window's pixel centre lies inside ``bounds`` (edges included)."""
        xmin, ymin, xmax, ymax = bounds
        cx = self.x0 + (x + np.arange(w) + 0.5) * self.dx
        cy = self.y0 - (y + np.arange(h) + 0.5) * self.dy
        inside_x = (cx >= xmin) & (cx <= xmax)
        inside_y = (cy >= ymin) & (cy <= ymax)
        return inside_y[:, None] & inside_x[None, :]


def cut_grid(
    bounds: Bounds,
    width: int,
    height: int,
    crs_wkt: str,
    extent: Bounds | None = None,
    cell_size: float | None = None,
) -> Grid:
    """The grid of a ``width`` x ``height`` raster covering ``bounds``, cut to ``extent``, at ``cell_size``.

    The extent (which the caller has checked overlaps the raster) is snapped outwards to
    the raster's pixel edges and clipped to the raster, so without a cell size every pixel
    is a source pixel (no resampling). With one, the cut area is divided into whole cells
    of about that size.
    """
    xmin, ymin, xmax, ymax = bounds
    dx = (xmax - xmin) / width
    dy = (ymax - ymin) / height
    if extent is not None:
        ext_xmin, ext_ymin, ext_xmax, ext_ymax = extent
        snap = EXTENT_SNAP_PIXELS
        col0 = max(0, math.floor((ext_xmin - xmin) / dx + snap))
        col1 = min(width, math.ceil((ext_xmax - xmin) / dx - snap))
        row0 = max(0, math.floor((ymax - ext_ymax) / dy + snap))
        row1 = min(height, math.ceil((ymax - ext_ymin) / dy - snap))
        xmin, xmax = xmin + col0 * dx, xmin + col1 * dx
        ymin, ymax = ymax - row1 * dy, ymax - row0 * dy
    if cell_size:
        cells_x = max(1, round((xmax - xmin) / cell_size))
        cells_y = max(1, round((ymax - ymin) / cell_size))
        return Grid(xmin, ymax, (xmax - xmin) / cells_x, (ymax - ymin) / cells_y, cells_x, cells_y, crs_wkt)
    return Grid(xmin, ymax, dx, dy, round((xmax - xmin) / dx), round((ymax - ymin) / dy), crs_wkt)
