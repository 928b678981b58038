"""Virtual rasters (GDAL VRT in memory) over file layers: a mosaic of several, one reprojected."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from osgeo import gdal
from qgis.core import QgsRasterLayer

from ...errors import ModelInputError
from .layers import gdal_path


def build_mosaic(layers: Sequence[QgsRasterLayer]) -> QgsRasterLayer:
    """One virtual raster (GDAL VRT) over several file rasters that share a CRS and bands."""
    first = layers[0]
    for layer in layers:
        if layer.providerType() != "gdal":
            raise ModelInputError(
                "'{name}' is not a file raster, so it cannot be mosaicked; "
                "process the rasters separately (processing mode 1).",
                name=layer.name(),
            )
        if layer.crs() != first.crs():
            raise ModelInputError(
                "'{name}' is in {authid} but "
                "'{first_name}' in {first_authid}: "
                "a mosaic needs one coordinate reference system. Reproject them or process them separately.",
                name=layer.name(),
                authid=layer.crs().authid(),
                first_name=first.name(),
                first_authid=first.crs().authid(),
            )
        if layer.bandCount() != first.bandCount():
            raise ModelInputError(
                "'{name}' has {bandcount} bands but "
                "'{first_name}' has {first_bandcount}: "
                "a mosaic needs the same bands in every raster.",
                name=layer.name(),
                bandcount=layer.bandCount(),
                first_name=first.name(),
                first_bandcount=first.bandCount(),
            )
    # In GDAL's memory file system: nothing to clean up on disk, whatever way the run ends.
    path = f"/vsimem/rasterdl-mosaic-{uuid.uuid4().hex}.vrt"
    gdal.BuildVRT(path, [gdal_path(layer) for layer in layers])
    mosaic = QgsRasterLayer(str(path), "mosaic", "gdal")
    if not mosaic.isValid():
        raise ModelInputError("The input rasters could not be mosaicked; process them separately.")
    return mosaic


def reprojected(layer: QgsRasterLayer, crs_wkt: str) -> QgsRasterLayer:
    """``layer`` warped on the fly (a GDAL VRT, nearest neighbour) into the CRS ``crs_wkt``.

    For class rasters: their values are labels, so they are never interpolated.
    Only file rasters can be warped; a layer of another provider is returned as it is.
    """
    if layer.providerType() != "gdal":
        return layer
    path = f"/vsimem/rasterdl-warped-{uuid.uuid4().hex}.vrt"
    gdal.Warp(path, gdal_path(layer), format="VRT", dstSRS=crs_wkt, resampleAlg="near")
    warped = QgsRasterLayer(path, layer.name(), "gdal")
    if not warped.isValid():
        raise ModelInputError(
            "The raster '{name}' could not be reprojected to the input raster's coordinate "
            "reference system; reproject it yourself (Raster > Projections > Warp).",
            name=layer.name(),
        )
    return warped
