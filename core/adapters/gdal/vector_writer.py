"""Polygons with attributes written to a GeoPackage through OGR alone (the Python API's detections, for
callers without QGIS), every write checked."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from osgeo import gdal, ogr, osr

from .errors import write_error

#: The attribute types a field may have: OGR's field type for each.
FIELD_TYPES = {"string": ogr.OFTString, "int": ogr.OFTInteger, "real": ogr.OFTReal}


def write_polygons(
    path: str | Path,
    layer_name: str,
    crs_wkt: str,
    fields: Sequence[tuple[str, str]],
    rows: Iterable[tuple[bytes, Sequence[object]]],
) -> None:
    """Create the GeoPackage ``path`` holding one polygon layer of ``rows`` (WKB, attribute values).

    ``fields`` are (name, "string" | "int" | "real"); the layer has the ``fid`` and ``geom``
    columns QGIS writes. Any failed write raises a one-line :class:`RasterDLError`.
    """
    try:
        _write(str(path), layer_name, crs_wkt, fields, rows)
    except RuntimeError as exc:
        raise write_error(Path(path), exc) from None


def _write(
    path: str,
    layer_name: str,
    crs_wkt: str,
    fields: Sequence[tuple[str, str]],
    rows: Iterable[tuple[bytes, Sequence[object]]],
) -> None:
    """The write itself; a failure (GDAL's exceptions on or off) as RuntimeError."""
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    _check(dataset is not None, "the GeoPackage could not be created")
    srs = osr.SpatialReference()
    srs.ImportFromWkt(crs_wkt)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = dataset.CreateLayer(layer_name, srs=srs, geom_type=ogr.wkbPolygon)
    _check(layer is not None, "the layer could not be created")
    for name, kind in fields:
        _check(layer.CreateField(ogr.FieldDefn(name, FIELD_TYPES[kind])) == 0, f"field {name}")
    definition = layer.GetLayerDefn()
    _check(dataset.StartTransaction() == 0, "transaction")
    for wkb, values in rows:
        feature = ogr.Feature(definition)
        _check(feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb)) == 0, "geometry")
        for index, value in enumerate(values):
            feature.SetField(index, value)
        _check(layer.CreateFeature(feature) == 0, "feature")
    _check(dataset.CommitTransaction() == 0, "commit")
    dataset.FlushCache()
    dataset = None


def _check(ok: bool, what: str) -> None:
    """Raise GDAL's last error (or ``what`` failed) as RuntimeError unless ``ok``."""
    if not ok:
        raise RuntimeError(gdal.GetLastErrorMsg() or f"{what} failed")
