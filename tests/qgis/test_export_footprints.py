"""Export's desktop-facing results: a required output folder, the counts, and the chip footprints layer."""

from __future__ import annotations

import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException

from tests.qgis.test_export_training_data import export, map_lines, scene  # noqa: F401 (fixture)


def test_footprints_outline_every_chip_with_its_file_and_label_count(rasterdl_plugin, tmp_path, scene):  # noqa: F811
    image, labels, _pixels = scene
    out, footprints = tmp_path / "kitti", tmp_path / "footprints.gpkg"
    result = export(
        {
            "INPUT": str(image),
            "INPUT_CLASS_DATA": str(labels),
            "OUTPUT": str(out),
            "OUTPUT_FOOTPRINTS": str(footprints),
        }
    )
    assert (result["OUTPUT"], result["OUTPUT_FOOTPRINTS"]) == (str(out), str(footprints))
    ds = ogr.Open(str(footprints))
    layer = ds.GetLayer(0)
    rows = {
        f["ImageFile"]: (f["ChipIndex"], f["LabelCount"], f["Raster"], f.GetGeometryRef().GetEnvelope())
        for f in layer
    }
    assert len(rows) == result["CHIP_COUNT"] == len(map_lines(out))
    assert sum(count for _i, count, _r, _e in rows.values()) == result["FEATURE_COUNT"]
    for name, (index, count, raster, envelope) in rows.items():
        assert name == f"{index:09d}.tif" and raster == "image"
        chip = gdal.Open(str(out / "images" / name))
        x0, dx, _, y0, _, dy = chip.GetGeoTransform()
        expected = (x0, x0 + dx * chip.RasterXSize, y0 + dy * chip.RasterYSize, y0)
        assert envelope == pytest.approx(expected)
        label_file = out / "labels" / name.replace(".tif", ".txt")
        assert count == len(label_file.read_text().splitlines())


@pytest.mark.parametrize("output", ["TEMPORARY_OUTPUT", ""])
def test_a_temporary_output_folder_is_refused(rasterdl_plugin, tmp_path, scene, output):  # noqa: F811
    image, labels, _pixels = scene
    with pytest.raises(QgsProcessingException, match="Choose an output folder"):
        export({"INPUT": str(image), "INPUT_CLASS_DATA": str(labels), "OUTPUT": output})


def test_without_footprints_asked_none_is_written(rasterdl_plugin, tmp_path, scene):  # noqa: F811
    image, labels, _pixels = scene
    result = export({"INPUT": str(image), "INPUT_CLASS_DATA": str(labels), "OUTPUT": str(tmp_path / "o")})
    assert "OUTPUT_FOOTPRINTS" not in result or not result["OUTPUT_FOOTPRINTS"]
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".gpkg" and p.name != "labels.gpkg"]


def test_footprints_load_as_outlines_over_the_imagery(rasterdl_plugin, tmp_path, scene):  # noqa: F811
    import processing
    from qgis.core import QgsProject

    image, labels, _pixels = scene
    project = QgsProject.instance()
    project.clear()
    try:
        params = {
            "INPUT": str(image),
            "INPUT_CLASS_DATA": str(labels),
            "OUTPUT": str(tmp_path / "o"),
            "OUTPUT_FOOTPRINTS": "TEMPORARY_OUTPUT",
            "TILE_SIZE_X": 64,
            "TILE_SIZE_Y": 64,
            "STRIDE_X": 64,
            "STRIDE_Y": 64,
        }
        result = processing.runAndLoadResults("rasterdl:exporttrainingdata", params)
        (layer,) = project.mapLayers().values()
        assert layer.featureCount() == result["CHIP_COUNT"] > 0
        symbol = layer.renderer().symbol()
        assert layer.renderer().type() == "singleSymbol"
        assert symbol.symbolLayer(0).fillColor().alpha() == 0
        assert symbol.symbolLayer(0).strokeColor().alpha() == 255
    finally:
        project.clear()
