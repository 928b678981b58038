"""Query Deep Learning Model Info (``rasterdl:modelinfo``)."""

from __future__ import annotations

import json
from typing import Any

from qgis.core import QgsProcessingOutputNumber, QgsProcessingOutputString

from ..core.engine.pixel_classifier import expected_output_rule
from ..core.errors import RasterDLError
from ..core.model.arguments import pixel_arguments
from ..core.model.definition import ModelDefinition, ModelType
from ..core.model.esri_inference import ignored_keys
from ..core.model.execution import ProcessorType, available_providers
from ..core.model.loader import load_model_definition
from ..core.model.runtime import OnnxSession
from .base import RasterDLAlgorithm
from .model_rules import normalisation_text, output_rule_text
from .parameters import ModelSourceParameter


class ModelInfoAlgorithm(RasterDLAlgorithm):
    """Reads a model definition and reports what the model is and how it will run here."""

    MODEL = "MODEL"
    MODEL_TYPE = "MODEL_TYPE"
    CLASSES = "CLASSES"
    INPUT_SHAPE = "INPUT_SHAPE"
    BANDS = "BANDS"
    TILE_SIZE = "TILE_SIZE"
    TILE_SIZE_X = "TILE_SIZE_X"
    TILE_SIZE_Y = "TILE_SIZE_Y"
    EXECUTION_PROVIDER = "EXECUTION_PROVIDER"
    AVAILABLE_PROVIDERS = "AVAILABLE_PROVIDERS"

    ICON = "model_info.svg"

    def name(self) -> str:
        return "modelinfo"

    def displayName(self) -> str:
        return self.tr("Query Deep Learning Model Info")

    def help_paragraphs(self) -> list[str]:
        return [
            self.tr(
                "Reads a deep-learning model and reports what it is and how it will run on this computer, "
                "like ArcGIS Pro's tool of the same name."
            ),
            self.tr(
                "The log also lists the model's inputs and outputs, normalisation, padding, batch size, "
                "thresholds, cell size, classes with colours, the default model arguments, and the keys of "
                "the model definition that it reads but ignores because they change nothing in the results."
            ),
        ]

    def parameter_help(self) -> dict[str, str]:
        return {self.MODEL: self.tr("The model to describe: {0}").format(self.model_source_help())}

    def output_help(self) -> dict[str, str]:
        return {
            self.MODEL_TYPE: self.tr(
                "The Esri model type, e.g. ImageClassification (pixel classification), ObjectClassification "
                "or ObjectDetection."
            ),
            self.CLASSES: self.tr(
                "JSON list of the classes, one object per class with the keys value, name and color."
            ),
            self.INPUT_SHAPE: self.tr(
                "JSON list of the model input's dimensions as the tools use them: a dynamic height and "
                "width are the tile size the tools take (the definition's ImageHeight/ImageWidth, "
                "Ultralytics' imgsz, or 256), a dynamic batch is null, e.g. [null, 3, 256, 256]."
            ),
            self.BANDS: self.tr("The raster bands the model reads, 1-based, comma separated, e.g. 1,2,3."),
            self.TILE_SIZE: self.tr("The tile height in pixels."),
            self.TILE_SIZE_X: self.tr(
                "The tile width in pixels (the tile size of a square model), as the export tool's "
                "TILE_SIZE_X."
            ),
            self.TILE_SIZE_Y: self.tr("The tile height in pixels, as the export tool's TILE_SIZE_Y."),
            self.EXECUTION_PROVIDER: self.tr(
                "The onnxruntime execution provider that runs the model here with processor type Auto."
            ),
            self.AVAILABLE_PROVIDERS: self.tr(
                "All the execution providers this onnxruntime offers, comma separated."
            ),
        }

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            ModelSourceParameter(self.MODEL, self.tr("Model definition (.emd, .dlpk, .onnx or JSON)"))
        )
        self.addOutput(QgsProcessingOutputString(self.MODEL_TYPE, self.tr("Model type")))
        self.addOutput(QgsProcessingOutputString(self.CLASSES, self.tr("Classes (JSON)")))
        self.addOutput(QgsProcessingOutputString(self.INPUT_SHAPE, self.tr("Input shape (JSON)")))
        self.addOutput(QgsProcessingOutputString(self.BANDS, self.tr("Bands read (1-based)")))
        self.addOutput(QgsProcessingOutputNumber(self.TILE_SIZE, self.tr("Tile size (pixels)")))
        self.addOutput(QgsProcessingOutputNumber(self.TILE_SIZE_X, self.tr("Tile width (pixels)")))
        self.addOutput(QgsProcessingOutputNumber(self.TILE_SIZE_Y, self.tr("Tile height (pixels)")))
        self.addOutput(QgsProcessingOutputString(self.EXECUTION_PROVIDER, self.tr("Execution provider")))
        self.addOutput(QgsProcessingOutputString(self.AVAILABLE_PROVIDERS, self.tr("Available providers")))

    def run_tool(self, parameters: dict, context, feedback) -> dict[str, Any]:
        source = self.parameterAsString(parameters, self.MODEL, context)
        definition = load_model_definition(source)
        session = OnnxSession(definition.model_file, ProcessorType.AUTO)
        providers = available_providers()
        self._report(definition, session.provider, providers, feedback)
        classes = [
            {"value": c.value, "name": c.name, "color": list(c.color) if c.color else None}
            for c in definition.classes
        ]
        return {
            self.MODEL_TYPE: definition.model_type.value,
            self.CLASSES: json.dumps(classes),
            self.INPUT_SHAPE: json.dumps(_tool_shape(definition)),
            self.BANDS: ",".join(str(band + 1) for band in definition.extract_bands),
            self.TILE_SIZE: definition.image_height,
            self.TILE_SIZE_X: definition.image_width,
            self.TILE_SIZE_Y: definition.image_height,
            self.EXECUTION_PROVIDER: session.provider,
            self.AVAILABLE_PROVIDERS: ",".join(providers),
        }

    def _report(self, definition: ModelDefinition, provider: str, providers: list[str], feedback) -> None:
        """Write a readable description of the model to the log."""
        lines = [
            self.tr("Model: {0}").format(definition.model_name or definition.model_file.stem),
            self.tr("Type: {0} ({1})").format(
                self.model_type_label(definition.model_type), definition.model_type.value
            ),
            self.tr("Read from: {0} ({1})").format(definition.source, definition.source_kind),
            self.tr("Model file: {0}").format(definition.model_file),
        ]
        if definition.framework or definition.model_configuration:
            lines.append(
                self.tr("Framework: {0} {1}")
                .format(definition.framework, definition.model_configuration)
                .strip()
            )
        for tensor in definition.inputs:
            lines.append(
                self.tr("Input '{0}': shape {1} {2}").format(tensor.name, _shape(tensor.shape), tensor.dtype)
            )
        for tensor in definition.outputs:
            lines.append(
                self.tr("Output '{0}': shape {1} {2}").format(tensor.name, _shape(tensor.shape), tensor.dtype)
            )
        lines += [
            self.tr("Bands read (1-based): {0}").format(
                ", ".join(str(b + 1) for b in definition.extract_bands)
            ),
            self.tr("Tile: {0} x {1} pixels, padding {2}, batch size {3}").format(
                definition.image_width,
                definition.image_height,
                definition.model_padding,
                definition.batch_size,
            ),
            self.tr("Normalisation: {0}").format(normalisation_text(self.tr, definition.normalization)),
        ]
        rule = _output_rule(definition)
        if rule:
            lines.append(self.tr("Output rule: {0}").format(output_rule_text(self.tr, rule)))
        if definition.data_range:
            lines.append(self.tr("Data range: {0} to {1}").format(*definition.data_range))
        if definition.threshold is not None:
            lines.append(self.tr("Threshold: {0}").format(definition.threshold))
        if definition.min_cell_size or definition.max_cell_size:
            lines.append(
                self.tr("Cell size: {0} to {1}").format(definition.min_cell_size, definition.max_cell_size)
            )
        lines.append(
            self.tr("Image space: {0}; crop size fixed: {1}; blacken around feature: {2}").format(
                definition.image_space_used, definition.crop_size_fixed, definition.blacken_around_feature
            )
        )
        lines.append(self.tr("Classes ({0}):").format(len(definition.classes)))
        for info in definition.classes:
            colour = "#{:02x}{:02x}{:02x}".format(*info.color) if info.color else self.tr("no colour")
            lines.append(f"  {info.value:>5}  {info.name}  {colour}")
        if definition.argument_defaults:
            lines.append(
                self.tr("Model argument defaults: {0}").format(
                    ", ".join(f"{k}={v}" for k, v in definition.argument_defaults.items())
                )
            )
        if definition.ignore_mapped_class:
            lines.append(
                self.tr("Output channels that never win (ignore_mapped_class): {0}").format(
                    ", ".join(str(channel) for channel in definition.ignore_mapped_class)
                )
            )
        if definition.backend:
            lines.append(self.tr("Training backend: {0}").format(definition.backend))
        ignored = ignored_keys(definition)
        if ignored:
            lines.append(
                self.tr("Keys read but ignored (they change nothing in this plugin's results): {0}").format(
                    ", ".join(ignored)
                )
            )
        resize_to = definition.extra.get("resize_to")
        if resize_to:
            lines.append(
                self.tr(
                    "resize_to {0}: arcgis.learn resized the training chips to it; ArcGIS Pro's inference "
                    "does not resize tiles, and neither does this plugin: it reads tiles at the model's "
                    "cell size."
                ).format(resize_to)
            )
        lines.append(self.tr("Execution provider here (processor type Auto): {0}").format(provider))
        lines.append(self.tr("Available providers: {0}").format(", ".join(providers)))
        for line in lines:
            feedback.pushInfo(line)


def _tool_shape(definition: ModelDefinition) -> list:
    """The input's dimensions, its dynamic height and width replaced by the tile the tools use."""
    shape = list(definition.input.shape)
    if len(shape) == 4:
        shape[1] = shape[1] or definition.band_count
        shape[2] = shape[2] or definition.image_height
        shape[3] = shape[3] or definition.image_width
    return shape


def _output_rule(definition: ModelDefinition) -> str:
    """How a pixel classifier's output becomes classes with the default arguments; '' for other models."""
    if definition.model_type != ModelType.PIXEL_CLASSIFICATION:
        return ""
    try:
        return expected_output_rule(definition, pixel_arguments(definition.argument_defaults, definition))
    except RasterDLError:
        return ""


def _shape(shape: tuple) -> str:
    return "[" + ", ".join("?" if d is None else str(d) for d in shape) + "]"
