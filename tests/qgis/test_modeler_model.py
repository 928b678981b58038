"""The graphical-modeler model shipped in modeler/: it loads, chains export -> classify, and runs."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from lxml import etree
from osgeo import gdal

from tests.onnx_models import band_threshold_segmenter
from tests.qgis.conftest import REPO, parse_json_output, run_qgis_process
from tests.qgis.rasters import pixel_box_wkt, read_raster, write_polygons, write_raster

MODEL_FILE = REPO / "modeler" / "export_then_classify.model3"
CLASSES = [
    {"Value": 0, "Name": "Dark", "Color": [0, 0, 0]},
    {"Value": 7, "Name": "Bright", "Color": [255, 255, 0]},
]


@pytest.fixture()
def workflow_inputs(tmp_path: Path) -> dict:
    """A 96 x 96 image bright in its left half, two labelled squares (on 1 and 2 chips of 32 px), a model."""
    pixels = np.zeros((3, 96, 96), dtype=np.uint8)
    pixels[:, :, :48] = 200
    image = write_raster(tmp_path / "image.tif", pixels)
    labels = write_polygons(
        tmp_path / "labels.gpkg",
        [pixel_box_wkt(4, 4, 20, 20), pixel_box_wkt(60, 70, 80, 90)],
        fields={"Classvalue": [1, 2]},
    )
    band_threshold_segmenter(tmp_path / "bright.onnx", bands=3, band=0, threshold=0.5)
    emd = {
        "ModelType": "ImageClassification",
        "ModelFile": "bright.onnx",
        "ImageHeight": 32,
        "ImageWidth": 32,
        "ExtractBands": [0, 1, 2],
        "NormalizationStats": {
            "band_min_values": [0.0] * 3,
            "band_max_values": [255.0] * 3,
            "band_mean_values": [0.0] * 3,
            "band_std_values": [1.0] * 3,
            "scaled_min_values": [0.0] * 3,
            "scaled_max_values": [1.0] * 3,
            "scaled_mean_values": [0.0] * 3,
            "scaled_std_values": [1.0] * 3,
        },
        "Classes": CLASSES,
    }
    model = tmp_path / "bright.emd"
    model.write_text(json.dumps(emd))
    return {"image": image, "labels": labels, "model": model, "pixels": pixels}


#: What QGIS 3.40 writes and 3.22 does not, with the values that mean the older format:
#: the format version, an empty output group and order (model-level options)...
_NEWER_DEFAULTS = {"internal_version": "Version1", "outputGroup": "", "outputOrder": None}
#: ...and, in each output's metadata, which child output it comes from (3.40 derives it on load).
_NEWER_OUTPUT_METADATA = ("_modelChildId", "_modelChildOutputName", "_modelChildProvider")


def canonical(path: Path) -> bytes:
    """The XML in canonical form, as QGIS 3.22 writes it.

    Qt writes attributes in a different order in every process, and QGIS 3.40
    adds options that only restate the older format (see _NEWER_DEFAULTS).
    """
    tree = etree.parse(str(path), etree.XMLParser(remove_blank_text=True))
    root = tree.getroot()
    for name, value in _NEWER_DEFAULTS.items():
        for option in root.xpath("./Option[@name=$name]", name=name):
            empty = len(option) == 0 and "value" not in option.attrib
            if option.get("value") == value or (value is None and empty):
                root.remove(option)
    for option in root.xpath("//Option[@name='metadata'][@type='Map']"):
        for entry in list(option):
            if entry.get("name") in _NEWER_OUTPUT_METADATA:
                option.remove(entry)
        if len(option) == 0:
            del option.attrib["type"]
    return etree.tostring(tree, method="c14n")


def load_model():
    from qgis.core import QgsProcessingModelAlgorithm

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL_FILE)), f"{MODEL_FILE} does not load"
    return model


def check_results(training: Path, classified: Path, pixels: np.ndarray) -> None:
    """What a user checks: a Classified_Tiles folder of 32 px chips, and the model's classes."""
    chips = sorted((training / "images").glob("*.tif"))
    labels = sorted((training / "labels").glob("*.tif"))
    assert len(chips) == 3 and [p.name for p in chips] == [p.name for p in labels]
    assert "Classified_Tiles" in (training / "esri_accumulated_stats.json").read_text()
    for chip in chips:
        ds = gdal.Open(str(chip))
        assert (ds.RasterXSize, ds.RasterYSize, ds.RasterCount) == (32, 32, 3)
    values, ds = read_raster(classified)
    assert (ds.RasterXSize, ds.RasterYSize) == (96, 96)
    expected = np.where(pixels[0] > 127, 7, 0)
    np.testing.assert_array_equal(values[0], expected)


def test_model_file_chains_export_then_classify(rasterdl_plugin):
    from qgis.core import QgsApplication

    model = load_model()
    children = model.childAlgorithms()
    assert {child.algorithmId() for child in children.values()} == {
        "rasterdl:exporttrainingdata",
        "rasterdl:classifypixels",
    }
    assert [d.childId for d in children["classify"].dependencies()] == ["export"]
    registry = QgsApplication.processingRegistry()
    for child in children.values():
        assert registry.algorithmById(child.algorithmId()) is not None
    names = {p.name() for p in model.parameterDefinitions()}
    assert {"image", "labels", "model", "tile_size", "export:training_data", "classify:classified"} <= names


def test_model_is_valid_in_the_modeler_and_titled_in_words(rasterdl_plugin):
    """No step is red in the modeler: every mandatory parameter of each step has a value."""
    model = load_model()
    valid, issues = model.validate()
    assert (valid, issues) == (True, [])
    for child_id in model.childAlgorithms():
        assert model.validateChildAlgorithm(child_id) == (True, [])
    assert model.displayName() == "Export training data, then classify pixels"
    assert model.group() == "Raster Deep Learning workflows"
    positions = [child.position() for child in model.childAlgorithms().values()]
    inputs = [component.position() for component in model.parameterComponents().values()]
    assert max(p.y() for p in inputs) < min(p.y() for p in positions), "inputs are drawn above the steps"


def test_model_file_is_what_the_builder_makes(rasterdl_plugin, tmp_path):
    """The committed .model3 is regenerated by scripts/make_modeler_model.py, not edited by hand."""
    import importlib.util

    script = REPO / "scripts" / "make_modeler_model.py"
    spec = importlib.util.spec_from_file_location("make_modeler_model", script)
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    rebuilt = tmp_path / "rebuilt.model3"
    assert builder.build_model().toFile(str(rebuilt))
    assert canonical(rebuilt) == canonical(MODEL_FILE)


def test_model_runs_with_processing_run(rasterdl_plugin, workflow_inputs, tmp_path):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    training, classified = tmp_path / "training", tmp_path / "classified.tif"
    result = processing.run(
        load_model(),
        {
            "image": str(workflow_inputs["image"]),
            "labels": str(workflow_inputs["labels"]),
            "model": str(workflow_inputs["model"]),
            "tile_size": 32,
            "export:training_data": str(training),
            "classify:classified": str(classified),
        },
        context=QgsProcessingContext(),
        feedback=QgsProcessingFeedback(),
    )
    assert Path(result["classify:classified"]) == classified
    check_results(training, classified, workflow_inputs["pixels"])


def test_model_runs_through_qgis_process(workflow_inputs, tmp_path):
    training, classified = tmp_path / "training", tmp_path / "classified.tif"
    completed = run_qgis_process(
        "--json",
        "run",
        str(MODEL_FILE),
        "--",
        f"image={workflow_inputs['image']}",
        f"labels={workflow_inputs['labels']}",
        f"model={workflow_inputs['model']}",
        "tile_size=32",
        f"export:training_data={training}",
        f"classify:classified={classified}",
        profile=tmp_path / "profile",
    )
    assert completed.returncode == 0, completed.stderr
    results = parse_json_output(completed.stdout)["results"]
    assert Path(results["export:training_data"]) == training
    check_results(training, classified, workflow_inputs["pixels"])
