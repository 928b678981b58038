"""Models made elsewhere run unchanged through processing.run and qgis_process (issue 14):
Ultralytics exports without .emd, Deepness metadata, independent sigmoids, DataRange."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from tests.onnx_models import band_sigmoids, dense_detector, mean_brightness_classifier
from tests.qgis.conftest import parse_json_output, run_qgis_process
from tests.qgis.feedback import Log
from tests.qgis.rasters import pixel_box_wkt, read_raster, write_polygons, write_raster
from tests.qgis.test_classify_objects import read_layer
from tests.qgis.test_detect_objects import SQUARES, expected_rows, read

YOLO_META = {
    "author": "Ultralytics",
    "task": "detect",
    "imgsz": "[64, 64]",
    "stride": "8",
    "batch": "1",
    "names": "{0: 'Red roof', 1: 'Green roof'}",
}


def classify(params: dict, feedback=None) -> dict:
    import processing

    return processing.run("rasterdl:classifypixels", params, feedback=feedback)


def rat(path: Path) -> dict[int, str]:
    _, ds = read_raster(path)
    table = ds.GetRasterBand(1).GetDefaultRAT()
    return {table.GetValueAsInt(row, 0): table.GetValueAsString(row, 1) for row in range(table.GetRowCount())}


@pytest.fixture()
def squares(tmp_path: Path) -> Path:
    pixels = np.zeros((3, 64, 128), dtype=np.uint8)
    for x, y, band in SQUARES:
        pixels[band, y : y + 16, x : x + 16] = 255
    return write_raster(tmp_path / "squares.tif", pixels)


def test_bare_ultralytics_detector_finds_named_objects(rasterdl_plugin, tmp_path, squares):
    import processing

    model = dense_detector(tmp_path / "yolov8.onnx", "ultralytics", metadata=YOLO_META)
    out = tmp_path / "objects.gpkg"
    log = Log()
    processing.run(
        "rasterdl:detectobjects",
        {
            "INPUT": str(squares),
            "MODEL": str(model),
            "OUTPUT": str(out),
            "MODEL_ARGUMENTS": ["padding", "16", "threshold", "0.6"],
        },
        feedback=log,
    )
    assert "input: x/255, no standardisation" in log.text()
    assert "output: ultralytics layout, confidence at least 0.6" in log.text()
    assert "within each class above an IoU of 0.7" in log.text()
    expected = [(name, value - (4 if value == 4 else 8), *rest) for name, value, *rest in expected_rows()]
    assert read(out) == expected


def test_class_agnostic_nms_merges_boxes_of_different_classes(rasterdl_plugin, tmp_path):
    import processing

    pixels = np.zeros((3, 64, 64), dtype=np.uint8)
    pixels[0, 24:40, 24:40] = 255  # a red box and a green one 8 pixels to the right: IoU 1/3
    pixels[1, 24:40, 32:48] = 255
    path = write_raster(tmp_path / "both.tif", pixels)
    model = dense_detector(tmp_path / "yolov8.onnx", "ultralytics", metadata=YOLO_META)
    counts = {}
    for agnostic in ("false", "true"):
        out = tmp_path / f"objects_{agnostic}.gpkg"
        processing.run(
            "rasterdl:detectobjects",
            {
                "INPUT": str(path),
                "MODEL": str(model),
                "OUTPUT": str(out),
                "MODEL_ARGUMENTS": [
                    *("padding", "16", "threshold", "0.6", "nms_overlap", "0.2"),
                    *("nms_class_agnostic", agnostic),
                ],
            },
        )
        counts[agnostic] = sorted(row[0] for row in read(out))
    assert counts == {"false": ["Green roof", "Red roof"], "true": ["Red roof"]}


def test_bare_ultralytics_classifier_labels_features(rasterdl_plugin, tmp_path):
    import processing

    pixels = np.zeros((3, 40, 80), dtype=np.uint8)
    pixels[:, :, 40:] = 220
    image = write_raster(tmp_path / "image.tif", pixels)
    meta = {**YOLO_META, "task": "classify", "imgsz": "[16, 16]", "names": "{0: 'dark', 1: 'bright'}"}
    model = mean_brightness_classifier(tmp_path / "yolo-cls.onnx", metadata=meta)
    polygons = write_polygons(
        tmp_path / "p.gpkg", [pixel_box_wkt(5, 5, 25, 25), pixel_box_wkt(50, 5, 70, 25)]
    )
    out = tmp_path / "labels.gpkg"
    processing.run(
        "rasterdl:classifyobjects",
        {"INPUT": str(image), "MODEL": str(model), "INPUT_FEATURES": str(polygons), "OUTPUT": str(out)},
    )
    assert [row["ClassLabel"] for row in read_layer(out)] == ["dark", "bright"]


def test_independent_sigmoids_follow_deepness_rule(rasterdl_plugin, tmp_path):
    """Channels k = sigmoid(20 (band_k / 255 - 0.5)), not summing to 1: each is thresholded (0.5),
    the best above wins, the background (channel 0) where none is. A softmax would give the
    background where bands 1 and 2 are both bright (its winner stays below 0.5)."""
    pixels = np.zeros((3, 32, 64), dtype=np.uint8)
    pixels[1, :, 16:32] = 230  # trees only
    pixels[1, :, 32:48], pixels[2, :, 32:48] = 204, 191  # both above: trees is higher
    pixels[2, :, 48:] = 230  # water only
    image = write_raster(tmp_path / "image.tif", pixels)
    meta = {"model_type": "Segmentor", "class_names": {"0": "background", "1": "trees", "2": "water"}}
    model = band_sigmoids(tmp_path / "multilabel.onnx", ((0, 0.5), (1, 0.5), (2, 0.5)), metadata=meta)
    out = tmp_path / "classes.tif"
    log = Log()
    classify(
        {"INPUT": str(image), "MODEL": str(model), "OUTPUT": str(out), "MODEL_ARGUMENTS": ["padding", "4"]},
        log,
    )
    classes = read_raster(out)[0][0]
    expected = np.repeat([0, 1, 1, 2], 16)[None].repeat(32, axis=0)
    np.testing.assert_array_equal(classes, expected)
    assert rat(out) == {0: "background", 1: "trees", 2: "water"}
    assert "input: x/255, no standardisation" in log.text()
    assert "3 independent probability channels, each thresholded at 0.5" in log.text()


def test_single_sigmoid_without_channel_axis_names_value_1_after_the_class(rasterdl_plugin, tmp_path):
    pixels = np.zeros((3, 32, 32), dtype=np.uint8)
    pixels[0, :, 16:] = 255
    image = write_raster(tmp_path / "image.tif", pixels)
    meta = {"model_type": "Segmentor", "class_names": [{"0": "Coffee"}]}
    model = band_sigmoids(tmp_path / "coffee.onnx", squeeze=True, metadata=meta)
    out = tmp_path / "coffee.tif"
    log = Log()
    classify({"INPUT": str(image), "MODEL": str(model), "OUTPUT": str(out)}, log)
    np.testing.assert_array_equal(read_raster(out)[0][0], np.repeat([0, 1], 16)[None].repeat(32, axis=0))
    assert rat(out) == {0: "Background", 1: "Coffee"}
    assert "output: 1 probability channel, class 1 where its probability reaches 0.5" in log.text()


def test_two_outputs_are_named_in_the_log_and_output_index_picks_one(rasterdl_plugin, tmp_path):
    pixels = np.zeros((3, 32, 32), dtype=np.uint8)
    pixels[0, :, :16] = 255
    pixels[2, :16, :] = 255
    image = write_raster(tmp_path / "image.tif", pixels)
    meta = {"model_type": "Segmentor", "class_names": [{"0": "Coffee"}, {"0": "Road"}]}
    model = band_sigmoids(tmp_path / "heads.onnx", second_output=((2, 0.5),), metadata=meta)
    log = Log()
    first = tmp_path / "first.tif"
    classify({"INPUT": str(image), "MODEL": str(model), "OUTPUT": str(first)}, log)
    assert "The model has 2 outputs (0 'output', 1 'second'); classifying output 0 'output'" in log.text()
    np.testing.assert_array_equal(read_raster(first)[0][0], (pixels[0] > 127).astype(np.uint8))
    assert rat(first)[1] == "Coffee"
    second = tmp_path / "second.tif"
    classify(
        {
            "INPUT": str(image),
            "MODEL": str(model),
            "OUTPUT": str(second),
            "MODEL_ARGUMENTS": ["output_index", "1"],
        }
    )
    np.testing.assert_array_equal(read_raster(second)[0][0], (pixels[2] > 127).astype(np.uint8))
    assert rat(second) == {0: "Background", 1: "Road"}


def test_batch_one_graph_goes_on_at_batch_one(rasterdl_plugin, tmp_path):
    pixels = np.zeros((3, 96, 96), dtype=np.uint8)
    pixels[0, :, 40:] = 255
    image = write_raster(tmp_path / "image.tif", pixels)
    model = band_sigmoids(tmp_path / "one.onnx", batch_one=True, metadata={"model_type": "Segmentor"})
    out = tmp_path / "classes.tif"
    log = Log()
    classify(
        {
            "INPUT": str(image),
            "MODEL": str(model),
            "OUTPUT": str(out),
            "MODEL_ARGUMENTS": ["tile_size", "32", "padding", "4", "batch_size", "4"],
        },
        log,
    )
    np.testing.assert_array_equal(read_raster(out)[0][0], (pixels[0] > 127).astype(np.uint8))
    assert "only works at batch size 1" in log.text()


def test_rgba_raster_with_a_three_band_model_reads_bands_1_to_3(rasterdl_plugin, tmp_path):
    pixels = np.zeros((4, 32, 32), dtype=np.uint8)
    pixels[2, :, 16:] = 255
    pixels[3] = 255  # alpha: would make every pixel class 1 if read as band 3
    image = write_raster(tmp_path / "rgba.tif", pixels)
    model = band_sigmoids(tmp_path / "blue.onnx", ((2, 0.5),), metadata={"model_type": "Segmentor"})
    out = tmp_path / "blue.tif"
    classify({"INPUT": str(image), "MODEL": str(model), "OUTPUT": str(out)})
    np.testing.assert_array_equal(read_raster(out)[0][0], (pixels[2] > 127).astype(np.uint8))


def emd_with_data_range(folder: Path, **extra) -> Path:
    band_sigmoids(folder / "half.onnx")
    emd = {
        "ModelType": "ImageClassification",
        "ModelFile": "half.onnx",
        "Classes": [{"Value": 1, "Name": "Bright"}],
    }
    path = folder / "half.emd"
    path.write_text(json.dumps({**emd, **extra}))
    return path


def test_data_range_alone_is_x_over_range_without_imagenet(rasterdl_plugin, tmp_path):
    """Band 1 at 140 is 0.55 after (x - 0) / 255 (class 1) but 0.1 after ImageNet's (0.55 - 0.485) / 0.229."""
    pixels = np.full((3, 32, 32), 140, dtype=np.uint8)
    pixels[0, :, :16] = 100
    image = write_raster(tmp_path / "image.tif", pixels)
    out = tmp_path / "range.tif"
    log = Log()
    classify(
        {
            "INPUT": str(image),
            "MODEL": str(emd_with_data_range(tmp_path, DataRange=[0, 255])),
            "OUTPUT": str(out),
        },
        log,
    )
    np.testing.assert_array_equal(read_raster(out)[0][0], np.repeat([0, 1], 16)[None].repeat(32, axis=0))
    assert "input: x/255, no standardisation (DataRange)" in log.text()
    imagenet = tmp_path / "imagenet.tif"
    classify({"INPUT": str(image), "MODEL": str(emd_with_data_range(tmp_path)), "OUTPUT": str(imagenet)})
    assert not read_raster(imagenet)[0][0].any()


def test_qgis_process_runs_a_bare_ultralytics_detector(tmp_path, squares):
    model = dense_detector(tmp_path / "yolov8.onnx", "ultralytics", metadata=YOLO_META)
    out = tmp_path / "cli.gpkg"
    done = run_qgis_process(
        "--json", "run", "rasterdl:detectobjects", "--", f"INPUT={squares}", f"MODEL={model}",
        f"OUTPUT={out}", "MODEL_ARGUMENTS=padding,16,threshold,0.6", profile=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    parse_json_output(done.stdout)
    assert sorted({row[0] for row in read(out)}) == ["Green roof", "Red roof"]
    assert len(read(out)) == len(SQUARES)


def test_modelinfo_shows_the_tool_shape_normalisation_and_output_rule(rasterdl_plugin, tmp_path):
    import processing

    meta = {**YOLO_META, "imgsz": "[48, 48]"}
    model = dense_detector(tmp_path / "yolov8.onnx", "ultralytics", metadata=meta)
    log = Log()
    result = processing.run("rasterdl:modelinfo", {"MODEL": str(model)}, feedback=log)
    assert json.loads(result["INPUT_SHAPE"]) == [None, 3, 48, 48]
    assert json.loads(result["CLASSES"])[1]["name"] == "Green roof"
    assert "input: x/255, no standardisation" in log.text()
    seg = band_sigmoids(tmp_path / "seg.onnx", metadata={"model_type": "Segmentor"})
    log = Log()
    processing.run("rasterdl:modelinfo", {"MODEL": str(seg)}, feedback=log)
    assert "Output rule: output: 1 sigmoid channel, class 1 where its probability reaches 0.5" in log.text()
