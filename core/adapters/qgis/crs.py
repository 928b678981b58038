"""What a layer's coordinate reference system means on the ground: units, latitude, EPSG code."""

from __future__ import annotations

import math

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsUnitTypes,
)

from ...engine.read_resolution import MapFrame


def map_frame(layer: QgsRasterLayer, extent: QgsRectangle | None = None) -> MapFrame:
    """The ground scale of ``layer``'s CRS around ``extent`` (default the layer's extent) for
    :func:`read_resolution.choose_read_resolution`."""
    crs = layer.crs()
    if not crs.isValid() or crs.isGeographic():
        return MapFrame(geographic=True)
    # Qgis.DistanceUnit from QGIS 3.30 (the QgsUnitTypes names are deprecated there).
    meters = Qgis.DistanceUnit.Meters if hasattr(Qgis, "DistanceUnit") else QgsUnitTypes.DistanceMeters
    metres = QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), meters)
    area = extent if extent is not None and not extent.isNull() and not extent.isEmpty() else layer.extent()
    latitude = None
    try:
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        centre = QgsCoordinateTransform(crs, wgs84, QgsProject.instance()).transform(area.center())
        latitude = centre.y() if math.isfinite(centre.y()) else None
    except QgsCsException:
        pass
    mercator = "+proj=merc" in crs.toProj().replace("  ", " ")
    return MapFrame(geographic=False, metres_per_unit=metres, mercator=mercator, latitude=latitude)


def crs_wkid(crs_wkt: str) -> int | None:
    """The EPSG code of a CRS, or None."""
    crs = QgsCoordinateReferenceSystem.fromWkt(crs_wkt)
    authid = crs.authid()
    if authid.upper().startswith("EPSG:"):
        return int(authid.split(":")[1])
    return None
