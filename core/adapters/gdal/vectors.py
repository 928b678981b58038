"""Geometries and attributes of a vector file read with OGR alone, as ISO WKB in the processing grid's
CRS: what the QGIS adapter's ``vectors.py`` returns for a feature source, for cluster workers."""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Sequence

from osgeo import ogr, osr

from ...engine.contracts import Progress
from ...errors import RasterDLError
from .errors import open_or_fail


def read_geometries_wkb(
    path: str, crs_wkt: str, layer_name: str | None = None, progress: Progress | None = None
) -> list[bytes]:
    """WKB of every non-empty geometry of the layer, transformed to ``crs_wkt``."""
    return [wkb for wkb, _ in _features(path, crs_wkt, layer_name, [], progress)]


def read_features(
    path: str,
    crs_wkt: str,
    field_names: Sequence[str],
    layer_name: str | None = None,
    progress: Progress | None = None,
) -> list[tuple[bytes, dict]]:
    """(WKB in ``crs_wkt``, {field: value}) of every feature with a geometry; NULL values are None."""
    return list(_features(path, crs_wkt, layer_name, [name for name in field_names if name], progress))


def field_names(path: str, layer_name: str | None = None) -> list[str]:
    """The layer's field names as QGIS lists them: the FID column first where the format has one
    (GeoPackage's ``fid``), then the attribute fields."""
    source = open_or_fail(ogr.Open, path, "vector file")  # kept open while its layer is read
    layer = _layer(source, path, layer_name)
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    fid = layer.GetFIDColumn()
    return [fid, *names] if fid and fid not in names else names


def spatial_reference_name(path: str, layer_name: str | None = None) -> str | None:
    """The layer's CRS as its authority id (``EPSG:32617``) or name; None when it has none."""
    source = open_or_fail(ogr.Open, path, "vector file")  # kept open while its layer is read
    srs = _layer(source, path, layer_name).GetSpatialRef()
    if srs is None:
        return None
    authority, code = srs.GetAuthorityName(None), srs.GetAuthorityCode(None)
    return f"{authority}:{code}" if authority and code else srs.GetName()


def _layer(source: ogr.DataSource, path: str, layer_name: str | None) -> ogr.Layer:
    """The named layer of ``source`` (default: the first), or a one-line error."""
    layer = source.GetLayerByName(layer_name) if layer_name else source.GetLayer(0)
    if layer is None:
        raise RasterDLError(
            "The vector file '{path}' has no layer named '{layer_name}'.", path=path, layer_name=layer_name
        )
    return layer


def _features(
    path: str, crs_wkt: str, layer_name: str | None, names: list[str], progress: Progress | None
) -> Iterator[tuple[bytes, dict]]:
    """The non-empty geometries (transformed) and the ``names`` attributes of the layer's features."""
    source = open_or_fail(ogr.Open, path, "vector file")
    layer = _layer(source, path, layer_name)
    definition = layer.GetLayerDefn()
    fid = layer.GetFIDColumn()
    for name in names:
        if definition.GetFieldIndex(name) < 0 and name != fid:
            raise KeyError(name)
    transform = _transform(layer.GetSpatialRef(), crs_wkt)
    for feature in layer:
        if progress is not None and progress.is_canceled():
            break
        geometry = feature.GetGeometryRef()
        if geometry is None or geometry.IsEmpty():
            continue
        if transform is not None:
            geometry = geometry.Clone()
            geometry.Transform(transform)
        yield bytes(geometry.ExportToIsoWkb()), {name: _value(feature, name, fid) for name in names}


def _transform(source_srs: osr.SpatialReference | None, crs_wkt: str) -> osr.CoordinateTransformation | None:
    """The transformation to ``crs_wkt`` in x/y (easting/northing, longitude/latitude) order; None
    when either CRS is unknown or they are the same, as QGIS does."""
    if source_srs is None or not crs_wkt:
        return None
    target = osr.SpatialReference()
    if target.ImportFromWkt(crs_wkt) != 0:
        return None
    source = source_srs.Clone()
    for srs in (source, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    if source.IsSame(target):
        return None
    return osr.CoordinateTransformation(source, target)


def _value(feature: ogr.Feature, name: str, fid: str = "") -> object:
    """A field's value as a plain Python value: None for NULL, dates as ``datetime`` objects; the
    feature id for the FID column ``fid`` (a field in QGIS)."""
    index = feature.GetFieldIndex(name)
    if index < 0 and name == fid:
        return feature.GetFID()
    if not feature.IsFieldSetAndNotNull(index):
        return None
    kind = feature.GetFieldType(index)
    if kind in (ogr.OFTDate, ogr.OFTDateTime, ogr.OFTTime):
        year, month, day, hour, minute, second, _ = feature.GetFieldAsDateTime(index)
        if kind == ogr.OFTDate:
            return datetime.date(year, month, day)
        if kind == ogr.OFTTime:
            return datetime.time(hour, minute, int(second), min(999_999, round((second % 1) * 1e6)))
        return datetime.datetime(
            year, month, day, hour, minute, int(second), min(999_999, round((second % 1) * 1e6))
        )
    return feature.GetField(index)
