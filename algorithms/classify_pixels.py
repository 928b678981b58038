"""Classify Pixels Using Deep Learning (``rasterdl:classifypixels``)."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputString,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from ..core.adapters.gdal.formats import check_raster_format
from ..core.adapters.gdal.polygon_mask import PolygonMask
from ..core.adapters.gdal.vrt_writer import open_raster_writer
from ..core.adapters.qgis.grid import layer_grid
from ..core.adapters.qgis.layers import gdal_path, raster_band_count
from ..core.adapters.qgis.raster_reader import LayerReader
from ..core.adapters.qgis.vectors import read_geometries_wkb
from ..core.cluster.inputs import cluster_input_path
from ..core.cluster.pixel_blocks import classify_on_cluster, cluster_blocks, make_job
from ..core.engine.classified_raster import ClassifiedRasterFiles, ClassRaster, processing_grids
from ..core.engine.input_items import RasterOutputs, raster_outputs
from ..core.engine.pixel_classifier import (
    PROBABILITY_NODATA,
    STRIP_WIDTH,
    classify_raster,
    nodata_value,
    output_classes,
    output_dtype,
)
from ..core.engine.read_resolution import ReadResolution
from ..core.model.argument_spec import PIXEL_ARGUMENTS
from ..core.model.arguments import pixel_arguments, tile_text
from ..core.model.definition import ModelDefinition, ModelType
from ..core.model.esri_inference import BackgroundDefault, background_report
from ..core.model.output_selection import OutputSession, select_output
from ..core.model.preprocess import validate_input
from ..core.output.class_colors import with_colors
from ..core.output.guard import OutputSet
from ..core.output.writable import check_writable
from .layer_styles import PalettedClassStyle, ProbabilityStyle, load_files_instead, style_on_load
from .model_rules import normalisation_text, output_rule_text
from .model_tool import ModelRun, ModelToolAlgorithm


class ClassifyPixelsAlgorithm(ModelToolAlgorithm):
    """Runs a pixel-classification ONNX model over rasters of any size, streaming tile rows."""

    EXTENT = "EXTENT"
    CELL_SIZE = "CELL_SIZE"
    MASK = "MASK"
    OUTPUT = "OUTPUT"
    OUTPUT_PROBABILITIES = "OUTPUT_PROBABILITIES"
    OUTPUT_FILES = "OUTPUT_FILES"
    EXECUTION_PROVIDER = "EXECUTION_PROVIDER"
    ACCEPTED_MODEL_TYPE = ModelType.PIXEL_CLASSIFICATION
    ARGUMENT_SPEC = PIXEL_ARGUMENTS
    ANNOUNCE_INPUTS = True

    ICON = "classify_pixels.svg"

    def name(self) -> str:
        return "classifypixels"

    def displayName(self) -> str:
        return self.tr("Classify Pixels Using Deep Learning")

    def help_paragraphs(self) -> list[str]:
        return [
            self.tr(
                "Runs a pixel-classification (segmentation) ONNX model over a raster of any size and writes "
                "a classified raster whose pixels hold the model's class values, styled with the class "
                "names and colours (colour table, raster attribute table and a .qml style), and optionally "
                "a probability raster (one float32 band per class)."
            ),
            self.tr(
                "The raster is processed in tiles of tile_size pixels (N for square tiles, or W,H for "
                "width and height, written WxH on the qgis_process command line: a model trained on 800 x "
                "608 images takes 800,608, its default) read with padding pixels of context on each side; "
                "neighbouring tiles overlap by twice the padding and their predictions are blended with a "
                "smooth window, so no seam shows. Tiles at the right and bottom edges extend "
                "past the raster: the missing pixels are filled with 0 and never written. The output is the "
                "same whatever the batch size."
            ),
            self.tr(
                "The output is written to a temporary file and moved in place only when the run succeeds: a "
                "cancelled or failed run leaves nothing behind and never replaces an existing file. The log "
                "names the execution provider and the throughput (tiles/s)."
            ),
        ]

    def separate_mode_help(self) -> str:
        return self.tr(
            "each raster is classified into <output>_<input name> beside the classified raster (and into "
            "<probability raster>_<input name> when a probability raster is given)."
        )

    def model_arguments_help(self) -> str:
        return self.tr(
            "padding (pixels of context read on each side of a tile; default the model's, else a quarter of "
            "the tile size), batch_size (tiles per model run; default the model's, else 4), "
            "predict_background (false: class 0 never wins; default false for an Esri model listing two or "
            "more classes, none of Value 0, as ArcGIS Pro does, else true), test_time_augmentation (default "
            "false; true merges 8 flips and rotations in MAP_SPACE, 2 in PIXEL_SPACE), merge_policy (mean, "
            "max or min: how test-time augmentation merges the predictions; default mean), tile_size "
            "(pixels; default the model's tile size), threshold (minimum probability of the winning class, "
            "below which a pixel gets the background class or nodata; for two-class and sigmoid models the "
            "probability of class 1; default the model's, else 0.5 with two classes and 0 with more) and "
            "return_probability_raster (default false; true also writes the probabilities into "
            "<output>_probabilities.tif when no probability raster is given); for a model with several "
            "outputs, output_index (default 0) picks the output to classify. Channels in [0, 1] that do "
            "not sum to 1 are independent probabilities: each is thresholded (0.5 when threshold is 0), "
            "the best above it wins, the background where none is."
        )

    def parameter_help(self) -> dict[str, str]:
        return {
            **super().parameter_help(),
            self.EXTENT: self.tr(
                "Optional. Only the part of the raster inside this extent is classified, and the output "
                "covers that part only (snapped outwards to the raster's pixels); needed for a web layer. "
                "Default: the whole raster."
            ),
            self.CELL_SIZE: self.tr(
                "Optional. The cell size to read the input at, in its map units. Empty (default): the "
                "input's own cell size, unless the model states the cell size it was trained at and the "
                "input's differs: then the input is read at that size on the ground (in EPSG:3857 "
                "metres / cos(latitude)); web layers are read at it, or at their finest zoom when the "
                "model states none. The log says at which cell size, ground distance and web-map zoom. "
                "The result is always written on the input's grid."
            ),
            self.MASK: self.tr(
                "Optional. Only pixels inside these polygons are classified; outside them, and where the "
                "input is nodata, the output is nodata."
            ),
            self.OUTPUT: self.tr(
                "The classified raster: a GeoTIFF (tiled, DEFLATE) holding the model's class values in the "
                "smallest integer type that holds them, with a colour table, a raster attribute table "
                "(Value/Class/Red/Green/Blue) and a .qml style beside it."
            ),
            self.OUTPUT_PROBABILITIES: self.tr(
                "Optional, not created by default. A GeoTIFF with one float32 band per class, holding the "
                "probability of that class."
            ),
        }

    def output_help(self) -> dict[str, str]:
        return {
            self.OUTPUT: self.tr("The classified raster (the first one with processing mode 1)."),
            self.OUTPUT_PROBABILITIES: self.tr("The probability raster, when one was asked for."),
            self.OUTPUT_FILES: self.tr("Every classified raster written, separated by semicolons."),
            self.EXECUTION_PROVIDER: self.tr("The onnxruntime execution provider that ran the model."),
        }

    def initAlgorithm(self, config=None) -> None:
        self.add_input_parameters()
        self.add_model_parameters()
        self.add_processor_parameters()
        self.addParameter(
            QgsProcessingParameterExtent(self.EXTENT, self.tr("Processing extent"), optional=True)
        )
        cell = QgsProcessingParameterNumber(
            self.CELL_SIZE,
            self.tr("Cell size (empty: input's, or the model's training cell size)"),
            QgsProcessingParameterNumber.Double,
            optional=True,
            minValue=0.0,
        )
        self.addParameter(cell)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.MASK, self.tr("Mask polygons"), [QgsProcessing.TypeVectorPolygon], optional=True
            )
        )
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Classified raster")))
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT_PROBABILITIES,
                self.tr("Probability raster"),
                optional=True,
                createByDefault=False,
            )
        )
        self.add_cluster_parameter()
        self.addOutput(QgsProcessingOutputString(self.OUTPUT_FILES, self.tr("Classified rasters written")))
        self.addOutput(QgsProcessingOutputString(self.EXECUTION_PROVIDER, self.tr("Execution provider used")))

    def run_tool(self, parameters: dict, context, feedback) -> dict[str, Any]:
        whole = self.load_model(parameters, context)
        parsed = self.model_arguments(parameters, context, whole)
        definition, output_index = select_output(whole, parsed)
        args = pixel_arguments(parsed, definition)
        self._report_class_rule(definition, args, feedback)
        layers, separately = self.input_layers(parameters, context)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        probabilities = self.parameterAsOutputLayer(parameters, self.OUTPUT_PROBABILITIES, context)
        want_probabilities = bool(probabilities) or bool(args.return_probability_raster)
        check_writable(output)
        layers = self.processed_inputs(layers, separately, feedback)
        items = [layer.name() for layer in layers] if separately else None
        jobs = raster_outputs(output, probabilities, want_probabilities, items)
        self.refuse_overlapping_outputs(
            parameters,
            context,
            (self.INPUT, self.MORE_INPUTS, self.MASK),
            {
                self.OUTPUT: [job.classes for job in jobs],
                self.OUTPUT_PROBABILITIES: [job.probabilities for job in jobs],
            },
        )
        self._check_formats(definition, jobs)
        run = ModelRun(parameters, context, feedback, definition, args, layers, separately)
        run.parsed_arguments = parsed
        run.session = self._output_session(
            whole, output_index, self.open_session(definition, parameters, context, feedback), feedback
        )
        with self.open_cluster(parameters, context, feedback) as run.cluster, OutputSet() as outputs:
            for index, layer, progress in self.each_input(layers, feedback):
                self._classify_one(run, layer, jobs[index], progress, outputs)
            outputs.commit()

        self._style_on_load(context, definition, output, probabilities, jobs)
        results = {
            self.OUTPUT: jobs[0].classes,
            self.OUTPUT_FILES: ";".join(job.classes for job in jobs),
            self.EXECUTION_PROVIDER: run.session.provider,
        }
        if probabilities:
            results[self.OUTPUT_PROBABILITIES] = jobs[0].probabilities
        return results

    def _check_formats(self, definition: ModelDefinition, jobs: list[RasterOutputs]) -> None:
        """Refuse, before any work, a raster format that cannot hold the class or probability bands."""
        classes_count = len(output_classes(definition))
        for job in jobs:
            check_raster_format(job.classes, 1, output_dtype(definition), self.OUTPUT)
            if job.probabilities:
                check_raster_format(job.probabilities, classes_count, "float32", self.OUTPUT_PROBABILITIES)

    def _output_session(self, whole: ModelDefinition, output_index: int, session, feedback):
        """The session on the model output classified; the log says which when the model has several."""
        if len(whole.outputs) <= 1:
            return session
        feedback.pushInfo(
            self.tr(
                "The model has {0} outputs ({1}); classifying output {2} '{3}'. Set the model argument "
                "output_index to classify another one."
            ).format(
                len(whole.outputs),
                ", ".join(f"{i} '{o.name}'" for i, o in enumerate(whole.outputs)),
                output_index,
                whole.outputs[output_index].name,
            )
        )
        return OutputSession(session, output_index)

    def _report_class_rule(self, definition: ModelDefinition, args, feedback) -> None:
        """Say which predict_background applies and why, and which channels never win."""
        rule = background_report(definition, args.predict_background, output_classes(definition))
        reasons = {
            BackgroundDefault.ESRI_NO_ZERO_CLASS: self.tr(
                "as in ArcGIS Pro: the model lists {0} classes and none has Value 0, so the background "
                "channel arcgis.learn adds at training never wins"
            ).format(len(definition.classes)),
            BackgroundDefault.ESRI_ZERO_CLASS: self.tr("as in ArcGIS Pro: the model has a class of Value 0"),
            BackgroundDefault.ESRI_ONE_CLASS: self.tr("as in ArcGIS Pro: the model lists at most one class"),
            BackgroundDefault.NOT_ESRI: self.tr("the model is not an Esri definition"),
        }
        reason = reasons[rule.default_rule]
        default = str(rule.default_rule.value_default).lower()
        if rule.is_default:
            feedback.pushInfo(self.tr("predict_background: {0} (the default, {1}).").format(default, reason))
        else:
            feedback.pushInfo(
                self.tr(
                    "predict_background: {0} (set in the model arguments; the default is {1}, {2})."
                ).format(str(rule.predict_background).lower(), default, reason)
            )
        if rule.never_win:
            names = ", ".join(
                f"{channel} ({name})" if name is not None else str(channel)
                for channel, name in rule.never_win
            )
            feedback.pushInfo(
                self.tr(
                    "Output channels that never win (the model's ignore_mapped_class, classes left out at "
                    "training): {0}."
                ).format(names)
            )

    def _style_on_load(
        self, context, definition: ModelDefinition, output: str, probabilities: str, jobs: list[RasterOutputs]
    ) -> None:
        """Style the rasters Processing loads: classes by name and colour, probabilities as a ramp.

        With several jobs (processing mode 1) every raster written is loaded in
        place of the output paths, which are not written themselves.
        """
        classes = [(c.value, c.name, c.color) for c in output_classes(definition)]
        if len(jobs) == 1 and jobs[0].classes == output:
            style_on_load(context, output, PalettedClassStyle(classes))
            if probabilities:
                style_on_load(context, probabilities, ProbabilityStyle())
            return
        load_files_instead(context, output, [(job.classes, PalettedClassStyle(classes)) for job in jobs])
        if probabilities:
            load_files_instead(
                context,
                probabilities,
                [(job.probabilities, ProbabilityStyle()) for job in jobs if job.probabilities],
            )

    def _classify_one(self, run: ModelRun, layer, job: RasterOutputs, progress, outputs: OutputSet) -> None:
        """Classify one raster (or mosaic) into the job's rasters, staged in ``outputs``."""
        definition, args, feedback = run.definition, run.args, run.feedback
        validate_input(definition, raster_band_count(layer), args.tile_shape)
        extent = self.extent_in(run.parameters, run.context, layer)
        resolution = self._cell_size(layer, extent, run)
        grids = processing_grids(
            lambda cell: layer_grid(layer, extent, cell), resolution.cell_size, layer.width() > 0
        )
        grid = grids[0]
        mask_wkbs = self._mask(run, grid)
        mask = PolygonMask(mask_wkbs, grid.crs_wkt) if mask_wkbs is not None else None
        classes = with_colors([(c.value, c.name, c.color) for c in output_classes(definition)])
        raster = ClassRaster(output_dtype(definition), nodata_value(definition), classes, PROBABILITY_NODATA)
        source = None
        if run.cluster is not None:
            source = cluster_input_path(gdal_path(layer), layer.providerType(), grids[0] != grids[1])
        files = ClassifiedRasterFiles(open_raster_writer, raster, grids, job.classes, job.probabilities)
        feedback.pushInfo(
            self.tr("Classifying {0} x {1} pixels in tiles of {2} with padding {3}, batch size {4}.").format(
                grid.width, grid.height, tile_text(args.tile_shape), args.padding, args.batch_size
            )
        )
        feedback.pushInfo(normalisation_text(self.tr, definition.normalization))
        if source is not None:
            self._classify_on_cluster(run, source, grid, mask_wkbs, raster, files, job, progress, outputs)
            return
        reader = LayerReader(layer, grid, mask, resolution.oversample)
        stats = files.write(
            outputs,
            lambda writer: classify_raster(
                reader, run.session, definition, args, writer, progress, files.with_probabilities
            ),
            lambda: feedback.pushInfo(self.tr("Writing the result on the input's grid.")),
        )
        self._report_stats(run, stats)

    def _classify_on_cluster(
        self, run: ModelRun, source: str, grid, mask_wkbs, raster: ClassRaster, files, job, progress, outputs
    ) -> None:
        """Classify ``source`` in blocks on the run's cluster into the job's rasters (core.cluster)."""
        feedback = run.feedback
        work = make_job(
            source,
            grid,
            mask_wkbs,
            self.parameterAsString(run.parameters, self.MODEL, run.context),
            self.parameterAsEnum(run.parameters, self.PROCESSOR_TYPE, run.context),
            self.parameterAsInt(run.parameters, self.GPU_ID, run.context),
            run.parsed_arguments,
            files.with_probabilities,
            raster.dtype,
            raster.nodata,
            len(raster.classes),
            PROBABILITY_NODATA,
        )
        blocks = cluster_blocks(work, run.args)
        self.report_cluster_blocks(
            feedback, len(blocks), max(b.width for b in blocks), max(b.height for b in blocks)
        )
        stats = files.write(
            outputs,
            lambda writer: classify_on_cluster(
                run.cluster,
                work,
                blocks,
                job.classes,
                writer,
                progress,
                self.tr("The classification was cancelled."),
            ),
            lambda: None,
        )
        self.report_cluster_stats(feedback, stats)
        for rule in stats.output_rules:
            feedback.pushInfo(output_rule_text(self.tr, rule))

    def cancelled_text(self, feedback) -> str:
        """A cancelled classification removes its partial rasters and keeps any existing file."""
        return self.tr("Cancelled: no output was written.")

    def _mask(self, run: ModelRun, grid) -> list[bytes] | None:
        """The MASK polygons (WKB) in ``grid``'s CRS; the log counts them, and warns when there are none."""
        source = self.parameterAsSource(run.parameters, self.MASK, run.context)
        if source is None:
            return None
        feedback = run.feedback
        wkbs = read_geometries_wkb(source, grid.crs_wkt, run.context.transformContext(), feedback)
        feedback.pushInfo(self.tr("Mask: {0} polygons.").format(len(wkbs)))
        if not wkbs:
            feedback.pushWarning(
                self.tr("The mask holds no polygon: every output pixel is nodata. Check the mask layer.")
            )
        return wkbs

    def _report_stats(self, run: ModelRun, stats) -> None:
        """Log the throughput, the output rule, a batch-of-one fallback and the strips of a wide raster."""
        feedback, session = run.feedback, run.session
        feedback.pushInfo(
            self.tr("{0} tiles in {1:.1f} s ({2:.1f} tiles/s on {3}); model time {4:.1f} s.").format(
                stats.tiles, stats.seconds, stats.tiles_per_second, session.provider, stats.session_seconds
            )
        )
        if stats.output_rule:
            feedback.pushInfo(output_rule_text(self.tr, stats.output_rule))
        self.report_batch_one(session, feedback)
        if stats.strips > 1:
            feedback.pushInfo(
                self.tr(
                    "The raster is wider than {0} pixels: it was classified in {1} vertical strips, "
                    "which keeps memory bounded; tiles on strip borders ran twice."
                ).format(STRIP_WIDTH, stats.strips)
            )

    def _cell_size(self, layer, extent, run: ModelRun) -> ReadResolution:
        """How to read: the user's cell size, else the model's training cell size, else the input's."""
        requested = None
        if run.parameters.get(self.CELL_SIZE) not in (None, ""):
            requested = self.parameterAsDouble(run.parameters, self.CELL_SIZE, run.context) or None
        return self.read_cell_size(layer, extent, run.definition, requested, run.feedback)
