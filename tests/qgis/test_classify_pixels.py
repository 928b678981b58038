"""Classify Pixels Using Deep Learning on real GeoTIFFs, through processing.run and qgis_process."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from tests.onnx_models import band_threshold_segmenter, mean_brightness_classifier
from tests.qgis.conftest import parse_json_output, run_qgis_process
from tests.qgis.rasters import ORIGIN, UTM, pixel_box_wkt, read_raster, write_polygons, write_raster

CLASSES = [
    {"Value": 0, "Name": "Background", "Color": [10, 20, 30]},
    {"Value": 5, "Name": "Bright", "Color": [250, 200, 0]},
]


def identity_stats(bands: int, high: float = 255.0) -> dict:
    """NormalizationStats that make the model see x / high exactly."""
    return {
        "band_min_values": [0.0] * bands,
        "band_max_values": [high] * bands,
        "band_mean_values": [0.0] * bands,
        "band_std_values": [1.0] * bands,
        "scaled_min_values": [0.0] * bands,
        "scaled_max_values": [1.0] * bands,
        "scaled_mean_values": [0.0] * bands,
        "scaled_std_values": [1.0] * bands,
    }


def threshold_model(folder: Path, bands: int = 3, band: int = 0, high: float = 255.0, **extra) -> Path:
    """A .emd whose model marks class 5 where band ``band`` / high > 0.5."""
    band_threshold_segmenter(folder / "threshold.onnx", bands=bands, band=band, threshold=0.5)
    emd = {
        "ModelType": "ImageClassification",
        "ModelFile": "threshold.onnx",
        "ImageHeight": 64,
        "ImageWidth": 64,
        "ExtractBands": list(range(bands)),
        "NormalizationStats": identity_stats(bands, high),
        "Classes": CLASSES,
        **extra,
    }
    path = folder / "threshold.emd"
    path.write_text(json.dumps(emd))
    return path


@pytest.fixture()
def image(tmp_path: Path) -> tuple[Path, np.ndarray]:
    rng = np.random.default_rng(7)
    pixels = rng.integers(0, 256, size=(3, 230, 310), dtype=np.uint8)
    return write_raster(tmp_path / "image.tif", pixels), pixels


def run(params: dict, feedback=None) -> dict:
    import processing

    return processing.run("rasterdl:classifypixels", params, feedback=feedback)


def test_classes_georeference_colours_and_attribute_table(rasterdl_plugin, tmp_path, image):
    path, pixels = image
    out = tmp_path / "classes.tif"
    result = run(
        {
            "INPUT": str(path),
            "MODEL": str(threshold_model(tmp_path)),
            "OUTPUT": str(out),
            "MODEL_ARGUMENTS": ["padding", "8", "batch_size", "3"],
        }
    )
    assert result["OUTPUT"] == str(out)
    classes, ds = read_raster(out)
    expected = np.where(pixels[0] > 127.5, 5, 0)
    np.testing.assert_array_equal(classes[0], expected)
    source = gdal.Open(str(path))
    assert ds.GetGeoTransform() == source.GetGeoTransform()
    assert ds.GetSpatialRef().GetAuthorityCode(None) == str(UTM)
    band = ds.GetRasterBand(1)
    assert band.DataType == gdal.GDT_Byte
    assert band.GetRasterColorTable().GetColorEntry(5)[:3] == (250, 200, 0)
    rat = band.GetDefaultRAT()
    names = [rat.GetNameOfCol(i) for i in range(rat.GetColumnCount())]
    assert names == ["Value", "Class", "Red", "Green", "Blue"]
    rows = [(rat.GetValueAsInt(r, 0), rat.GetValueAsString(r, 1), rat.GetValueAsInt(r, 2)) for r in range(2)]
    assert rows == [(0, "Background", 10), (5, "Bright", 250)]
    assert 'label="Bright"' in (tmp_path / "classes.qml").read_text()
    assert not list(tmp_path.glob(".*partial*"))


def test_probabilities_sum_to_one(rasterdl_plugin, tmp_path, image):
    path, pixels = image
    out, probs = tmp_path / "classes.tif", tmp_path / "probs.tif"
    run(
        {
            "INPUT": str(path),
            "MODEL": str(threshold_model(tmp_path)),
            "OUTPUT": str(out),
            "OUTPUT_PROBABILITIES": str(probs),
        }
    )
    values, ds = read_raster(probs)
    assert values.shape == (2, 230, 310) and values.dtype == np.float32
    assert values.min() >= 0 and values.max() <= 1
    np.testing.assert_allclose(values.sum(axis=0), 1.0, atol=1e-5)
    expected = 1 / (1 + np.exp(-20 * (pixels[0] / 255.0 - 0.5)))
    np.testing.assert_allclose(values[1], expected, atol=1e-4)
    assert ds.GetRasterBand(2).GetDescription() == "Bright"


def test_nodata_and_mask_become_nodata(rasterdl_plugin, tmp_path):
    pixels = np.full((3, 100, 120), 200, dtype=np.uint8)
    pixels[:, 10:20, 10:30] = 0
    path = write_raster(tmp_path / "image.tif", pixels, nodata=0)
    mask = write_polygons(tmp_path / "mask.gpkg", [pixel_box_wkt(0, 0, 60, 100)])
    out = tmp_path / "classes.tif"
    run({"INPUT": str(path), "MODEL": str(threshold_model(tmp_path)), "MASK": str(mask), "OUTPUT": str(out)})
    classes, ds = read_raster(out)
    nodata = ds.GetRasterBand(1).GetNoDataValue()
    assert nodata is not None and nodata not in (0, 5)
    assert (classes[0, 10:20, 10:30] == nodata).all()
    assert (classes[0, :, 60:] == nodata).all()
    assert (classes[0, 30:, :60] == 5).all()


def test_mask_in_another_crs_is_reprojected(rasterdl_plugin, tmp_path):
    from osgeo import osr

    pixels = np.full((3, 80, 80), 220, dtype=np.uint8)
    path = write_raster(tmp_path / "image.tif", pixels)
    utm, wgs = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(UTM)
    wgs.ImportFromEPSG(4326)
    wgs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    utm.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_wgs = osr.CoordinateTransformation(utm, wgs)
    x0, y1 = ORIGIN
    corners = [
        to_wgs.TransformPoint(x, y)[:2]
        for x, y in [(x0, y1 - 40 * 0.5), (x0 + 40 * 0.5, y1 - 40 * 0.5), (x0 + 40 * 0.5, y1), (x0, y1)]
    ]
    ring = ",".join(f"{x} {y}" for x, y in corners + corners[:1])
    mask = write_polygons(tmp_path / "mask.gpkg", [f"POLYGON(({ring}))"], epsg=4326)
    out = tmp_path / "classes.tif"
    run({"INPUT": str(path), "MODEL": str(threshold_model(tmp_path)), "MASK": str(mask), "OUTPUT": str(out)})
    classes, ds = read_raster(out)
    nodata = ds.GetRasterBand(1).GetNoDataValue()
    assert (classes[0, 2:38, 2:38] == 5).all()
    assert (classes[0, 42:, :] == nodata).all() and (classes[0, :, 42:] == nodata).all()


def test_uint16_multispectral_input(rasterdl_plugin, tmp_path):
    rng = np.random.default_rng(3)
    pixels = rng.integers(0, 10000, size=(4, 90, 70), dtype=np.uint16)
    path = write_raster(tmp_path / "ms.tif", pixels)
    model = threshold_model(tmp_path, bands=4, band=3, high=10000.0, IsMultispectral=True)
    out = tmp_path / "classes.tif"
    run({"INPUT": str(path), "MODEL": str(model), "OUTPUT": str(out)})
    classes, _ = read_raster(out)
    np.testing.assert_array_equal(classes[0], np.where(pixels[3] > 5000, 5, 0))


def test_extent_limits_the_output(rasterdl_plugin, tmp_path, image):
    path, pixels = image
    x0, y1 = ORIGIN
    extent = f"{x0 + 20 * 0.5},{x0 + 120 * 0.5},{y1 - 90 * 0.5},{y1 - 30 * 0.5} [EPSG:{UTM}]"
    out = tmp_path / "classes.tif"
    run({"INPUT": str(path), "MODEL": str(threshold_model(tmp_path)), "EXTENT": extent, "OUTPUT": str(out)})
    classes, ds = read_raster(out)
    assert classes.shape == (1, 60, 100)
    assert ds.GetGeoTransform()[0] == pytest.approx(x0 + 10.0)
    np.testing.assert_array_equal(classes[0], np.where(pixels[0, 30:90, 20:120] > 127.5, 5, 0))


def test_several_inputs_mosaic_and_separately(rasterdl_plugin, tmp_path):
    rng = np.random.default_rng(11)
    left = rng.integers(0, 256, size=(3, 60, 50), dtype=np.uint8)
    right = rng.integers(0, 256, size=(3, 60, 50), dtype=np.uint8)
    a = write_raster(tmp_path / "a.tif", left)
    b = write_raster(tmp_path / "b.tif", right, origin=(ORIGIN[0] + 25.0, ORIGIN[1]))
    model = str(threshold_model(tmp_path))
    mosaic = tmp_path / "mosaic.tif"
    run(
        {
            "INPUT": str(a),
            "MORE_INPUTS": [str(b)],
            "PROCESSING_MODE": 0,
            "MODEL": model,
            "OUTPUT": str(mosaic),
        }
    )
    classes, _ = read_raster(mosaic)
    both = np.concatenate([left[0], right[0]], axis=1)
    np.testing.assert_array_equal(classes[0], np.where(both > 127.5, 5, 0))
    each = tmp_path / "each" / "classes.tif"
    result = run(
        {"INPUT": str(a), "MORE_INPUTS": [str(b)], "PROCESSING_MODE": 1, "MODEL": model, "OUTPUT": str(each)}
    )
    files = result["OUTPUT_FILES"].split(";")
    assert [Path(f).name for f in files] == ["classes_a.tif", "classes_b.tif"]
    np.testing.assert_array_equal(read_raster(Path(files[1]))[0][0], np.where(right[0] > 127.5, 5, 0))


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["tile_size", "32", "padding", "16"], "twice the padding"),
        (["padding", "-2"], "padding"),
        (["colour", "red"], "batch_size"),
        (["batch_size", "many"], "batch_size"),
    ],
)
def test_bad_arguments_are_clear_errors(rasterdl_plugin, tmp_path, image, arguments, message):
    out = tmp_path / "classes.tif"
    with pytest.raises(QgsProcessingException, match=message):
        run(
            {
                "INPUT": str(image[0]),
                "MODEL": str(threshold_model(tmp_path)),
                "OUTPUT": str(out),
                "MODEL_ARGUMENTS": arguments,
            }
        )
    assert not out.exists()


def test_wrong_model_type_and_band_mismatch(rasterdl_plugin, tmp_path, image):
    mean_brightness_classifier(tmp_path / "classifier.onnx")
    classifier = json.dumps(
        {
            "ModelType": "ObjectClassification",
            "ModelFile": str(tmp_path / "classifier.onnx"),
            "Classes": [{"Value": 1, "Name": "a"}, {"Value": 2, "Name": "b"}],
        }
    )
    out = tmp_path / "classes.tif"
    with pytest.raises(QgsProcessingException, match="pixel classification"):
        run({"INPUT": str(image[0]), "MODEL": classifier, "OUTPUT": str(out)})
    four_band = threshold_model(tmp_path, bands=4)
    with pytest.raises(QgsProcessingException, match="band"):
        run({"INPUT": str(image[0]), "MODEL": str(four_band), "OUTPUT": str(out)})
    assert not out.exists()


def test_gpu_requested_without_gpu_names_the_providers(rasterdl_plugin, tmp_path, image):
    out = tmp_path / "classes.tif"
    with pytest.raises(QgsProcessingException, match="CPUExecutionProvider"):
        run(
            {
                "INPUT": str(image[0]),
                "MODEL": str(threshold_model(tmp_path)),
                "OUTPUT": str(out),
                "PROCESSOR_TYPE": 2,
            }
        )
    assert not out.exists()


def test_unwritable_output(rasterdl_plugin, tmp_path, image):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(QgsProcessingException, match="cannot be written"):
        run(
            {
                "INPUT": str(image[0]),
                "MODEL": str(threshold_model(tmp_path)),
                "OUTPUT": str(blocker / "classes.tif"),
            }
        )


class CancelAfter(QgsProcessingFeedback):
    """Feedback that cancels once progress passes a percentage."""

    def __init__(self, percent: float) -> None:
        super().__init__()
        self.percent = percent
        self.progressChanged.connect(self._check)

    def _check(self, value: float) -> None:
        if value >= self.percent:
            self.cancel()


def test_cancel_leaves_no_output_and_keeps_an_existing_file(rasterdl_plugin, tmp_path):
    pixels = np.random.default_rng(1).integers(0, 256, size=(3, 600, 600), dtype=np.uint8)
    path = write_raster(tmp_path / "big.tif", pixels)
    out = tmp_path / "classes.tif"
    out.write_bytes(b"previous result")
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run(
            {
                "INPUT": str(path),
                "MODEL": str(threshold_model(tmp_path)),
                "OUTPUT": str(out),
                "MODEL_ARGUMENTS": ["batch_size", "1"],
            },
            feedback=CancelAfter(5),
        )
    assert out.read_bytes() == b"previous result"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["big.tif", "classes.tif", "threshold.onnx", "threshold.emd"]
    )


def test_qgis_process_run(tmp_path, image):
    out = tmp_path / "classes.tif"
    done = run_qgis_process(
        "--json",
        "run",
        "rasterdl:classifypixels",
        "--",
        f"INPUT={image[0]}",
        f"MODEL={threshold_model(tmp_path)}",
        f"OUTPUT={out}",
        "PROCESSOR_TYPE=1",
        profile=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    results = parse_json_output(done.stdout)["results"]
    assert results["EXECUTION_PROVIDER"] == "CPUExecutionProvider"
    classes, _ = read_raster(out)
    np.testing.assert_array_equal(classes[0], np.where(image[1][0] > 127.5, 5, 0))


def test_model_cell_size_reads_coarser_and_writes_on_the_input_grid(rasterdl_plugin, tmp_path):
    blocks = np.kron(np.random.default_rng(4).integers(0, 2, size=(12, 16)), np.ones((8, 8))) * 255
    pixels = np.repeat(blocks[None].astype(np.uint8), 3, axis=0)
    path = write_raster(tmp_path / "image.tif", pixels)
    model = threshold_model(tmp_path, MinCellSize=1.0, MaxCellSize=1.0)
    out = tmp_path / "classes.tif"
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        lines: list = []

        def pushInfo(self, info):  # noqa: N802 (Qt name)
            self.lines.append(info)

    log = Log()
    run({"INPUT": str(path), "MODEL": str(model), "OUTPUT": str(out)}, feedback=log)
    classes, ds = read_raster(out)
    assert (ds.RasterXSize, ds.RasterYSize) == (128, 96)
    assert ds.GetGeoTransform() == gdal.Open(str(path)).GetGeoTransform()
    np.testing.assert_array_equal(classes[0], np.where(blocks > 127.5, 5, 0))
    assert any("trained at a cell size of 1.0" in line for line in log.lines)


def test_test_time_augmentation_keeps_a_flip_invariant_result(rasterdl_plugin, tmp_path, image):
    path, pixels = image
    out = tmp_path / "tta.tif"
    run(
        {
            "INPUT": str(path),
            "MODEL": str(threshold_model(tmp_path)),
            "OUTPUT": str(out),
            "MODEL_ARGUMENTS": ["test_time_augmentation", "true", "merge_policy", "max"],
        }
    )
    np.testing.assert_array_equal(read_raster(out)[0][0], np.where(pixels[0] > 127.5, 5, 0))


def test_geopackage_raster_input(rasterdl_plugin, tmp_path, image):
    path, pixels = image
    gpkg = tmp_path / "image.gpkg"
    gdal.Translate(str(gpkg), str(path), format="GPKG")
    out = tmp_path / "classes.tif"
    run({"INPUT": str(gpkg), "MODEL": str(threshold_model(tmp_path)), "OUTPUT": str(out)})
    np.testing.assert_array_equal(read_raster(out)[0][0], np.where(pixels[0] > 127.5, 5, 0))


def test_colour_table_survives_blocks_flushed_before_the_end(rasterdl_plugin, tmp_path):
    """With a tiny GDAL cache the output's blocks reach disk early; the colour table must still be set."""
    pixels = np.random.default_rng(9).integers(0, 256, size=(3, 1200, 1200), dtype=np.uint8)
    path = write_raster(tmp_path / "big.tif", pixels)
    out = tmp_path / "classes.tif"
    previous = gdal.GetCacheMax()
    gdal.SetCacheMax(1 << 20)
    try:
        run({"INPUT": str(path), "MODEL": str(threshold_model(tmp_path)), "OUTPUT": str(out)})
    finally:
        gdal.SetCacheMax(previous)
    classes, ds = read_raster(out)
    assert ds.GetRasterBand(1).GetRasterColorTable().GetColorEntry(5)[:3] == (250, 200, 0)
    np.testing.assert_array_equal(classes[0], np.where(pixels[0] > 127.5, 5, 0))


def test_probability_argument_writes_one_probability_raster_per_item(rasterdl_plugin, tmp_path):
    """return_probability_raster without OUTPUT_PROBABILITIES: <output>_probabilities beside each output."""
    pixels = [np.full((3, 20, 30), v, dtype=np.uint8) for v in (40, 220)]
    a = write_raster(tmp_path / "a.tif", pixels[0])
    b = write_raster(tmp_path / "b.tif", pixels[1])
    out = tmp_path / "each" / "classes.tif"
    run(
        {
            "INPUT": str(a),
            "MORE_INPUTS": [str(b)],
            "PROCESSING_MODE": 1,
            "MODEL": str(threshold_model(tmp_path)),
            "MODEL_ARGUMENTS": ["return_probability_raster", "true"],
            "OUTPUT": str(out),
        }
    )
    for name, bright in (("a", False), ("b", True)):
        probabilities, ds = read_raster(out.with_name(f"classes_{name}_probabilities.tif"))
        assert ds.RasterCount == 2
        assert (probabilities[1] > 0.5).all() == bright and (probabilities[0] > 0.5).all() != bright


def test_raster_wider_than_a_strip_is_classified_whole(rasterdl_plugin, tmp_path):
    """Past STRIP_WIDTH columns the tool works in vertical strips: every pixel still right."""
    from qgis.core import QgsProcessingFeedback
    from rasterdl.core.engine.pixel_classifier import STRIP_WIDTH

    class Log(QgsProcessingFeedback):
        lines: list = []

        def pushInfo(self, info):  # noqa: N802 (QGIS API)
            self.lines.append(info)

    width = STRIP_WIDTH + 700
    columns = (np.arange(width) * 37 % 256).astype(np.uint8)
    pixels = np.broadcast_to(columns, (3, 40, width)).copy()
    pixels[:, 5:9, :] = 255
    image = write_raster(tmp_path / "wide.tif", pixels)
    out = tmp_path / "classes.tif"
    result = run(
        {
            "INPUT": str(image),
            "MODEL": str(threshold_model(tmp_path)),
            "MODEL_ARGUMENTS": ["tile_size", "64", "padding", "16"],
            "OUTPUT": str(out),
        },
        feedback=(log := Log()),
    )
    assert any("2 vertical strips" in line for line in log.lines), log.lines
    classes, ds = read_raster(Path(result["OUTPUT"]))
    assert (ds.RasterXSize, ds.RasterYSize) == (width, 40)
    assert ds.GetRasterBand(1).GetRasterColorTable() is not None
    np.testing.assert_array_equal(classes[0], np.where(pixels[0] > 127.5, 5, 0))
