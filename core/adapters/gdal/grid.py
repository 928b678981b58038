"""The pixel grid on which a raster file is processed, read with GDAL alone (the QGIS adapter's
``layer_grid`` for a file raster, for cluster workers)."""

from __future__ import annotations

from ...engine.raster_grid import Bounds, Grid, cut_grid
from ...errors import ModelInputError, RasterDLError
from .raster_reader import open_raster


def raster_grid(path: str, extent: Bounds | None = None, cell_size: float | None = None) -> Grid:
    """The grid on which the raster at ``path`` is processed: its own, cut to ``extent``, at ``cell_size``.

    As in QGIS, an empty extent means the whole raster; one that does not overlap the raster is
    refused; the extent is snapped outwards to the raster's pixel edges and clipped to it.
    """
    dataset = open_raster(path)
    gt = dataset.GetGeoTransform()
    if gt[2] != 0 or gt[4] != 0 or gt[1] <= 0 or gt[5] >= 0:
        raise RasterDLError(
            "The raster '{path}' is rotated or not north-up: warp it to a north-up raster first "
            "(Raster > Projections > Warp).",
            path=path,
        )
    width, height = dataset.RasterXSize, dataset.RasterYSize
    full = (gt[0], gt[3] + height * gt[5], gt[0] + width * gt[1], gt[3])
    window = None
    if extent is not None and extent[2] > extent[0] and extent[3] > extent[1]:
        if extent[0] > full[2] or extent[2] < full[0] or extent[1] > full[3] or extent[3] < full[1]:
            raise ModelInputError(
                "The processing extent does not overlap the input raster: choose an extent inside the raster."
            )
        window = extent
    return cut_grid(full, width, height, dataset.GetProjection(), window, cell_size)
