"""Geometries and attributes of feature sources, as WKB in the processing grid's CRS."""

from __future__ import annotations

from collections.abc import Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
)


def read_geometries_wkb(source, crs_wkt: str, transform_context, feedback=None) -> list[bytes]:
    """WKB of every geometry of a feature source, transformed to ``crs_wkt``."""
    request = QgsFeatureRequest()
    request.setDestinationCrs(QgsCoordinateReferenceSystem.fromWkt(crs_wkt), transform_context)
    request.setNoAttributes()
    wkbs = []
    for feature in source.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            break
        geometry = feature.geometry()
        if geometry is not None and not geometry.isEmpty():
            wkbs.append(bytes(geometry.asWkb()))
    return wkbs


def geometries_wkb(features, source_crs, crs_wkt: str, transform_context) -> list[bytes | None]:
    """WKB of each feature's geometry transformed to ``crs_wkt`` (None for features without one)."""
    target = QgsCoordinateReferenceSystem.fromWkt(crs_wkt)
    transform = None
    if source_crs.isValid() and target.isValid() and source_crs != target:
        transform = QgsCoordinateTransform(source_crs, target, transform_context)
    result: list[bytes | None] = []
    for feature in features:
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            result.append(None)
            continue
        geometry = QgsGeometry(geometry)
        if transform is not None:
            geometry.transform(transform)
        result.append(bytes(geometry.asWkb()))
    return result


def read_features(source, crs_wkt: str, transform_context, field_names: Sequence[str], feedback=None):
    """(WKB in ``crs_wkt``, {field: value}) of every feature with a geometry."""
    request = QgsFeatureRequest()
    request.setDestinationCrs(QgsCoordinateReferenceSystem.fromWkt(crs_wkt), transform_context)
    names = [name for name in field_names if name]
    rows = []
    for feature in source.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            break
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        attributes = {}
        for name in names:
            value = feature[name]
            attributes[name] = (
                None if value is None or (hasattr(value, "isNull") and value.isNull()) else value
            )
        rows.append((bytes(geometry.asWkb()), attributes))
    return rows
