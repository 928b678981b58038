"""The export's classes from the attributes of labelled samples (no QGIS)."""

from __future__ import annotations

import pytest

from core.export.classes import (
    ClassFields,
    ClassValueError,
    UnknownFieldError,
    class_fields,
    class_value,
    classes_from_rows,
    raster_export_classes,
)
from core.export.metadata import ExportClass


def test_a_named_value_field_is_used_and_classname_and_colour_fields_are_found_in_any_case():
    fields = class_fields(["Kind", "ClassName", "RED", "Green", "blue"], "Kind")
    assert fields == ClassFields("Kind", "ClassName", ("RED", "Green", "blue"))
    assert fields.wanted() == ["Kind", "ClassName", "RED", "Green", "blue"]


@pytest.mark.parametrize(
    ("names", "found"),
    [(["id", "CLASSVALUE", "Value"], "CLASSVALUE"), (["id", "Value"], "Value"), (["id", "name"], "")],
)
def test_without_a_named_field_classvalue_then_value_is_taken(names, found):
    assert class_fields(names).value == found


def test_colours_need_all_three_fields():
    fields = class_fields(["value", "red", "green"])
    assert fields.rgb is None
    assert fields.wanted() == ["value"]


def test_an_unknown_value_field_is_refused_with_the_layer_fields():
    with pytest.raises(UnknownFieldError) as caught:
        class_fields(["id", "value"], "classvalue")
    assert (caught.value.field, caught.value.fields) == ("classvalue", ["id", "value"])


@pytest.mark.parametrize(("raw", "value"), [(3, 3), (2.0, 2), ("4", 4), ("5.0", 5), (0, 0)])
def test_whole_numbers_at_or_above_zero_are_class_values(raw, value):
    assert class_value(raw, "f") == value


@pytest.mark.parametrize("raw", [-1, 1.5, "car", None, "", float("nan")])
def test_other_values_are_refused_with_the_field_and_the_value(raw):
    with pytest.raises(ClassValueError) as caught:
        class_value(raw, "kind")
    assert caught.value.field == "kind"
    assert caught.value.raw is raw


def test_classes_are_sorted_by_value_and_named_and_coloured_by_their_first_row():
    rows = [
        {"v": 2, "n": "Tree", "r": 0, "g": 128, "b": 0},
        {"v": 1, "n": None, "r": None, "g": 0, "b": 0},
        {"v": 2, "n": "Other name", "r": 9, "g": 9, "b": 9},
        {"v": 7.0, "n": "Car", "r": 255.0, "g": 0, "b": 0},
    ]
    classes, values = classes_from_rows(rows, ClassFields("v", "n", ("r", "g", "b")))
    assert values == [2, 1, 2, 7]
    assert classes == [
        ExportClass(1, "1", None),
        ExportClass(2, "Tree", (0, 128, 0)),
        ExportClass(7, "Car", (255, 0, 0)),
    ]


def test_without_a_value_field_every_row_is_class_1():
    classes, values = classes_from_rows([{"n": "Palm"}, {"n": "Oak"}], ClassFields("", "n"))
    assert values == [1, 1]
    assert classes == [ExportClass(1, "Palm", None)]


def test_a_missing_value_in_the_value_field_is_refused():
    with pytest.raises(ClassValueError) as caught:
        classes_from_rows([{"v": 1}, {"v": None}], ClassFields("v"))
    assert (caught.value.field, caught.value.raw) == ("v", None)


def test_a_class_raster_table_becomes_export_classes():
    assert raster_export_classes([(1, "Water", (0, 0, 255)), (3, "3", None)]) == [
        ExportClass(1, "Water", (0, 0, 255)),
        ExportClass(3, "3", None),
    ]
