"""Detect Objects Using Deep Learning (``rasterdl:detectobjects``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsFields,
    QgsFillSymbol,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsRendererCategory,
    QgsWkbTypes,
)

from ..core.adapters.gdal.polygon_mask import PolygonMask
from ..core.adapters.qgis.grid import layer_grid
from ..core.adapters.qgis.layers import gdal_path
from ..core.adapters.qgis.raster_reader import LayerReader
from ..core.adapters.qgis.vectors import read_geometries_wkb
from ..core.install.dependencies import require
from ..core.model.argument_spec import DETECTION_ARGUMENTS
from ..core.model.definition import ModelType
from .fields import FieldType, new_field
from .model_rules import normalisation_text, output_rule_text
from .model_tool import ModelRun, ModelToolAlgorithm

VALUE_FIELD = "ClassValue"
IMAGE_FIELD = "Image"


@dataclass
class DetectionRun(ModelRun):
    """A detection run: suppression settings, the class field and the output's fields."""

    run_nms: bool = True
    max_overlap: float = 0.0
    class_field: str = "Class"
    fields: QgsFields | None = None


class StyleByClass(QgsProcessingLayerPostProcessorInterface):
    """Styles the loaded output by class: one outlined colour per class name."""

    def __init__(self, field: str, classes) -> None:
        super().__init__()
        self.field = field
        self.classes = classes

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802 (QGIS name)
        categories = []
        for info in self.classes:
            r, g, b = info.color or (255, 200, 0)
            symbol = QgsFillSymbol.createSimple(
                {"color": "0,0,0,0", "outline_color": f"{r},{g},{b},255", "outline_width": "0.6"}
            )
            categories.append(QgsRendererCategory(info.name, symbol, info.name))
        layer.setRenderer(QgsCategorizedSymbolRenderer(self.field, categories))
        layer.triggerRepaint()


class DetectObjectsAlgorithm(ModelToolAlgorithm):
    """Finds objects with an ONNX detector over rasters of any size and writes them as polygons."""

    RUN_NMS = "RUN_NMS"
    MAX_OVERLAP_RATIO = "MAX_OVERLAP_RATIO"
    CLASS_VALUE_FIELD = "CLASS_VALUE_FIELD"
    CONFIDENCE_FIELD = "CONFIDENCE_FIELD"
    EXTENT = "EXTENT"
    MASK = "MASK"
    OUTPUT = "OUTPUT"
    ACCEPTED_MODEL_TYPE = ModelType.OBJECT_DETECTION
    ARGUMENT_SPEC = DETECTION_ARGUMENTS

    ICON = "detect_objects.svg"

    def name(self) -> str:
        return "detectobjects"

    def displayName(self) -> str:
        return self.tr("Detect Objects Using Deep Learning")

    def help_paragraphs(self) -> list[str]:
        return [
            self.tr(
                "Runs an ONNX object detector over a raster of any size and writes every object found as a "
                "polygon (a rotated rectangle for oriented-box models) with its class name, class value and "
                "confidence (0-1). The layer is styled by class when QGIS loads it."
            ),
            self.tr(
                "Model outputs understood: YOLO v5/v7 ([N, boxes, 5 + classes]), Ultralytics v8-v11 ([N, 4 "
                "+ classes, boxes], and oriented boxes with an angle), and exports with NMS built in "
                "(boxes, scores and labels outputs, as torchvision, RetinaNet and SSD give; labels are read "
                "1-based when the definition lists classes without a class 0, as Esri definitions do). The "
                "layout comes from the model definition (ModelConfiguration, or Deepness/GeoDeep det_type) "
                "or is recognised from the output shapes."
            ),
            self.tr(
                "The raster is read in tiles of tile_size (N pixels for square tiles, or W,H for width and "
                "height, written WxH on the qgis_process command line: a model trained on 800 x 608 images "
                "takes 800,608, its default) with padding pixels of context, at the model's training "
                "cell size on the ground when the model states one and the raster's lies outside it (web "
                "layers always; the log says at which cell size); detections are "
                "mapped to map coordinates; exclude_pad_detections drops boxes that belong to a "
                "neighbouring tile's core, so an object on a seam is reported once; class-aware "
                "non-maximum suppression (nms_overlap, an IoU) then merges duplicates across tiles."
            ),
        ]

    def separate_mode_help(self) -> str:
        return self.tr(
            "each raster is searched on its own, and an Image field names the raster of each object."
        )

    def model_arguments_help(self) -> str:
        return self.tr(
            "padding (pixels of context read on each side of a tile; default the model's, else a quarter of "
            "the tile size), threshold (minimum confidence; default the model's, else 0.1), nms_overlap (the "
            "IoU above which non-maximum suppression merges two boxes; default the model's, else 0.1), "
            "batch_size (tiles per model run; default the model's, else 4), exclude_pad_detections (default "
            "true: a tile keeps only the boxes whose centre lies in its share of the overlap with its "
            "neighbours), tile_size (pixels; default the model's tile size) and test_time_augmentation "
            "(default false; true adds a horizontal flip, and a vertical flip in MAP_SPACE, merged by "
            "non-maximum suppression) and nms_class_agnostic (default false: boxes of different classes "
            "never suppress each other; true merges overlapping boxes whatever their class)"
        )

    def parameter_help(self) -> dict[str, str]:
        return {
            **super().parameter_help(),
            self.RUN_NMS: self.tr(
                "Class-aware non-maximum suppression across tiles (default true): of the boxes of one class "
                "that overlap by more than nms_overlap (IoU), only the highest-scoring one is kept."
            ),
            self.MAX_OVERLAP_RATIO: self.tr(
                "0-1, default 0 (off). Drops a box covered by a higher-scoring box of any class beyond this "
                "fraction of its own area."
            ),
            self.CLASS_VALUE_FIELD: self.tr(
                "Name of the field that receives the class name (default Class); the ClassValue field holds "
                "the class value."
            ),
            self.CONFIDENCE_FIELD: self.tr(
                "Name of the field that receives the confidence, 0-1 (default Confidence). The two field "
                "names must differ from each other and from ClassValue and Image."
            ),
            self.EXTENT: self.tr(
                "Optional. Only the part of the raster inside this extent is searched (snapped outwards to "
                "the raster's pixels); needed for a web layer. Default: the whole raster."
            ),
            self.MASK: self.tr("Optional. Only objects whose centre lies inside these polygons are kept."),
            self.OUTPUT: self.tr(
                "Polygons in the raster's CRS with the class name, ClassValue and confidence fields (and "
                "Image with processing mode 1)."
            ),
        }

    def output_help(self) -> dict[str, str]:
        return {self.OUTPUT: self.tr("The detected objects.")}

    def initAlgorithm(self, config=None) -> None:
        self.add_input_parameters()
        self.add_model_parameters()
        self.addParameter(
            QgsProcessingParameterBoolean(self.RUN_NMS, self.tr("Non maximum suppression"), True)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_OVERLAP_RATIO,
                self.tr("Maximum overlap ratio (0 = off)"),
                QgsProcessingParameterNumber.Double,
                0.0,
                minValue=0.0,
                maxValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.CLASS_VALUE_FIELD, self.tr("Class field name"), "Class")
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.CONFIDENCE_FIELD, self.tr("Confidence field name"), "Confidence"
            )
        )
        self.add_processor_parameters()
        self.addParameter(
            QgsProcessingParameterExtent(self.EXTENT, self.tr("Processing extent"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.MASK, self.tr("Mask polygons"), [QgsProcessing.TypeVectorPolygon], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Detected objects"), QgsProcessing.TypeVectorPolygon
            )
        )
        self.add_cluster_parameter()

    def run_tool(self, parameters: dict, context, feedback) -> dict[str, Any]:
        require("shapely")
        from ..core.model.arguments import detection_arguments

        definition = self.load_model(parameters, context)
        args = detection_arguments(self.model_arguments(parameters, context, definition), definition)
        run_nms = self.parameterAsBool(parameters, self.RUN_NMS, context)
        max_overlap = self.parameterAsDouble(parameters, self.MAX_OVERLAP_RATIO, context)
        class_field = self.parameterAsString(parameters, self.CLASS_VALUE_FIELD, context).strip() or "Class"
        confidence_field = (
            self.parameterAsString(parameters, self.CONFIDENCE_FIELD, context).strip() or "Confidence"
        )
        names = {class_field.lower(), confidence_field.lower(), VALUE_FIELD.lower(), IMAGE_FIELD.lower()}
        if len(names) < 4:
            raise QgsProcessingException(
                self.tr(
                    "The class and confidence field names must differ from each other and from {0} and {1}."
                ).format(VALUE_FIELD, IMAGE_FIELD)
            )
        layers, separately = self.input_layers(parameters, context)
        layers = self.processed_inputs(layers, separately, feedback)
        self.refuse_overlapping_outputs(
            parameters,
            context,
            (self.INPUT, self.MORE_INPUTS, self.MASK),
            {self.OUTPUT: [self.parameterAsOutputLayer(parameters, self.OUTPUT, context)]},
        )
        fields = QgsFields()
        fields.append(new_field(class_field, FieldType.STRING))
        fields.append(new_field(VALUE_FIELD, FieldType.INT))
        fields.append(new_field(confidence_field, FieldType.DOUBLE))
        if separately:
            fields.append(new_field(IMAGE_FIELD, FieldType.STRING))
        run = DetectionRun(parameters, context, feedback, definition, args, layers, separately)
        run.run_nms, run.max_overlap, run.class_field, run.fields = run_nms, max_overlap, class_field, fields
        return self.write_new_sink(
            parameters,
            context,
            fields,
            QgsWkbTypes.Polygon,
            layers[0].crs(),
            lambda sink, dest_id: self._detect(run, sink, dest_id),
        )

    def _detect(self, run: DetectionRun, sink, dest_id) -> dict[str, Any]:
        """Detect on every layer and write the objects into ``sink``."""
        from ..core.engine.object_detector import describe_detection_rule

        definition, feedback = run.definition, run.feedback
        run.session = session = self.open_session(definition, run.parameters, run.context, feedback)
        feedback.pushInfo(normalisation_text(self.tr, definition.normalization))
        feedback.pushInfo(output_rule_text(self.tr, describe_detection_rule(definition, run.args)))
        mask_source = self.parameterAsSource(run.parameters, self.MASK, run.context)
        classes = None
        total = 0
        with self.open_cluster(run.parameters, run.context, feedback) as run.cluster:
            for _number, layer, progress in self.each_input(run.layers, feedback):
                detections, kept = self._detect_one(run, layer, mask_source, progress, sink)
                classes = detections.classes
                total += kept
        self.finish_sink(sink, self.OUTPUT)
        if classes and run.context.willLoadLayerOnCompletion(dest_id):
            self._style = StyleByClass(run.class_field, classes)
            run.context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(self._style)
        self.report_batch_one(session, feedback)
        feedback.pushInfo(self.tr("{0} objects written.").format(total))
        return {self.OUTPUT: dest_id}

    def _detect_one(self, run: DetectionRun, layer, mask_source, progress, sink):
        """Detect on ``layer`` (here, or in blocks on the run's cluster) and write its objects into
        ``sink``; the detections and the number of objects written."""
        from ..core.engine.object_detector import detect_objects

        definition, feedback, session = run.definition, run.feedback, run.session
        extent = self.extent_in(run.parameters, run.context, layer)
        resolution = self.read_cell_size(layer, extent, definition, None, feedback)
        grid = layer_grid(layer, extent, resolution.cell_size)
        mask, mask_wkbs = self._mask(run, mask_source, grid)
        if run.cluster is not None:
            detections = self._detect_on_cluster(run, layer, extent, grid, mask_wkbs, progress)
        else:
            reader = LayerReader(layer, grid, mask, resolution.oversample)
            detections = detect_objects(
                reader, session, definition, run.args, progress, run.run_nms, run.max_overlap
            )
        kept = self._write_detections(run, sink, layer, detections, grid, mask_wkbs)
        stats = detections.stats
        feedback.pushInfo(
            self.tr(
                "{0}: {1} objects from {2} tiles in {3:.1f} s ({4:.1f} tiles/s on {5}; model time {6:.1f} s)."
            ).format(
                layer.name(),
                kept,
                stats.tiles,
                stats.seconds,
                stats.tiles / max(stats.seconds, 1e-9),
                session.provider,
                stats.session_seconds,
            )
        )
        return detections, kept

    def _detect_on_cluster(self, run: DetectionRun, layer, extent, grid, mask_wkbs, progress):
        """The detections of ``layer`` on ``grid``, detected in blocks on the run's cluster (core.cluster);
        the log counts the blocks and the workers that ran them."""
        from ..core.cluster.detect_blocks import (
            cluster_detection_blocks,
            detect_on_cluster,
            make_detection_job,
        )
        from ..core.cluster.inputs import cluster_input_path

        resampled = layer.width() <= 0 or grid != layer_grid(layer, extent)
        source = cluster_input_path(gdal_path(layer), layer.providerType(), resampled)
        parameters, context = run.parameters, run.context
        job = make_detection_job(
            source,
            grid,
            mask_wkbs,
            self.parameterAsString(parameters, self.MODEL, context),
            self.parameterAsEnum(parameters, self.PROCESSOR_TYPE, context),
            self.parameterAsInt(parameters, self.GPU_ID, context),
            run.args,
        )
        blocks = cluster_detection_blocks(job)
        self.report_cluster_blocks(
            run.feedback, len(blocks), max(b.x1 - b.x0 for b in blocks), max(b.y1 - b.y0 for b in blocks)
        )
        detections, stats = detect_on_cluster(
            run.cluster, job, blocks, run.definition, progress, run.run_nms, run.max_overlap
        )
        self.report_cluster_stats(run.feedback, stats)
        return detections

    def _mask(self, run: DetectionRun, mask_source, grid) -> tuple[PolygonMask | None, list[bytes] | None]:
        """The MASK polygons on ``grid`` (and as WKB), warning when there are none; None without a mask."""
        if mask_source is None:
            return None, None
        mask_wkbs = read_geometries_wkb(
            mask_source, grid.crs_wkt, run.context.transformContext(), run.feedback
        )
        mask = PolygonMask(mask_wkbs, grid.crs_wkt)
        if not mask_wkbs:
            run.feedback.pushWarning(
                self.tr("The mask holds no polygon: no object can be found. Check the mask layer.")
            )
        return mask, mask_wkbs

    def _write_detections(self, run: DetectionRun, sink, layer, detections, grid, mask_wkbs) -> int:
        """Write the objects kept (centre inside the mask) into ``sink`` in map coordinates; their count."""
        from ..core.engine.object_detector import detections_in_map

        indexes, wkbs = detections_in_map(detections, grid.geotransform, mask_wkbs)
        names, values = detections.class_names, detections.class_values.tolist()
        scores = np.round(detections.scores.astype(float), 4).tolist()
        features = []
        for index, wkb in zip(indexes, wkbs):
            feature = QgsFeature(run.fields)
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            feature.setGeometry(geometry)
            attributes = [names[index], int(values[index]), scores[index]]
            if run.separately:
                attributes.append(layer.name())
            feature.setAttributes(attributes)
            features.append(feature)
        self.add_features(sink, features, self.OUTPUT)
        return len(features)
