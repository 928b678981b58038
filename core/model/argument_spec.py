"""One declarative list of model arguments per tool: the single place a model argument is defined.

Each :class:`ArgumentSpec` says an argument's name, its type, how its default is
chosen (a constant or a rule reading the model, e.g. "the model's padding, else a
quarter of the tile"), its allowed range or choices and whether the tool lists it in
its Arguments table. From a :class:`ToolArguments` come the names the algorithm
offers, the defaults the loader fills into ``ModelDefinition.argument_defaults``,
the typing of the table's values and the checks of ``core.model.arguments``; the
algorithms' help text is tested against it. Adding an argument means adding a line here.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .definition import ModelDefinition, ModelType
from .esri_inference import definition_background_default

#: Sanity bounds that catch typos before they turn into huge allocations.
MAX_TILE_SIZE = 32768
MAX_BATCH_SIZE = 4096
#: Ways to merge the predictions of test-time augmentation.
MERGE_POLICIES = ("mean", "max", "min")

#: Model types each tool's arguments belong to (any other type gets every tool's arguments).
PIXEL_TYPES = frozenset(
    {
        ModelType.PIXEL_CLASSIFICATION,
        ModelType.CHANGE_DETECTION,
        ModelType.SUPER_RESOLUTION,
        ModelType.IMAGE_TRANSLATION,
        ModelType.REGRESSION,
    }
)
DETECTION_TYPES = frozenset({ModelType.OBJECT_DETECTION, ModelType.INSTANCE_DETECTION})


class Kind(enum.Enum):
    """The type of an argument's value, which decides how the table's text is read."""

    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    #: One of the spec's ``choices``, case-insensitive.
    CHOICE = "choice"
    #: ``N`` (square tiles) or ``W,H``: kept as ``N`` or ``"W,H"``.
    TILE_SIZE = "tile_size"


@dataclass(frozen=True)
class ModelFacts:
    """What a model says that argument defaults depend on.

    ``padding``, ``threshold`` and ``nms`` are None when the model does not state them.
    """

    tile_height: int
    tile_width: int
    padding: int | None
    batch_size: int
    threshold: float | None
    nms: float | None
    #: More than two classes (or output channels): a plain argmax suits better than a 0.5 threshold.
    many_classes: bool = False
    #: ArcGIS Pro's predict_background default for the model's classes (core.model.esri_inference).
    predict_background: bool = True
    #: A pixel model with more than one image output, of which the user picks one.
    several_outputs: bool = False


def definition_facts(definition: ModelDefinition) -> ModelFacts:
    """The facts of a built definition, for a definition whose ``argument_defaults`` lack an argument.

    The model's padding counts as stated (``model_padding``, 0 when it gave none).
    """
    outputs = definition.outputs
    channels = outputs[0].shape[1] if outputs and len(outputs[0].shape) == 4 else None
    return ModelFacts(
        tile_height=definition.image_height,
        tile_width=definition.image_width,
        padding=definition.model_padding,
        batch_size=definition.batch_size,
        threshold=definition.threshold,
        nms=definition.nms_threshold,
        many_classes=len(definition.classes) > 2 or (channels or 0) > 2,
        predict_background=definition_background_default(definition).value_default,
    )


# --------------------------------------------------------------------------- default rules


@dataclass(frozen=True)
class FromModel:
    """A default rule: the model's ``fact`` (a :class:`ModelFacts` field), else ``fallback`` when the model
    does not state it (a constant or a rule of its own)."""

    fact: str
    fallback: Any = None

    def __call__(self, facts: ModelFacts) -> Any:
        value = getattr(facts, self.fact)
        if value is not None:
            return value
        return self.fallback(facts) if callable(self.fallback) else self.fallback


def quarter_tile(facts: ModelFacts) -> int:
    """A quarter of the tile's shorter side."""
    return min(facts.tile_height, facts.tile_width) // 4


def model_tile_size(facts: ModelFacts) -> int | str:
    """The model's tile: ``N`` when square, else ``"W,H"``."""
    height, width = facts.tile_height, facts.tile_width
    return height if height == width else f"{width},{height}"


def argmax_or_half(facts: ModelFacts) -> float:
    """0.5 for two-class and sigmoid models, 0 (plain argmax) with more classes, where 0.5 would blank
    out uncertain pixels."""
    return 0.0 if facts.many_classes else 0.5


def several_outputs(facts: ModelFacts) -> bool:
    """Whether the model has several image outputs to choose from."""
    return facts.several_outputs


# --------------------------------------------------------------------------- specs


@dataclass(frozen=True)
class ArgumentSpec:
    """One model argument of one tool.

    ``default`` is a constant or a rule ``f(ModelFacts)`` (usually :class:`FromModel`);
    ``low``/``high`` bound a number (inclusive); ``listed`` is False for an argument the model's
    defaults carry but the tool's table does not list; ``only_when`` a rule that decides whether
    the model has it at all.
    """

    name: str
    kind: Kind
    default: Any
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    listed: bool = True
    only_when: Callable[[ModelFacts], bool] | None = None

    def default_for(self, facts: ModelFacts) -> Any:
        """The default of this argument for a model with ``facts``."""
        return self.default(facts) if callable(self.default) else self.default

    def in_range(self, value: float) -> bool:
        """Whether ``value`` lies within ``low`` and ``high``."""
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)


@dataclass(frozen=True)
class ToolArguments:
    """The model arguments of one tool, in the order its model defaults list them.

    ``table`` is the order of the Arguments table when it differs; by default the
    listed arguments in spec order. ``tiled`` tools read a raster in tiles (padding,
    tile_size and batch_size are checked together).
    """

    key: str
    arguments: tuple[ArgumentSpec, ...]
    tiled: bool = True
    table: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The argument names the tool's Arguments table lists, in order."""
        return self.table or tuple(spec.name for spec in self.arguments if spec.listed)

    @property
    def listed(self) -> tuple[ArgumentSpec, ...]:
        """The specs of the arguments the tool lists and reads, in spec order."""
        return tuple(spec for spec in self.arguments if spec.listed)

    def spec(self, name: str) -> ArgumentSpec:
        """The spec of argument ``name``."""
        return next(spec for spec in self.arguments if spec.name == name)

    def defaults(self, facts: ModelFacts) -> dict[str, Any]:
        """The default of every argument a model with ``facts`` has, in spec order."""
        return {
            spec.name: spec.default_for(facts)
            for spec in self.arguments
            if spec.only_when is None or spec.only_when(facts)
        }


_PADDING = ArgumentSpec("padding", Kind.INTEGER, FromModel("padding", quarter_tile), low=0)
_BATCH_SIZE = ArgumentSpec("batch_size", Kind.INTEGER, FromModel("batch_size"), low=1, high=MAX_BATCH_SIZE)
_TILE_SIZE = ArgumentSpec("tile_size", Kind.TILE_SIZE, model_tile_size, low=1, high=MAX_TILE_SIZE)
_TTA = ArgumentSpec("test_time_augmentation", Kind.BOOLEAN, False)
_MERGE_POLICY = ArgumentSpec("merge_policy", Kind.CHOICE, "mean", choices=MERGE_POLICIES)

#: Classify Pixels Using Deep Learning.
PIXEL_ARGUMENTS = ToolArguments(
    "pixel",
    (
        _PADDING,
        _BATCH_SIZE,
        ArgumentSpec("predict_background", Kind.BOOLEAN, FromModel("predict_background")),
        _TTA,
        _MERGE_POLICY,
        _TILE_SIZE,
        ArgumentSpec("threshold", Kind.NUMBER, FromModel("threshold", argmax_or_half), low=0.0, high=1.0),
        ArgumentSpec("return_probability_raster", Kind.BOOLEAN, False),
        # Read by core.model.output_selection, for models with several outputs only.
        ArgumentSpec("output_index", Kind.INTEGER, 0, listed=False, only_when=several_outputs),
    ),
)

#: Detect Objects Using Deep Learning (merge_policy is accepted, as ArcGIS has it, but unused:
#: test-time augmentation merges by NMS).
DETECTION_ARGUMENTS = ToolArguments(
    "detection",
    (
        _PADDING,
        ArgumentSpec("threshold", Kind.NUMBER, FromModel("threshold", 0.1), low=0.0, high=1.0),
        ArgumentSpec("nms_overlap", Kind.NUMBER, FromModel("nms", 0.1), low=0.0, high=1.0),
        _BATCH_SIZE,
        ArgumentSpec("exclude_pad_detections", Kind.BOOLEAN, True),
        _TTA,
        _TILE_SIZE,
        dataclasses.replace(_MERGE_POLICY, listed=False),
        ArgumentSpec("nms_class_agnostic", Kind.BOOLEAN, False),
    ),
    table=(
        "padding",
        "threshold",
        "nms_overlap",
        "batch_size",
        "exclude_pad_detections",
        "tile_size",
        "test_time_augmentation",
        "nms_class_agnostic",
    ),
)

#: Classify Objects Using Deep Learning.
OBJECT_ARGUMENTS = ToolArguments(
    "object",
    (
        _BATCH_SIZE,
        _TTA,
        ArgumentSpec("score_threshold", Kind.NUMBER, FromModel("threshold", 0.5), low=0.0, high=1.0),
    ),
    tiled=False,
)

TOOLS = (PIXEL_ARGUMENTS, DETECTION_ARGUMENTS, OBJECT_ARGUMENTS)


def tool_arguments(model_type: ModelType) -> ToolArguments | None:
    """The arguments of the tool that runs models of ``model_type``; None for a type no tool claims."""
    if model_type in PIXEL_TYPES:
        return PIXEL_ARGUMENTS
    if model_type in DETECTION_TYPES:
        return DETECTION_ARGUMENTS
    if model_type == ModelType.OBJECT_CLASSIFICATION:
        return OBJECT_ARGUMENTS
    return None


def model_argument_defaults(model_type: ModelType, facts: ModelFacts) -> dict[str, Any]:
    """The defaults of a model's Arguments table (``ModelDefinition.argument_defaults``).

    A model of a type no tool claims (unknown) gets every tool's arguments, so any tool
    can run it: object classification's first, then detection's, then the pixel tool's,
    a later tool's default winning for a shared name.
    """
    tool = tool_arguments(model_type)
    if tool is not None:
        return tool.defaults(facts)
    merged: dict[str, Any] = {}
    for tool in (OBJECT_ARGUMENTS, DETECTION_ARGUMENTS, PIXEL_ARGUMENTS):
        merged.update(tool.defaults(facts))
    return merged


def argument_kinds() -> Mapping[str, Kind]:
    """The kind of every argument name any tool has (a name has the same kind in every tool)."""
    return {spec.name: spec.kind for tool in TOOLS for spec in tool.arguments}
