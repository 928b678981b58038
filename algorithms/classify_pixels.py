"""Classify Pixels Using Deep Learning (``rasterdl:classifypixels``)."""

from __future__ import annotations

import tempfile
from pathlib import Path
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
from ..core.adapters.gdal.raster_writer import ClassWriter, RasterFileWriter
from ..core.adapters.qgis.grid import layer_grid
from ..core.adapters.qgis.layers import raster_band_count
from ..core.adapters.qgis.raster_reader import LayerReader
from ..core.adapters.qgis.vectors import read_geometries_wkb
from ..core.adapters.qgis.virtual_rasters import build_mosaic
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
from ..core.model.esri_inference import BackgroundDefault, definition_background_default
from ..core.model.output_selection import OutputSession, select_output
from ..core.model.preprocess import validate_input
from ..core.output.class_colors import with_colors
from ..core.output.guard import OutputSet, check_grid_size
from ..core.output.qml_style import paletted_style
from ..core.output.writable import check_writable
from .layer_styles import PalettedClassStyle, ProbabilityStyle, load_files_instead, style_on_load
from .model_rules import normalisation_text, output_rule_text
from .model_tool import ModelToolAlgorithm, ProgressAdapter


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
        self.addOutput(QgsProcessingOutputString(self.OUTPUT_FILES, self.tr("Classified rasters written")))
        self.addOutput(QgsProcessingOutputString(self.EXECUTION_PROVIDER, self.tr("Execution provider used")))

    def run_tool(self, parameters: dict, context, feedback) -> dict[str, Any]:
        definition = self.load_model(parameters, context)
        parsed = self.model_arguments(parameters, context, definition)
        whole = definition
        definition, output_index = select_output(definition, parsed)
        args = pixel_arguments(parsed, definition)
        self._report_class_rule(definition, args, feedback)
        layers, separately = self.input_layers(parameters, context)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        probabilities = self.parameterAsOutputLayer(parameters, self.OUTPUT_PROBABILITIES, context)
        want_probabilities = bool(probabilities) or bool(args.return_probability_raster)
        check_writable(output)

        if separately:
            jobs = []
            for layer in layers:
                item_output = _item_output(output, layer.name())
                item_probabilities = _item_output(probabilities, layer.name()) or (
                    _probabilities_beside(item_output) if want_probabilities else ""
                )
                jobs.append((layer, item_output, item_probabilities))
        else:
            source = layers[0] if len(layers) == 1 else build_mosaic(layers)
            if len(layers) > 1:
                feedback.pushInfo(self.tr("Processing {0} rasters as one mosaic.").format(len(layers)))
            jobs = [
                (
                    source,
                    output,
                    probabilities or (_probabilities_beside(output) if want_probabilities else ""),
                )
            ]
        self.refuse_overlapping_outputs(
            parameters,
            context,
            (self.INPUT, self.MORE_INPUTS, self.MASK),
            {
                self.OUTPUT: [job[1] for job in jobs],
                self.OUTPUT_PROBABILITIES: [job[2] for job in jobs],
            },
        )
        classes_count = len(output_classes(definition))
        for _layer, out_path, prob_path in jobs:
            check_raster_format(out_path, 1, output_dtype(definition), self.OUTPUT)
            if prob_path:
                check_raster_format(prob_path, classes_count, "float32", self.OUTPUT_PROBABILITIES)

        session = self.open_session(definition, parameters, context, feedback)
        if len(whole.outputs) > 1:
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
            session = OutputSession(session, output_index)
        written = []
        with OutputSet() as outputs:
            for index, (layer, out_path, prob_path) in enumerate(jobs):
                if len(jobs) > 1:
                    feedback.pushInfo(
                        self.tr("Raster {0} of {1}: {2}").format(index + 1, len(jobs), layer.name())
                    )
                progress = ProgressAdapter(feedback, 100.0 * index / len(jobs), 100.0 / len(jobs))
                self._classify_one(
                    layer,
                    definition,
                    args,
                    session,
                    out_path,
                    prob_path,
                    parameters,
                    context,
                    feedback,
                    progress,
                    outputs,
                )
                written.append(out_path)
            outputs.commit()

        self._style_on_load(context, definition, output, probabilities, jobs)
        results = {
            self.OUTPUT: written[0],
            self.OUTPUT_FILES: ";".join(written),
            self.EXECUTION_PROVIDER: session.provider,
        }
        if probabilities:
            results[self.OUTPUT_PROBABILITIES] = jobs[0][2]
        return results

    def cancelled_text(self, feedback) -> str:
        """A cancelled classification removes its partial rasters and keeps any existing file."""
        return self.tr("Cancelled: no output was written.")

    def _report_class_rule(self, definition: ModelDefinition, args, feedback) -> None:
        """Say which predict_background applies and why, and which channels never win."""
        rule = definition_background_default(definition)
        reasons = {
            BackgroundDefault.ESRI_NO_ZERO_CLASS: self.tr(
                "as in ArcGIS Pro: the model lists {0} classes and none has Value 0, so the background "
                "channel arcgis.learn adds at training never wins"
            ).format(len(definition.classes)),
            BackgroundDefault.ESRI_ZERO_CLASS: self.tr("as in ArcGIS Pro: the model has a class of Value 0"),
            BackgroundDefault.ESRI_ONE_CLASS: self.tr("as in ArcGIS Pro: the model lists at most one class"),
            BackgroundDefault.NOT_ESRI: self.tr("the model is not an Esri definition"),
        }
        default = rule.value_default
        if args.predict_background == default:
            feedback.pushInfo(
                self.tr("predict_background: {0} (the default, {1}).").format(
                    str(default).lower(), reasons[rule]
                )
            )
        else:
            feedback.pushInfo(
                self.tr(
                    "predict_background: {0} (set in the model arguments; the default is {1}, {2})."
                ).format(str(args.predict_background).lower(), str(default).lower(), reasons[rule])
            )
        if definition.ignore_mapped_class:
            classes = output_classes(definition)
            names = ", ".join(
                f"{channel} ({classes[channel].name})" if channel < len(classes) else str(channel)
                for channel in definition.ignore_mapped_class
            )
            feedback.pushInfo(
                self.tr(
                    "Output channels that never win (the model's ignore_mapped_class, classes left out at "
                    "training): {0}."
                ).format(names)
            )

    def _style_on_load(
        self, context, definition: ModelDefinition, output: str, probabilities: str, jobs
    ) -> None:
        """Style the rasters Processing loads: classes by name and colour, probabilities as a ramp.

        With several jobs (processing mode 1) every raster written is loaded in
        place of the output paths, which are not written themselves.
        """
        classes = [(c.value, c.name, c.color) for c in output_classes(definition)]
        if len(jobs) == 1 and jobs[0][1] == output:
            style_on_load(context, output, PalettedClassStyle(classes))
            if probabilities:
                style_on_load(context, probabilities, ProbabilityStyle())
            return
        styles = [(path, PalettedClassStyle(classes)) for _layer, path, _prob in jobs]
        load_files_instead(context, output, styles)
        if probabilities:
            load_files_instead(
                context, probabilities, [(prob, ProbabilityStyle()) for _layer, _path, prob in jobs if prob]
            )

    def _classify_one(
        self,
        layer,
        definition: ModelDefinition,
        args,
        session,
        out_path: str,
        prob_path: str,
        parameters,
        context,
        feedback,
        progress,
        outputs: OutputSet,
    ) -> None:
        """Classify one raster (or mosaic) into ``out_path`` (and ``prob_path``), staged in ``outputs``."""
        validate_input(definition, raster_band_count(layer), args.tile_shape)
        extent = None
        if parameters.get(self.EXTENT):
            extent = self.parameterAsExtent(parameters, self.EXTENT, context, layer.crs())
        resolution = self._cell_size(layer, extent, definition, parameters, context, feedback)
        cell_size = resolution.cell_size
        input_grid = layer_grid(layer, extent, cell_size if layer.width() <= 0 else None)
        if cell_size:
            full = layer_grid(layer, extent)
            check_grid_size(full.width * full.dx / cell_size, full.height * full.dy / cell_size, cell_size)
        grid = layer_grid(layer, extent, cell_size) if cell_size else input_grid

        mask = None
        source = self.parameterAsSource(parameters, self.MASK, context)
        if source is not None:
            wkbs = read_geometries_wkb(source, grid.crs_wkt, context.transformContext(), feedback)
            mask = PolygonMask(wkbs, grid.crs_wkt)
            feedback.pushInfo(self.tr("Mask: {0} polygons.").format(len(wkbs)))
            if not wkbs:
                feedback.pushWarning(
                    self.tr("The mask holds no polygon: every output pixel is nodata. Check the mask layer.")
                )

        reader = LayerReader(layer, grid, mask, resolution.oversample)
        dtype = output_dtype(definition)
        nodata = nodata_value(definition)
        written_classes = output_classes(definition)
        classes = with_colors([(c.value, c.name, c.color) for c in written_classes])
        resample = grid != input_grid
        work_dir = tempfile.TemporaryDirectory(prefix="rasterdl-") if resample else None
        class_target = str(Path(work_dir.name) / "classes.tif") if resample else out_path
        prob_target = (
            (str(Path(work_dir.name) / "probabilities.tif") if resample else prob_path) if prob_path else ""
        )
        class_writer = RasterFileWriter(class_target, grid, 1, dtype, nodata)
        class_writer.set_classes(classes)
        prob_writer = None
        if prob_target:
            prob_writer = RasterFileWriter(
                prob_target, grid, len(written_classes), "float32", PROBABILITY_NODATA
            )
            prob_writer.set_band_descriptions(c.name for c in written_classes)
        feedback.pushInfo(
            self.tr("Classifying {0} x {1} pixels in tiles of {2} with padding {3}, batch size {4}.").format(
                grid.width, grid.height, tile_text(args.tile_shape), args.padding, args.batch_size
            )
        )
        feedback.pushInfo(normalisation_text(self.tr, definition.normalization))
        try:
            stats = classify_raster(
                reader,
                session,
                definition,
                args,
                ClassWriter(class_writer, prob_writer),
                progress,
                bool(prob_writer),
            )
            if resample:
                class_path = class_writer.commit()
                prob_file = prob_writer.commit() if prob_writer else None
                feedback.pushInfo(self.tr("Writing the result on the input's grid."))
                class_writer = RasterFileWriter(out_path, input_grid, 1, dtype, nodata)
                class_writer.set_classes(classes)
                class_writer.warp_from(class_path, "near")
                if prob_file is not None:
                    prob_writer = RasterFileWriter(
                        prob_path, input_grid, len(written_classes), "float32", PROBABILITY_NODATA
                    )
                    prob_writer.warp_from(prob_file, "bilinear")
                    prob_writer.set_band_descriptions(c.name for c in written_classes)
            class_writer.finish(outputs)
            if prob_writer:
                prob_writer.finish(outputs)
            style = outputs.stage(Path(out_path).with_suffix(".qml"), ".qml")
            style.write_bytes(paletted_style(classes))
        except BaseException:
            class_writer.abort()
            if prob_writer:
                prob_writer.abort()
            outputs.abort()
            raise
        finally:
            if work_dir is not None:
                work_dir.cleanup()
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

    def _cell_size(
        self, layer, extent, definition: ModelDefinition, parameters, context, feedback
    ) -> ReadResolution:
        """How to read: the user's cell size, else the model's training cell size, else the input's."""
        requested = None
        if parameters.get(self.CELL_SIZE) not in (None, ""):
            requested = self.parameterAsDouble(parameters, self.CELL_SIZE, context) or None
        return self.read_cell_size(layer, extent, definition, requested, feedback)


def _item_output(path: str, item: str) -> str:
    """``<folder>/<output stem>_<item><suffix>`` for processing items separately."""
    if not path:
        return ""
    target = Path(path)
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in item)
    return str(target.with_name(f"{target.stem}_{safe}{target.suffix or '.tif'}"))


def _probabilities_beside(path: str) -> str:
    target = Path(path)
    return str(target.with_name(f"{target.stem}_probabilities{target.suffix or '.tif'}"))
