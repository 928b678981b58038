"""Which pixels of a window hold data, from the bands' nodata values (pure numpy, for every reader)."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np


def valid_from_nodata(data: np.ndarray, nodata: Sequence[float | None]) -> np.ndarray:
    """Boolean (h, w) of ``data`` (bands, h, w): False where every band holds its nodata value.

    ``nodata`` gives each band's value (NaN matches NaN). When a band has none (None), or no
    band has one, every pixel is valid: one band without nodata can hold any value.
    """
    nodata_all = np.ones(data.shape[1:], dtype=bool)
    any_nodata = False
    for band, value in enumerate(nodata):
        if value is None:
            nodata_all[:] = False
            break
        any_nodata = True
        if math.isnan(value):
            nodata_all &= np.isnan(data[band])
        else:
            nodata_all &= data[band] == value
    if not any_nodata:
        return np.ones(data.shape[1:], dtype=bool)
    return ~nodata_all
