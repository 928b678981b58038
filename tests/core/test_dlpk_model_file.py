"""A .dlpk's ModelFile must stay inside the package (issue 13)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from rasterdl.core.errors import ModelDefinitionError
from rasterdl.core.model.loader import load_model_definition

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


def cache_entries(cache: Path) -> list[str]:
    return sorted(p.name for p in cache.iterdir()) if cache.exists() else []


def test_a_refused_package_does_not_stay_in_the_cache(tmp_path):
    outside = scale_model(tmp_path / "somewhere" / "model.onnx")
    cache = tmp_path / "cache"
    dlpk = package(tmp_path / "escape.dlpk", str(outside), {"padding.bin": b"x" * 100_000})
    with pytest.raises(ModelDefinitionError):
        load_model_definition(str(dlpk), cache_root=cache)
    assert cache_entries(cache) == []


def test_a_package_without_an_onnx_model_is_refused_before_extraction(tmp_path):
    cache = tmp_path / "cache"
    dlpk = package(tmp_path / "torch.dlpk", "model.pth", {"model.pth": b"\x80\x02" + b"w" * 200_000})
    with pytest.raises(
        ModelDefinitionError, match=r"holds no ONNX model .*'model\.pth'.*Export the model to ONNX"
    ):
        load_model_definition(str(dlpk), cache_root=cache)
    assert cache_entries(cache) == []


def test_the_cache_is_pruned_oldest_first_under_its_size_cap(tmp_path):
    import os
    import time

    from rasterdl.core.model.dlpk import prune_cache

    cache = tmp_path / "cache"
    now = time.time()
    for index, name in enumerate(["old", "middle", "new", "current"]):
        entry = cache / name
        entry.mkdir(parents=True)
        (entry / "model.onnx").write_bytes(b"x" * 1000)
        os.utime(entry, (now - 1000 + index * 100, now - 1000 + index * 100))
    staging = cache / ".abc-tmp"
    staging.mkdir()
    os.utime(staging, (now - 7200, now - 7200))
    fresh_staging = cache / ".def-tmp"
    fresh_staging.mkdir()
    removed = prune_cache(cache, max_bytes=2500, keep=cache / "old")
    assert sorted(p.name for p in removed) == [".abc-tmp", "middle", "new"]
    assert cache_entries(cache) == [".def-tmp", "current", "old"]


def test_reusing_a_package_marks_it_as_recently_used(tmp_path):
    import os

    model = scale_model(tmp_path / "model.onnx").read_bytes()
    dlpk = package(tmp_path / "good.dlpk", "model.onnx", {"model.onnx": model})
    cache = tmp_path / "cache"
    load_model_definition(str(dlpk), cache_root=cache)
    (entry,) = [p for p in cache.iterdir()]
    os.utime(entry, (1, 1))
    load_model_definition(str(dlpk), cache_root=cache)
    assert entry.stat().st_mtime > 1e9
