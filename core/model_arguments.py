"""The tools' "Arguments" Name/Value table: parsing, typing, defaults and the pixel tool's checks.

The table is typed by the model's defaults (``ModelDefinition.argument_defaults``):
each value is converted to the type of its default, so a bad entry is reported
by name before any work starts (FORMATS.md section 4).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .errors import ModelInputError
from .model_definition import ModelDefinition
from .model_loader import MAX_BATCH_SIZE, MAX_TILE_SIZE

#: Ways to merge the predictions of test-time augmentation.
MERGE_POLICIES = ("mean", "max", "min")

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
            f"The arguments table has {len(values)} cells; it needs two columns, Name and Value."
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
            raise ModelInputError(f"Each model argument must be a (name, value) pair, got {item!r}.")
        pairs.append((str(item[0]), item[1]))
    return pairs


def _expected(default: Any, name: str) -> str:
    if name == "merge_policy":
        return f"one of {', '.join(MERGE_POLICIES)}"
    if isinstance(default, bool):
        return "true or false (yes/no and 1/0 work too)"
    if isinstance(default, int):
        return "an integer"
    if isinstance(default, float):
        return "a number"
    return "a text"


def _convert(name: str, value: Any, default: Any) -> Any:
    """``value`` as the type of ``default``, or None when it cannot be."""
    if name == "merge_policy":
        text = str(value).strip().lower()
        return text if text in MERGE_POLICIES else None
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


def _matrix_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return "" if value is None else str(value)


def arguments_to_matrix(defaults: Mapping[str, Any]) -> list[str]:
    """``defaults`` as the flat ``[name, value, name, value, ...]`` of a QGIS matrix parameter."""
    cells: list[str] = []
    for name, value in defaults.items():
        cells += [str(name), _matrix_text(value)]
    return cells


@dataclass(frozen=True)
class PixelArguments:
    """The checked arguments of Classify Pixels Using Deep Learning."""

    padding: int
    batch_size: int
    predict_background: bool
    test_time_augmentation: bool
    merge_policy: str
    tile_size: int
    threshold: float
    return_probability_raster: bool

    @property
    def core_size(self) -> int:
        """Side of a tile's central part, the pixels each tile is responsible for."""
        return self.tile_size - 2 * self.padding


def _fixed_size(definition: ModelDefinition) -> tuple[int | None, int | None]:
    shape = definition.input.shape if definition.inputs else ()
    if len(shape) != 4:
        return None, None
    return shape[2], shape[3]


def pixel_arguments(parsed: Mapping[str, Any], definition: ModelDefinition) -> PixelArguments:
    """Typed, validated pixel-classification arguments; ModelInputError says what to change."""
    defaults = definition.argument_defaults
    values = {}
    for name in PixelArguments.__dataclass_fields__:
        if name in parsed:
            values[name] = parsed[name]
        elif name in defaults:
            values[name] = defaults[name]
        else:
            raise ModelInputError(f"The model argument '{name}' is missing.")
    try:
        args = PixelArguments(
            padding=int(values["padding"]),
            batch_size=int(values["batch_size"]),
            predict_background=bool(values["predict_background"]),
            test_time_augmentation=bool(values["test_time_augmentation"]),
            merge_policy=str(values["merge_policy"]).strip().lower(),
            tile_size=int(values["tile_size"]),
            threshold=float(values["threshold"]),
            return_probability_raster=bool(values["return_probability_raster"]),
        )
    except (TypeError, ValueError) as exc:
        raise ModelInputError(f"A model argument has a value of the wrong type: {exc}.") from exc
    _check_pixel(args, definition)
    return args


def check_tiling(padding: int, tile_size: int, batch_size: int, definition: ModelDefinition) -> None:
    """Refuse tiling arguments that cannot work: shared by every tool that tiles a raster."""
    if padding < 0:
        raise ModelInputError(f"The padding must be 0 or more, got {padding}.")
    if not 0 < tile_size <= MAX_TILE_SIZE:
        raise ModelInputError(f"The tile size must be between 1 and {MAX_TILE_SIZE}, got {tile_size}.")
    if tile_size <= 2 * padding:
        raise ModelInputError(
            "The tile size must be larger than twice the padding: tile_size {tile_size} with "
            "padding {padding}. Lower the padding below {limit} or raise the tile size.",
            tile_size=tile_size,
            padding=padding,
            limit=(tile_size + 1) // 2,
        )
    if not 1 <= batch_size <= MAX_BATCH_SIZE:
        raise ModelInputError(f"The batch size must be between 1 and {MAX_BATCH_SIZE}, got {batch_size}.")
    height, width = _fixed_size(definition)
    if height is not None and width is not None and height != width:
        raise ModelInputError(
            f"The model takes tiles of {height} x {width} pixels; this tool uses square tiles only."
        )
    fixed = height if height is not None else width
    if fixed is not None and fixed != tile_size:
        raise ModelInputError(
            "The model takes tiles of {fixed} x {fixed} pixels but tile_size is {tile_size}. "
            "Set tile_size to {fixed}.",
            fixed=fixed,
            tile_size=tile_size,
        )


def _check_pixel(args: PixelArguments, definition: ModelDefinition) -> None:
    check_tiling(args.padding, args.tile_size, args.batch_size, definition)
    if not 0.0 <= args.threshold <= 1.0:
        raise ModelInputError("The threshold must be between 0 and 1, got {value}.", value=args.threshold)
    if args.merge_policy not in MERGE_POLICIES:
        raise ModelInputError(
            f"The merge_policy must be one of {', '.join(MERGE_POLICIES)}, got '{args.merge_policy}'."
        )
