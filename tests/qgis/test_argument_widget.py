"""The dialog's model arguments table: filled from the chosen model's defaults, user values kept.

The logic lives in ``gui/argument_table.py`` (no Qt) and is tested here without a window.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.qgis.test_classify_pixels import threshold_model


def test_choosing_a_model_fills_its_defaults(tmp_path):
    from rasterdl.core.model.argument_spec import PIXEL_ARGUMENTS
    from rasterdl.gui.argument_table import ModelDefaults, filled_rows

    empty = [(name, "") for name in PIXEL_ARGUMENTS.names]
    rows = filled_rows(empty, PIXEL_ARGUMENTS.names, ModelDefaults()(str(threshold_model(tmp_path))), {})
    assert dict(rows) == {
        "padding": "16",
        "batch_size": "4",
        "predict_background": "true",
        "test_time_augmentation": "false",
        "merge_policy": "mean",
        "tile_size": "64",
        "threshold": "0.5",
        "return_probability_raster": "false",
    }
    assert [name for name, _value in rows] == list(PIXEL_ARGUMENTS.names)


def test_changing_the_model_keeps_what_the_user_typed(tmp_path):
    from rasterdl.core.model.argument_spec import PIXEL_ARGUMENTS
    from rasterdl.gui.argument_table import ModelDefaults, filled_rows

    read = ModelDefaults()
    first = read(str(threshold_model(tmp_path)))
    rows = filled_rows([], PIXEL_ARGUMENTS.names, first, {})
    edited = [(n, "8" if n == "batch_size" else v) for n, v in rows] + [("my_extra", "x")]

    other = tmp_path / "other"
    other.mkdir()
    second_path = threshold_model(other, ImageHeight=128, ImageWidth=128, ModelPadding=8)
    second = read(str(second_path))
    rows = dict(filled_rows(edited, PIXEL_ARGUMENTS.names, second, first))
    assert rows["batch_size"] == "8", "the user's value stays"
    assert (rows["tile_size"], rows["padding"]) == ("128", "8"), "the old model's defaults are replaced"
    assert rows["my_extra"] == "x"


def test_an_unreadable_model_leaves_the_defaults_empty_and_user_values(tmp_path):
    from rasterdl.core.model.argument_spec import PIXEL_ARGUMENTS
    from rasterdl.gui.argument_table import ModelDefaults, filled_rows

    read = ModelDefaults()
    first = read(str(threshold_model(tmp_path)))
    rows = filled_rows([("threshold", "0.7")], PIXEL_ARGUMENTS.names, first, {})
    broken = tmp_path / "broken.emd"
    broken.write_text("{not json")
    assert read(str(broken)) == {} and read("") == {} and read(str(tmp_path / "missing.emd")) == {}
    rows = dict(filled_rows(rows, PIXEL_ARGUMENTS.names, {}, first))
    assert rows["threshold"] == "0.7"
    assert rows["tile_size"] == "" and rows["padding"] == ""


def test_a_json_model_and_a_changed_file_are_read_again(tmp_path):
    from rasterdl.gui.argument_table import ModelDefaults

    read = ModelDefaults()
    path = threshold_model(tmp_path)
    assert read(str(path))["tile_size"] == 64
    emd = json.loads(path.read_text())
    emd.update(ImageHeight=96, ImageWidth=96)
    path.write_text(json.dumps(emd))
    os.utime(path, (1, 1))
    assert read(str(path))["tile_size"] == 96
    emd["ModelFile"] = str(Path(tmp_path) / emd["ModelFile"])
    assert read(json.dumps(emd))["tile_size"] == 96


def test_the_filled_table_is_what_the_tool_reads(rasterdl_plugin, tmp_path):
    """Matrix values round-trip; each tool's MODEL_ARGUMENTS names the dialog's wrapper importably."""
    from qgis.core import QgsApplication
    from rasterdl.gui.argument_table import matrix_from_rows, rows_from_matrix

    assert rows_from_matrix(["padding", "16", "batch_size", ""]) == [("padding", "16"), ("batch_size", "")]
    assert matrix_from_rows([("padding", " 16 "), ("", "x"), ("tile_size", "")]) == [
        "padding",
        "16",
        "tile_size",
        "",
    ]
    for tool in ("classifypixels", "classifyobjects", "detectobjects"):
        parameter = (
            QgsApplication.processingRegistry()
            .algorithmById(f"rasterdl:{tool}")
            .parameterDefinition("MODEL_ARGUMENTS")
        )
        path = parameter.metadata()["widget_wrapper"]["class"]
        module, _, name = path.rpartition(".")
        wrapper = getattr(__import__(module, fromlist=[name]), name)
        assert wrapper.__name__ == "ModelArgumentsWrapper"
