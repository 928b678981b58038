"""Outputs as Processing loads them into a project: styled by class, and drawn in the class colours."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal

from tests.onnx_models import band_threshold_segmenter
from tests.qgis.rasters import pixel_box_wkt, write_polygons, write_raster
from tests.qgis.test_classify_pixels import CLASSES, threshold_model


@pytest.fixture()
def project():
    from qgis.core import QgsProject

    project = QgsProject.instance()
    project.clear()
    yield project
    project.clear()


def half_bright(path: Path, height: int = 64, width: int = 96) -> Path:
    """Bright (band 0 = 220) in the left half, dark in the right: class 5 left, class 0 right."""
    pixels = np.zeros((3, height, width), dtype=np.uint8)
    pixels[0, :, : width // 2] = 220
    return write_raster(path, pixels)


def run_and_load(params: dict, tool: str = "rasterdl:classifypixels") -> dict:
    import processing
    from qgis.core import QgsProcessingFeedback

    class Errors(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.errors = []

        def reportError(self, error, fatal_error=False):  # noqa: N802
            self.errors.append(error)

    feedback = Errors()
    results = processing.runAndLoadResults(tool, params, feedback=feedback)
    assert not feedback.errors, feedback.errors
    return results


def loaded(project, path) -> object:
    layers = [layer for layer in project.mapLayers().values() if Path(layer.source()) == Path(path)]
    assert len(layers) == 1, [layer.source() for layer in project.mapLayers().values()]
    return layers[0]


def render(layer, size=(96, 64), extent=None):
    """The layer drawn alone on a transparent background, without antialiasing (exact colours)."""
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(extent or layer.extent())
    settings.setFlag(QgsMapSettings.Antialiasing, False)
    settings.setOutputSize(QSize(*size))
    settings.setBackgroundColor(QColor(0, 0, 0, 0))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def rgba(image, x: int, y: int) -> tuple[int, int, int, int]:
    color = image.pixelColor(x, y)
    return color.red(), color.green(), color.blue(), color.alpha()


def palette(layer) -> list[tuple[int, str, tuple[int, int, int]]]:
    renderer = layer.renderer()
    assert renderer.type() == "paletted"
    return [
        (int(c.value), c.label, (c.color.red(), c.color.green(), c.color.blue())) for c in renderer.classes()
    ]


def test_classified_raster_loads_paletted_with_class_names_and_colours(rasterdl_plugin, project, tmp_path):
    image = half_bright(tmp_path / "image.tif")
    mask = write_polygons(tmp_path / "mask.gpkg", [pixel_box_wkt(0, 0, 96, 48)])
    output = tmp_path / "classes.tif"
    run_and_load(
        {
            "INPUT": str(image),
            "MODEL": str(threshold_model(tmp_path)),
            "MASK": str(mask),
            "OUTPUT": str(output),
        }
    )
    layer = loaded(project, output)
    assert palette(layer) == [(0, "Background", (10, 20, 30)), (5, "Bright", (250, 200, 0))]
    legend = [label for label, _color in layer.renderer().legendSymbologyItems()]
    assert legend == ["Background", "Bright"]

    image = render(layer)
    assert rgba(image, 10, 10) == (250, 200, 0, 255)
    assert rgba(image, 80, 10) == (10, 20, 30, 255)
    assert rgba(image, 10, 60)[3] == 0, "nodata (outside the mask) must be transparent"


def test_classes_without_colours_get_a_colour_table_and_distinct_colours(rasterdl_plugin, project, tmp_path):
    image = half_bright(tmp_path / "image.tif")
    band_threshold_segmenter(tmp_path / "plain.onnx", bands=3, band=0, threshold=0.5)
    emd = json.loads(threshold_model(tmp_path).read_text())
    emd.update(ModelFile="plain.onnx", Classes=[{"Value": c["Value"], "Name": c["Name"]} for c in CLASSES])
    model = tmp_path / "plain.emd"
    model.write_text(json.dumps(emd))
    output = tmp_path / "plain.tif"
    run_and_load({"INPUT": str(image), "MODEL": str(model), "OUTPUT": str(output)})

    entries = palette(loaded(project, output))
    assert [(value, name) for value, name, _color in entries] == [(0, "Background"), (5, "Bright")]
    colors = [color for _value, _name, color in entries]
    assert colors[0] != colors[1]
    dataset = gdal.Open(str(output))
    table = dataset.GetRasterBand(1).GetRasterColorTable()
    assert table is not None
    assert [tuple(table.GetColorEntry(value)[:3]) for value in (0, 5)] == colors

    image = render(loaded(project, output))
    assert rgba(image, 10, 10) == (*colors[1], 255)
    assert rgba(image, 80, 10) == (*colors[0], 255)


def test_each_raster_of_processing_mode_1_loads_styled_and_probabilities_as_a_ramp(
    rasterdl_plugin, project, tmp_path
):
    first, second = half_bright(tmp_path / "north.tif"), half_bright(tmp_path / "south.tif")
    output, probabilities = tmp_path / "classes.tif", tmp_path / "probabilities.tif"
    run_and_load(
        {
            "INPUT": str(first),
            "MORE_INPUTS": [str(second)],
            "PROCESSING_MODE": 1,
            "MODEL": str(threshold_model(tmp_path)),
            "OUTPUT": str(output),
            "OUTPUT_PROBABILITIES": str(probabilities),
        }
    )
    for name in ("north", "south"):
        classes = loaded(project, tmp_path / f"classes_{name}.tif")
        assert palette(classes) == [(0, "Background", (10, 20, 30)), (5, "Bright", (250, 200, 0))]
        ramp = loaded(project, tmp_path / f"probabilities_{name}.tif")
        renderer = ramp.renderer()
        assert renderer.type() == "singlebandpseudocolor"
        # QGIS 3.40 has inputBand() and deprecates band(); 3.22 has only band()
        band = renderer.inputBand() if hasattr(renderer, "inputBand") else renderer.band()
        assert (band, renderer.classificationMin(), renderer.classificationMax()) == (2, 0.0, 1.0)
        image = render(ramp)
        assert rgba(image, 10, 10)[:3] != rgba(image, 80, 10)[:3], "high and low probability look alike"
    assert len(project.mapLayers()) == 4


def test_classified_objects_load_categorized_by_label(rasterdl_plugin, project, tmp_path):
    from qgis.core import QgsRasterLayer

    from tests.qgis.test_classify_objects import brightness_model

    pixels = np.zeros((3, 80, 180), dtype=np.uint8)
    pixels[:, :, :60], pixels[:, :, 60:120], pixels[:, :, 120:] = 40, 128, 220
    image = write_raster(tmp_path / "image.tif", pixels)
    model = brightness_model(tmp_path)
    emd = json.loads(model.read_text())
    colors = {"Dark": (200, 0, 0), "Medium": (0, 160, 0), "Bright": (0, 0, 220)}
    for entry in emd["Classes"]:
        entry["Color"] = list(colors[entry["Name"]])
    model.write_text(json.dumps(emd))
    boxes = [pixel_box_wkt(10, 10, 50, 70), pixel_box_wkt(70, 10, 110, 70), pixel_box_wkt(130, 10, 170, 70)]
    features = write_polygons(tmp_path / "boxes.gpkg", boxes)
    output = tmp_path / "objects.gpkg"
    run_and_load(
        {"INPUT": str(image), "INPUT_FEATURES": str(features), "MODEL": str(model), "OUTPUT": str(output)},
        "rasterdl:classifyobjects",
    )
    layer = next(iter(project.mapLayers().values()))
    renderer = layer.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "ClassLabel"
    categories = {c.value(): c.symbol().color() for c in renderer.categories() if c.value()}
    assert {name: (c.red(), c.green(), c.blue()) for name, c in categories.items()} == colors
    labels = sorted(feature["ClassLabel"] for feature in layer.getFeatures())
    assert labels == ["Bright", "Dark", "Medium"]

    image = render(layer, (180, 80), QgsRasterLayer(str(image)).extent())
    edge = {name: rgba(image, x, 40)[:3] for name, x in (("Dark", 10), ("Medium", 70), ("Bright", 130))}
    assert edge == colors, "each outline is drawn in its class colour"
    inside = rgba(image, 30, 40)
    assert 0 < inside[3] < 255, "the fill lets the imagery show through"
