"""The logic of the model arguments table in the tool dialogs, free of Qt so it is tested without a window.

When the user picks a model, the table lists the tool's argument names with
that model's default values, as ArcGIS fills its Arguments table. A value the
user typed (one that is not the default filled in before) is kept.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..core.errors import RasterDLError
from ..core.model.loader import load_model_definition

Row = tuple[str, str]


def format_value(value: Any) -> str:
    """A default as the table shows it: true/false, integers without a decimal point, short floats."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}" if value == value else ""
    return str(value)


class ModelDefaults:
    """Reads a model's argument defaults, remembering the last model so typing a path stays cheap."""

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._defaults: dict[str, Any] = {}

    def __call__(self, source: str) -> dict[str, Any]:
        """The defaults of the model at ``source`` (a path or JSON text); empty when it cannot be read."""
        text = (source or "").strip()
        if not text:
            return {}
        key = (text, _mtime(text))
        if key != self._key:
            try:
                self._defaults = dict(load_model_definition(text).argument_defaults)
            except (RasterDLError, OSError, ValueError):
                self._defaults = {}
            self._key = key
        return dict(self._defaults)


def _mtime(text: str) -> float | None:
    if text.startswith("{"):
        return None
    try:
        return os.stat(Path(text).expanduser()).st_mtime
    except OSError:
        return None


def filled_rows(
    rows: Sequence[Row],
    tool_names: Sequence[str],
    defaults: Mapping[str, Any],
    previous_defaults: Mapping[str, Any],
) -> list[Row]:
    """The table after a model change: the tool's names with the new model's defaults, user values kept.

    A row's value counts as the user's when it is not empty and differs from the
    default filled in for the previous model. Rows the user added with other
    names stay, after the tool's names.
    """
    current = {name.strip(): value for name, value in rows if name.strip()}
    result = []
    for name in tool_names:
        value = str(current.pop(name, "") or "").strip()
        if value and value != format_value(previous_defaults.get(name)):
            result.append((name, value))
        else:
            result.append((name, format_value(defaults.get(name))))
    result += [(name, str(value or "")) for name, value in current.items()]
    return result


def rows_from_matrix(values: Sequence[Any] | None) -> list[Row]:
    """Rows from a matrix parameter value: flat [name, value, ...] or a list of pairs."""
    values = list(values or [])
    if values and all(isinstance(v, (list, tuple)) for v in values):
        return [(str(v[0] or ""), "" if v[1] is None else str(v[1])) for v in values if len(v) == 2]
    return [
        (str(values[i] or ""), "" if values[i + 1] is None else str(values[i + 1]))
        for i in range(0, len(values) - 1, 2)
    ]


def matrix_from_rows(rows: Sequence[Row]) -> list[str]:
    """The flat [name, value, ...] a matrix parameter takes; rows without a name are left out."""
    return [item for name, value in rows if name.strip() for item in (name.strip(), value.strip())]
