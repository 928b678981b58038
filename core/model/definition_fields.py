"""Typed parsers of model-definition values: each checks one JSON value and raises
ModelDefinitionError naming the key, the bad value and the file.

A parser is called as ``parse(key, value, where)`` and returns the parsed value
(None meaning "treat as absent"); :class:`Fields` feeds it the keys of a JSON object.
"""

from __future__ import annotations

import ast
import json
import math
import re
from typing import Any

from ..errors import ModelDefinitionError
from .definition import ClassInfo

_INT_TEXT = re.compile(r"^\s*[+-]?\d{1,18}\s*$")


# --------------------------------------------------------------------------- typed values


class Fields:
    """Typed access to a JSON object's keys, remembering which were used.

    Esri keys are matched case-insensitively (an exact match wins) so that
    'imageheight' is not silently ignored; null values count as absent.
    """

    def __init__(self, data: dict, where: str, case_insensitive: bool = True) -> None:
        self.data = data
        self.where = where
        self.used: set[str] = set()
        self.lower: dict[str, list[str]] = {}
        if case_insensitive:
            for name in data:
                self.lower.setdefault(name.lower(), []).append(name)

    def take(self, key: str, parse, label: str | None = None) -> tuple[str, Any] | None:
        """``(key, parsed value)``, or None when the key is absent or null."""
        names = [key] if key in self.data else self.lower.get(key.lower(), [])
        self.used.update(self.lower.get(key.lower(), [key]))
        if not names:
            return None
        actual = names[0]
        value = self.data[actual]
        if value is None:
            return None
        shown = f"{label}.{actual}" if label else actual
        parsed = parse(shown, value, self.where)
        return None if parsed is None else (shown, parsed)

    def extra(self) -> dict[str, Any]:
        """The keys never taken, with their values (null ones included)."""
        return {name: value for name, value in self.data.items() if name not in self.used}


def int_in(low: int | None, high: int | None):
    """Parser of an integer in [low, high] (JSON int, integral float, or a string of digits)."""

    def parse(key: str, value: Any, where: str) -> int:
        if low == 1 and high:
            expected = f"a positive integer (at most {high})"
        elif low == 0 and high is None:
            expected = "an integer >= 0"
        else:
            expected = f"an integer between {low} and {high}"
        number = as_int(value)
        if number is None or (low is not None and number < low) or (high is not None and number > high):
            raise invalid(where, key, value, expected)
        return number

    return parse


def number_in(
    low: float | None,
    high: float | None,
    lower_open: bool = False,
    upper_open: bool = False,
    text: str = "a number",
):
    """Parser of a finite number in [low, high] (ends excluded where open); ``text`` names it in messages."""

    def parse(key: str, value: Any, where: str) -> float:
        number = as_float(value)
        if (
            number is None
            or (low is not None and (number < low or (lower_open and number == low)))
            or (high is not None and (number > high or (upper_open and number == high)))
        ):
            raise invalid(where, key, value, text)
        return number

    return parse


#: Parser of a number between 0 and 1 (thresholds).
FRACTION = number_in(0.0, 1.0, text="a number between 0 and 1")


def number_list(key: str, value: Any, where: str) -> tuple[float, ...]:
    """A number or a non-empty list of numbers, as a tuple of floats."""
    if is_number(value):
        return (float(value),)
    if not isinstance(value, list) or not value or not all(is_number(v) for v in value):
        raise invalid(where, key, value, "a non-empty list of numbers")
    return tuple(float(v) for v in value)


def string(key: str, value: Any, where: str) -> str:
    """A JSON string, kept as it is."""
    if not isinstance(value, str):
        raise invalid(where, key, value, "a string")
    return value


def boolean(key: str, value: Any, where: str) -> bool:
    """true/false, 0/1, or the strings "0", "1", "true", "false" (any case)."""
    if isinstance(value, bool):
        return value
    if is_int(value) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in ("0", "1", "true", "false"):
        return value.strip().lower() in ("1", "true")
    raise invalid(where, key, value, "0, 1, true or false")


def as_int(value: Any) -> int | None:
    """``value`` as an int (int, integral float or string of digits), else None."""
    if is_int(value):
        return int(value)
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str) and _INT_TEXT.match(value):
        return int(value)
    return None


def as_float(value: Any) -> float | None:
    """``value`` as a finite float (number or numeric string), else None."""
    if is_number(value):
        return float(value)
    if isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None


def is_int(value: Any) -> bool:
    """True for a JSON integer (an int that is not a bool)."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: Any) -> bool:
    """True for a finite int or float that is not a bool."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


def value_of(entry: tuple[str, Any] | None) -> Any:
    """The parsed value of a :meth:`Fields.take` entry, or None when absent."""
    return entry[1] if entry else None


def value_or(entry: tuple[str, Any] | None, default: Any) -> Any:
    """The parsed value of a :meth:`Fields.take` entry, or ``default`` when absent."""
    return entry[1] if entry else default


# --------------------------------------------------------------------------- messages


def invalid(where: str, key: str, value: Any, expected: str) -> ModelDefinitionError:
    """The error for ``key`` = ``value`` in ``where``, which must be ``expected``."""
    return ModelDefinitionError(
        "In {where}, {key} has the invalid value {value}: it must be {expected}. "
        "Correct {key} and load the model again.",
        where=where,
        key=key,
        value=short(value),
        expected=expected,
    )


def short(value: Any) -> str:
    """``value`` as JSON (else repr), cut to 80 characters for messages."""
    try:
        text = json.dumps(value)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


# --------------------------------------------------------------------------- field parsers


def stats_dict(key: str, value: Any, where: str) -> dict | None:
    """Esri NormalizationStats object; None when it holds none of the used lists."""
    if not isinstance(value, dict):
        raise invalid(where, key, value, "a JSON object with band_min_values, band_max_values, ...")
    used = ("band_min_values", "band_max_values", "scaled_mean_values", "scaled_std_values")
    if all(value.get(name) is None for name in used):
        return None
    return value


def classes(key: str, value: Any, where: str) -> tuple[ClassInfo, ...]:
    """Esri Classes: a list of {"Value", "Name", "Color"} objects with distinct values."""
    if not isinstance(value, list):
        raise invalid(where, key, value, 'a list of {"Value", "Name", "Color"} objects')
    found: list[ClassInfo] = []
    seen: dict[int, str] = {}
    for index, item in enumerate(value):
        item_key = f"{key}[{index}]"
        if not isinstance(item, dict):
            raise invalid(where, item_key, item, 'an object {"Value": 1, "Name": "...", "Color": [r, g, b]}')
        fields = Fields(item, where)
        number = fields.take("Value", int_in(0, None), item_key) or fields.take(
            "ClassValue", int_in(0, None), item_key
        )
        if number is None:
            raise invalid(where, item_key, item, 'an object with an integer "Value"')
        name = fields.take("Name", string, item_key) or fields.take("ClassName", string, item_key)
        colour = fields.take("Color", color, item_key)
        class_value = number[1]
        label = name[1] if name else f"Class {class_value}"
        if class_value in seen:
            raise invalid(
                where, item_key, item, f"a class with its own Value ({class_value} is already used by "
                f"'{seen[class_value]}')",
            )  # fmt: skip
        seen[class_value] = label
        found.append(ClassInfo(class_value, label, colour[1] if colour else None))
    return tuple(found)


def color(key: str, value: Any, where: str) -> tuple[int, int, int] | None:
    """An [r, g, b] colour of 0-255 integers; [-1, -1, -1] (no colour) gives None."""
    expected = "[r, g, b] with integers 0-255, or [-1, -1, -1] for no colour"
    if not isinstance(value, list) or len(value) != 3 or not all(is_int(c) for c in value):
        raise invalid(where, key, value, expected)
    if value == [-1, -1, -1]:
        return None
    if not all(0 <= c <= 255 for c in value):
        raise invalid(where, key, value, expected)
    return (int(value[0]), int(value[1]), int(value[2]))


def band_list(key: str, value: Any, where: str) -> tuple[int, ...]:
    """Non-empty list of distinct 0-based band indexes (ExtractBands)."""
    expected = "a non-empty list of distinct 0-based band indexes, e.g. [0, 1, 2]"
    if not isinstance(value, list) or not value:
        raise invalid(where, key, value, expected)
    bands = tuple(as_int(item) for item in value)
    if any(band is None or band < 0 for band in bands) or len(set(bands)) != len(bands):
        raise invalid(where, key, value, expected)
    return bands  # type: ignore[return-value]


def data_range(key: str, value: Any, where: str) -> tuple[float, float]:
    """[min, max] with max > min (DataRange)."""
    expected = "[min, max] with two numbers and max > min"
    if not isinstance(value, list) or len(value) != 2 or not all(is_number(v) for v in value):
        raise invalid(where, key, value, expected)
    low, high = float(value[0]), float(value[1])
    if not high > low:
        raise invalid(where, key, value, expected)
    return low, high


def image_space(key: str, value: Any, where: str) -> str:
    """Image space: "MAP_SPACE" or "PIXEL_SPACE" (any case), returned upper-cased."""
    if isinstance(value, str) and value.strip().upper() in ("MAP_SPACE", "PIXEL_SPACE"):
        return value.strip().upper()
    raise invalid(where, key, value, '"MAP_SPACE" or "PIXEL_SPACE"')


def cell_size(key: str, value: Any, where: str) -> float | None:
    """A cell size >= 0 or {"x": size, ...}; 0 gives None."""
    if isinstance(value, dict):
        key, value = f"{key}.x", value.get("x")
    if not is_number(value) or float(value) < 0:
        raise invalid(where, key, value, 'a cell size >= 0 in map units, or {"x": size, "y": size}')
    return float(value) or None


def configuration(key: str, value: Any, where: str) -> str:
    """ModelConfiguration: a string, or the Name of an object."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        name = value.get("Name", "")
        if isinstance(name, str):
            return name
        raise invalid(where, f"{key}.Name", name, "a string")
    raise invalid(where, key, value, 'a string or an object {"Name": ...}')


def class_names_per_output(key: str, value: Any, where: str) -> tuple[tuple[ClassInfo, ...], ...]:
    """Deepness class_names, one class list per model output: a list holding one object per output
    (``[{"0": "Coffee"}]``, as Deepness writes for several heads), or one list/object for all."""
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        return tuple(class_names(f"{key}[{index}]", item, where) for index, item in enumerate(value))
    return (class_names(key, value, where),)


def class_names(key: str, value: Any, where: str) -> tuple[ClassInfo, ...]:
    """Deepness class_names: a list of names, or an object keyed by class index."""
    expected = 'a list of names or an object {"0": "name", ...} keyed by class index'
    if isinstance(value, list):
        pairs = list(enumerate(value))
    elif isinstance(value, dict):
        if not all(_INT_TEXT.match(k) and int(k) >= 0 for k in value):
            raise invalid(where, key, value, expected)
        pairs = sorted((int(k), v) for k, v in value.items())
    else:
        raise invalid(where, key, value, expected)
    if len({index for index, _ in pairs}) != len(pairs):
        raise invalid(where, key, value, "an object whose keys are distinct class indexes")
    if not all(isinstance(name, (str, int, float)) and not isinstance(name, bool) for _, name in pairs):
        raise invalid(where, key, value, expected)
    return tuple(ClassInfo(index, str(name)) for index, name in pairs)


# --------------------------------------------------------------------------- Ultralytics metadata

#: Longest Python literal read from ONNX metadata (a names dict of thousands of classes fits).
_MAX_LITERAL = 1_000_000


def python_literal(key: str, value: Any, where: str) -> Any:
    """A Python literal such as Ultralytics' ``{0: 'person', 1: 'car'}``, parsed safely (never eval'd)."""
    if not isinstance(value, str):
        return value
    if len(value) > _MAX_LITERAL:
        raise invalid(where, key, value, f"a Python literal shorter than {_MAX_LITERAL} characters")
    try:
        return ast.literal_eval(value.strip())
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        raise invalid(where, key, value, "a Python literal such as {0: 'person', 1: 'car'}") from None


def ultralytics_names(key: str, value: Any, where: str) -> tuple[ClassInfo, ...]:
    """Ultralytics ``names``: a dict literal {index: name} (or a list of names)."""
    parsed = python_literal(key, value, where)
    if isinstance(parsed, dict):
        parsed = {str(k): v for k, v in parsed.items()}
    return class_names(key, parsed, where)


def image_size(key: str, value: Any, where: str) -> tuple[int, int]:
    """Ultralytics ``imgsz``: one size or [height, width], returned as (height, width)."""
    parsed = python_literal(key, value, where)
    if isinstance(parsed, (list, tuple)) and len(parsed) == 1:
        parsed = parsed[0]
    if not isinstance(parsed, (list, tuple)):
        parsed = [parsed, parsed]
    sizes = [as_int(item) for item in parsed]
    if len(sizes) != 2 or any(size is None or not 1 <= size <= 32768 for size in sizes):
        raise invalid(where, key, value, "a tile size or [height, width] of positive integers")
    return sizes[0], sizes[1]  # type: ignore[return-value]


def channel_list(key: str, value: Any, where: str) -> tuple[int, ...]:
    """arcgis.learn's ignore_mapped_class: a list of distinct output channel indexes (0 is the background
    channel), sorted; an empty list means none."""
    expected = "a list of distinct output channel indexes >= 0, e.g. [0, 3] (channel 0 is the background)"
    if not isinstance(value, list):
        raise invalid(where, key, value, expected)
    channels = tuple(as_int(item) if not isinstance(item, bool) else None for item in value)
    if any(channel is None or channel < 0 for channel in channels) or len(set(channels)) != len(channels):
        raise invalid(where, key, value, expected)
    return tuple(sorted(channels))  # type: ignore[arg-type]
