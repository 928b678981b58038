"""Data loss and false success (issue 13): every case a regression test, through processing.run.

Each test checks what a user would: the error message, which files exist
afterwards, and that every input and pre-existing file kept its bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException

from tests.onnx_models import scale_model
from tests.qgis.conftest import QGIS_PROCESS
from tests.qgis.feedback import Log
from tests.qgis.rasters import pixel_box_wkt, write_polygons, write_raster
from tests.qgis.test_classify_objects import brightness_model
from tests.qgis.test_classify_pixels import identity_stats, threshold_model
from tests.qgis.test_detect_objects import detector


def md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def snapshot(folder: Path) -> dict[str, str]:
    """md5 of every file under ``folder``, by relative path."""
    return {str(p.relative_to(folder)): md5(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def run(algorithm: str, params: dict) -> dict:
    import processing

    return processing.run(f"rasterdl:{algorithm}", params)


@pytest.fixture()
def image(tmp_path: Path) -> Path:
    pixels = np.random.default_rng(3).integers(0, 256, size=(3, 120, 160), dtype=np.uint8)
    return write_raster(tmp_path / "image.tif", pixels)


@pytest.fixture()
def tmpfs():
    """A 1 MiB filesystem that fills up quickly; unmounted afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="i13-full-"))
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], capture_output=True
    )
    if done.returncode != 0:
        folder.rmdir()
        pytest.fail(f"cannot mount a tmpfs (needs root): {done.stderr.decode()}")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)
    folder.rmdir()


# 1. An output that is one of the inputs


@pytest.mark.parametrize("output", ["OUTPUT", "OUTPUT_PROBABILITIES"])
def test_classify_pixels_refuses_to_overwrite_its_input(rasterdl_plugin, tmp_path, image, output):
    model = threshold_model(tmp_path)
    before = snapshot(tmp_path)
    params = {"INPUT": str(image), "MODEL": str(model), "OUTPUT": str(tmp_path / "classes.tif")}
    params[output] = str(tmp_path / "." / "image.tif")
    with pytest.raises(QgsProcessingException, match=rf"output {output} .* is the input INPUT"):
        run("classifypixels", params)
    assert snapshot(tmp_path) == before


def test_classify_pixels_refuses_an_output_that_is_an_additional_input_through_a_link(
    rasterdl_plugin, tmp_path, image
):
    other = write_raster(tmp_path / "other.tif", np.zeros((3, 120, 160), dtype=np.uint8))
    (tmp_path / "link.tif").symlink_to(other)
    before = snapshot(tmp_path)
    with pytest.raises(QgsProcessingException, match="is the input MORE_INPUTS"):
        run(
            "classifypixels",
            {
                "INPUT": str(image),
                "MORE_INPUTS": [str(other)],
                "PROCESSING_MODE": 0,
                "MODEL": str(threshold_model(tmp_path / "m")),
                "OUTPUT": str(tmp_path / "link.tif"),
            },
        )
    assert {k: v for k, v in snapshot(tmp_path).items() if not k.startswith("m/")} == before


def test_detect_objects_refuses_to_write_into_its_mask_layer(rasterdl_plugin, tmp_path, image):
    mask = write_polygons(tmp_path / "mask.gpkg", [pixel_box_wkt(0, 0, 50, 50)])
    model = detector(tmp_path)
    before = md5(mask)
    with pytest.raises(QgsProcessingException, match="is the input MASK"):
        run(
            "detectobjects",
            {
                "INPUT": str(image),
                "MODEL": str(model),
                "MASK": str(mask),
                "OUTPUT": f"{mask}|layername=polygons",
            },
        )
    assert md5(mask) == before


def test_classify_objects_refuses_to_overwrite_its_features_but_may_add_a_layer_beside_them(
    rasterdl_plugin, tmp_path, image
):
    features = write_polygons(tmp_path / "parcels.gpkg", [pixel_box_wkt(10, 10, 40, 40)])
    model = brightness_model(tmp_path)
    before = md5(features)
    params = {"INPUT": str(image), "MODEL": str(model), "INPUT_FEATURES": f"{features}|layername=polygons"}
    with pytest.raises(QgsProcessingException, match="is the input INPUT_FEATURES"):
        run("classifyobjects", {**params, "OUTPUT": str(features)})
    assert md5(features) == before
    run("classifyobjects", {**params, "OUTPUT": f"ogr:dbname='{features}' table=\"labelled\" (geom)"})
    ds = ogr.Open(str(features))
    assert sorted(ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())) == ["labelled", "polygons"]
    assert ds.GetLayerByName("polygons").GetFeatureCount() == 1


def test_export_refuses_an_output_folder_that_is_an_input(rasterdl_plugin, tmp_path, image):
    labels = write_polygons(tmp_path / "labels.gpkg", [pixel_box_wkt(10, 10, 40, 40)])
    before = snapshot(tmp_path)
    with pytest.raises(QgsProcessingException, match="is the input INPUT_CLASS_DATA"):
        run(
            "exporttrainingdata",
            {"INPUT": str(image), "INPUT_CLASS_DATA": str(labels), "OUTPUT": str(labels), "TILE_SIZE_X": 32},
        )
    assert snapshot(tmp_path) == before


# 2. A failed run never deletes an existing file; outputs are committed together


def test_an_existing_jpeg_probability_raster_is_refused_before_any_work_and_kept(
    rasterdl_plugin, tmp_path, image
):
    photo = tmp_path / "holiday.jpg"
    gdal.Translate(str(photo), str(image), format="JPEG")
    old_classes = tmp_path / "classes.tif"
    old_classes.write_bytes(b"an older result")
    before = snapshot(tmp_path)
    with pytest.raises(
        QgsProcessingException, match=r"holiday\.jpg' is a JPEG file, which cannot hold 2 band"
    ):
        run(
            "classifypixels",
            {
                "INPUT": str(image),
                "MODEL": str(threshold_model(tmp_path / "m")),
                "OUTPUT": str(old_classes),
                "OUTPUT_PROBABILITIES": str(photo),
            },
        )
    assert {k: v for k, v in snapshot(tmp_path).items() if not k.startswith("m/")} == before


def test_a_png_class_map_is_written_with_its_style_and_no_partial_files(rasterdl_plugin, tmp_path, image):
    out = tmp_path / "classes.png"
    run("classifypixels", {"INPUT": str(image), "MODEL": str(threshold_model(tmp_path)), "OUTPUT": str(out)})
    assert gdal.Open(str(out)).GetDriver().ShortName == "PNG"
    assert (tmp_path / "classes.qml").exists()
    assert not [p for p in tmp_path.iterdir() if ".partial" in p.name]


# 3. A full disk fails the run, with QGIS's own message, and leaves no corrupt layer


def test_classify_objects_on_a_full_disk_fails_and_removes_its_new_geopackage(
    rasterdl_plugin, tmp_path, tmpfs
):
    pixels = np.full((3, 80, 180), 128, dtype=np.uint8)
    image = write_raster(tmp_path / "image.tif", pixels)
    count = 300
    boxes = [
        pixel_box_wkt(i % 160, (i // 160) * 20, i % 160 + 10, (i // 160) * 20 + 10) for i in range(count)
    ]
    features = write_polygons(tmp_path / "f.gpkg", boxes, fields={"note": ["x" * 20000] * count})
    with pytest.raises(QgsProcessingException, match="Could not write feature into OUTPUT"):
        run(
            "classifyobjects",
            {
                "INPUT": str(image),
                "MODEL": str(brightness_model(tmp_path)),
                "INPUT_FEATURES": str(features),
                "OUTPUT": str(tmpfs / "labelled.gpkg"),
            },
        )
    assert list(tmpfs.iterdir()) == []


def test_classify_pixels_on_a_full_disk_fails_in_one_line_and_leaves_nothing(
    rasterdl_plugin, tmp_path, tmpfs
):
    pixels = np.random.default_rng(9).integers(0, 256, size=(3, 700, 700), dtype=np.uint8)
    image = write_raster(tmp_path / "noise.tif", pixels)
    (tmpfs / "old.tif").write_bytes(b"kept")
    with pytest.raises(QgsProcessingException) as failure:
        run(
            "classifypixels",
            {
                "INPUT": str(image),
                "MODEL": str(threshold_model(tmp_path)),
                "OUTPUT": str(tmpfs / "old.tif"),
                "OUTPUT_PROBABILITIES": str(tmpfs / "probabilities.tif"),
            },
        )
    message = str(failure.value)
    assert "\n" not in message and "old.tif" in message or "probabilities.tif" in message
    assert "disk is full" in message or "No space left" in message
    assert [p.name for p in tmpfs.iterdir()] == ["old.tif"]
    assert (tmpfs / "old.tif").read_bytes() == b"kept"


# 4. OUTPUT = OUTPUT_PROBABILITIES


def test_the_class_and_probability_rasters_cannot_be_one_file(rasterdl_plugin, tmp_path, image):
    out = str(tmp_path / "result.tif")
    with pytest.raises(QgsProcessingException, match="OUTPUT and OUTPUT_PROBABILITIES are both"):
        run(
            "classifypixels",
            {
                "INPUT": str(image),
                "MODEL": str(threshold_model(tmp_path)),
                "OUTPUT": out,
                "OUTPUT_PROBABILITIES": out,
            },
        )
    assert not Path(out).exists()


# 5. Non-finite model outputs


def nan_model(folder: Path) -> Path:
    """A 3-class segmenter that returns NaN everywhere (x * NaN)."""
    scale_model(folder / "nan.onnx", factor=float("nan"))
    emd = {
        "ModelType": "ImageClassification",
        "ModelFile": "nan.onnx",
        "ImageHeight": 64,
        "ImageWidth": 64,
        "NormalizationStats": identity_stats(3),
        "Classes": [{"Value": v, "Name": f"c{v}"} for v in (1, 2, 3)],
    }
    path = folder / "nan.emd"
    path.write_text(json.dumps(emd))
    return path


def test_a_model_returning_nan_fails_naming_the_model_and_writes_nothing(rasterdl_plugin, tmp_path, image):
    out = tmp_path / "trees.tif"
    with pytest.raises(
        QgsProcessingException, match=r"The model nan\.onnx returned \d+ NaN or infinite values"
    ):
        run("classifypixels", {"INPUT": str(image), "MODEL": str(nan_model(tmp_path)), "OUTPUT": str(out)})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["image.tif", "nan.emd", "nan.onnx"]


# 6. Absurd output sizes are refused before anything is allocated


def test_a_tiny_export_cell_size_is_refused_with_the_numbers(rasterdl_plugin, tmp_path, image):
    labels = write_polygons(tmp_path / "labels.gpkg", [pixel_box_wkt(10, 10, 40, 40)])
    with pytest.raises(QgsProcessingException, match=r"CELL_SIZE 1e-06 would give 8e\+07 x 6e\+07 pixels"):
        run(
            "exporttrainingdata",
            {
                "INPUT": str(image),
                "INPUT_CLASS_DATA": str(labels),
                "OUTPUT": str(tmp_path / "out"),
                "CELL_SIZE": 1e-6,
            },
        )
    assert not (tmp_path / "out").exists()


def test_a_tiny_classification_cell_size_is_refused_with_the_numbers(rasterdl_plugin, tmp_path, image):
    with pytest.raises(QgsProcessingException, match=r"CELL_SIZE 1e-07 would give 8e\+08 x 6e\+08 pixels"):
        run(
            "classifypixels",
            {
                "INPUT": str(image),
                "MODEL": str(threshold_model(tmp_path)),
                "OUTPUT": str(tmp_path / "c.tif"),
                "CELL_SIZE": 1e-7,
            },
        )
    assert not (tmp_path / "c.tif").exists()


# 7. Partial files and temporary folders


def test_the_next_run_removes_a_killed_runs_partial_files(rasterdl_plugin, tmp_path, image):
    ended = subprocess.Popen(["true"])
    ended.wait()
    leftover = tmp_path / f".classes.rdl{ended.pid}-0badf00d.partial.tif"
    leftover.write_bytes(b"half a raster")
    legacy = tmp_path / ".classes.0badf00d.partial.tif"
    legacy.write_bytes(b"half a raster")
    run(
        "classifypixels",
        {
            "INPUT": str(image),
            "MODEL": str(threshold_model(tmp_path)),
            "OUTPUT": str(tmp_path / "classes.tif"),
        },
    )
    assert not leftover.exists() and not legacy.exists()
    assert gdal.Open(str(tmp_path / "classes.tif")).RasterXSize == 160


def test_failed_and_mosaic_runs_leave_no_partial_files_nor_temporary_folders(
    rasterdl_plugin, tmp_path, image, monkeypatch
):
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    other = write_raster(
        tmp_path / "right.tif", np.zeros((3, 120, 160), dtype=np.uint8), origin=(404291.9, 3285142.9)
    )
    model = threshold_model(tmp_path / "m")
    run(
        "classifypixels",
        {
            "INPUT": str(image),
            "MORE_INPUTS": [str(other)],
            "MODEL": str(model),
            "OUTPUT": str(tmp_path / "mosaic.tif"),
            "CELL_SIZE": 0.7,
        },
    )
    with pytest.raises(QgsProcessingException):
        run(
            "classifypixels",
            {"INPUT": str(image), "MODEL": str(nan_model(tmp_path / "m")), "OUTPUT": str(tmp_path / "x.tif")},
        )
    assert list(temp.iterdir()) == []
    assert not [p.name for p in tmp_path.iterdir() if ".partial" in p.name or p.name.startswith("x.")]
    assert not [name for name in os.listdir(tempfile.gettempdir()) if name.startswith("rasterdl-mosaic-")]


@pytest.mark.parametrize("signal_number", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_ctrl_c_or_sigterm_cancels_a_qgis_process_run_and_leaves_nothing(tmp_path, signal_number):
    pixels = np.random.default_rng(4).integers(0, 256, size=(3, 2400, 2400), dtype=np.uint8)
    image = write_raster(tmp_path / "big.tif", pixels)
    model = threshold_model(tmp_path)
    out = tmp_path / "classes.tif"
    process = subprocess.Popen(
        [
            str(QGIS_PROCESS),
            "run",
            "rasterdl:classifypixels",
            "--",
            f"INPUT={image}",
            f"MODEL={model}",
            f"OUTPUT={out}",
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    deadline = time.monotonic() + 180
    while not [p for p in tmp_path.iterdir() if ".partial" in p.name] and time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()[0]
        time.sleep(0.2)
    process.send_signal(signal_number)
    output = process.communicate(timeout=180)[0]
    assert process.returncode == 1, output
    assert "Cancelled: no output was written." in output
    assert "Traceback" not in output
    # QGIS itself saves the input's band statistics into big.tif.aux.xml when it loads the layer.
    left = sorted(p.name for p in tmp_path.iterdir() if p.name != "big.tif.aux.xml")
    assert left == ["big.tif", "threshold.emd", "threshold.onnx"]


def test_classified_tiles_keep_a_class_value_above_65535(rasterdl_plugin, tmp_path, image):
    labels = write_polygons(
        tmp_path / "labels.gpkg",
        [pixel_box_wkt(4, 4, 20, 20), pixel_box_wkt(40, 4, 60, 20)],
        fields={"code": [70000, 2]},
    )
    out = tmp_path / "tiles"
    run(
        "exporttrainingdata",
        {
            "INPUT": str(image),
            "INPUT_CLASS_DATA": str(labels),
            "CLASS_VALUE_FIELD": "code",
            "OUTPUT": str(out),
            "METADATA_FORMAT": 2,
            "TILE_SIZE_X": 64,
            "TILE_SIZE_Y": 64,
            "STRIDE_X": 64,
            "STRIDE_Y": 64,
        },
    )
    values = set()
    for label in (out / "labels").glob("*.tif"):
        data = gdal.Open(str(label)).ReadAsArray()
        values |= set(np.unique(data).tolist())
    assert values == {0, 2, 70000}


def _class_pixels(folder: Path) -> int:
    """Labelled (non-zero) pixels over every label chip of a Classified_Tiles folder."""
    return sum(
        int(np.count_nonzero(gdal.Open(str(p)).ReadAsArray())) for p in (folder / "labels").glob("*.tif")
    )


def test_a_class_raster_in_another_crs_is_reprojected_and_said_so(rasterdl_plugin, tmp_path, image):
    import processing

    classes = np.zeros((1, 120, 160), dtype=np.uint8)
    classes[0, 10:70, 20:90] = 1
    utm = write_raster(tmp_path / "classes_utm.tif", classes)
    mercator = tmp_path / "classes_3857.tif"
    gdal.Warp(str(mercator), str(utm), dstSRS="EPSG:3857", resampleAlg="near")
    results = {}
    for name, class_raster in (("utm", utm), ("mercator", mercator)):
        feedback = Log()
        out = tmp_path / name
        processing.run(
            "rasterdl:exporttrainingdata",
            {
                "INPUT": str(image),
                "INPUT_CLASS_RASTER": str(class_raster),
                "OUTPUT": str(out),
                "METADATA_FORMAT": 2,
                "TILE_SIZE_X": 64,
                "TILE_SIZE_Y": 64,
            },
            feedback=feedback,
        )
        results[name] = (_class_pixels(out), " ".join(feedback.warnings))
    assert results["utm"][0] > 2000
    assert "reprojected" not in results["utm"][1]
    # Warped twice with nearest neighbour, the block keeps its area within about a row and a column.
    assert abs(results["mercator"][0] - results["utm"][0]) <= 2 * (60 + 70)
    assert (
        "The class raster is in EPSG:3857 but the input raster in EPSG:32617: it is reprojected"
        in (results["mercator"][1])
    )
