"""A .dlpk's ModelFile must stay inside the package (issue 13)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from rasterdl.core.errors import ModelDefinitionError
from rasterdl.core.model_loader import load_model_definition

from tests.onnx_models import scale_model


def package(path: Path, model_file: str, members: dict[str, bytes]) -> Path:
    emd = {
        "ModelType": "ImageClassification",
        "ModelFile": model_file,
        "ImageHeight": 8,
        "ImageWidth": 8,
        "Classes": [{"Value": 1, "Name": "a"}, {"Value": 2, "Name": "b"}, {"Value": 3, "Name": "c"}],
    }
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("model.emd", json.dumps(emd))
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_model_file_outside_the_package_is_refused(tmp_path):
    outside = scale_model(tmp_path / "somewhere" / "model.onnx")
    cache = tmp_path / "cache"
    climb = "../" * 12 + str(outside).lstrip("/")
    for entry in (climb, str(outside)):
        dlpk = package(tmp_path / "escape.dlpk", entry, {})
        with pytest.raises(ModelDefinitionError, match="points outside the package"):
            load_model_definition(str(dlpk), cache_root=cache)
        dlpk.unlink()


def test_a_model_file_in_a_subfolder_of_the_package_is_used(tmp_path):
    model = scale_model(tmp_path / "model.onnx").read_bytes()
    dlpk = package(tmp_path / "good.dlpk", "weights/model.onnx", {"weights/model.onnx": model})
    definition = load_model_definition(str(dlpk), cache_root=tmp_path / "cache")
    assert definition.model_file.name == "model.onnx"
    assert (tmp_path / "cache") in Path(definition.model_file).resolve().parents
