"""The tools' "Arguments" Name/Value table: parsing, typing and checks, derived from the argument specs.

The table is typed by the model's defaults (``ModelDefinition.argument_defaults``):
each value is converted to the type of its default (tile_size and merge_policy to
their spec's kind), so a bad entry is reported by name before any work starts
(docs/FORMATS.md section 4). Each tool's checked arguments (:class:`PixelArguments`,
:class:`DetectionArguments`, :class:`ObjectArguments`) are built and range-checked
from its spec in ``core.model.argument_spec``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import ModelInputError
from .argument_spec import (
    DETECTION_ARGUMENTS,
    MAX_BATCH_SIZE,
    MAX_TILE_SIZE,
    OBJECT_ARGUMENTS,
    PIXEL_ARGUMENTS,
    TOOLS,
    ArgumentSpec,
    Kind,
    ToolArguments,
    argument_kinds,
    definition_facts,
)
from .definition import ModelDefinition
from .preprocess import tile_size_needed

#: Arguments whose values are read by their kind rather than by the type of their default.
_KINDS = {name: kind for name, kind in argument_kinds().items() if kind in (Kind.TILE_SIZE, Kind.CHOICE)}
_CHOICES = {spec.name: spec.choices for tool in TOOLS for spec in tool.arguments if spec.kind is Kind.CHOICE}

_TRUE = frozenset({"true", "1", "yes", "y", "on", "t"})
_FALSE = frozenset({"false", "0", "no", "n", "off", "f"})


def _key(name: str) -> str:
    """Canonical argument name: case-insensitive, spaces and hyphens read as underscores."""
    return "_".join(str(name).strip().lower().replace("-", " ").split())


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def matrix_to_rows(values: Sequence[Any]) -> list[tuple[str, Any]]:
    """Pairs ``(name, value)`` from a QGIS matrix parameter's flat ``[name, value, name, value, ...]``."""
    if len(values) % 2:
        raise ModelInputError(
            "The arguments table has {count} cells; it needs two columns, Name and Value.",
            count=len(values),
        )
    return [(str(values[i]), values[i + 1]) for i in range(0, len(values), 2)]


def _rows(rows: Iterable[Any] | Mapping[str, Any]) -> list[tuple[str, Any]]:
    """Rows from a mapping, from (name, value) pairs, or from a flat matrix value."""
    if isinstance(rows, Mapping):
        return [(str(name), value) for name, value in rows.items()]
    items = list(rows)
    if items and all(isinstance(item, (str, int, float, bool)) or item is None for item in items):
        return matrix_to_rows(items)
    pairs = []
    for item in items:
        if isinstance(item, (str, bytes)) or not isinstance(item, Sequence) or len(item) != 2:
            raise ModelInputError(
                "Each model argument must be a (name, value) pair, got {item!r}.", item=item
            )
        pairs.append((str(item[0]), item[1]))
    return pairs


def parse_tile_size(value: Any) -> tuple[int, int] | None:
    """``(height, width)`` of a tile_size value: ``N`` (square) or ``W,H`` (also ``WxH``); None when
    the text is neither. Sizes are not range-checked here (see :func:`check_tiling`)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value, value
    if isinstance(value, (tuple, list)) and len(value) == 2:
        parts = [str(v) for v in value]
    else:
        text = str(value).strip().lower().replace("x", ",").replace(" ", "")
        parts = [part for part in text.split(",")] if "," in text else [text]
    numbers = []
    for part in parts:
        try:
            number = float(part)
        except ValueError:
            return None
        if not math.isfinite(number) or not number.is_integer():
            return None
        numbers.append(int(number))
    if len(numbers) == 1:
        return numbers[0], numbers[0]
    if len(numbers) == 2:
        return numbers[1], numbers[0]
    return None


def tile_size_text(height: int, width: int) -> int | str:
    """The tile_size argument value of a tile: ``N`` when square, else ``"W,H"``."""
    return height if height == width else f"{width},{height}"


def tile_text(shape: tuple[int, int]) -> str:
    """A tile ``(height, width)`` for the log: ``N`` when square, else ``W x H``."""
    height, width = shape
    return str(height) if height == width else f"{width} x {height}"


def _expected(default: Any, name: str) -> str:
    if _KINDS.get(name) is Kind.TILE_SIZE:
        return "a number of pixels N (square tiles) or W,H (width, height), e.g. 256, 800,608 or 800x608"
    if _KINDS.get(name) is Kind.CHOICE:
        return f"one of {', '.join(_CHOICES[name])}"
    if isinstance(default, bool):
        return "true or false (yes/no and 1/0 work too)"
    if isinstance(default, int):
        return "an integer"
    if isinstance(default, float):
        return "a number"
    return "a text"


def _convert(name: str, value: Any, default: Any) -> Any:
    """``value`` as the type of ``default``, or None when it cannot be."""
    if _KINDS.get(name) is Kind.TILE_SIZE:
        shape = parse_tile_size(value)
        return None if shape is None else tile_size_text(*shape)
    if _KINDS.get(name) is Kind.CHOICE:
        text = str(value).strip().lower()
        return text if text in _CHOICES[name] else None
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        return True if text in _TRUE else False if text in _FALSE else None
    if isinstance(default, (int, float)):
        if isinstance(value, bool):
            return None
        if isinstance(default, int) and isinstance(value, int):
            return value
        text = str(value).strip()
        if isinstance(default, int):
            try:
                return int(text)
            except ValueError:
                pass
        try:
            number = float(text)
        except ValueError:
            return None
        if not math.isfinite(number):
            return None
        if isinstance(default, int):
            return int(number) if number.is_integer() else None
        return number
    return value if isinstance(value, str) else str(value)


def parse_model_arguments(
    rows: Iterable[Any] | Mapping[str, Any], defaults: Mapping[str, Any]
) -> dict[str, Any]:
    """All arguments of ``defaults``, overridden by the typed values of ``rows``.

    Names are case-insensitive; a row with a blank value keeps the default and
    a fully blank row is ignored. Unknown or repeated names and values that do
    not convert raise :class:`ModelInputError` naming the argument.
    """
    known = {_key(name): name for name in defaults}
    parsed = dict(defaults)
    seen: set[str] = set()
    for raw_name, value in _rows(rows):
        if _blank(raw_name):
            if _blank(value):
                continue
            raise ModelInputError(
                "The model argument value '{value}' has no name. Name it or remove the row.", value=value
            )
        key = _key(raw_name)
        name = known.get(key)
        if name is None:
            raise ModelInputError(
                "Unknown model argument '{name}'. The known arguments are: {known}.",
                name=raw_name.strip(),
                known=", ".join(defaults) or "none",
            )
        if key in seen:
            raise ModelInputError("The model argument '{name}' is given twice. Keep one row.", name=name)
        seen.add(key)
        if _blank(value):
            continue
        converted = _convert(key, value, defaults[name])
        if converted is None:
            raise ModelInputError(
                "The model argument '{name}' must be {expected}, got '{value}'.",
                name=name,
                expected=_expected(defaults[name], key),
                value=value,
            )
        parsed[name] = converted
    return parsed


def matrix_text(value: Any) -> str:
    """A value as the Arguments table holds it: booleans in lower case, a tile size (W, H) as 'W,H'."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, tuple | list):
        return ",".join(matrix_text(item) for item in value)
    return "" if value is None else str(value)


def arguments_to_matrix(defaults: Mapping[str, Any]) -> list[str]:
    """``defaults`` as the flat ``[name, value, name, value, ...]`` of a QGIS matrix parameter."""
    cells: list[str] = []
    for name, value in defaults.items():
        cells += [str(name), matrix_text(value)]
    return cells


class TileGeometry:
    """What the tiled tools' arguments say about a tile: its shape and the central part it owns.

    Mixed into frozen dataclasses with ``padding``, ``tile_size`` (rows) and ``tile_width`` (columns,
    0 when built: square tiles).
    """

    padding: int
    tile_size: int
    tile_width: int

    def __post_init__(self) -> None:
        if not self.tile_width:
            object.__setattr__(self, "tile_width", self.tile_size)

    @property
    def core_size(self) -> int:
        """Side of a tile's central part, the pixels each tile is responsible for (its height)."""
        return self.tile_size - 2 * self.padding

    @property
    def tile_shape(self) -> tuple[int, int]:
        """``(height, width)`` of a tile."""
        return self.tile_size, self.tile_width


@dataclass(frozen=True)
class PixelArguments(TileGeometry):
    """The checked arguments of Classify Pixels Using Deep Learning."""

    padding: int
    batch_size: int
    predict_background: bool
    test_time_augmentation: bool
    merge_policy: str
    tile_size: int
    threshold: float
    return_probability_raster: bool
    #: Columns of a tile; ``tile_size`` is its rows. 0 when built: square tiles.
    tile_width: int = 0


@dataclass(frozen=True)
class DetectionArguments(TileGeometry):
    """The checked arguments of Detect Objects Using Deep Learning."""

    padding: int
    threshold: float
    nms_overlap: float
    batch_size: int
    exclude_pad_detections: bool
    test_time_augmentation: bool
    tile_size: int
    #: Columns of a tile; ``tile_size`` is its rows. 0 when built: square tiles.
    tile_width: int = 0
    nms_class_agnostic: bool = False


@dataclass(frozen=True)
class ObjectArguments:
    """The checked arguments of Classify Objects Using Deep Learning."""

    batch_size: int
    test_time_augmentation: bool
    score_threshold: float


#: The checked-arguments class of each tool's spec.
ARGUMENT_CLASSES: dict[str, type] = {
    PIXEL_ARGUMENTS.key: PixelArguments,
    DETECTION_ARGUMENTS.key: DetectionArguments,
    OBJECT_ARGUMENTS.key: ObjectArguments,
}
#: Arguments a tiled tool checks together in :func:`check_tiling`.
_TILING = frozenset({"padding", "tile_size", "batch_size"})
_CONVERT = {
    Kind.INTEGER: int,
    Kind.NUMBER: float,
    Kind.BOOLEAN: bool,
    Kind.CHOICE: lambda value: str(value).strip().lower(),
}


def pixel_arguments(parsed: Mapping[str, Any], definition: ModelDefinition) -> PixelArguments:
    """Typed, validated pixel-classification arguments; ModelInputError says what to change."""
    return tool_arguments(PIXEL_ARGUMENTS, parsed, definition)


def detection_arguments(parsed: Mapping[str, Any], definition: ModelDefinition) -> DetectionArguments:
    """Typed, validated detection arguments (``merge_policy`` is not used: TTA merges by NMS)."""
    return tool_arguments(DETECTION_ARGUMENTS, parsed, definition)


def object_arguments(parsed: Mapping[str, Any], definition: ModelDefinition) -> ObjectArguments:
    """Typed, validated object-classification arguments; ModelInputError says what to change."""
    return tool_arguments(OBJECT_ARGUMENTS, parsed, definition)


def tool_arguments(tool: ToolArguments, parsed: Mapping[str, Any], definition: ModelDefinition) -> Any:
    """The checked arguments of ``tool`` (its class in :data:`ARGUMENT_CLASSES`) from parsed table values.

    Each argument the tool lists is taken from ``parsed``, else from the model's
    defaults, else from its spec's default rule applied to ``definition``. Values are
    converted to their spec's kind and checked against its range and choices;
    ModelInputError says what to change.
    """
    values = _tool_values(tool, parsed, definition)
    typed: dict[str, Any] = {}
    for spec in tool.listed:
        if spec.kind is Kind.TILE_SIZE:
            typed[spec.name], typed["tile_width"] = tile_shape_argument(values[spec.name])
    try:
        for spec in tool.listed:
            if spec.kind is not Kind.TILE_SIZE:
                typed[spec.name] = _CONVERT[spec.kind](values[spec.name])
        args = ARGUMENT_CLASSES[tool.key](**typed)
    except (TypeError, ValueError) as exc:
        raise ModelInputError("A model argument has a value of the wrong type: {error}.", error=exc) from exc
    _check(tool, args, definition)
    return args


def _tool_values(tool: ToolArguments, parsed: Mapping[str, Any], definition: ModelDefinition) -> dict:
    """The raw value of each argument ``tool`` lists: the user's, else the model's default, else its
    spec's rule."""
    defaults = definition.argument_defaults
    facts = None
    values = {}
    for spec in tool.listed:
        if spec.name in parsed:
            values[spec.name] = parsed[spec.name]
        elif spec.name in defaults:
            values[spec.name] = defaults[spec.name]
        else:  # a definition built without the tool's defaults
            facts = facts or definition_facts(definition)
            values[spec.name] = spec.default_for(facts)
    return values


def _fixed_size(definition: ModelDefinition) -> tuple[int | None, int | None]:
    shape = definition.input.shape if definition.inputs else ()
    if len(shape) != 4:
        return None, None
    return shape[2], shape[3]


def tile_shape_argument(value: Any) -> tuple[int, int]:
    """``(height, width)`` of a tile_size argument value; ModelInputError when it is neither N nor W,H."""
    shape = parse_tile_size(value)
    if shape is None:
        raise ModelInputError(
            "The model argument 'tile_size' must be {expected}, got '{value}'.",
            expected=_expected(0, "tile_size"),
            value=value,
        )
    return shape


def check_tiling(
    padding: int, tile_size: int, batch_size: int, definition: ModelDefinition, tile_width: int = 0
) -> None:
    """Refuse tiling arguments that cannot work: shared by every tool that tiles a raster.

    ``tile_size`` is the tile's height and ``tile_width`` its width (0: square).
    """
    tile_width = tile_width or tile_size
    shown = str(tile_size) if tile_width == tile_size else f"{tile_width},{tile_size} (width, height)"
    if padding < 0:
        raise ModelInputError("The padding must be 0 or more, got {padding}.", padding=padding)
    for side in (tile_size, tile_width):
        if not 0 < side <= MAX_TILE_SIZE:
            raise ModelInputError(
                "The tile size must be between 1 and {max_tile_size}, got {shown}.",
                max_tile_size=MAX_TILE_SIZE,
                shown=shown,
            )
    short = min(tile_size, tile_width)
    if short <= 2 * padding:
        raise ModelInputError(
            "The tile size must be larger than twice the padding: tile_size {tile_size} with "
            "padding {padding}. Lower the padding below {limit} or raise the tile size.",
            tile_size=shown,
            padding=padding,
            limit=(short + 1) // 2,
        )
    if not 1 <= batch_size <= MAX_BATCH_SIZE:
        raise ModelInputError(
            "The batch size must be between 1 and {max_batch_size}, got {batch_size}.",
            max_batch_size=MAX_BATCH_SIZE,
            batch_size=batch_size,
        )
    height, width = _fixed_size(definition)
    fixed_h = height if height is not None else (width if tile_width == tile_size else None)
    fixed_w = width if width is not None else (height if tile_width == tile_size else None)
    needed = tile_size_needed(fixed_h, fixed_w, tile_size, tile_width)
    if needed is not None:
        model_h, model_w = needed
        wanted = str(model_h) if model_h == model_w else f"{model_w},{model_h}"
        raise ModelInputError(
            "The model takes tiles of {width} x {height} pixels (width x height) but tile_size is "
            "{tile_size}. Set tile_size to {wanted}.",
            width=model_w,
            height=model_h,
            tile_size=shown,
            wanted=wanted,
        )


def _check(tool: ToolArguments, args: Any, definition: ModelDefinition) -> None:
    """Refuse arguments outside their spec's range or choices: the tiling ones together, then the others."""
    if tool.tiled:
        check_tiling(args.padding, args.tile_size, args.batch_size, definition, args.tile_width)
    for spec in tool.listed:
        if tool.tiled and spec.name in _TILING:
            continue
        if (spec.low is not None or spec.high is not None) and not spec.in_range(getattr(args, spec.name)):
            raise _out_of_range(tool, spec, getattr(args, spec.name))
    for spec in tool.listed:
        value = getattr(args, spec.name)
        if spec.choices and value not in spec.choices:
            raise ModelInputError(  # merge_policy is the only choice argument
                "The merge_policy must be one of {merge_policies}, got '{merge_policy}'.",
                merge_policies=", ".join(spec.choices),
                merge_policy=value,
            )


def _out_of_range(tool: ToolArguments, spec: ArgumentSpec, value: Any) -> ModelInputError:
    """The error for a value outside its range, in the words (and translated templates) each tool has
    always used."""
    if spec.name == "batch_size":
        return ModelInputError(
            "The batch size must be between 1 and {max_batch_size}, got {batch_size}.",
            max_batch_size=MAX_BATCH_SIZE,
            batch_size=value,
        )
    if spec.name == "score_threshold":
        return ModelInputError(
            "The score_threshold must be between 0 and 1, got {score_threshold}.", score_threshold=value
        )
    if tool is PIXEL_ARGUMENTS and spec.name == "threshold":
        return ModelInputError("The threshold must be between 0 and 1, got {value}.", value=value)
    return ModelInputError("The {name} must be between 0 and 1, got {value}.", name=spec.name, value=value)
