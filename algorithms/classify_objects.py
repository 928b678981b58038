"""Classify Objects Using Deep Learning (``rasterdl:classifyobjects``)."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.adapters.qgis_io import (
    LayerReader,
    build_mosaic,
    geometries_wkb,
    layer_grid,
    raster_band_count,
)
from ..core.install.dependencies import require
from ..core.model.definition import ModelType
from ..core.model.preprocess import validate_input
from .fields import FieldType, has_type, new_field
from .layer_styles import CategorizedByField, style_on_load
from .model_rules import normalisation_text
from .model_tool import ModelToolAlgorithm, ProgressAdapter

OBJECT_ARGUMENT_NAMES = ("batch_size", "test_time_augmentation", "score_threshold")
CONFIDENCE_FIELD = "Confidence"
VALUE_FIELD = "ClassValue"
IMAGE_FIELD = "Image"


class ClassifyObjectsAlgorithm(ModelToolAlgorithm):
    """Labels every feature (or every image) with the class an ONNX image classifier gives it."""

    INPUT_FEATURES = "INPUT_FEATURES"
    CLASS_LABEL_FIELD = "CLASS_LABEL_FIELD"
    OUTPUT = "OUTPUT"
    ACCEPTED_MODEL_TYPE = ModelType.OBJECT_CLASSIFICATION

    ICON = "classify_objects.svg"

    def name(self) -> str:
        return "classifyobjects"

    def displayName(self) -> str:
        return self.tr("Classify Objects Using Deep Learning")

    def help_paragraphs(self) -> list[str]:
        return [
            self.tr(
                "Runs an ONNX image classifier on a raster and gives every input feature a class label, e.g. "
                "buildings labelled damaged or undamaged from post-disaster imagery."
            ),
            self.tr(
                "One chip per feature: with the model's CropSizeFixed = 1 a window of the model's image size "
                "centred on the feature, with 0 the feature's bounding box resized to the model input; "
                "points always get the fixed window and lines their bounding box. BlackenAroundFeature = 1 "
                "sets pixels outside a polygon to 0. Features in another CRS are reprojected to the raster's."
            ),
            self.tr(
                "Without input features each image is classified whole: a georeferenced image gives one "
                "feature with its footprint, an image without georeference a row without geometry; the "
                "Image field holds its name."
            ),
        ]

    def separate_mode_help(self) -> str:
        return self.tr(
            "a feature is classified on every raster it overlaps, one row per raster, named in the Image "
            "field."
        )

    def model_arguments_help(self) -> str:
        return self.tr(
            "batch_size (chips per model run; default the model's, else 4), test_time_augmentation "
            "(default false; true merges 8 flips and rotations in MAP_SPACE, 2 in PIXEL_SPACE) and "
            "score_threshold (minimum confidence, 0-1: below it the label and value stay empty while the "
            "confidence is still written; default the model's, else 0.5)"
        )

    def parameter_help(self) -> dict[str, str]:
        return {
            **super().parameter_help(),
            self.INPUT: self.tr(
                "The raster to read the chips from: GeoTIFF, VRT, GeoPackage raster or any other raster "
                "QGIS opens with a fixed size (not a web layer)."
            ),
            self.INPUT_FEATURES: self.tr(
                "Optional. Points, lines or polygons in any CRS (reprojected to the raster's), one chip "
                "each. Features outside the raster keep an empty label and are counted in the log; an empty "
                "layer gives an empty output and a warning. Without features each image is classified whole."
            ),
            self.CLASS_LABEL_FIELD: self.tr(
                "Name of the field that receives the class name (default ClassLabel). A field of that name "
                "in the input features is reused when it holds text; one of another type is an error."
            ),
            self.OUTPUT: self.tr(
                "The input geometry and attributes plus the label field (class name), Confidence (0-1) and "
                "ClassValue; an Image field names the raster without input features or with processing mode "
                "1."
            ),
        }

    def output_help(self) -> dict[str, str]:
        return {self.OUTPUT: self.tr("The classified features.")}

    def initAlgorithm(self, config=None) -> None:
        self.add_input_parameters()
        self.add_model_parameters(OBJECT_ARGUMENT_NAMES)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT_FEATURES,
                self.tr("Input features (points, lines or polygons)"),
                [QgsProcessing.TypeVectorAnyGeometry],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.CLASS_LABEL_FIELD, self.tr("Class label field"), "ClassLabel")
        )
        self.add_processor_parameters()
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Classified objects")))

    def run_tool(self, parameters: dict, context, feedback) -> dict[str, Any]:
        require("shapely")
        from ..core.engine.object_classifier import object_arguments

        definition = self.load_model(parameters, context)
        args = object_arguments(self.model_arguments(parameters, context, definition), definition)
        label_field = (
            self.parameterAsString(parameters, self.CLASS_LABEL_FIELD, context).strip() or "ClassLabel"
        )

        layers, separately = self.input_layers(parameters, context)
        if not separately and len(layers) > 1:
            layers = [build_mosaic(layers)]
        for layer in layers:
            validate_input(definition, raster_band_count(layer))
        source = self.parameterAsSource(parameters, self.INPUT_FEATURES, context)

        fields = QgsFields(source.fields()) if source is not None else QgsFields()
        positions = self._add_result_fields(fields, label_field, with_image=source is None or separately)
        if source is not None:
            geometry_type, crs = source.wkbType(), source.sourceCrs()
        else:
            geometry_type = QgsWkbTypes.Polygon if layers[0].crs().isValid() else QgsWkbTypes.NoGeometry
            crs = layers[0].crs()
        self.refuse_overlapping_outputs(
            parameters,
            context,
            (self.INPUT, self.MORE_INPUTS, self.INPUT_FEATURES),
            {self.OUTPUT: [self.parameterAsOutputLayer(parameters, self.OUTPUT, context)]},
        )
        result = self.write_new_sink(
            parameters,
            context,
            fields,
            geometry_type,
            crs,
            lambda sink, dest_id: self._classify(
                parameters,
                context,
                feedback,
                definition,
                args,
                layers,
                separately,
                source,
                sink,
                dest_id,
                fields,
                positions,
            ),
        )
        dest_id = result[self.OUTPUT]
        classes = [(c.value, c.name, c.color) for c in definition.classes]
        if classes:
            no_class = self.tr("No label")
            style_on_load(context, dest_id, CategorizedByField(label_field, classes, 0.25, no_class))
        return result

    def _classify(
        self,
        parameters,
        context,
        feedback,
        definition,
        args,
        layers,
        separately,
        source,
        sink,
        dest_id,
        fields,
        positions,
    ) -> dict[str, Any]:
        """Classify the features (or the images) and write them into ``sink``."""
        from ..core.engine.object_classifier import ObjectClassificationCancelled

        session = self.open_session(definition, parameters, context, feedback)
        feedback.pushInfo(normalisation_text(self.tr, definition.normalization))

        if source is not None and source.featureCount() == 0:
            feedback.pushWarning(self.tr("The input feature layer is empty: the output layer is empty too."))
            return {self.OUTPUT: dest_id}
        try:
            if source is None:
                self._classify_images(layers, definition, args, session, sink, fields, positions, feedback)
            else:
                self._classify_features(
                    layers,
                    source,
                    definition,
                    args,
                    session,
                    sink,
                    fields,
                    positions,
                    separately,
                    context,
                    feedback,
                )
        except ObjectClassificationCancelled:
            raise QgsProcessingException(self.tr("Cancelled.")) from None
        self.finish_sink(sink, self.OUTPUT)
        return {self.OUTPUT: dest_id}

    def _add_result_fields(self, fields: QgsFields, label: str, with_image: bool) -> dict[str, int]:
        """Append (or reuse, when of the same type) the result fields; a clash of types is an error."""
        wanted = [
            (label, FieldType.STRING),
            (CONFIDENCE_FIELD, FieldType.DOUBLE),
            (VALUE_FIELD, FieldType.INT),
        ]
        if with_image:
            wanted.append((IMAGE_FIELD, FieldType.STRING))
        compatible = {
            FieldType.STRING: (FieldType.STRING,),
            FieldType.DOUBLE: (FieldType.DOUBLE,),
            FieldType.INT: (FieldType.INT, FieldType.LONG),
        }
        positions = {}
        for name, kind in wanted:
            index = fields.lookupField(name)
            if index >= 0:
                existing = fields.at(index)
                if not has_type(existing, *compatible[kind]):
                    raise QgsProcessingException(
                        self.tr(
                            "The input features already have a field '{0}' of type {1}: choose another class "
                            "label field name, or rename that field."
                        ).format(name, existing.typeName())
                    )
                positions[name] = index
            else:
                fields.append(new_field(name, kind))
                positions[name] = fields.count() - 1
        return positions

    def _set_result(
        self, feature: QgsFeature, positions: dict, label: str, result, image: str | None
    ) -> None:
        feature.setAttribute(positions[label], result.class_name if result else None)
        confidence = result.confidence if result and result.confidence is not None else None
        feature.setAttribute(positions[CONFIDENCE_FIELD], confidence)
        feature.setAttribute(positions[VALUE_FIELD], result.class_value if result else None)
        if IMAGE_FIELD in positions and image is not None:
            feature.setAttribute(positions[IMAGE_FIELD], image)

    def _classify_images(self, layers, definition, args, session, sink, fields, positions, feedback) -> None:
        """No input features: one row per image, with its footprint when it is georeferenced."""
        from ..core.engine.object_classifier import classify_objects

        label = next(name for name in positions if name not in (CONFIDENCE_FIELD, VALUE_FIELD, IMAGE_FIELD))
        for number, layer in enumerate(layers):
            reader = LayerReader(layer, layer_grid(layer))
            progress = ProgressAdapter(feedback, 100.0 * number / len(layers), 100.0 / len(layers))
            result = classify_objects(reader, session, definition, args, [(0, None)], progress)[0]
            feature = QgsFeature(fields)
            if layer.crs().isValid():
                feature.setGeometry(QgsGeometry.fromRect(layer.extent()))
            self._set_result(feature, positions, label, result, layer.name())
            self.add_features(sink, [feature], self.OUTPUT)
            feedback.pushInfo(
                self.tr("{0}: {1} ({2:.2f})").format(layer.name(), result.class_name, result.confidence or 0)
            )

    def _classify_features(
        self,
        layers,
        source,
        definition,
        args,
        session,
        sink,
        fields,
        positions,
        separately,
        context,
        feedback,
    ) -> None:
        """One chip per feature, on the mosaic or on every raster the feature overlaps."""
        from ..core.engine.object_classifier import classify_objects
        from ..core.export.grid_geometry import wkbs_to_grid_pixels

        label = next(name for name in positions if name not in (CONFIDENCE_FIELD, VALUE_FIELD, IMAGE_FIELD))
        originals = list(source.getFeatures())
        rows: list[tuple[QgsFeature, Any, str | None]] = []
        for number, layer in enumerate(layers):
            grid = layer_grid(layer)
            wkbs = geometries_wkb(originals, source.sourceCrs(), grid.crs_wkt, context.transformContext())
            present = [index for index, wkb in enumerate(wkbs) if wkb is not None]
            pixels = wkbs_to_grid_pixels([wkbs[index] for index in present], grid.geotransform)
            items = list(zip(present, pixels))
            reader = LayerReader(layer, grid)
            progress = ProgressAdapter(feedback, 100.0 * number / len(layers), 100.0 / len(layers))
            results = {
                r.feature_index: r
                for r in classify_objects(reader, session, definition, args, items, progress)
            }
            outside = sum(1 for r in results.values() if r.outside)
            if outside:
                feedback.pushInfo(
                    self.tr("{0} features lie outside '{1}' and keep an empty label.").format(
                        outside, layer.name()
                    )
                )
            for index, feature in enumerate(originals):
                result = results.get(index)
                if separately and (result is None or result.outside):
                    continue
                rows.append((feature, result, layer.name() if separately else None))
        if separately:
            covered = {feature.id() for feature, _, _ in rows}
            rows += [(f, None, None) for f in originals if f.id() not in covered]
        for feature, result, image in rows:
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            for index in range(source.fields().count()):
                out.setAttribute(index, feature.attribute(index))
            self._set_result(out, positions, label, result, image)
            self.add_features(sink, [out], self.OUTPUT)
        labelled = sum(1 for _, r, _ in rows if r is not None and r.class_name is not None)
        self.report_batch_one(session, feedback)
        if rows and labelled == 0:
            feedback.pushWarning(
                self.tr(
                    "0 of {0} rows labelled: no feature overlaps the imagery. Check that the features and "
                    "the raster cover the same place (and their coordinate reference systems)."
                ).format(len(rows))
            )
        else:
            feedback.pushInfo(self.tr("{0} of {1} rows labelled.").format(labelled, len(rows)))
