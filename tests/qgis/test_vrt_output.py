"""An OUTPUT ending in .vrt: the classified raster as a VRT over GeoTIFF parts in '<name>_parts'
beside it (one part here, the blocks' parts on a cluster), read back with GDAL: the pixels, classes
and colours of a .tif run, paths relative to the VRT, and staged like every output."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException

from tests.onnx_models import conv_segmenter
from tests.qgis.feedback import Log
from tests.qgis.rasters import write_raster

ARGUMENTS = ["tile_size", "64", "padding", "16"]


@pytest.fixture(scope="module")
def scene(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("vrt_output")
    rng = np.random.default_rng(7)
    image = write_raster(folder / "image.tif", rng.integers(1, 256, size=(3, 520, 610), dtype=np.uint8))
    model = conv_segmenter(folder / "model.onnx", classes=3)
    return {"image": image, "model": model}


def classify(scene: dict, output: Path, feedback=None, **extra) -> dict:
    import processing

    parameters = {
        "INPUT": str(scene["image"]),
        "MODEL": str(scene["model"]),
        "MODEL_ARGUMENTS": ARGUMENTS,
        "PROCESSOR_TYPE": 1,
        "OUTPUT": str(output),
        **extra,
    }
    return processing.run("rasterdl:classifypixels", parameters, feedback=feedback)


def read(path: Path) -> tuple[np.ndarray, gdal.Dataset]:
    dataset = gdal.Open(str(path))
    assert dataset is not None, path
    return dataset.ReadAsArray(), dataset


def sources(vrt: Path) -> list[str]:
    dataset = gdal.Open(str(vrt))
    return sorted(os.path.relpath(name, vrt.parent) for name in dataset.GetFileList()[1:])


def test_a_vrt_output_holds_the_pixels_classes_and_colours_of_a_tif_output(rasterdl_plugin, scene, tmp_path):
    classify(scene, tmp_path / "c.tif", OUTPUT_PROBABILITIES=str(tmp_path / "p.tif"))
    classify(scene, tmp_path / "c.vrt", OUTPUT_PROBABILITIES=str(tmp_path / "p.vrt"))
    assert sources(tmp_path / "c.vrt") == ["c_parts/c.tif"]
    assert sources(tmp_path / "p.vrt") == ["p_parts/p.tif"]
    (tif, tif_set), (vrt, vrt_set) = read(tmp_path / "c.tif"), read(tmp_path / "c.vrt")
    assert np.array_equal(vrt, tif) and len(np.unique(vrt)) == 3
    assert vrt_set.GetGeoTransform() == tif_set.GetGeoTransform()
    band, reference = vrt_set.GetRasterBand(1), tif_set.GetRasterBand(1)
    assert band.GetNoDataValue() == reference.GetNoDataValue()
    assert band.GetColorTable().GetColorEntry(2) == reference.GetColorTable().GetColorEntry(2)
    names = [band.GetDefaultRAT().GetValueAsString(row, 1) for row in range(3)]
    assert names == [reference.GetDefaultRAT().GetValueAsString(row, 1) for row in range(3)]
    probabilities, probability_set = read(tmp_path / "p.vrt")
    assert np.array_equal(probabilities, read(tmp_path / "p.tif")[0])
    assert (
        probability_set.GetRasterBand(3).GetDescription()
        == gdal.Open(str(tmp_path / "p.tif")).GetRasterBand(3).GetDescription()
    )
    assert (tmp_path / "c.qml").is_file()
    assert not [name for name in os.listdir(tmp_path) if ".partial" in name]


def test_the_vrt_and_its_parts_can_move_together(rasterdl_plugin, scene, tmp_path):
    classify(scene, tmp_path / "c.vrt")
    expected = read(tmp_path / "c.vrt")[0]
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    shutil.move(tmp_path / "c.vrt", moved / "c.vrt")
    shutil.move(tmp_path / "c_parts", moved / "c_parts")
    assert np.array_equal(read(moved / "c.vrt")[0], expected)


def test_a_cluster_vrt_output_keeps_the_blocks_as_its_parts(
    rasterdl_plugin, dask_cluster, scene, tmp_path, monkeypatch
):
    monkeypatch.setenv("RASTERDL_BLOCK_PIXELS", str(256 * 256))
    classify(scene, tmp_path / "c.tif")
    classify(scene, tmp_path / "c.vrt", CLUSTER=dask_cluster)
    parts = sources(tmp_path / "c.vrt")
    assert len(parts) > 1 and all(part.startswith("c_parts/block-") for part in parts)
    assert sorted(os.listdir(tmp_path / "c_parts")) == sorted(Path(part).name for part in parts)
    assert np.array_equal(read(tmp_path / "c.vrt")[0], read(tmp_path / "c.tif")[0])
    assert sorted(os.listdir(tmp_path)) == ["c.qml", "c.tif", "c.tif.aux.xml", "c.vrt", "c_parts"]


def test_a_new_run_replaces_the_parts_and_a_cancelled_one_keeps_the_old_pair(
    rasterdl_plugin, scene, tmp_path
):
    (tmp_path / "c_parts").mkdir()
    (tmp_path / "c_parts" / "stale.tif").write_bytes(b"from an older run")
    classify(scene, tmp_path / "c.vrt")
    assert os.listdir(tmp_path / "c_parts") == ["c.tif"]
    before = (tmp_path / "c.vrt").read_bytes()

    class CancelAtOnce(Log):
        def setProgress(self, percent):  # noqa: N802 (QGIS API)
            super().setProgress(percent)
            self.cancel()

    with pytest.raises(QgsProcessingException, match="Cancelled"):
        classify(scene, tmp_path / "c.vrt", feedback=CancelAtOnce())
    assert (tmp_path / "c.vrt").read_bytes() == before
    assert os.listdir(tmp_path / "c_parts") == ["c.tif"]
    assert sorted(os.listdir(tmp_path)) == ["c.qml", "c.vrt", "c_parts"]
