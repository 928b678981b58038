"""Classify Objects Using Deep Learning: labels read back from the written layers with OGR."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingException

from tests.onnx_models import mean_brightness_classifier
from tests.qgis.conftest import run_qgis_process
from tests.qgis.rasters import CELL, ORIGIN, UTM, pixel_box_wkt, write_polygons, write_raster
from tests.qgis.test_classify_pixels import CancelAfter, identity_stats

CLASSES = [
    {"Value": 1, "Name": "Dark", "Color": [0, 0, 0]},
    {"Value": 2, "Name": "Medium", "Color": [128, 128, 128]},
    {"Value": 3, "Name": "Bright", "Color": [255, 255, 255]},
]


def brightness_model(folder: Path, crop_fixed: int = 1, blacken: int = 0, bands: int = 3) -> Path:
    """Classifier of mean brightness / 255: < 0.3 Dark, < 0.6 Medium, else Bright."""
    mean_brightness_classifier(folder / "brightness.onnx", bands=bands, thresholds=(0.3, 0.6))
    emd = {
        "ModelType": "ObjectClassification",
        "ModelFile": "brightness.onnx",
        "ImageHeight": 16,
        "ImageWidth": 16,
        "ExtractBands": list(range(bands)),
        "NormalizationStats": identity_stats(bands),
        "CropSizeFixed": crop_fixed,
        "BlackenAroundFeature": blacken,
        "Classes": CLASSES,
    }
    path = folder / f"brightness_{crop_fixed}{blacken}{bands}.emd"
    path.write_text(json.dumps(emd))
    return path


@pytest.fixture()
def scene(tmp_path: Path) -> Path:
    """Three vertical bands of brightness 40 (Dark), 128 (Medium) and 220 (Bright), 60 px wide each."""
    pixels = np.zeros((3, 80, 180), dtype=np.uint8)
    pixels[:, :, :60], pixels[:, :, 60:120], pixels[:, :, 120:] = 40, 128, 220
    return write_raster(tmp_path / "image.tif", pixels)


def run(params: dict, feedback=None) -> dict:
    import processing

    return processing.run("rasterdl:classifyobjects", params, feedback=feedback)


def read_layer(path: Path) -> list[dict]:
    ds = ogr.Open(str(path))
    layer = ds.GetLayer(0)
    return [
        {
            **feature.items(),
            "_geom": feature.GetGeometryRef().ExportToWkt() if feature.GetGeometryRef() else None,
        }
        for feature in layer
    ]


def point_wkt(col: float, row: float) -> str:
    return f"POINT({ORIGIN[0] + col * CELL} {ORIGIN[1] - row * CELL})"


def line_wkt(c0: float, r0: float, c1: float, r1: float) -> str:
    start = f"{ORIGIN[0] + c0 * CELL} {ORIGIN[1] - r0 * CELL}"
    return f"LINESTRING({start},{ORIGIN[0] + c1 * CELL} {ORIGIN[1] - r1 * CELL})"


def write_layer(path: Path, wkts: list[str], geom_type, epsg: int = UTM, names=None) -> Path:
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    layer = ds.CreateLayer("features", srs=srs, geom_type=geom_type)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for index, wkt in enumerate(wkts):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        feature.SetField("name", (names or [str(i) for i in range(len(wkts))])[index])
        layer.CreateFeature(feature)
    ds = None
    return path


def test_polygons_get_exact_labels_and_keep_attributes(rasterdl_plugin, tmp_path, scene):
    polygons = write_polygons(
        tmp_path / "p.gpkg",
        [pixel_box_wkt(10, 10, 30, 30), pixel_box_wkt(80, 40, 100, 60), pixel_box_wkt(140, 5, 170, 20)],
        fields={"name": ["a", "b", "c"]},
    )
    out = tmp_path / "out.gpkg"
    run(
        {
            "INPUT": str(scene),
            "MODEL": str(brightness_model(tmp_path)),
            "INPUT_FEATURES": str(polygons),
            "OUTPUT": str(out),
        }
    )
    rows = read_layer(out)
    assert [(r["name"], r["ClassLabel"], r["ClassValue"]) for r in rows] == [
        ("a", "Dark", 1),
        ("b", "Medium", 2),
        ("c", "Bright", 3),
    ]
    assert all(r["Confidence"] > 0.99 for r in rows)
    assert rows[0]["_geom"].startswith("POLYGON")


def test_points_and_lines_and_another_crs(rasterdl_plugin, tmp_path, scene):
    points = write_layer(tmp_path / "pts.gpkg", [point_wkt(30, 40), point_wkt(150, 40)], ogr.wkbPoint)
    lines = write_layer(tmp_path / "lines.gpkg", [line_wkt(70, 10, 110, 70)], ogr.wkbLineString)
    model = str(brightness_model(tmp_path))
    run(
        {
            "INPUT": str(scene),
            "MODEL": model,
            "INPUT_FEATURES": str(points),
            "OUTPUT": str(tmp_path / "p.gpkg"),
        }
    )
    assert [r["ClassLabel"] for r in read_layer(tmp_path / "p.gpkg")] == ["Dark", "Bright"]
    run(
        {
            "INPUT": str(scene),
            "MODEL": model,
            "INPUT_FEATURES": str(lines),
            "OUTPUT": str(tmp_path / "l.gpkg"),
        }
    )
    assert [r["ClassLabel"] for r in read_layer(tmp_path / "l.gpkg")] == ["Medium"]
    utm, wgs = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(UTM)
    wgs.ImportFromEPSG(4326)
    for srs in (utm, wgs):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    x, y, _ = osr.CoordinateTransformation(utm, wgs).TransformPoint(
        ORIGIN[0] + 150 * CELL, ORIGIN[1] - 40 * CELL
    )
    wgs_points = write_layer(tmp_path / "wgs.gpkg", [f"POINT({x} {y})"], ogr.wkbPoint, epsg=4326)
    run(
        {
            "INPUT": str(scene),
            "MODEL": model,
            "INPUT_FEATURES": str(wgs_points),
            "OUTPUT": str(tmp_path / "w.gpkg"),
        }
    )
    rows = read_layer(tmp_path / "w.gpkg")
    assert rows[0]["ClassLabel"] == "Bright"
    written = ogr.Open(str(tmp_path / "w.gpkg"))
    assert written.GetLayer(0).GetSpatialRef().GetAuthorityCode(None) == "4326"


def test_bounding_box_crop_and_blackening(rasterdl_plugin, tmp_path, scene):
    # A polygon straddling Dark and Bright areas: its bounding box mean decides the class.
    straddle = write_polygons(tmp_path / "s.gpkg", [pixel_box_wkt(50, 10, 70, 30)])
    bbox_model = brightness_model(tmp_path, crop_fixed=0)
    run(
        {
            "INPUT": str(scene),
            "MODEL": str(bbox_model),
            "INPUT_FEATURES": str(straddle),
            "OUTPUT": str(tmp_path / "bb.gpkg"),
        }
    )
    assert read_layer(tmp_path / "bb.gpkg")[0]["ClassLabel"] == "Medium"
    # A small Bright polygon inside a fixed 16 px window: blackening zeroes the rest, so the mean drops.
    small = write_polygons(tmp_path / "small.gpkg", [pixel_box_wkt(150, 40, 152, 42)])
    run(
        {
            "INPUT": str(scene),
            "MODEL": str(brightness_model(tmp_path, blacken=1)),
            "INPUT_FEATURES": str(small),
            "OUTPUT": str(tmp_path / "black.gpkg"),
        }
    )
    assert read_layer(tmp_path / "black.gpkg")[0]["ClassLabel"] == "Dark"
    run(
        {
            "INPUT": str(scene),
            "MODEL": str(brightness_model(tmp_path)),
            "INPUT_FEATURES": str(small),
            "OUTPUT": str(tmp_path / "plain.gpkg"),
        }
    )
    assert read_layer(tmp_path / "plain.gpkg")[0]["ClassLabel"] == "Bright"


def test_score_threshold_and_features_outside(rasterdl_plugin, tmp_path):
    pixels = np.full((3, 40, 80), 76, dtype=np.uint8)
    pixels[:, :, 40:] = 220
    image = write_raster(tmp_path / "image.tif", pixels)
    features = write_polygons(
        tmp_path / "f.gpkg",
        [pixel_box_wkt(5, 5, 30, 30), pixel_box_wkt(50, 5, 70, 30), pixel_box_wkt(500, 500, 510, 510)],
    )
    out = tmp_path / "out.gpkg"
    run(
        {
            "INPUT": str(image),
            "MODEL": str(brightness_model(tmp_path)),
            "INPUT_FEATURES": str(features),
            "OUTPUT": str(out),
            "MODEL_ARGUMENTS": ["score_threshold", "0.8"],
        }
    )
    uncertain, bright, outside = read_layer(out)
    assert uncertain["ClassLabel"] is None and uncertain["ClassValue"] is None
    assert 0.3 < uncertain["Confidence"] < 0.8
    assert bright["ClassLabel"] == "Bright"
    assert outside["ClassLabel"] is None and outside["Confidence"] is None


def test_no_features_classifies_each_image(rasterdl_plugin, tmp_path):
    dark = write_raster(tmp_path / "dark.tif", np.full((3, 32, 32), 30, dtype=np.uint8))
    bright = tmp_path / "bright.png"
    mem = gdal.GetDriverByName("MEM").Create("", 32, 32, 3)
    for band in range(3):
        mem.GetRasterBand(band + 1).Fill(230)
    gdal.GetDriverByName("PNG").CreateCopy(str(bright), mem)
    assert not (tmp_path / "bright.png.aux.xml").exists()
    model = str(brightness_model(tmp_path))
    run({"INPUT": str(dark), "MODEL": model, "OUTPUT": str(tmp_path / "geo.gpkg")})
    rows = read_layer(tmp_path / "geo.gpkg")
    assert (
        rows[0]["ClassLabel"] == "Dark"
        and rows[0]["Image"] == "dark"
        and rows[0]["_geom"].startswith("POLYGON")
    )
    run({"INPUT": str(bright), "MODEL": model, "OUTPUT": str(tmp_path / "plain.gpkg")})
    rows = read_layer(tmp_path / "plain.gpkg")
    assert rows[0]["ClassLabel"] == "Bright" and rows[0]["_geom"] is None


def test_errors_are_clear(rasterdl_plugin, tmp_path, scene):
    from tests.qgis.test_classify_pixels import threshold_model

    features = write_polygons(tmp_path / "f.gpkg", [pixel_box_wkt(10, 10, 30, 30)])
    with pytest.raises(QgsProcessingException, match="object classification"):
        run(
            {
                "INPUT": str(scene),
                "MODEL": str(threshold_model(tmp_path)),
                "INPUT_FEATURES": str(features),
                "OUTPUT": str(tmp_path / "a.gpkg"),
            }
        )
    with pytest.raises(QgsProcessingException, match="band"):
        run(
            {
                "INPUT": str(scene),
                "MODEL": str(brightness_model(tmp_path, bands=4)),
                "INPUT_FEATURES": str(features),
                "OUTPUT": str(tmp_path / "b.gpkg"),
            }
        )
    clash = write_polygons(
        tmp_path / "clash.gpkg", [pixel_box_wkt(10, 10, 30, 30)], fields={"ClassLabel": [7]}
    )
    with pytest.raises(QgsProcessingException, match="ClassLabel"):
        run(
            {
                "INPUT": str(scene),
                "MODEL": str(brightness_model(tmp_path)),
                "INPUT_FEATURES": str(clash),
                "OUTPUT": str(tmp_path / "c.gpkg"),
            }
        )
    empty = write_polygons(tmp_path / "empty.gpkg", [])
    run(
        {
            "INPUT": str(scene),
            "MODEL": str(brightness_model(tmp_path)),
            "INPUT_FEATURES": str(empty),
            "OUTPUT": str(tmp_path / "d.gpkg"),
        }
    )
    assert read_layer(tmp_path / "d.gpkg") == []


def test_cancel(rasterdl_plugin, tmp_path, scene):
    boxes = [pixel_box_wkt(c, r, c + 4, r + 4) for c in range(0, 176, 4) for r in range(0, 76, 4)]
    features = write_polygons(tmp_path / "many.gpkg", boxes)
    with pytest.raises(QgsProcessingException, match="Cancel"):
        run(
            {
                "INPUT": str(scene),
                "MODEL": str(brightness_model(tmp_path)),
                "INPUT_FEATURES": str(features),
                "OUTPUT": str(tmp_path / "x.gpkg"),
                "MODEL_ARGUMENTS": ["batch_size", "1"],
            },
            feedback=CancelAfter(10),
        )


def test_qgis_process_writes_a_geopackage(tmp_path, scene):
    polygons = write_polygons(tmp_path / "p.gpkg", [pixel_box_wkt(80, 40, 100, 60)])
    out = tmp_path / "cli.gpkg"
    done = run_qgis_process(
        "run",
        "rasterdl:classifyobjects",
        "--",
        f"INPUT={scene}",
        f"MODEL={brightness_model(tmp_path)}",
        f"INPUT_FEATURES={polygons}",
        "CLASS_LABEL_FIELD=Condition",
        f"OUTPUT={out}",
        profile=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert read_layer(out)[0]["Condition"] == "Medium"
    # QGIS 3.38+ warns on stderr for every field made the pre-3.38 way (QgsField with a QVariant type).
    assert "deprecated" not in done.stderr.lower(), done.stderr


def test_each_raster_separately_gives_a_row_per_raster_a_feature_lies_on(rasterdl_plugin, tmp_path, scene):
    """Processing mode 1: a feature on two overlapping rasters gives two rows, each naming its raster;
    a GeoPackage output keeps the input's fid on the first row and gives the second a new one."""
    pixels = gdal.Open(str(scene)).ReadAsArray()
    west = write_raster(tmp_path / "west.tif", np.ascontiguousarray(pixels[:, :, :120]))
    east_origin = (ORIGIN[0] + 60 * CELL, ORIGIN[1])
    east = write_raster(tmp_path / "east.tif", np.ascontiguousarray(pixels[:, :, 60:]), origin=east_origin)
    polygons = write_polygons(
        tmp_path / "p.gpkg",
        [pixel_box_wkt(10, 10, 30, 30), pixel_box_wkt(80, 40, 100, 60), pixel_box_wkt(140, 5, 170, 20)],
        fields={"name": ["a", "b", "c"]},
    )
    out = tmp_path / "out.gpkg"
    run(
        {
            "INPUT": str(west),
            "MORE_INPUTS": [str(east)],
            "PROCESSING_MODE": 1,
            "MODEL": str(brightness_model(tmp_path)),
            "INPUT_FEATURES": str(polygons),
            "OUTPUT": str(out),
        }
    )
    rows = read_layer(out)
    assert sorted((r["name"], r["Image"], r["ClassLabel"]) for r in rows) == [
        ("a", "west", "Dark"),
        ("b", "east", "Medium"),
        ("b", "west", "Medium"),
        ("c", "east", "Bright"),
    ]
    ds = ogr.Open(str(out))
    fids = {(f.GetField("name"), f.GetField("Image")): f.GetFID() for f in ds.GetLayer(0)}
    assert len(set(fids.values())) == 4
    source = ogr.Open(str(polygons))  # kept alive: its layer must not outlive it
    inputs = {f.GetField("name"): f.GetFID() for f in source.GetLayer(0)}
    assert fids[("a", "west")] == inputs["a"]
    assert fids[("c", "east")] == inputs["c"]
    assert inputs["b"] in (fids[("b", "west")], fids[("b", "east")])
