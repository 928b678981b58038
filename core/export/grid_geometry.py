"""Map geometries in the pixels of a north-up processing grid.

The export cuts its labels, and the Classify Objects tool places its chips, in
grid-pixel coordinates (x = column, y = row, origin at the grid's top-left
corner, y pointing down); both turn the features they read in map coordinates
into those pixels here.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely
from shapely.geometry import box


def _to_pixels(geometries, geotransform: Sequence[float]):
    """2-D grid pixels of map geometries, rounded to 1e-6 px so edges on pixel lines stay exact."""
    x0, dx, _, y0, _, dy = geotransform
    origin, scale = np.array([x0, y0]), np.array([dx, dy])
    return shapely.transform(
        shapely.force_2d(geometries), lambda coords: np.round((coords - origin) / scale, 6)
    )


def wkbs_to_grid_pixels(wkbs: Sequence[bytes], geotransform: Sequence[float]) -> np.ndarray:
    """Many WKB geometries in map coordinates as 2-D grid-pixel geometries, in one vectorised pass."""
    return _to_pixels(shapely.from_wkb(np.asarray(wkbs, dtype=object)), geotransform)


def window_box(x: int, y: int, w: int, h: int):
    """The window as a shapely box in grid pixels."""
    return box(x, y, x + w, y + h)
