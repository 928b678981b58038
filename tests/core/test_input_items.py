"""core.engine.input_items: the outputs of each raster processed separately, and one row per feature."""

from __future__ import annotations

from dataclasses import dataclass

from rasterdl.core.engine.input_items import (
    RasterOutputs,
    feature_rows,
    item_output,
    probabilities_beside,
    raster_outputs,
)


def test_item_output_names_the_item_after_the_output_stem():
    assert item_output("/out/classes.tif", "north") == "/out/classes_north.tif"
    assert item_output("/out/classes.img", "north") == "/out/classes_north.img"
    # No suffix: GeoTIFF.
    assert item_output("/out/classes", "north") == "/out/classes_north.tif"


def test_item_output_makes_the_item_name_safe_for_a_file_name():
    assert item_output("/out/c.tif", "tile 1/2:ä-b_c.d") == "/out/c_tile_1_2_ä-b_c.d.tif"


def test_item_output_of_no_output_is_no_output():
    assert item_output("", "north") == ""


def test_probabilities_go_beside_the_class_raster():
    assert probabilities_beside("/out/classes.tif") == "/out/classes_probabilities.tif"
    assert probabilities_beside("/out/classes") == "/out/classes_probabilities.tif"


def test_mosaic_writes_the_outputs_as_given():
    assert raster_outputs("/o/c.tif", "/o/p.tif", True, None) == [RasterOutputs("/o/c.tif", "/o/p.tif")]
    assert raster_outputs("/o/c.tif", "", False, None) == [RasterOutputs("/o/c.tif", "")]


def test_probabilities_wanted_without_a_path_go_beside_each_class_raster():
    assert raster_outputs("/o/c.tif", "", True, None) == [RasterOutputs("/o/c.tif", "/o/c_probabilities.tif")]
    assert raster_outputs("/o/c.tif", "", True, ["a", "b"]) == [
        RasterOutputs("/o/c_a.tif", "/o/c_a_probabilities.tif"),
        RasterOutputs("/o/c_b.tif", "/o/c_b_probabilities.tif"),
    ]


def test_each_item_writes_its_own_class_and_probability_raster():
    assert raster_outputs("/o/c.tif", "/o/p.tif", True, ["a", "b"]) == [
        RasterOutputs("/o/c_a.tif", "/o/p_a.tif"),
        RasterOutputs("/o/c_b.tif", "/o/p_b.tif"),
    ]
    assert raster_outputs("/o/c.tif", "", False, ["a"]) == [RasterOutputs("/o/c_a.tif", "")]


@dataclass
class Result:
    label: str
    outside: bool = False


def test_on_a_mosaic_every_feature_gives_one_row_in_order():
    results = {0: Result("x"), 2: Result("z", outside=True)}
    rows = feature_rows([10, 11, 12], [("mosaic", results)], separately=False)
    assert rows == [(0, results[0], None), (1, None, None), (2, results[2], None)]


def test_separately_a_feature_gets_a_row_per_raster_covering_it_then_uncovered_ones():
    a = {0: Result("a0"), 1: Result("a1", outside=True)}
    b = {0: Result("b0"), 2: Result("b2")}
    rows = feature_rows([10, 11, 12, 13], [("A", a), ("B", b)], separately=True)
    assert rows == [
        (0, a[0], "A"),
        (0, b[0], "B"),
        (2, b[2], "B"),
        # Features 1 (outside A, absent from B) and 3 (on no raster) keep one row without a result.
        (1, None, None),
        (3, None, None),
    ]


def test_separately_coverage_is_by_feature_key():
    # Two features with one id: when either is covered, both count as covered.
    rows = feature_rows([7, 7], [("A", {0: Result("a")})], separately=True)
    assert [(index, name) for index, _result, name in rows] == [(0, "A")]
