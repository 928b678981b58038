"""Classify Pixels on a Dask cluster (CLUSTER): the same pixels as a run here, and the faults a user
meets on a cluster (a lost worker, a scheduler that does not answer, an input the workers cannot
open, cancel) end as the issue fixes: output still identical, or one clear line and nothing left."""

from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal

from tests.onnx_models import conv_segmenter
from tests.qgis.feedback import Log
from tests.qgis.rasters import pixel_box_wkt, write_polygons, write_raster

#: Blocks of about 256 x 256 pixels: the 900 x 700 test raster is cut into several.
SMALL_BLOCKS = str(256 * 256)
ARGUMENTS = ["tile_size", "64", "padding", "16", "batch_size", "3"]


@pytest.fixture(autouse=True)
def small_blocks(monkeypatch):
    monkeypatch.setenv("RASTERDL_BLOCK_PIXELS", SMALL_BLOCKS)


@pytest.fixture(scope="module")
def scene(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("cluster_pixels")
    rng = np.random.default_rng(19)
    pixels = rng.integers(1, 256, size=(3, 700, 900), dtype=np.uint8)
    pixels[:, 300:340, 100:500] = 0
    image = write_raster(folder / "image.tif", pixels, nodata=0)
    model = conv_segmenter(folder / "model.onnx", classes=4, layers=4)
    mask = write_polygons(folder / "mask.gpkg", [pixel_box_wkt(20, 15, 820, 650)])
    return {"folder": folder, "image": image, "model": model, "mask": mask}


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


def pixels(path: Path) -> np.ndarray:
    dataset = gdal.Open(str(path))
    assert dataset is not None, path
    return dataset.ReadAsArray()


def assert_same_rasters(ours: Path, theirs: Path) -> None:
    a, b = gdal.Open(str(ours)), gdal.Open(str(theirs))
    assert a.GetGeoTransform() == b.GetGeoTransform()
    assert a.GetProjection() == b.GetProjection()
    assert (a.RasterXSize, a.RasterYSize, a.RasterCount) == (b.RasterXSize, b.RasterYSize, b.RasterCount)
    for band in range(1, a.RasterCount + 1):
        x, y = a.GetRasterBand(band), b.GetRasterBand(band)
        assert x.DataType == y.DataType and x.GetNoDataValue() == y.GetNoDataValue()
        assert np.array_equal(x.ReadAsArray(), y.ReadAsArray()), f"band {band} differs"
        table_x, table_y = x.GetColorTable(), y.GetColorTable()
        assert (table_x is None) == (table_y is None)
        if table_x is not None:
            entries = range(table_x.GetCount())
            assert [table_x.GetColorEntry(i) for i in entries] == [table_y.GetColorEntry(i) for i in entries]


def leftovers(folder: Path) -> list[str]:
    """Partial files and staging folders a run left in ``folder``."""
    return sorted(name for name in os.listdir(folder) if ".partial" in name or name.endswith(".parts"))


def test_a_cluster_run_gives_the_pixels_of_a_run_here(rasterdl_plugin, dask_cluster, scene, tmp_path):
    here, there = tmp_path / "here", tmp_path / "there"
    here.mkdir()
    there.mkdir()
    extra = {"MASK": str(scene["mask"])}
    classify(scene, here / "c.tif", OUTPUT_PROBABILITIES=str(here / "p.tif"), **extra)
    feedback, progress = Log(), []
    feedback.progressChanged.connect(progress.append)
    classify(
        scene,
        there / "c.tif",
        OUTPUT_PROBABILITIES=str(there / "p.tif"),
        CLUSTER=dask_cluster,
        feedback=feedback,
        **extra,
    )
    classes = pixels(there / "c.tif")
    assert classes.shape == (700, 900)
    assert len(np.unique(classes)) >= 3  # a real classification, not a constant
    assert (classes == 255).any()  # nodata outside the mask and in the input's nodata hole
    assert_same_rasters(there / "c.tif", here / "c.tif")
    assert_same_rasters(there / "p.tif", here / "p.tif")
    assert (there / "c.qml").read_bytes() == (here / "c.qml").read_bytes()
    assert sorted(os.listdir(there)) == sorted(os.listdir(here))
    text = feedback.text()
    assert f"Dask scheduler {dask_cluster}: 2 workers" in text
    blocks = int(re.search(r"(\d+) blocks of up to \d+ x \d+ pixels go to the cluster", text).group(1))
    assert blocks >= 4  # several blocks, each with seams against its neighbours
    assert re.search(rf"{blocks} blocks ran on [12] workers", text)
    assert progress[-1] == pytest.approx(100.0)
