"""The Python API (api.py) without QGIS: ``rasterdl.classify_pixels`` run in a fresh interpreter where
``qgis`` cannot be imported writes the files the Classify Pixels tool writes (read back with GDAL),
refuses what the tool refuses with its message, and leaves no output when it fails or is cancelled.
GDAL is needed; QGIS only for the tool the results are compared with."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException

from tests.qgis.rasters import ORIGIN, UTM, pixel_box_wkt, write_polygons, write_raster
from tests.qgis.test_classify_pixels import threshold_model

REPO = Path(__file__).resolve().parents[2]
PLUGINS = REPO / ".build" / "plugins"
SAMPLE = REPO / "data" / "sample" / "OSBS_029.tif"
TREE_SEGMENTER = REPO / "models" / "tree_segmenter.dlpk"


def api(call: str, setup: str = "") -> dict:
    """Run ``rasterdl.<call>`` in a fresh interpreter with ``qgis`` blocked.

    Returns {"result": ...} or {"error": class name, "message": ..., "mro": [...]}, and the
    numpy/qgis state of the interpreter after ``import rasterdl``.
    """
    code = (
        "import json, sys\n"
        "sys.modules['qgis'] = None\n"
        f"sys.path.insert(0, {str(PLUGINS)!r})\n"
        "import rasterdl\n"
        "light = 'numpy' not in sys.modules and 'osgeo' not in sys.modules\n"
        f"{setup}\n"
        "try:\n"
        f"    answer = {{'result': rasterdl.{call}}}\n"
        "except Exception as exc:\n"
        "    answer = {'error': type(exc).__name__, 'message': str(exc),\n"
        "              'mro': [c.__name__ for c in type(exc).__mro__]}\n"
        "answer['light'] = light\n"
        "print(json.dumps(answer))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer.pop("light"), "import rasterdl imported numpy or GDAL"
    return answer


def tool(params: dict) -> dict:
    import processing

    return processing.run("rasterdl:classifypixels", params)


def raster_facts(path: Path) -> dict:
    """What a user checks in a classified or probability raster, read back with GDAL."""
    ds = gdal.Open(str(path))
    band = ds.GetRasterBand(1)
    table = band.GetColorTable()
    rat = band.GetDefaultRAT()
    return {
        "size": (ds.RasterXSize, ds.RasterYSize, ds.RasterCount),
        "geotransform": ds.GetGeoTransform(),
        "crs": ds.GetProjection(),
        "nodata": [ds.GetRasterBand(i + 1).GetNoDataValue() for i in range(ds.RasterCount)],
        "type": band.DataType,
        "colours": [table.GetColorEntry(i) for i in range(table.GetCount())] if table else None,
        "categories": band.GetCategoryNames(),
        "rat": [
            [rat.GetValueAsString(row, col) for col in range(rat.GetColumnCount())]
            for row in range(rat.GetRowCount())
        ]
        if rat
        else None,
        "descriptions": [ds.GetRasterBand(i + 1).GetDescription() for i in range(ds.RasterCount)],
        "metadata": ds.GetMetadata(),
        "structure": ds.GetMetadata("IMAGE_STRUCTURE"),
    }


def assert_same_raster(ours: Path, theirs: Path) -> None:
    assert raster_facts(ours) == raster_facts(theirs)
    np.testing.assert_array_equal(gdal.Open(str(ours)).ReadAsArray(), gdal.Open(str(theirs)).ReadAsArray())


def test_the_api_is_reached_lazily_and_needs_no_qgis():
    assert api("classify_pixels.__module__") == {"result": "rasterdl.api"}
    assert api("detect_objects.__module__") == {"result": "rasterdl.api"}
    assert api("no_such_tool")["error"] == "AttributeError"


def test_a_failed_geopackage_write_is_one_line(tmp_path):
    from rasterdl.core.adapters.gdal.vector_writer import write_polygons
    from rasterdl.core.errors import RasterDLError

    target = tmp_path / "missing folder" / "o.gpkg"
    with pytest.raises(RasterDLError, match=r"^Cannot write the output '.*o\.gpkg': .+\.$"):
        write_polygons(target, "o", "", [("Class", "string")], [])
    assert not target.exists()


def test_the_sample_tree_segmenter_gives_the_tools_files(rasterdl_plugin, tmp_path):
    ours, theirs = tmp_path / "api" / "trees.tif", tmp_path / "tool" / "trees.tif"
    theirs.parent.mkdir()
    answer = api(f"classify_pixels({str(SAMPLE)!r}, {str(TREE_SEGMENTER)!r}, {str(ours)!r})")
    result = tool({"INPUT": str(SAMPLE), "MODEL": str(TREE_SEGMENTER), "OUTPUT": str(theirs)})
    assert answer["result"]["OUTPUT"] == str(ours)
    assert answer["result"]["EXECUTION_PROVIDER"] == result["EXECUTION_PROVIDER"] == "CPUExecutionProvider"
    assert answer["result"]["TILES"] > 1
    classes = gdal.Open(str(ours)).ReadAsArray()
    assert set(np.unique(classes)) <= {0, 1, 255} and 0.3 < (classes == 1).mean() < 0.8
    assert_same_raster(ours, theirs)
    assert ours.with_suffix(".qml").read_bytes() == theirs.with_suffix(".qml").read_bytes()
    assert sorted(p.name for p in ours.parent.iterdir()) == sorted(p.name for p in theirs.parent.iterdir())


def test_probabilities_extent_mask_and_arguments_give_the_tools_files(rasterdl_plugin, tmp_path):
    rng = np.random.default_rng(11)
    pixels = rng.integers(0, 256, size=(3, 150, 170), dtype=np.uint8)
    image = write_raster(tmp_path / "image.tif", pixels, nodata=0)
    model = threshold_model(tmp_path)
    mask = write_polygons(tmp_path / "mask.gpkg", [pixel_box_wkt(10, 5, 120, 100)], epsg=UTM)
    cell = 0.5  # tests.qgis.rasters.CELL
    xmin, ymax = ORIGIN[0] + 3.2 * cell, ORIGIN[1] - 2.7 * cell
    xmax, ymin = ORIGIN[0] + 160.4 * cell, ORIGIN[1] - 140.1 * cell
    (tmp_path / "api").mkdir()
    (tmp_path / "tool").mkdir()
    ours, theirs = tmp_path / "api" / "c.tif", tmp_path / "tool" / "c.tif"
    answer = api(
        f"classify_pixels({str(image)!r}, {str(model)!r}, {str(ours)!r}, "
        "model_arguments={'padding': 8, 'batch_size': 3, 'tile_size': (48, 40)}, "
        f"output_probabilities={str(ours.with_name('p.tif'))!r}, extent=({xmin}, {ymin}, {xmax}, {ymax}), "
        f"mask={str(mask)!r})"
    )
    tool(
        {
            "INPUT": str(image),
            "MODEL": str(model),
            "MODEL_ARGUMENTS": ["padding", "8", "batch_size", "3", "tile_size", "48,40"],
            "EXTENT": f"{xmin},{xmax},{ymin},{ymax} [EPSG:{UTM}]",
            "MASK": str(mask),
            "OUTPUT": str(theirs),
            "OUTPUT_PROBABILITIES": str(theirs.with_name("p.tif")),
        }
    )
    assert answer["result"]["OUTPUT_PROBABILITIES"] == str(ours.with_name("p.tif"))
    classes = gdal.Open(str(ours)).ReadAsArray()
    assert classes.shape == (141 - 2, 161 - 3)  # the extent snapped outwards to the pixels
    assert {0, 5} <= set(np.unique(classes)) and (classes == 255).any()  # mask and nodata
    assert_same_raster(ours, theirs)
    assert_same_raster(ours.with_name("p.tif"), theirs.with_name("p.tif"))
    assert ours.with_suffix(".qml").read_bytes() == theirs.with_suffix(".qml").read_bytes()


def test_return_probability_raster_writes_beside_as_the_tool_does(rasterdl_plugin, tmp_path):
    pixels = np.random.default_rng(3).integers(0, 256, size=(3, 70, 90), dtype=np.uint8)
    image = write_raster(tmp_path / "image.tif", pixels)
    model = threshold_model(tmp_path)
    (tmp_path / "api").mkdir()
    (tmp_path / "tool").mkdir()
    ours, theirs = tmp_path / "api" / "c.tif", tmp_path / "tool" / "c.tif"
    answer = api(
        f"classify_pixels({str(image)!r}, {str(model)!r}, {str(ours)!r}, "
        "model_arguments={'return_probability_raster': True})"
    )
    tool(
        {
            "INPUT": str(image),
            "MODEL": str(model),
            "MODEL_ARGUMENTS": ["return_probability_raster", "true"],
            "OUTPUT": str(theirs),
        }
    )
    assert sorted(p.name for p in ours.parent.iterdir()) == sorted(p.name for p in theirs.parent.iterdir())
    # The tool can only name a path it was given; the API names the file written.
    assert answer["result"]["OUTPUT_PROBABILITIES"] == str(ours.with_name("c_probabilities.tif"))
    assert_same_raster(ours.with_name("c_probabilities.tif"), theirs.with_name("c_probabilities.tif"))


def test_an_output_that_is_the_input_is_refused_with_the_tools_message(rasterdl_plugin, tmp_path):
    pixels = np.random.default_rng(5).integers(0, 256, size=(3, 40, 50), dtype=np.uint8)
    image = write_raster(tmp_path / "image.tif", pixels)
    model = threshold_model(tmp_path)
    before = image.read_bytes()
    answer = api(f"classify_pixels({str(image)!r}, {str(model)!r}, {str(image)!r})")
    with pytest.raises(QgsProcessingException) as refused:
        tool({"INPUT": str(image), "MODEL": str(model), "OUTPUT": str(image)})
    assert answer["error"] == "OutputConflictError" and "RasterDLError" in answer["mro"]
    assert answer["message"] == str(refused.value)
    assert image.read_bytes() == before


def test_a_model_error_is_the_engines_error(tmp_path):
    pixels = np.random.default_rng(5).integers(0, 256, size=(3, 40, 50), dtype=np.uint8)
    image = write_raster(tmp_path / "image.tif", pixels)
    model = threshold_model(tmp_path)
    answer = api(
        f"classify_pixels({str(image)!r}, {str(model)!r}, {str(tmp_path / 'c.tif')!r}, "
        "model_arguments={'no_such_argument': 1})"
    )
    assert answer["error"] == "ModelInputError" and "RasterDLError" in answer["mro"]
    assert answer["message"].startswith("Unknown model argument 'no_such_argument'.")
    assert not (tmp_path / "c.tif").exists()


@pytest.mark.parametrize(
    ("setup", "keyword", "error"),
    [
        ("def stop():\n    return True", "cancel=stop", "Cancelled"),
        ("def fail(percent):\n    raise RuntimeError('disk gone')", "progress=fail", "RuntimeError"),
    ],
)
def test_a_cancelled_or_failed_run_leaves_no_output_and_keeps_an_existing_one(
    tmp_path, setup, keyword, error
):
    pixels = np.random.default_rng(9).integers(0, 256, size=(3, 200, 220), dtype=np.uint8)
    image = write_raster(tmp_path / "image.tif", pixels)
    model = threshold_model(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    (out / "kept.tif").write_bytes(b"an earlier result")
    answer = api(
        f"classify_pixels({str(image)!r}, {str(model)!r}, {str(out / 'c.tif')!r}, "
        f"output_probabilities={str(out / 'p.tif')!r}, {keyword})",
        setup,
    )
    assert answer["error"] == error
    assert sorted(p.name for p in out.iterdir()) == ["kept.tif"]
    answer = api(
        f"classify_pixels({str(image)!r}, {str(model)!r}, {str(out / 'kept.tif')!r}, {keyword})", setup
    )
    assert answer["error"] == error
    assert sorted(p.name for p in out.iterdir()) == ["kept.tif"]
    assert (out / "kept.tif").read_bytes() == b"an earlier result"


def vector_facts(path: Path) -> dict:
    """What a user checks in a detections GeoPackage, read back with OGR: layer, schema, CRS, features."""
    ds = ogr.Open(str(path))
    assert ds.GetLayerCount() == 1
    layer = ds.GetLayer(0)
    definition = layer.GetLayerDefn()
    srs = layer.GetSpatialRef()
    return {
        "name": layer.GetName(),
        "geometry": layer.GetGeomType(),
        "fid": layer.GetFIDColumn(),
        "geometry column": layer.GetGeometryColumn(),
        "fields": [
            (definition.GetFieldDefn(i).GetName(), definition.GetFieldDefn(i).GetType())
            for i in range(definition.GetFieldCount())
        ],
        "crs": (srs.GetAuthorityName(None), srs.GetAuthorityCode(None)),
        "features": [
            (feature.GetFID(), feature.GetGeometryRef().ExportToWkt(), *feature) for feature in layer
        ],
    }


def test_detect_objects_gives_the_tools_geopackage(rasterdl_plugin, tmp_path):
    from tests.qgis.test_detect_objects import SQUARES, detector

    pixels = np.zeros((3, 64, 128), dtype=np.uint8)
    for x, y, band in SQUARES:
        pixels[band, y : y + 16, x : x + 16] = 255
    image = write_raster(tmp_path / "squares.tif", pixels)
    model = detector(tmp_path)
    mask = write_polygons(tmp_path / "mask.gpkg", [pixel_box_wkt(0, 0, 100, 64)])
    (tmp_path / "api").mkdir()
    (tmp_path / "tool").mkdir()
    ours, theirs = tmp_path / "api" / "objects.gpkg", tmp_path / "tool" / "objects.gpkg"
    ours.write_bytes(b"an earlier result, replaced on success")
    answer = api(
        f"api.detect_objects({str(image)!r}, {str(model)!r}, {str(ours)!r}, "
        "model_arguments={'padding': 16, 'threshold': 0.6, 'tile_size': 64}, "
        f"class_field='Label', mask={str(mask)!r})",
        "import rasterdl.api",
    )
    processing_run = __import__("processing").run
    processing_run(
        "rasterdl:detectobjects",
        {
            "INPUT": str(image),
            "MODEL": str(model),
            "MODEL_ARGUMENTS": ["padding", "16", "threshold", "0.6", "tile_size", "64"],
            "CLASS_VALUE_FIELD": "Label",
            "MASK": str(mask),
            "OUTPUT": str(theirs),
        },
    )
    assert answer["result"]["OBJECTS"] == 3  # the square at column 104 lies outside the mask
    facts = vector_facts(ours)
    assert facts["fields"] == [
        ("Label", ogr.OFTString),
        ("ClassValue", ogr.OFTInteger),
        ("Confidence", ogr.OFTReal),
    ]
    assert sorted(f[2] for f in facts["features"]) == ["Green roof", "Green roof", "Red roof"]
    assert facts == vector_facts(theirs)
    assert sorted(p.name for p in ours.parent.iterdir()) == ["objects.gpkg"]


def test_detect_objects_refuses_what_the_tool_refuses_and_leaves_no_output_when_cancelled(tmp_path):
    from tests.qgis.test_detect_objects import detector

    image = write_raster(tmp_path / "image.tif", np.zeros((3, 64, 128), dtype=np.uint8))
    model = detector(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    answer = api(f"api.detect_objects({str(image)!r}, {str(model)!r}, {str(image)!r})", "import rasterdl.api")
    assert answer["error"] == "OutputConflictError"
    answer = api(
        f"api.detect_objects({str(image)!r}, {str(model)!r}, {str(out / 'o.gpkg')!r}, "
        "class_field='classvalue')",
        "import rasterdl.api",
    )
    assert answer == {
        "error": "ModelInputError",
        "message": "The class and confidence field names must differ from each other and from ClassValue "
        "and Image.",
        "mro": answer["mro"],
    }
    pixel_model = threshold_model(tmp_path)
    answer = api(
        f"api.detect_objects({str(image)!r}, {str(pixel_model)!r}, {str(out / 'o.gpkg')!r})",
        "import rasterdl.api",
    )
    assert answer["error"] == "ModelDefinitionError"
    assert "needs a model of type 'object detection'" in answer["message"]
    answer = api(
        f"api.detect_objects({str(image)!r}, {str(model)!r}, {str(out / 'o.gpkg')!r}, cancel=lambda: True)",
        "import rasterdl.api",
    )
    assert answer["error"] == "Cancelled"
    assert list(out.iterdir()) == []


#: Setup that records the run's warnings in ``caught``.
WARNINGS = (
    "import warnings\n"
    "caught = warnings.catch_warnings(record=True).__enter__()\n"
    "warnings.simplefilter('always')"
)


@pytest.mark.parametrize(("trained", "warned"), [(1.0, True), (0.5, False), (None, False)])
def test_a_model_trained_at_another_cell_size_is_warned_about(tmp_path, trained, warned):
    pixels = np.random.default_rng(2).integers(0, 256, size=(3, 40, 60), dtype=np.uint8)
    image = write_raster(tmp_path / "image.tif", pixels)  # 0.5 m cells
    cells = {"MinCellSize": trained, "MaxCellSize": trained} if trained else {}
    model = threshold_model(tmp_path, **cells)
    out = tmp_path / "c.tif"
    answer = api(
        f"classify_pixels({str(image)!r}, {str(model)!r}, {str(out)!r}) and "
        "[str(w.message) for w in caught if w.category is RuntimeWarning]",
        WARNINGS,
    )
    if warned:
        assert answer["result"] == [
            "The model was trained at a cell size of 1.0 m on the ground; the input (0.5 map units) is read "
            "at its own cell size here, where the QGIS tool reads it at 1 map units. Resample the input to "
            "that cell size to get the tool's result."
        ]
    else:
        assert answer["result"] == []
    assert gdal.Open(str(out)).GetGeoTransform() == gdal.Open(str(image)).GetGeoTransform()
