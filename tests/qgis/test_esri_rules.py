"""Esri's inference rules through processing.run on real GeoTIFFs: the predict_background default,
ignore_mapped_class, a TensorFlow backend refused, and modelinfo's list of ignored keys."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsProcessingException

from tests.esri_emd import esri_argmax, unet_emd
from tests.onnx_models import conv_segmenter
from tests.qgis.feedback import Log
from tests.qgis.rasters import read_raster, write_raster


@pytest.fixture()
def scene(tmp_path: Path):
    pixels = np.random.default_rng(11).integers(0, 256, size=(3, 90, 120), dtype=np.uint8)
    model = conv_segmenter(tmp_path / "model.onnx", classes=4, seed=3)
    return tmp_path, write_raster(tmp_path / "image.tif", pixels), model


def classify(folder: Path, image: Path, emd: Path, name: str, arguments=()):
    import processing

    log = Log()
    out, probabilities = folder / f"{name}.tif", folder / f"{name}_p.tif"
    processing.run(
        "rasterdl:classifypixels",
        {
            "INPUT": str(image),
            "MODEL": str(emd),
            "OUTPUT": str(out),
            "OUTPUT_PROBABILITIES": str(probabilities),
            "MODEL_ARGUMENTS": ["padding", "8", *arguments],
        },
        feedback=log,
    )
    return read_raster(out)[0][0], read_raster(probabilities)[0], log.lines


def test_esri_unet_without_a_zero_class_defaults_to_no_background(rasterdl_plugin, scene):
    folder, image, model = scene
    emd = unet_emd(folder, model)
    classes, probabilities, log = classify(folder, image, emd, "default")
    assert not np.any(classes == 0)
    np.testing.assert_array_equal(classes, esri_argmax(probabilities, (1, 2, 3), predict_background=False))
    assert any(line.startswith("predict_background: false (the default, as in ArcGIS Pro") for line in log)
    classes, probabilities, log = classify(folder, image, emd, "forced", ["predict_background", "true"])
    assert np.any(classes == 0)
    np.testing.assert_array_equal(classes, esri_argmax(probabilities, (1, 2, 3)))
    assert any("set in the model arguments; the default is false" in line for line in log)


def test_ignore_mapped_class_is_never_predicted(rasterdl_plugin, scene):
    folder, image, model = scene
    plain, _, _ = classify(folder, image, unet_emd(folder, model), "plain", ["predict_background", "true"])
    assert {0, 2} <= set(np.unique(plain))
    emd = unet_emd(folder, model, ignore_mapped_class=[0, 2])
    classes, probabilities, log = classify(folder, image, emd, "ignored", ["predict_background", "true"])
    assert set(np.unique(classes)) <= {1, 3}
    np.testing.assert_array_equal(classes, esri_argmax(probabilities, (1, 2, 3), (0, 2)))
    assert any("never win" in line and "2 (tree)" in line for line in log)


def test_tensorflow_backend_is_a_clear_error(rasterdl_plugin, scene):
    import processing

    folder, image, model = scene
    emd = unet_emd(folder, model, backend="tensorflow")
    with pytest.raises(QgsProcessingException, match="PyTorch backend only"):
        processing.run(
            "rasterdl:classifypixels",
            {"INPUT": str(image), "MODEL": str(emd), "OUTPUT": str(folder / "x.tif")},
        )
    assert not (folder / "x.tif").exists()


def test_modelinfo_lists_the_keys_it_ignores(rasterdl_plugin, scene):
    import processing

    folder, _, model = scene
    log = Log()
    emd = unet_emd(folder, model, resize_to=256, ignore_mapped_class=[0, 3])
    processing.run("rasterdl:modelinfo", {"MODEL": str(emd)}, feedback=log)
    ignored = next(line for line in log.lines if line.startswith("Keys read but ignored"))
    listed = ignored.split(": ", 1)[1].split(", ")
    assert {"resize_to", "ModelParameters", "LearningRate", "InferenceFunction", "accuracy"} <= set(listed)
    assert not {"backend", "ignore_mapped_class", "Classes", "ModelFile"} & set(listed)
    assert "Output channels that never win (ignore_mapped_class): 0, 3" in log.lines
    assert any(line.startswith("resize_to 256:") for line in log.lines)
    assert any("predict_background=False" in line for line in log.lines)
