"""Models taking rectangular tiles (e.g. 800 x 608) run through processing.run and qgis_process, and
every pixel and box lands where it belongs."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal

from tests.onnx_models import band_threshold_segmenter, dense_detector
from tests.qgis.conftest import run_qgis_process
from tests.qgis.rasters import read_raster, write_raster
from tests.qgis.test_classify_pixels import identity_stats
from tests.qgis.test_detect_objects import CLASSES, SQUARES, expected_rows, read, scene  # noqa: F401 (fixture)
from tests.rectangular_models import fix_input_size

#: The fixed input of the rectangular models: 56 pixels wide, 40 high.
WIDTH, HEIGHT = 56, 40


@pytest.fixture()
def binary_image(tmp_path: Path) -> tuple[Path, np.ndarray]:
    """Random pixels of 0 or 255 (a mid-range threshold splits them whatever the normalisation)."""
    pixels = (np.random.default_rng(11).integers(0, 2, (3, 130, 170)) * 255).astype(np.uint8)
    return write_raster(tmp_path / "binary.tif", pixels), pixels


@pytest.fixture()
def fixed_segmenter(tmp_path: Path) -> Path:
    """A bare ONNX taking only 56 x 40 tiles: class 1 where band 1 is bright."""
    return fix_input_size(band_threshold_segmenter(tmp_path / "fixed.onnx"), HEIGHT, WIDTH)


def test_bare_onnx_with_a_fixed_rectangular_input_classifies_every_pixel(
    rasterdl_plugin, tmp_path, binary_image, fixed_segmenter
):
    import processing

    path, pixels = binary_image
    out = tmp_path / "classes.tif"
    processing.run(
        "rasterdl:classifypixels",
        {
            "INPUT": str(path),
            "MODEL": str(fixed_segmenter),
            "MODEL_ARGUMENTS": ["batch_size", "3", "test_time_augmentation", "true"],
            "OUTPUT": str(out),
        },
    )
    classes, ds = read_raster(out)
    assert ds.GetGeoTransform() == gdal.Open(str(path)).GetGeoTransform()
    np.testing.assert_array_equal(classes[0], (pixels[0] > 0).astype(np.uint8))


def test_emd_image_width_and_height_through_qgis_process(tmp_path, binary_image):
    """A dynamic model described as 56 x 40 by its .emd; tile_size WxH overrides it on the command line."""
    band_threshold_segmenter(tmp_path / "dynamic.onnx")
    emd = {
        "ModelType": "ImageClassification",
        "ModelFile": "dynamic.onnx",
        "ImageWidth": WIDTH,
        "ImageHeight": HEIGHT,
        "NormalizationStats": identity_stats(3),
        "Classes": [{"Value": 0, "Name": "Dark"}, {"Value": 3, "Name": "Bright"}],
    }
    model = tmp_path / "rect.emd"
    model.write_text(json.dumps(emd))
    path, pixels = binary_image
    for arguments in ("padding,8", "tile_size,72x40,padding,8"):
        out = tmp_path / f"cli_{len(arguments)}.tif"
        done = run_qgis_process(
            "run",
            "rasterdl:classifypixels",
            "--",
            f"INPUT={path}",
            f"MODEL={model}",
            f"MODEL_ARGUMENTS={arguments}",
            f"OUTPUT={out}",
            profile=tmp_path,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        tiles = "72 x 40" if "72x40" in arguments else "56 x 40"
        assert f"tiles of {tiles} with padding 8" in done.stdout
        classes, _ = read_raster(out)
        np.testing.assert_array_equal(classes[0], np.where(pixels[0] > 0, 3, 0))


def test_modelinfo_gives_tile_width_and_height(rasterdl_plugin, fixed_segmenter):
    import processing

    result = processing.run("rasterdl:modelinfo", {"MODEL": str(fixed_segmenter)})
    assert json.loads(result["INPUT_SHAPE"])[2:] == [HEIGHT, WIDTH]
    assert (result["TILE_SIZE_X"], result["TILE_SIZE_Y"], result["TILE_SIZE"]) == (WIDTH, HEIGHT, HEIGHT)


def rectangular_detector(folder: Path) -> Path:
    """The squares detector of test_detect_objects, exported for 64 x 48 images only."""
    fix_input_size(dense_detector(folder / "rect_det.onnx"), 48, 64)
    emd = {
        "ModelType": "ObjectDetection",
        "ModelFile": "rect_det.onnx",
        "ImageWidth": 64,
        "ImageHeight": 48,
        "NormalizationStats": identity_stats(3),
        "Classes": CLASSES,
    }
    path = folder / "rect_det.emd"
    path.write_text(json.dumps(emd))
    return path


@pytest.mark.parametrize("tta", ["false", "true"])
def test_detector_with_rectangular_tiles_finds_each_square_in_place(rasterdl_plugin, tmp_path, scene, tta):  # noqa: F811
    import processing

    out = tmp_path / "rect.gpkg"
    arguments = ["padding", "8", "threshold", "0.6", "test_time_augmentation", tta]
    processing.run(
        "rasterdl:detectobjects",
        {"INPUT": str(scene), "MODEL": str(rectangular_detector(tmp_path)), "MODEL_ARGUMENTS": arguments,
         "OUTPUT": str(out)},
    )  # fmt: skip
    assert read(out) == expected_rows()


def test_detector_with_rectangular_tiles_through_qgis_process(tmp_path, scene):  # noqa: F811
    dense_detector(tmp_path / "dynamic_det.onnx")
    emd = json.loads(rectangular_detector(tmp_path).read_text())
    model = tmp_path / "dynamic_det.emd"
    model.write_text(
        json.dumps({**emd, "ModelFile": "dynamic_det.onnx", "ImageWidth": 64, "ImageHeight": 64})
    )
    out = tmp_path / "cli.gpkg"
    done = run_qgis_process(
        "run",
        "rasterdl:detectobjects",
        "--",
        f"INPUT={scene}",
        f"MODEL={model}",
        "MODEL_ARGUMENTS=padding,8,threshold,0.6,tile_size,40x48",
        f"OUTPUT={out}",
        profile=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert read(out) == expected_rows()


def test_fixed_rectangular_model_refuses_another_tile_size(
    rasterdl_plugin, tmp_path, binary_image, fixed_segmenter
):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="Set tile_size to 56,40"):
        processing.run(
            "rasterdl:classifypixels",
            {
                "INPUT": str(binary_image[0]),
                "MODEL": str(fixed_segmenter),
                "MODEL_ARGUMENTS": ["tile_size", "40,56"],
                "OUTPUT": str(tmp_path / "x.tif"),
            },
        )
    assert not (tmp_path / "x.tif").exists()
