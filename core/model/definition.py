"""The typed, immutable description of a deep-learning model.

One :class:`ModelDefinition` is built from an Esri ``.emd`` file, a JSON string,
a ``.dlpk`` package or a bare ``.onnx`` file (see ``core.model.loader``). Every tool
reads its settings from here and nowhere else.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

#: ImageNet statistics used when a model gives no normalisation of its own.
IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)


class ModelType(str, enum.Enum):
    """What a model does. Values are the Esri ``ModelType`` spellings."""

    PIXEL_CLASSIFICATION = "ImageClassification"
    OBJECT_CLASSIFICATION = "ObjectClassification"
    OBJECT_DETECTION = "ObjectDetection"
    INSTANCE_DETECTION = "InstanceDetection"
    CHANGE_DETECTION = "ChangeDetection"
    SUPER_RESOLUTION = "SuperResolution"
    IMAGE_TRANSLATION = "Pix2Pix"
    REGRESSION = "Regression"
    UNKNOWN = "Unknown"

    @property
    def label(self) -> str:
        """Human-readable name, e.g. 'pixel classification'."""
        return _TYPE_LABELS[self]


_TYPE_LABELS = {
    ModelType.PIXEL_CLASSIFICATION: "pixel classification",
    ModelType.OBJECT_CLASSIFICATION: "object classification",
    ModelType.OBJECT_DETECTION: "object detection",
    ModelType.INSTANCE_DETECTION: "instance segmentation",
    ModelType.CHANGE_DETECTION: "change detection",
    ModelType.SUPER_RESOLUTION: "super resolution",
    ModelType.IMAGE_TRANSLATION: "image translation",
    ModelType.REGRESSION: "pixel regression",
    ModelType.UNKNOWN: "unknown",
}


@dataclass(frozen=True)
class ClassInfo:
    """One output class: the pixel/label ``value`` written, its ``name`` and RGB colour."""

    value: int
    name: str
    color: tuple[int, int, int] | None = None


@dataclass(frozen=True)
class Normalization:
    """How raw band values become model input, per extracted band.

    ``x' = (x - offset) / scale`` is applied first (``offset``/``scale`` per band,
    e.g. 0/255, or band min/(max - min) from NormalizationStats, or DataRange),
    then ``x'' = (x' - mean) / std``. ``mean``/``std`` may be empty (no step).
    """

    offset: tuple[float, ...]
    scale: tuple[float, ...]
    mean: tuple[float, ...] = ()
    std: tuple[float, ...] = ()
    source: str = "imagenet"  # imagenet | normalization_stats | data_range | standardization | scale | none


@dataclass(frozen=True)
class TensorInfo:
    """Name, shape (None for a dynamic dimension) and numpy dtype name of a model input/output."""

    name: str
    shape: tuple[int | None, ...]
    dtype: str


@dataclass(frozen=True)
class ModelDefinition:
    """Everything the tools need to know about a model, validated and immutable."""

    model_type: ModelType
    model_file: Path
    inputs: tuple[TensorInfo, ...]
    outputs: tuple[TensorInfo, ...]
    extract_bands: tuple[int, ...]
    image_height: int
    image_width: int
    model_padding: int
    batch_size: int
    classes: tuple[ClassInfo, ...]
    normalization: Normalization
    data_range: tuple[float, float] | None = None
    threshold: float | None = None
    nms_threshold: float | None = None
    crop_size_fixed: bool = True
    blacken_around_feature: bool = False
    image_space_used: str = "MAP_SPACE"
    min_cell_size: float | None = None
    max_cell_size: float | None = None
    supports_variable_tile_size: bool = False
    detection_format: str | None = None
    #: arcgis.learn's ignore_mapped_class: output channels that never win (classes left out at training).
    ignore_mapped_class: tuple[int, ...] = ()
    #: arcgis.learn's training backend ("pytorch"), "" when the definition does not say.
    backend: str = ""
    model_name: str = ""
    framework: str = ""
    model_configuration: str = ""
    source: str = ""
    source_kind: str = ""  # emd | json | dlpk | onnx
    argument_defaults: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    #: Per model output, its class list, when the definition names each output's classes (Deepness).
    output_class_names: tuple[tuple[ClassInfo, ...], ...] = ()
    extra: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def input(self) -> TensorInfo:
        """The image input (the first model input)."""
        return self.inputs[0]

    @property
    def band_count(self) -> int:
        """Number of bands the model takes."""
        return len(self.extract_bands)

    def class_by_value(self, value: int) -> ClassInfo | None:
        """The class with pixel/label ``value``, or None."""
        for info in self.classes:
            if info.value == value:
                return info
        return None
