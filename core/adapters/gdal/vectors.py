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


def _features(
    path: str, crs_wkt: str, layer_name: str | None, names: list[str], progress: Progress | None
) -> Iterator[tuple[bytes, dict]]:
    """The non-empty geometries (transformed) and the ``names`` attributes of the layer's features."""
    source = open_or_fail(ogr.Open, path, "vector file")
    layer = source.GetLayerByName(layer_name) if layer_name else source.GetLayer(0)
    if layer is None:
        raise RasterDLError(
            "The vector file '{path}' has no layer named '{layer_name}'.", path=path, layer_name=layer_name
        )
    definition = layer.GetLayerDefn()
    for name in names:
        if definition.GetFieldIndex(name) < 0:
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
        yield bytes(geometry.ExportToIsoWkb()), {name: _value(feature, name) for name in names}


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


def _value(feature: ogr.Feature, name: str) -> object:
    """A field's value as a plain Python value: None for NULL, dates as ``datetime`` objects."""
    index = feature.GetFieldIndex(name)
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
