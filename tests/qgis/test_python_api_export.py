"""``rasterdl.export_training_data`` (api_export.py) without QGIS: run in a fresh interpreter where ``qgis``
cannot be imported, it writes the folder the Export Training Data tool writes, file by file (in this
process and on a Dask cluster), refuses what the tool refuses with its message, and a cancel leaves
what the tool's cancel leaves. QGIS runs only the tool the folders are compared with."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException

from tests.qgis.feedback import Log
from tests.qgis.rasters import pixel_box_wkt, write_polygons, write_raster
from tests.qgis.test_python_api import WARNINGS, api

#: The tiling of every export here: small chips, overlapping.
TILING = {"TILE_SIZE_X": 48, "TILE_SIZE_Y": 48, "STRIDE_X": 32, "STRIDE_Y": 32}
API_TILING = "tile_size_x=48, tile_size_y=48, stride_x=32, stride_y=32"


def api_tiling(options: str) -> str:
    """API_TILING without the keywords ``options`` gives."""
    return ", ".join(item for item in API_TILING.split(", ") if item.split("=")[0] + "=" not in options)


@pytest.fixture(scope="module")
def scene(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("api_export")
    rng = np.random.default_rng(23)
    pixels = rng.integers(1, 256, size=(3, 200, 240), dtype=np.uint8)
    pixels[:, :70, :90] = 0  # a nodata corner: chips there are skipped
    classes = np.zeros((1, 200, 240), dtype=np.uint8)
    classes[0, 20:90, 100:220] = 1
    classes[0, 120:190, 10:130] = 2
    boxes = [(100, 10, 150, 60), (20, 110, 90, 180), (160, 120, 235, 195), (60, 60, 120, 130)]
    return {
        "image": write_raster(folder / "image.tif", pixels, nodata=0),
        "second": write_raster(folder / "second.tif", pixels[:, ::-1, :].copy(), nodata=0),
        "class_raster": write_raster(folder / "classes.tif", classes),
        "labels": write_polygons(
            folder / "labels.gpkg",
            [pixel_box_wkt(*box) for box in boxes],
            fields={"Kind": [1, 2, 1, 2], "Classname": ["Tree", "Roof", "Tree", "Roof"]},
        ),
        "mask": write_polygons(folder / "mask.gpkg", [pixel_box_wkt(0, 0, 200, 200)]),
    }


def tool(params: dict, feedback=None) -> dict:
    import processing

    return processing.run("rasterdl:exporttrainingdata", {**TILING, **params}, feedback=feedback)


def files(folder: Path) -> dict[str, bytes]:
    """Every file of an export folder; dataset.yaml (YOLO) names its folder, given as ``FOLDER``."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if path.name == "dataset.yaml":
                data = data.replace(str(folder).encode(), b"FOLDER")
            found[path.relative_to(folder).as_posix()] = data
    return found


def assert_same_folder(ours: Path, theirs: Path) -> None:
    expected, got = files(theirs), files(ours)
    assert sorted(got) == sorted(expected)
    for name, data in expected.items():
        assert got[name] == data, f"{name} differs"


def leftovers(folder: Path) -> list[str]:
    """Partial files and staging folders a run left in ``folder``."""
    return sorted(name for name in os.listdir(folder) if ".partial" in name or name.endswith(".parts"))


def test_the_api_is_reached_lazily_and_takes_the_tools_options():
    from rasterdl import api_export
    from rasterdl.algorithms import export_training_data as the_tool
    from rasterdl.core.export.metadata import METADATA_MODES

    assert api("export_training_data.__module__") == {"result": "rasterdl.api_export"}
    assert api("api.export_training_data is rasterdl.export_training_data", "import rasterdl.api") == {
        "result": True
    }
    assert api_export.CHIP_FORMATS == the_tool.CHIP_FORMATS
    assert api_export.CROP_MODES == the_tool.CROP_MODES
    assert api_export.REFERENCE_SYSTEMS == the_tool.REFERENCE_SYSTEMS
    assert "RCNN_Masks" in METADATA_MODES


def test_classified_tiles_from_a_class_raster_equal_the_tools_folder(rasterdl_plugin, scene, tmp_path):
    cell, origin = 0.5, (404211.9, 3285142.9)  # tests.qgis.rasters
    xmin, ymax = origin[0] + 5.3 * cell, origin[1] - 8.6 * cell
    xmax, ymin = origin[0] + 230.2 * cell, origin[1] - 190.4 * cell
    ours, theirs = tmp_path / "api", tmp_path / "tool"
    answer = api(
        f"export_training_data({str(scene['image'])!r}, {str(ours)!r}, "
        f"class_raster={str(scene['class_raster'])!r}, metadata_format='Classified_Tiles', {API_TILING}, "
        f"image_format='PNG', bands=[3, 1], extent=({xmin}, {ymin}, {xmax}, {ymax}))"
    )
    result = tool(
        {
            "INPUT": str(scene["image"]),
            "INPUT_CLASS_RASTER": str(scene["class_raster"]),
            "METADATA_FORMAT": 2,  # Classified_Tiles
            "IMAGE_CHIP_FORMAT": 1,  # PNG
            "BANDS": "3,1",
            "EXTENT": f"{xmin},{xmax},{ymin},{ymax} [EPSG:32617]",
            "OUTPUT": str(theirs),
        }
    )
    assert answer["result"] == {
        "OUTPUT": str(ours),
        "CHIP_COUNT": result["CHIP_COUNT"],
        "FEATURE_COUNT": result["FEATURE_COUNT"],
    }
    assert result["CHIP_COUNT"] >= 20
    chip = gdal.Open(str(ours / "images" / "000000000.png"))
    assert (chip.RasterXSize, chip.RasterYSize, chip.RasterCount) == (48, 48, 2)
    assert len(list((ours / "labels").glob("*.tif"))) == result["CHIP_COUNT"]
    assert_same_folder(ours, theirs)


@pytest.mark.parametrize(
    ("metadata_format", "api_options", "tool_options"),
    [
        (
            "PASCAL_VOC_rectangles",
            "rotation_angle=90, mask=MASK",
            {"ROTATION_ANGLE": 90, "MASK_POLYGONS": "MASK"},
        ),
        (
            "KITTI_rectangles",
            "output_nofeature_tiles=True, start_index=5",
            {"OUTPUT_NOFEATURE_TILES": True, "START_INDEX": 5},
        ),
        (
            "Labeled_Tiles",
            "crop_mode='BOUNDING_BOX', blacken_around_feature=True",
            {"CROP_MODE": 1, "BLACKEN_AROUND_FEATURE": True},
        ),
        (
            "RCNN_Masks",
            "reference_system='PIXEL_SPACE', image_format='MRF'",
            {"REFERENCE_SYSTEM": 1, "IMAGE_CHIP_FORMAT": 3},
        ),
        ("YOLO", "buffer_radius=2.0", {"BUFFER_RADIUS": 2.0}),
    ],
)
def test_labels_from_polygons_equal_the_tools_folder(
    rasterdl_plugin, scene, tmp_path, metadata_format, api_options, tool_options
):
    from rasterdl.core.export.metadata import METADATA_MODES

    ours, theirs = tmp_path / "api", tmp_path / "tool"
    mask = str(scene["mask"])
    answer = api(
        f"export_training_data([{str(scene['image'])!r}, {str(scene['second'])!r}], {str(ours)!r}, "
        f"class_data={str(scene['labels'])!r}, class_value_field='Kind', "
        f"metadata_format={metadata_format!r}, {API_TILING}, {api_options.replace('MASK', repr(mask))})"
    )
    result = tool(
        {
            "INPUT": str(scene["image"]),
            "MORE_INPUTS": [str(scene["second"])],
            "PROCESSING_MODE": 1,  # each raster on its own, one chip sequence: what a list of paths does
            "INPUT_CLASS_DATA": str(scene["labels"]),
            "CLASS_VALUE_FIELD": "Kind",
            "METADATA_FORMAT": METADATA_MODES.index(metadata_format),
            **{name: mask if value == "MASK" else value for name, value in tool_options.items()},
            "OUTPUT": str(theirs),
        }
    )
    assert answer["result"]["CHIP_COUNT"] == result["CHIP_COUNT"] >= 8
    assert answer["result"]["FEATURE_COUNT"] == result["FEATURE_COUNT"] > 0
    assert_same_folder(ours, theirs)
    if metadata_format == "PASCAL_VOC_rectangles":
        voc = (ours / "labels" / "000000003.xml").read_text()
        assert "<filename>000000003.tif</filename>" in voc  # the label names its own image


def test_a_dask_cluster_exports_the_folder_a_run_here_writes(
    rasterdl_plugin, dask_cluster, scene, tmp_path, monkeypatch
):
    monkeypatch.setenv("RASTERDL_CHIPS_PER_TASK", "4")  # many ranges (read by the API's process)
    here, there, client = tmp_path / "here", tmp_path / "there", tmp_path / "client"
    call = (
        f"export_training_data({str(scene['image'])!r}, OUT, class_raster={str(scene['class_raster'])!r}, "
        f"metadata_format=2, {API_TILING}, bands='2,3'"
    )
    local = api(call.replace("OUT", repr(str(here))) + ")")
    remote = api(call.replace("OUT", repr(str(there))) + f", client={dask_cluster!r})")
    # A distributed.Client the caller opened is used as it is.
    opened = api(
        call.replace("OUT", repr(str(client))) + ", client=dask_client)",
        f"from distributed import Client\ndask_client = Client({dask_cluster!r})",
    )
    assert local["result"]["CHIP_COUNT"] == remote["result"]["CHIP_COUNT"] >= 20
    assert "RANGES" not in local["result"]
    assert remote["result"]["RANGES"] == opened["result"]["RANGES"] >= 5
    assert_same_folder(there, here)
    assert_same_folder(client, here)
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("api_options", "tool_options"),
    [
        (
            "class_data=LABELS, class_value_field='Klass'",
            {"INPUT_CLASS_DATA": "LABELS", "CLASS_VALUE_FIELD": "Klass"},
        ),
        (
            "class_data=LABELS, class_raster=CLASSES",
            {"INPUT_CLASS_DATA": "LABELS", "INPUT_CLASS_RASTER": "CLASSES"},
        ),
        ("class_data=LABELS, bands=[1, 4]", {"INPUT_CLASS_DATA": "LABELS", "BANDS": [1, 4]}),
        ("class_data=LABELS, tile_size_x=500", {"INPUT_CLASS_DATA": "LABELS", "TILE_SIZE_X": 500}),
        (
            "class_raster=CLASSES, metadata_format='PASCAL_VOC_rectangles'",
            {"INPUT_CLASS_RASTER": "CLASSES", "METADATA_FORMAT": 1},
        ),
        (
            "image_format='PNG', metadata_format='Export_Tiles', bands='1,2,3,1'",
            {"IMAGE_CHIP_FORMAT": 1, "METADATA_FORMAT": 6, "BANDS": "1,2,3,1"},
        ),
    ],
)
def test_a_bad_input_is_refused_with_the_tools_message_and_nothing_written(
    rasterdl_plugin, scene, tmp_path, api_options, tool_options
):
    paths = {"LABELS": str(scene["labels"]), "CLASSES": str(scene["class_raster"])}
    for name, path in paths.items():
        api_options = api_options.replace(name, repr(path))
    ours, theirs = tmp_path / "api", tmp_path / "tool"
    image = str(scene["image"])
    answer = api(f"export_training_data({image!r}, {str(ours)!r}, {api_tiling(api_options)}, {api_options})")
    with pytest.raises(QgsProcessingException) as refused:
        tool(
            {
                "INPUT": str(scene["image"]),
                **{name: paths.get(str(value), value) for name, value in tool_options.items()},
                "OUTPUT": str(theirs),
            }
        )
    assert answer["error"] == "ExportError" and "RasterDLError" in answer["mro"]
    assert answer["message"] == str(refused.value)
    assert not ours.exists() and not theirs.exists()


def test_what_only_the_qgis_tool_reads_is_refused_saying_what_to_do(scene, tmp_path):
    coarse = write_raster(tmp_path / "coarse.tif", np.ones((1, 100, 120), dtype=np.uint8), cell=1.0)
    out = tmp_path / "out"
    answer = api(
        f"export_training_data({str(scene['image'])!r}, {str(out)!r}, class_raster={str(coarse)!r}, "
        f"metadata_format='Classified_Tiles', {API_TILING})"
    )
    assert answer["error"] == "ExportError"
    assert answer["message"].startswith("The class raster 'coarse' is not on the input raster's pixels")
    assert "Warp" in answer["message"]
    answer = api(f"export_training_data({str(scene['image'])!r}, {str(out)!r}, metadata_format='VOC')")
    assert answer["error"] == "ExportError"
    assert answer["message"].startswith("Unknown metadata format 'VOC': use one of KITTI_rectangles, ")
    assert not out.exists()


def test_an_export_without_a_labelled_pixel_warns_as_the_tool_does(rasterdl_plugin, scene, tmp_path):
    empty = write_raster(tmp_path / "empty.tif", np.zeros((1, 200, 240), dtype=np.uint8))
    ours, theirs = tmp_path / "api", tmp_path / "tool"
    answer = api(
        f"export_training_data({str(scene['image'])!r}, {str(ours)!r}, class_raster={str(empty)!r}, "
        f"metadata_format='Classified_Tiles', {API_TILING}) and "
        "[str(w.message) for w in caught if w.category is RuntimeWarning]",
        WARNINGS,
    )
    feedback = Log()
    result = tool(
        {
            "INPUT": str(scene["image"]),
            "INPUT_CLASS_RASTER": str(empty),
            "METADATA_FORMAT": 2,
            "OUTPUT": str(theirs),
        },
        feedback,
    )
    assert result["CHIP_COUNT"] == 0
    assert answer["result"] == [w for w in feedback.warnings if w.startswith("No chip was written")]
    assert len(answer["result"]) == 1
    assert_same_folder(ours, theirs)


#: Setup of a cancel once progress reaches 40 %, as tests.qgis.test_classify_pixels.CancelAfter(40).
CANCEL_AT_40 = (
    "seen = []\n"
    "def progress(percent):\n"
    "    seen.append(percent)\n"
    "def cancel():\n"
    "    return bool(seen) and seen[-1] >= 40"
)


def test_a_cancel_keeps_what_the_tools_cancel_keeps(rasterdl_plugin, scene, tmp_path):
    from tests.qgis.test_classify_pixels import CancelAfter

    ours, theirs = tmp_path / "api", tmp_path / "tool"
    answer = api(
        f"export_training_data({str(scene['image'])!r}, {str(ours)!r}, "
        f"class_raster={str(scene['class_raster'])!r}, metadata_format='Classified_Tiles', tile_size_x=16, "
        "tile_size_y=16, stride_x=16, stride_y=16, progress=progress, cancel=cancel)",
        CANCEL_AT_40,
    )
    params = {
        "INPUT": str(scene["image"]),
        "INPUT_CLASS_RASTER": str(scene["class_raster"]),
        "METADATA_FORMAT": 2,
        "TILE_SIZE_X": 16,
        "TILE_SIZE_Y": 16,
        "STRIDE_X": 16,
        "STRIDE_Y": 16,
    }
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        tool({**params, "OUTPUT": str(theirs)}, CancelAfter(40))
    whole = tool({**params, "OUTPUT": str(tmp_path / "whole")})["CHIP_COUNT"]
    assert answer["error"] == "Cancelled"
    chips = sorted(p.stem for p in (ours / "images").glob("*.tif"))
    assert 0 < len(chips) < whole
    assert chips == [f"{i:09d}" for i in range(len(chips))]
    assert json.loads((ours / "esri_accumulated_stats.json").read_text())["NumTiles"] == len(chips)
    assert_same_folder(ours, theirs)
    assert leftovers(tmp_path) == []
