"""The ground scale of a raster's CRS with GDAL alone (the QGIS adapter's ``map_frame``), for the read
policy of :func:`~rasterdl.core.engine.read_resolution.choose_read_resolution`."""

from __future__ import annotations

import math

from osgeo import osr

from ...engine.raster_grid import Grid
from ...engine.read_resolution import MapFrame


def grid_frame(grid: Grid) -> MapFrame:
    """The ground scale of ``grid``'s CRS around the grid's centre: degrees, metres per map unit,
    Mercator or not, and the centre's latitude."""
    srs = osr.SpatialReference()
    if not grid.crs_wkt or srs.ImportFromWkt(grid.crs_wkt) != 0 or srs.IsGeographic():
        return MapFrame(geographic=True)
    latitude = None
    try:
        wgs84 = osr.SpatialReference()
        wgs84.ImportFromEPSG(4326)
        for each in (srs, wgs84):
            each.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        centre_x = grid.x0 + grid.width * grid.dx / 2
        centre_y = grid.y0 - grid.height * grid.dy / 2
        _, lat, _ = osr.CoordinateTransformation(srs, wgs84).TransformPoint(centre_x, centre_y)
        latitude = lat if math.isfinite(lat) else None
    except (RuntimeError, TypeError):
        pass
    mercator = "+proj=merc" in (srs.ExportToProj4() or "")
    return MapFrame(
        geographic=False, metres_per_unit=srs.GetLinearUnits(), mercator=mercator, latitude=latitude
    )


def crs_wkid(crs_wkt: str) -> int | None:
    """The EPSG code of a CRS, or None: its own authority, else the EPSG CRS that PROJ identifies with
    a confidence of 70 % or more, as QGIS does; what the QGIS adapter's ``crs_wkid`` gives."""
    srs = osr.SpatialReference()
    if not crs_wkt or srs.ImportFromWkt(crs_wkt) != 0:
        return None
    if srs.GetAuthorityName(None) == "EPSG" and srs.GetAuthorityCode(None):
        return int(srs.GetAuthorityCode(None))
    try:
        matches = srs.FindMatches() or []
    except RuntimeError:
        return None
    for match, confidence in matches:
        if confidence >= 70 and match.GetAuthorityName(None) == "EPSG" and match.GetAuthorityCode(None):
            return int(match.GetAuthorityCode(None))
    return None
