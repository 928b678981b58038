"""The Export tool's chip footprints layer: one polygon per chip written, so the map shows the export."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsWkbTypes,
)

from .fields import FieldType, new_field

if TYPE_CHECKING:  # core.export.exporter needs shapely: the tool list must load without it
    from ..core.export.exporter import ChipFootprint

INDEX_FIELD, IMAGE_FIELD, LABELS_FIELD, RASTER_FIELD = "ChipIndex", "ImageFile", "LabelCount", "Raster"


class ChipFootprintSink:
    """The OUTPUT_FOOTPRINTS sink of the Export tool and how chips become its features."""

    def __init__(self, algorithm, sink, dest_id: str, crs: QgsCoordinateReferenceSystem) -> None:
        self.algorithm = algorithm
        self.sink = sink
        self.dest_id = dest_id
        self.crs = crs

    @staticmethod
    def fields() -> QgsFields:
        fields = QgsFields()
        fields.append(new_field(INDEX_FIELD, FieldType.INT))
        fields.append(new_field(IMAGE_FIELD, FieldType.STRING))
        fields.append(new_field(LABELS_FIELD, FieldType.INT))
        fields.append(new_field(RASTER_FIELD, FieldType.STRING))
        return fields

    @classmethod
    def create(cls, algorithm, parameters: dict, context, crs_wkt: str) -> ChipFootprintSink | None:
        """The sink, or None when no footprints layer was asked for."""
        name = algorithm.OUTPUT_FOOTPRINTS
        if parameters.get(name) in (None, ""):
            return None
        crs = QgsCoordinateReferenceSystem.fromWkt(crs_wkt)
        sink, dest_id = algorithm.parameterAsSink(
            parameters, name, context, cls.fields(), QgsWkbTypes.Polygon, crs
        )
        if sink is None:
            return None
        return cls(algorithm, sink, dest_id, crs)

    def write(self, footprints: Sequence[ChipFootprint], context) -> None:
        """Add one polygon per chip, reprojected to the layer's CRS where a raster has another."""
        transforms: dict[str, QgsCoordinateTransform | None] = {}
        fields = self.fields()
        for chip in footprints:
            if chip.crs_wkt not in transforms:
                source = QgsCoordinateReferenceSystem.fromWkt(chip.crs_wkt)
                same = not source.isValid() or source == self.crs
                transforms[chip.crs_wkt] = (
                    None if same else QgsCoordinateTransform(source, self.crs, context.transformContext())
                )
            geometry = QgsGeometry.fromPolygonXY(
                [[QgsPointXY(x, y) for x, y in (*chip.corners, chip.corners[0])]]
            )
            transform = transforms[chip.crs_wkt]
            if transform is not None:
                geometry.transform(transform)
            feature = QgsFeature(fields)
            feature.setGeometry(geometry)
            feature.setAttributes([chip.index, chip.image, chip.labels, chip.raster])
            if not self.sink.addFeature(feature, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(
                    self.algorithm.tr("Could not write the chip footprint of {0}.").format(chip.image)
                )
