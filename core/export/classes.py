"""The classes of an export drawn from the attributes of labelled samples.

A vector layer of samples names its class value field, or has one called
``classvalue`` or ``value`` (any case); a ``classname`` field names the classes
and ``red``/``green``/``blue`` fields colour them. Without a value field every
sample is class 1. The tool reads the features; the choice of fields and the
reading of their values are here, so they are tested without QGIS.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .metadata import ExportClass

#: The colour fields, in RGB order.
COLOR_FIELDS = ("red", "green", "blue")


class UnknownFieldError(ValueError):
    """The class value field the user named is not a field of the layer; the tool words the message."""

    def __init__(self, field: str, fields: Sequence[str]) -> None:
        super().__init__(field)
        self.field = field
        self.fields = list(fields)


class ClassValueError(ValueError):
    """A sample's class value is not a whole number >= 0; the tool words the message."""

    def __init__(self, field: str, raw: Any) -> None:
        super().__init__(field)
        self.field = field
        self.raw = raw


@dataclass(frozen=True)
class ClassFields:
    """The layer's fields that hold each sample's class value, class name and colour."""

    #: The class value field; empty when every sample is class 1.
    value: str
    name: str | None = None
    #: The red, green and blue fields, or None unless the layer has all three.
    rgb: tuple[str, str, str] | None = None

    def wanted(self) -> list[str]:
        """The fields to read from each feature."""
        return [name for name in (self.value, self.name, *(self.rgb or ())) if name]


def class_fields(field_names: Sequence[str], value_field: str = "") -> ClassFields:
    """The class fields of a layer with ``field_names``, the value field given by the user or found.

    Raises :class:`UnknownFieldError` when ``value_field`` is given but not a field of the layer.
    """
    names = list(field_names)
    lower = {name.lower(): name for name in names}
    if value_field and value_field not in names:
        raise UnknownFieldError(value_field, names)
    if not value_field:
        value_field = lower.get("classvalue") or lower.get("value") or ""
    rgb = [lower.get(color) for color in COLOR_FIELDS]
    return ClassFields(value_field, lower.get("classname"), tuple(rgb) if None not in rgb else None)


def class_value(raw: Any, field: str) -> int:
    """A class value read from ``field``: a whole number >= 0, else :class:`ClassValueError`."""
    try:
        value = int(float(raw))
        if value != float(raw) or value < 0:
            raise ValueError
    except (TypeError, ValueError):
        raise ClassValueError(field, raw) from None
    return value


def classes_from_rows(
    rows: Sequence[Mapping[str, Any]], fields: ClassFields
) -> tuple[list[ExportClass], list[int]]:
    """The classes in value order, and each row's class value.

    A class takes its name and colour from the first row of its value; a class
    without a name is named after its value. Raises :class:`ClassValueError` at
    the first value that is not a whole number >= 0.
    """
    classes: dict[int, ExportClass] = {}
    values = []
    for attributes in rows:
        value = class_value(attributes.get(fields.value, 1), fields.value) if fields.value else 1
        values.append(value)
        if value not in classes:
            name = attributes.get(fields.name) if fields.name else None
            rgb = fields.rgb
            color = (
                tuple(int(attributes[c]) for c in rgb)
                if rgb is not None and all(attributes.get(c) is not None for c in rgb)
                else None
            )
            classes[value] = ExportClass(value, str(name) if name else str(value), color)
    return [classes[value] for value in sorted(classes)], values


def raster_export_classes(
    table: Sequence[tuple[int, str, tuple[int, int, int] | None]],
) -> list[ExportClass]:
    """The export classes of a class raster's (value, name, colour) table."""
    return [ExportClass(value, name, color) for value, name, color in table]
