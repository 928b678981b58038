"""Classify Objects Using Deep Learning (``rasterdl:classifyobjects``)."""

from __future__ import annotations

from dataclasses import dataclass
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

from ..core.adapters.qgis.grid import layer_grid
from ..core.adapters.qgis.layers import gdal_path, raster_band_count
from ..core.adapters.qgis.raster_reader import LayerReader
from ..core.adapters.qgis.vectors import geometries_wkb
from ..core.cluster.inputs import cluster_input_path
from ..core.engine.input_items import feature_rows
from ..core.install.dependencies import require
from ..core.model.argument_spec import OBJECT_ARGUMENTS
from ..core.model.definition import ModelType
from ..core.model.preprocess import validate_input
from .fields import FieldType, has_type, new_field
from .layer_styles import CategorizedByField, style_on_load
from .model_rules import normalisation_text
from .model_tool import ModelRun, ModelToolAlgorithm

CONFIDENCE_FIELD = "Confidence"
VALUE_FIELD = "ClassValue"
IMAGE_FIELD = "Image"


@dataclass
class ObjectRun(ModelRun):
    """An object-classification run: the input features (None: whole images) and the output's fields."""

    source: Any = None
    fields: QgsFields | None = None
    #: The result fields' indexes in ``fields``, by name.
    positions: dict[str, int] | None = None


class ClassifyObjectsAlgorithm(ModelToolAlgorithm):
    """Labels every feature (or every image) with the class an ONNX image classifier gives it."""

    INPUT_FEATURES = "INPUT_FEATURES"
    CLASS_LABEL_FIELD = "CLASS_LABEL_FIELD"
    OUTPUT = "OUTPUT"
    ACCEPTED_MODEL_TYPE = ModelType.OBJECT_CLASSIFICATION
    ARGUMENT_SPEC = OBJECT_ARGUMENTS

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
        self.add_model_parameters()
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
        self.add_cluster_parameter()

    def run_tool(self, parameters: dict, context, feedback) -> dict[str, Any]:
        require("shapely")
        from ..core.model.arguments import object_arguments

        definition = self.load_model(parameters, context)
        args = object_arguments(self.model_arguments(parameters, context, definition), definition)
        label_field = (
            self.parameterAsString(parameters, self.CLASS_LABEL_FIELD, context).strip() or "ClassLabel"
        )
        layers, separately = self.input_layers(parameters, context)
        layers = self.processed_inputs(layers, separately, feedback)
        for layer in layers:
            validate_input(definition, raster_band_count(layer))
            if self.parameterAsString(parameters, self.CLUSTER, context).strip():
                self._check_cluster_input(layer)
        run = ObjectRun(parameters, context, feedback, definition, args, layers, separately)
        run.source = source = self.parameterAsSource(parameters, self.INPUT_FEATURES, context)
        run.fields = QgsFields(source.fields()) if source is not None else QgsFields()
        run.positions = self._add_result_fields(
            run.fields, label_field, with_image=source is None or separately
        )
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
        with self.open_cluster(parameters, context, feedback) as run.cluster:
            result = self.write_new_sink(
                parameters,
                context,
                run.fields,
                geometry_type,
                crs,
                lambda sink, dest_id: self._classify(run, sink, dest_id),
            )
        dest_id = result[self.OUTPUT]
        classes = [(c.value, c.name, c.color) for c in definition.classes]
        if classes:
            no_class = self.tr("No label")
            style_on_load(context, dest_id, CategorizedByField(label_field, classes, 0.25, no_class))
        return result

    def _classify(self, run: ObjectRun, sink, dest_id) -> dict[str, Any]:
        """Classify the features (or the images) and write them into ``sink``."""
        feedback = run.feedback
        if run.cluster is None:
            run.session = self.open_session(run.definition, run.parameters, run.context, feedback)
        feedback.pushInfo(normalisation_text(self.tr, run.definition.normalization))

        if run.source is not None and run.source.featureCount() == 0:
            feedback.pushWarning(self.tr("The input feature layer is empty: the output layer is empty too."))
            return {self.OUTPUT: dest_id}
        if run.source is None:
            self._classify_images(run, sink)
        else:
            self._classify_features(run, sink)
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

    def _classify_images(self, run: ObjectRun, sink) -> None:
        """No input features: one row per image, with its footprint when it is georeferenced."""
        positions = run.positions
        label = next(name for name in positions if name not in (CONFIDENCE_FIELD, VALUE_FIELD, IMAGE_FIELD))
        for _number, layer, progress in self.each_input(run.layers, run.feedback):
            result = self._results_on(run, layer, layer_grid(layer), [(0, None)], progress)[0]
            feature = QgsFeature(run.fields)
            if layer.crs().isValid():
                feature.setGeometry(QgsGeometry.fromRect(layer.extent()))
            self._set_result(feature, positions, label, result, layer.name())
            self.add_features(sink, [feature], self.OUTPUT)
            run.feedback.pushInfo(
                self.tr("{0}: {1} ({2:.2f})").format(layer.name(), result.class_name, result.confidence or 0)
            )

    def _classify_features(self, run: ObjectRun, sink) -> None:
        """One chip per feature, on the mosaic or on every raster the feature overlaps."""
        positions, source, feedback = run.positions, run.source, run.feedback
        label = next(name for name in positions if name not in (CONFIDENCE_FIELD, VALUE_FIELD, IMAGE_FIELD))
        originals = list(source.getFeatures())
        item_results = [
            (layer.name(), self._classify_on(run, layer, originals, progress))
            for _number, layer, progress in self.each_input(run.layers, feedback)
        ]
        rows = feature_rows([feature.id() for feature in originals], item_results, run.separately)
        fid_field = next((i for i, f in enumerate(source.fields()) if f.name().lower() == "fid"), None)
        next_fid = (
            1 + max((_as_int(f.attribute(fid_field)) for f in originals), default=0)
            if fid_field is not None
            else 0
        )
        written: set[int] = set()
        for index, result, image in rows:
            feature = originals[index]
            out = QgsFeature(run.fields)
            out.setGeometry(feature.geometry())
            for field in range(source.fields().count()):
                out.setAttribute(field, feature.attribute(field))
            if index in written and fid_field is not None:
                # A feature on several rasters gives several rows; a GeoPackage output takes "fid" as its
                # unique feature id, so a repeated row gets a new one above every input fid (the first
                # row keeps the input's).
                out.setAttribute(fid_field, next_fid)
                next_fid += 1
            written.add(index)
            self._set_result(out, positions, label, result, image)
            self.add_features(sink, [out], self.OUTPUT)
        labelled = sum(1 for _, r, _ in rows if r is not None and r.class_name is not None)
        if run.session is not None:
            self.report_batch_one(run.session, feedback)
        if rows and labelled == 0:
            feedback.pushWarning(
                self.tr(
                    "0 of {0} rows labelled: no feature overlaps the imagery. Check that the features and "
                    "the raster cover the same place (and their coordinate reference systems)."
                ).format(len(rows))
            )
        else:
            feedback.pushInfo(self.tr("{0} of {1} rows labelled.").format(labelled, len(rows)))

    def _classify_on(self, run: ObjectRun, layer, originals: list, progress) -> dict[int, Any]:
        """The results of the features on one raster (or the mosaic), by feature index."""
        from ..core.export.grid_geometry import wkbs_to_grid_pixels

        grid = layer_grid(layer)
        transform_context = run.context.transformContext()
        wkbs = geometries_wkb(originals, run.source.sourceCrs(), grid.crs_wkt, transform_context)
        present = [index for index, wkb in enumerate(wkbs) if wkb is not None]
        pixels = wkbs_to_grid_pixels([wkbs[index] for index in present], grid.geotransform)
        items = list(zip(present, pixels))
        results = {r.feature_index: r for r in self._results_on(run, layer, grid, items, progress)}
        outside = sum(1 for r in results.values() if r.outside)
        if outside:
            run.feedback.pushInfo(
                self.tr("{0} features lie outside '{1}' and keep an empty label.").format(
                    outside, layer.name()
                )
            )
        return results

    def _check_cluster_input(self, layer) -> str:
        """The path workers read ``layer`` from; refused, saying why, when workers cannot read it."""
        source = cluster_input_path(gdal_path(layer), layer.providerType(), False)
        if not layer.crs().isValid():
            raise QgsProcessingException(
                self.tr(
                    "CLUSTER reads georeferenced rasters, and '{0}' has no coordinate reference system: "
                    "georeference it, or leave CLUSTER empty to classify it here."
                ).format(layer.name())
            )
        return source

    def _results_on(self, run: ObjectRun, layer, grid, items: list, progress) -> list:
        """Classify ``items`` (feature index, geometry in ``grid`` pixels) on ``layer``: here, or in
        parts on the run's cluster (the same results, core.cluster.object_parts)."""
        from ..core.engine.object_classifier import classify_objects

        if run.cluster is None:
            reader = LayerReader(layer, grid)
            return classify_objects(reader, run.session, run.definition, run.args, items, progress)
        from ..core.cluster.object_parts import classify_objects_on_cluster, make_object_job, object_parts

        feedback = run.feedback
        job = make_object_job(
            self._check_cluster_input(layer),
            grid,
            self.parameterAsString(run.parameters, self.MODEL, run.context),
            self.parameterAsEnum(run.parameters, self.PROCESSOR_TYPE, run.context),
            self.parameterAsInt(run.parameters, self.GPU_ID, run.context),
            run.args,
        )
        parts = object_parts(job, run.definition, items)
        feedback.pushInfo(
            self.tr("{0} features in {1} parts go to the cluster; progress counts finished parts.").format(
                len(items), len(parts)
            )
        )
        done = classify_objects_on_cluster(
            run.cluster, job, items, parts, progress, self.tr("The object classification was cancelled.")
        )
        stats = done.results.stats
        feedback.pushInfo(
            self.tr("{0} parts ran on {1} workers: {2} chips in {3:.1f} s; model time {4:.1f} s.").format(
                done.parts, done.workers, stats.chips, stats.seconds, stats.session_seconds
            )
        )
        if done.rerun:
            feedback.pushInfo(
                self.tr(
                    "{0} parts ran again to read the model outputs as the first chips of the run decided "
                    "({1}): their own first chips had decided otherwise."
                ).format(done.rerun, stats.mode)
            )
        return done.results


def _as_int(value) -> int:
    """An attribute value as an int (0 when it is NULL or not a number)."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0
