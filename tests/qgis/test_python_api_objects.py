"""The Python API's ``classify_objects`` (api.py, GDAL only) writes the GeoPackage the Classify Objects
tool writes (rows, fids, attributes, labels, confidences, geometry, read back with OGR), in this
process and with a Dask client, and refuses what the tool refuses."""

from __future__ import annotations

from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException

from tests.qgis.rasters import pixel_box_wkt, write_polygons
from tests.qgis.test_classify_objects import brightness_model, point_wkt, run, write_layer
from tests.qgis.test_cluster_classify_objects import patchwork, random_boxes, read_rows
from tests.qgis.test_python_api import api


def layer_facts(path) -> dict:
    """The output layer's name, geometry type, CRS and field definitions."""
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayer(0)
    definition = layer.GetLayerDefn()
    fields = [definition.GetFieldDefn(i) for i in range(definition.GetFieldCount())]
    facts = {
        "name": layer.GetName(),
        "geometry": layer.GetGeomType(),
        "crs": layer.GetSpatialRef().GetAuthorityCode(None) if layer.GetSpatialRef() else None,
        "fields": [(f.GetName(), f.GetType()) for f in fields],
    }
    dataset = None
    return facts


def assert_same_layers(ours, theirs) -> None:
    """Both layers are named after their file and hold the same fields and rows."""
    facts, their_facts = layer_facts(ours), layer_facts(theirs)
    assert (facts.pop("name"), their_facts.pop("name")) == (Path(ours).stem, Path(theirs).stem)
    assert facts == their_facts
    assert read_rows(ours) == read_rows(theirs)


def test_classify_objects_is_reached_lazily_and_needs_no_qgis():
    assert api("classify_objects.__module__") == {"result": "rasterdl.api"}


def test_polygons_give_the_tools_geopackage_here_and_on_a_cluster(rasterdl_plugin, dask_cluster, tmp_path):
    from distributed import Client

    image = patchwork(tmp_path / "image.tif")
    boxes = [*random_boxes(40, seed=9), pixel_box_wkt(400, 400, 410, 410)]
    features = write_polygons(
        tmp_path / "f.gpkg", boxes, fields={"name": [f"f{i}" for i in range(len(boxes))]}
    )
    model = str(brightness_model(tmp_path, crop_fixed=0, blacken=1))
    arguments = ["score_threshold", "0.9"]
    run(
        {
            "INPUT": str(image),
            "MODEL": model,
            "INPUT_FEATURES": str(features),
            "MODEL_ARGUMENTS": arguments,
            "CLASS_LABEL_FIELD": "Kind",
            "OUTPUT": str(tmp_path / "tool.gpkg"),
        }
    )
    call = (
        f"classify_objects({str(image)!r}, {model!r}, {{out!r}}, input_features={str(features)!r}, "
        f"model_arguments={{{{'score_threshold': 0.9}}}}, class_label_field='Kind')"
    )
    here = api(call.format(out=str(tmp_path / "api.gpkg")))["result"]
    assert here["FEATURES"] == 41 and here["LABELLED"] > 10 and here["EXECUTION_PROVIDER"]
    assert_same_layers(tmp_path / "api.gpkg", tmp_path / "tool.gpkg")
    from rasterdl import api as module

    with Client(dask_cluster) as client:
        there = module.classify_objects(
            image,
            model,
            tmp_path / "cluster.gpkg",
            input_features=features,
            model_arguments={"score_threshold": 0.9},
            class_label_field="Kind",
            client=client,
        )
    assert there["PARTS"] >= 1 and there["LABELLED"] == here["LABELLED"]
    assert_same_layers(tmp_path / "cluster.gpkg", tmp_path / "tool.gpkg")


def test_points_and_a_whole_image_give_the_tools_geopackage(rasterdl_plugin, tmp_path):
    image = patchwork(tmp_path / "image.tif", seed=8)
    points = write_layer(
        tmp_path / "pts.gpkg", [point_wkt(30, 40), point_wkt(150, 40), point_wkt(-90, 5)], ogr.wkbPoint
    )
    model = str(brightness_model(tmp_path))
    run(
        {
            "INPUT": str(image),
            "MODEL": model,
            "INPUT_FEATURES": str(points),
            "OUTPUT": str(tmp_path / "tp.gpkg"),
        }
    )
    api(f"classify_objects({str(image)!r}, {model!r}, {str(tmp_path / 'ap.gpkg')!r}, {str(points)!r})")
    assert_same_layers(tmp_path / "ap.gpkg", tmp_path / "tp.gpkg")
    run({"INPUT": str(image), "MODEL": model, "OUTPUT": str(tmp_path / "ti.gpkg")})
    whole = api(f"classify_objects({str(image)!r}, {model!r}, {str(tmp_path / 'ai.gpkg')!r})")["result"]
    assert whole["FEATURES"] == 1
    assert {**layer_facts(tmp_path / "ai.gpkg"), "name": "ti"} == layer_facts(tmp_path / "ti.gpkg")
    ((fid, items, wkt),) = read_rows(tmp_path / "ai.gpkg")
    ((tool_fid, tool_items, tool_wkt),) = read_rows(tmp_path / "ti.gpkg")
    assert (fid, items, wkt) == (tool_fid, tool_items, tool_wkt) and items["Image"] == "image"


def test_a_label_field_of_another_type_is_refused_as_by_the_tool(rasterdl_plugin, tmp_path):
    image = patchwork(tmp_path / "image.tif")
    clash = write_polygons(
        tmp_path / "clash.gpkg", [pixel_box_wkt(10, 10, 30, 30)], fields={"ClassLabel": [7]}
    )
    model = str(brightness_model(tmp_path))
    with pytest.raises(QgsProcessingException, match="already have a field 'ClassLabel'"):
        run(
            {
                "INPUT": str(image),
                "MODEL": model,
                "INPUT_FEATURES": str(clash),
                "OUTPUT": str(tmp_path / "t.gpkg"),
            }
        )
    answer = api(f"classify_objects({str(image)!r}, {model!r}, {str(tmp_path / 'a.gpkg')!r}, {str(clash)!r})")
    assert answer["error"] == "ModelInputError"
    assert "already have a field 'ClassLabel' of type Integer" in answer["message"]
    assert not (tmp_path / "a.gpkg").exists()
