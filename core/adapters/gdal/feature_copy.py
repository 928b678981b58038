"""A vector layer copied through OGR alone with result fields added (the Python API's Classify Objects,
for callers without QGIS): every feature keeps its geometry, attributes and GeoPackage fid, as the
tool's output does."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from osgeo import ogr, osr

from ...errors import ModelInputError, RasterDLError
from .errors import open_or_fail, write_error
from .vector_writer import FIELD_TYPES, _check
from .vectors import _transform

#: The OGR types a result field of each kind may already have in the input and be reused.
REUSABLE = {
    "string": (ogr.OFTString,),
    "real": (ogr.OFTReal,),
    "int": (ogr.OFTInteger, ogr.OFTInteger64),
}


def feature_geometries(path: str, crs_wkt: str) -> list[bytes | None]:
    """ISO WKB of each feature of the first layer of ``path`` (in layer order) in ``crs_wkt``; None
    for a feature without a geometry or with an empty one."""
    dataset = open_or_fail(ogr.Open, path, "vector file")  # kept: the layer lives as long as it
    layer = _first_layer(dataset, path)
    transform = _transform(layer.GetSpatialRef(), crs_wkt)
    wkbs: list[bytes | None] = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        if geometry is None or geometry.IsEmpty():
            wkbs.append(None)
            continue
        if transform is not None:
            geometry = geometry.Clone()
            geometry.Transform(transform)
        wkbs.append(bytes(geometry.ExportToIsoWkb()))
    dataset = None
    return wkbs


def check_result_fields(path: str, fields: Sequence[tuple[str, str]]) -> None:
    """Refuse a result field the input's first layer already has with another type (as the tool does)."""
    dataset = open_or_fail(ogr.Open, path, "vector file")  # kept: the layer lives as long as it
    definition = _first_layer(dataset, path).GetLayerDefn()
    for name, kind in fields:
        index = definition.GetFieldIndex(name)
        if index >= 0 and definition.GetFieldDefn(index).GetType() not in REUSABLE[kind]:
            raise ModelInputError(
                "The input features already have a field '{name}' of type {type}: choose another class "
                "label field name, or rename that field.",
                name=name,
                type=definition.GetFieldDefn(index).GetTypeName(),
            )
    dataset = None


def write_copy_with_fields(
    source: str,
    output: str | Path,
    layer_name: str,
    fields: Sequence[tuple[str, str]],
    values: Sequence[Sequence[object]],
) -> None:
    """Create the GeoPackage ``output`` holding the first layer of ``source`` (geometry type, CRS,
    fields, features in order, the fid of a GeoPackage input), plus ``fields`` (name, "string" |
    "int" | "real"; one the input already has is reused), set to ``values`` (one row per feature)."""
    try:
        _copy(source, str(output), layer_name, fields, values)
    except RuntimeError as exc:
        raise write_error(Path(output), exc) from None


def _copy(
    source: str,
    output: str,
    layer_name: str,
    fields: Sequence[tuple[str, str]],
    values: Sequence[Sequence[object]],
) -> None:
    """The copy itself; a failed write as RuntimeError."""
    dataset = open_or_fail(ogr.Open, source, "vector file")
    layer = _first_layer(dataset, source)
    keep_fids = dataset.GetDriver().GetName() == "GPKG"
    target = ogr.GetDriverByName("GPKG").CreateDataSource(output)
    _check(target is not None, "the GeoPackage could not be created")
    srs = layer.GetSpatialRef()
    if srs is not None:
        srs = srs.Clone()
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    copy = target.CreateLayer(layer_name, srs=srs, geom_type=layer.GetGeomType())
    _check(copy is not None, "the layer could not be created")
    definition = layer.GetLayerDefn()
    for index in range(definition.GetFieldCount()):
        _check(copy.CreateField(definition.GetFieldDefn(index)) == 0, "field")
    positions = []
    for name, kind in fields:
        if copy.GetLayerDefn().GetFieldIndex(name) < 0:
            _check(copy.CreateField(ogr.FieldDefn(name, FIELD_TYPES[kind])) == 0, f"field {name}")
        positions.append(copy.GetLayerDefn().GetFieldIndex(name))
    _check(target.StartTransaction() == 0, "transaction")
    out_definition = copy.GetLayerDefn()
    for feature, row in zip(layer, values):
        out = ogr.Feature(out_definition)
        _check(out.SetFrom(feature) == 0, "feature")
        if keep_fids:
            out.SetFID(feature.GetFID())
        for position, value in zip(positions, row):
            if value is None:
                out.SetFieldNull(position)
            else:
                out.SetField(position, value)
        _check(copy.CreateFeature(out) == 0, "feature")
    _check(target.CommitTransaction() == 0, "commit")
    target.FlushCache()
    target = dataset = None


def _first_layer(dataset: ogr.DataSource, path: str) -> ogr.Layer:
    """The first layer of ``dataset``; an error naming ``path`` when it has none."""
    layer = dataset.GetLayer(0)
    if layer is None:
        raise RasterDLError("The vector file '{path}' has no layer.", path=path)
    return layer
