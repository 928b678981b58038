"""The georeferenced pixel grid on which a raster is read and written (north-up, no rotation)."""

from __future__ import annotations

from dataclasses import dataclass


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
