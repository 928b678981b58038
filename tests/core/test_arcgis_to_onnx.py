"""The parts of scripts/arcgis_to_onnx.py that need neither torch nor arcgis: reading the source
model safely, and writing an .emd/.dlpk that keeps Esri's keys and that our loader reads.

The conversion itself runs with arcgis.learn in ``make test-arcgis`` (docs/ARCGIS_ROUNDTRIP.md).
"""

from __future__ import annotations

import importlib.util
import json
import zipfile
from pathlib import Path

import numpy as np
import pytest

from core.engine.pixel_classifier import class_values
from core.model.definition import ModelType
from core.model.loader import load_model_definition
from tests.onnx_models import scale_model

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "arcgis_to_onnx.py"


@pytest.fixture(scope="module")
def converter():
    spec = importlib.util.spec_from_file_location("arcgis_to_onnx", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def unet_emd() -> dict:
    """An .emd with the keys arcgis.learn 2.4.4 writes for a UnetClassifier (values made up)."""
    return {
        "Framework": "arcgis.learn.models._inferencing",
        "ModelConfiguration": "_unet",
        "ModelType": "ImageClassification",
        "InferenceFunction": "ArcGISImageClassifier.py",
        "ExtractBands": [0, 1, 2],
        "ignore_mapped_class": [],
        "SupportsVariableTileSize": True,
        "Classes": [
            {"Value": 1, "Name": "Tree", "Color": [0, 200, 0]},
            {"Value": 2, "Name": "Ground", "Color": [150, 100, 50]},
        ],
        "ModelFormat": "NCHW",
        "MinCellSize": {"x": 0.1, "y": 0.1, "spatialReference": {"wkid": 32617, "latestWkid": 32617}},
        "MaxCellSize": {"x": 0.1, "y": 0.1, "spatialReference": {"wkid": 32617, "latestWkid": 32617}},
        "ArcGISLearnVersion": "2.4.4",
        "monitored_valid_loss": 1.25,
        "ModelFile": "unet.pth",
        "ImageHeight": 8,
        "ImageWidth": 8,
        "ImageSpaceUsed": "MAP_SPACE",
        "LearningRate": "slice('1.0000e-04', '1.0000e-03', None)",
        "ModelName": "UnetClassifier",
        "backend": "pytorch",
        "ModelParameters": {"backbone": "resnet18", "backend": "pytorch"},
        "resize_to": 8,
        "IsMultispectral": False,
        "IsImageNetNormalization": True,
    }


def write_dlpk(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as package:
        for name, data in members.items():
            package.writestr(name, data)
    return path


def test_dlpk_source_is_read_without_its_python_code(converter, tmp_path):
    emd = unet_emd()
    source = write_dlpk(
        tmp_path / "unet.dlpk",
        {
            "unet.emd": json.dumps(emd).encode(),
            "unet.pth": b"weights",
            "ArcGISImageClassifier.py": b"raise SystemExit('never run')",
            "ModelCharacteristics/loss_graph.png": b"png",
        },
    )
    emd_path, read = converter.read_source(source, tmp_path / "work")
    assert emd_path.name == "unet.emd" and read == emd
    extracted = sorted(
        p.relative_to(tmp_path / "work").as_posix() for p in (tmp_path / "work").rglob("*") if p.is_file()
    )
    assert extracted == ["ModelCharacteristics/loss_graph.png", "unet.emd", "unet.pth"]


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ({"../evil.emd": b"{}"}, "unsafe path"),
        ({"a.emd": b"{}", "b.emd": b"{}"}, "holds 2 .emd files"),
        (
            {"m.emd": json.dumps({"ModelName": "SingleShotDetector"}).encode()},
            "ModelName 'SingleShotDetector'",
        ),
        ({"m.emd": b"[1, 2]"}, "not an Esri model definition"),
        ({"m.emd": b"{oops"}, "not valid JSON"),
        ({"m.emd": json.dumps({**unet_emd(), "Framework": "TensorFlow"}).encode()}, "Framework 'TensorFlow'"),
    ],
)
def test_bad_sources_are_refused_with_the_reason(converter, tmp_path, members, message):
    source = write_dlpk(tmp_path / "bad.dlpk", members)
    with pytest.raises(converter.ConversionError, match=message):
        converter.read_source(source, tmp_path / "work")


def test_not_a_model_file_is_refused(converter, tmp_path):
    (tmp_path / "model.pth").write_bytes(b"x")
    with pytest.raises(converter.ConversionError, match="neither an .emd nor a .dlpk"):
        converter.read_source(tmp_path / "model.pth", tmp_path / "work")
    with pytest.raises(converter.ConversionError, match="does not exist"):
        converter.read_source(tmp_path / "missing.emd", tmp_path / "work")
    (tmp_path / "zip.dlpk").write_bytes(b"not a zip")
    with pytest.raises(converter.ConversionError, match="not a zip"):
        converter.read_source(tmp_path / "zip.dlpk", tmp_path / "work")


def test_written_package_keeps_esri_keys_and_loads_in_the_plugin(converter, tmp_path):
    emd = unet_emd()
    onnx_path = scale_model(tmp_path / "src" / "model.onnx", bands=3, size=8)
    check = {"max_abs_diff": 1e-6, "passed": True}
    definition = converter.converted_emd(
        emd, "unet.onnx", tmp_path / "unet.emd", check, "scores", {}, {"arcgis": "2.4.4", "torch": "2.x"}
    )
    written = converter.write_outputs(tmp_path / "out", "unet", onnx_path, definition)

    saved = json.loads(Path(written["emd"]).read_text())
    assert {k: v for k, v in saved.items() if k not in ("ModelFile", "Framework", "ConvertedFrom")} == {
        k: v for k, v in emd.items() if k not in ("ModelFile", "Framework")
    }
    assert saved["ModelFile"] == "unet.onnx" and saved["Framework"] == "ONNX"
    assert saved["ConvertedFrom"]["ModelFile"] == "unet.pth" and saved["ConvertedFrom"]["Check"] == check
    with zipfile.ZipFile(written["dlpk"]) as package:
        assert sorted(package.namelist()) == ["unet.emd", "unet.onnx"]
    assert not list((tmp_path / "out").glob("*.part"))

    for source in (written["dlpk"], written["emd"]):
        loaded = load_model_definition(source, cache_root=tmp_path / "cache")
        assert loaded.model_type == ModelType.PIXEL_CLASSIFICATION
        assert loaded.model_file.suffix == ".onnx"
        # channel 0 is the background arcgis.learn adds before the listed classes
        assert class_values(loaded) == (0, 1, 2)
        assert [c.name for c in loaded.classes] == ["Tree", "Ground"]


def test_random_chip_spans_the_normalisation_range(converter):
    emd = {
        **unet_emd(),
        "ExtractBands": [1],
        "NormalizationStats": {
            "band_min_values": [0, 100, 0],
            "band_max_values": [1, 1100, 1],
            "scaled_mean_values": [0, 0.5, 0],
            "scaled_std_values": [1, 0.25, 1],
        },
    }
    chip = converter.chip_pixels(emd, None, seed=3)
    assert chip.shape == (1, 1, 8, 8) and chip.min() >= 100 and chip.max() <= 1100
    normalised = converter.normalise(chip, emd)
    np.testing.assert_allclose(normalised, ((chip - 100) / 1000 - 0.5) / 0.25, atol=1e-6)
    rgb = converter.normalise(np.full((1, 3, 2, 2), 255, np.float32), unet_emd())
    np.testing.assert_allclose(
        rgb[0, :, 0, 0], (1 - np.array([0.485, 0.456, 0.406])) / np.array([0.229, 0.224, 0.225]), rtol=1e-5
    )
