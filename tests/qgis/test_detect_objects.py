"""Detect Objects Using Deep Learning: polygons read back with OGR, in map coordinates."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException

from tests.onnx_models import dense_detector
from tests.qgis.conftest import run_qgis_process
from tests.qgis.rasters import CELL, ORIGIN, UTM, pixel_box_wkt, write_polygons, write_raster
from tests.qgis.test_classify_pixels import identity_stats, threshold_model

CLASSES = [{"Value": 4, "Name": "Red roof", "Color": [220, 30, 30]}, {"Value": 9, "Name": "Green roof"}]
#: 16 x 16 squares (col, row, band): band 0 -> class "Red roof", band 1 -> "Green roof". The tiles
#: are 64 with padding 16, so the squares at x 56 and y 24 straddle tile seams.
SQUARES = [(24, 24, 0), (56, 0, 1), (104, 40, 0), (0, 48, 1)]


def detector(folder: Path, layout: str = "ultralytics", **options) -> Path:
    dense_detector(folder / f"{layout}.onnx", layout, **options)
    emd = {
        "ModelType": "ObjectDetection",
        "ModelFile": f"{layout}.onnx",
        "ImageHeight": 64,
        "ImageWidth": 64,
        "NormalizationStats": identity_stats(3),
        "Classes": CLASSES,
    }
    path = folder / f"{layout}.emd"
    path.write_text(json.dumps(emd))
    return path


@pytest.fixture()
def scene(tmp_path: Path) -> Path:
    pixels = np.zeros((3, 64, 128), dtype=np.uint8)
    for x, y, band in SQUARES:
        pixels[band, y : y + 16, x : x + 16] = 255
    return write_raster(tmp_path / "squares.tif", pixels)


def run(params: dict) -> dict:
    import processing

    arguments = ["padding", "16", "threshold", "0.6", "tile_size", "64"]
    return processing.run("rasterdl:detectobjects", {"MODEL_ARGUMENTS": arguments, **params})


def read(path: Path) -> list[tuple]:
    """(class, value, confidence, (x0, y0, x1, y1) in pixels of the test raster), sorted."""
    ds = ogr.Open(str(path))
    rows = []
    for feature in ds.GetLayer(0):
        xmin, xmax, ymin, ymax = feature.GetGeometryRef().GetEnvelope()
        box = (
            round((xmin - ORIGIN[0]) / CELL, 3),
            round((ORIGIN[1] - ymax) / CELL, 3),
            round((xmax - ORIGIN[0]) / CELL, 3),
            round((ORIGIN[1] - ymin) / CELL, 3),
        )
        rows.append((feature["Class"], feature["ClassValue"], feature["Confidence"], box))
    return sorted(rows, key=lambda r: r[3])


def expected_rows(squares=SQUARES):
    names = {0: ("Red roof", 4), 1: ("Green roof", 9)}
    return sorted(
        [(*names[band], 1.0, (float(x), float(y), float(x + 16), float(y + 16))) for x, y, band in squares],
        key=lambda r: r[3],
    )


@pytest.mark.parametrize("layout", ["ultralytics", "yolov5", "nms"])
def test_each_layout_finds_each_square_once_in_map_coordinates(rasterdl_plugin, tmp_path, scene, layout):
    options = {"label_offset": 1} if layout == "nms" else {}
    out = tmp_path / f"{layout}.gpkg"
    run({"INPUT": str(scene), "MODEL": str(detector(tmp_path, layout, **options)), "OUTPUT": str(out)})
    assert read(out) == expected_rows()
    ds = ogr.Open(str(out))
    assert ds.GetLayer(0).GetSpatialRef().GetAuthorityCode(None) == str(UTM)


def test_oriented_boxes_are_rotated_polygons(rasterdl_plugin, tmp_path, scene):
    model = detector(tmp_path, "ultralytics_obb", angle=np.pi / 4, box=(16.0, 8.0))
    out = tmp_path / "obb.gpkg"
    run({"INPUT": str(scene), "MODEL": str(model), "OUTPUT": str(out)})
    ds = ogr.Open(str(out))
    layer = ds.GetLayer(0)
    assert layer.GetFeatureCount() == len(SQUARES)
    full = 16 * 8 * CELL * CELL
    areas = []
    for feature in layer:
        ring = feature.GetGeometryRef().GetGeometryRef(0)
        xs = {round(ring.GetX(i), 3) for i in range(ring.GetPointCount())}
        assert len(xs) >= 3  # a rectangle turned by 45 degrees has no two vertical edges
        areas.append(feature.GetGeometryRef().GetArea())
    # Rectangles inside the raster keep their full area; those at its edge are clipped to it.
    assert all(a <= full + 1e-6 for a in areas) and sum(abs(a - full) < 1e-6 for a in areas) >= 2


def test_mask_keeps_only_objects_inside(rasterdl_plugin, tmp_path, scene):
    mask = write_polygons(tmp_path / "mask.gpkg", [pixel_box_wkt(0, 0, 50, 64)])
    out = tmp_path / "masked.gpkg"
    run({"INPUT": str(scene), "MODEL": str(detector(tmp_path)), "MASK": str(mask), "OUTPUT": str(out)})
    assert read(out) == expected_rows([(24, 24, 0), (0, 48, 1)])


def test_field_names_and_wrong_model_type(rasterdl_plugin, tmp_path, scene):
    with pytest.raises(QgsProcessingException, match="object detection"):
        run(
            {"INPUT": str(scene), "MODEL": str(threshold_model(tmp_path)), "OUTPUT": str(tmp_path / "a.gpkg")}
        )
    with pytest.raises(QgsProcessingException, match="must differ"):
        run(
            {
                "INPUT": str(scene),
                "MODEL": str(detector(tmp_path)),
                "CLASS_VALUE_FIELD": "Score",
                "CONFIDENCE_FIELD": "score",
                "OUTPUT": str(tmp_path / "b.gpkg"),
            }
        )


def test_qgis_process_run(tmp_path, scene):
    out = tmp_path / "cli.gpkg"
    done = run_qgis_process(
        "run",
        "rasterdl:detectobjects",
        "--",
        f"INPUT={scene}",
        f"MODEL={detector(tmp_path)}",
        "MODEL_ARGUMENTS=padding,16,threshold,0.6,tile_size,64",
        f"OUTPUT={out}",
        profile=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert read(out) == expected_rows()
    # QGIS 3.38+ warns on stderr for every field made the pre-3.38 way (QgsField with a QVariant type).
    assert "deprecated" not in done.stderr.lower(), done.stderr
