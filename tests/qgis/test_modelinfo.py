"""Query Deep Learning Model Info through processing.run and scripts/qgis_process."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import numpy as np
import pytest
from qgis.core import Qgis, QgsProcessingException

from tests.onnx_models import band_threshold_segmenter
from tests.qgis.conftest import parse_json_output, run_qgis_process
from tests.qgis.rasters import write_raster

CLASSES = [
    {"Value": 0, "Name": "Background", "Color": [0, 0, 0]},
    {"Value": 7, "Name": "Water", "Color": [0, 92, 230]},
]


@pytest.fixture()
def emd_model(tmp_path: Path) -> Path:
    band_threshold_segmenter(tmp_path / "water.onnx", bands=4, size=128)
    emd = {
        "Framework": "PyTorch",
        "ModelConfiguration": "UNet",
        "ModelType": "ImageClassification",
        "ModelFile": "water.onnx",
        "ImageHeight": 128,
        "ImageWidth": 128,
        "ExtractBands": [3, 2, 1, 0],
        "Classes": CLASSES,
        "ModelName": "Water finder",
    }
    path = tmp_path / "water.emd"
    path.write_text(json.dumps(emd))
    return path


def test_modelinfo_processing_run_reports_the_model(rasterdl_plugin, emd_model):
    import processing

    result = processing.run("rasterdl:modelinfo", {"MODEL": str(emd_model)})
    assert result["MODEL_TYPE"] == "ImageClassification"
    assert json.loads(result["CLASSES"]) == [
        {"value": 0, "name": "Background", "color": [0, 0, 0]},
        {"value": 7, "name": "Water", "color": [0, 92, 230]},
    ]
    assert json.loads(result["INPUT_SHAPE"]) == [None, 4, 128, 128]
    assert result["BANDS"] == "4,3,2,1"
    assert result["TILE_SIZE"] == 128
    assert result["EXECUTION_PROVIDER"] == "CPUExecutionProvider"
    assert "CPUExecutionProvider" in result["AVAILABLE_PROVIDERS"].split(",")


def test_modelinfo_accepts_a_json_string(rasterdl_plugin, emd_model):
    import processing

    text = emd_model.read_text().replace('"water.onnx"', json.dumps(str(emd_model.parent / "water.onnx")))
    result = processing.run("rasterdl:modelinfo", {"MODEL": text})
    assert result["MODEL_TYPE"] == "ImageClassification"
    assert result["BANDS"] == "4,3,2,1"


def test_modelinfo_bad_model_is_a_processing_error(rasterdl_plugin, tmp_path):
    import processing

    bad = tmp_path / "bad.emd"
    bad.write_text('{"ModelType": "ImageClassification", "ModelFile": "missing.onnx"}')
    with pytest.raises(QgsProcessingException, match="missing.onnx"):
        processing.run("rasterdl:modelinfo", {"MODEL": str(bad)})


def test_qgis_process_json_run(emd_model, tmp_path):
    done = run_qgis_process(
        "--json", "run", "rasterdl:modelinfo", "--", f"MODEL={emd_model}", profile=tmp_path
    )
    assert done.returncode == 0, done.stderr
    results = parse_json_output(done.stdout)["results"]
    assert results["MODEL_TYPE"] == "ImageClassification"
    assert json.loads(results["CLASSES"])[1]["name"] == "Water"
    assert results["BANDS"] == "4,3,2,1"
    assert results["EXECUTION_PROVIDER"] == "CPUExecutionProvider"


def test_qgis_process_malformed_dlpk_fails_with_one_line_reason(tmp_path):
    dlpk = tmp_path / "broken.dlpk"
    with zipfile.ZipFile(dlpk, "w") as archive:
        archive.writestr("model/broken.emd", "{}")
        archive.writestr("../evil.py", "raise SystemExit('executed')")
    done = run_qgis_process("run", "rasterdl:modelinfo", "--", f"MODEL={dlpk}", profile=tmp_path)
    assert done.returncode != 0
    errors = [line for line in (done.stdout + done.stderr).splitlines() if "evil.py" in line]
    assert errors, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr


def test_tools_listed_and_missing_onnxruntime_explained(emd_model, tmp_path):
    shadow = tmp_path / "shadow" / "onnxruntime"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text(
        "raise ModuleNotFoundError(\"No module named 'onnxruntime'\", name='onnxruntime')\n"
    )
    env = {"PYTHONPATH": str(shadow.parent)}
    listed = run_qgis_process("list", env=env, profile=tmp_path)
    assert "rasterdl:modelinfo" in listed.stdout
    done = run_qgis_process(
        "run", "rasterdl:modelinfo", "--", f"MODEL={emd_model}", env=env, profile=tmp_path
    )
    assert done.returncode != 0
    output = done.stdout + done.stderr
    assert "'onnxruntime' is required" in output
    assert "-m pip install" in output and '"onnxruntime"' in output


def test_tools_listed_and_missing_shapely_and_lxml_explained(tmp_path):
    """Without shapely and lxml every tool is still listed, and running one names what to install."""
    for package in ("shapely", "lxml"):
        shadow = tmp_path / "shadow" / package
        shadow.mkdir(parents=True)
        # As a really absent package fails: QGIS 3.40's qgis.core imports shapely and catches only this.
        (shadow / "__init__.py").write_text(
            f"raise ModuleNotFoundError(\"No module named '{package}'\", name='{package}')\n"
        )
    env = {"PYTHONPATH": str(tmp_path / "shadow")}
    listed = run_qgis_process("list", env=env, profile=tmp_path)
    for tool in ("modelinfo", "exporttrainingdata", "classifypixels", "classifyobjects", "detectobjects"):
        assert f"rasterdl:{tool}" in listed.stdout, listed.stdout + listed.stderr
    image = write_raster(tmp_path / "image.tif", np.zeros((3, 32, 32), dtype=np.uint8))
    done = run_qgis_process(
        "run",
        "rasterdl:exporttrainingdata",
        "--",
        f"INPUT={image}",
        "METADATA_FORMAT=6",
        f"OUTPUT={tmp_path / 'out'}",
        env=env,
        profile=tmp_path,
    )
    output = done.stdout + done.stderr
    assert done.returncode != 0
    # The shapely release whose wheels bundle the GEOS this QGIS links (3.11: Debian 12, 3.13: Debian 13).
    shapely = {(3, 11): "shapely>=2.0,<2.1", (3, 13): "shapely>=2.1,<2.2"}[
        (Qgis.geosVersionMajor(), Qgis.geosVersionMinor())
    ]
    assert f"'{shapely}' is required" in output and "-m pip install" in output
    assert "Traceback" not in output
