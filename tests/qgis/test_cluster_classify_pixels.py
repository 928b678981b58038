"""Classify Pixels on a Dask cluster (CLUSTER): the same pixels as a run here, and the faults a user
meets on a cluster (a lost worker, a scheduler that does not answer, an input the workers cannot
open, cancel) end as the issue fixes: output still identical, or one clear line and nothing left."""

from __future__ import annotations

import json
import os
import re
import signal
import time
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException

from tests.onnx_models import conv_segmenter
from tests.qgis.conftest import parse_json_output, run_qgis_process
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
    assert f"Cluster: Dask scheduler {dask_cluster}; 2 workers" in text
    blocks = int(re.search(r"(\d+) blocks of up to \d+ x \d+ pixels go to the cluster", text).group(1))
    assert blocks >= 4  # several blocks, each with seams against its neighbours
    assert re.search(rf"{blocks} blocks ran on [12] workers", text)
    assert progress[-1] == pytest.approx(100.0)


def test_qgis_process_with_a_local_cluster_gives_the_pixels_of_a_run_here(rasterdl_plugin, scene, tmp_path):
    classify(scene, tmp_path / "here.tif")
    done = run_qgis_process(
        "run",
        "rasterdl:classifypixels",
        "--json",
        "--",
        f"INPUT={scene['image']}",
        f"MODEL={scene['model']}",
        "MODEL_ARGUMENTS=" + ",".join(ARGUMENTS),
        "PROCESSOR_TYPE=1",
        f"OUTPUT={tmp_path / 'there.tif'}",
        "CLUSTER=local:2",
        env={"RASTERDL_BLOCK_PIXELS": SMALL_BLOCKS},
    )
    assert done.returncode == 0, done.stderr
    answer = parse_json_output(done.stdout)
    assert answer["results"]["OUTPUT"] == str(tmp_path / "there.tif")
    assert "Cluster: local Dask cluster of 2 worker processes; 2 workers" in "\n".join(answer["log"]["info"])
    assert_same_rasters(tmp_path / "there.tif", tmp_path / "here.tif")
    assert leftovers(tmp_path) == []


def test_a_worker_killed_mid_run_has_its_blocks_rerun_and_the_pixels_stay_the_same(
    rasterdl_plugin, scene, tmp_path
):
    from distributed import Client, LocalCluster

    classify(scene, tmp_path / "here.tif")
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            pids = client.run(os.getpid)
        victim = sorted(pids.values())[0]

        class KillOnFirstBlock(Log):
            killed = False

            def setProgress(self, percent):  # noqa: N802 (QGIS API)
                super().setProgress(percent)
                if 0 < percent < 100 and not self.killed:
                    os.kill(victim, signal.SIGKILL)
                    KillOnFirstBlock.killed = True

        feedback = KillOnFirstBlock()
        classify(scene, tmp_path / "there.tif", CLUSTER=cluster.scheduler_address, feedback=feedback)
    assert KillOnFirstBlock.killed
    with pytest.raises(ProcessLookupError):
        os.kill(victim, 0)
    assert_same_rasters(tmp_path / "there.tif", tmp_path / "here.tif")
    assert leftovers(tmp_path) == []


def test_a_scheduler_that_does_not_answer_is_a_clear_error_within_30_seconds(
    rasterdl_plugin, scene, tmp_path
):
    started = time.monotonic()
    with pytest.raises(
        QgsProcessingException, match=r"The Dask scheduler at tcp://127\.0\.0\.1:9 did not answer"
    ):
        classify(scene, tmp_path / "c.tif", CLUSTER="127.0.0.1:9")
    assert time.monotonic() - started < 40  # 30 s to answer, plus this test's own start
    assert os.listdir(tmp_path) == []


def test_an_input_the_workers_cannot_open_is_one_line_naming_the_worker_and_the_path(
    rasterdl_plugin, dask_cluster, scene, tmp_path
):
    moved = tmp_path / "moved.tif"
    moved.write_bytes(scene["image"].read_bytes())

    class MoveAwayOnceOpened(Log):
        """Removes the input once this process has opened it: the workers do not find it."""

        def pushInfo(self, info):  # noqa: N802 (QGIS API)
            super().pushInfo(info)
            if info.startswith("Opening the Dask cluster"):
                moved.unlink()

    with pytest.raises(QgsProcessingException) as error:
        classify(
            scene, tmp_path / "c.tif", INPUT=str(moved), CLUSTER=dask_cluster, feedback=MoveAwayOnceOpened()
        )
    message = str(error.value)
    assert not moved.exists()
    assert "\n" not in message.strip()
    assert re.search(r"Worker tcp://127\.0\.0\.1:\d+: ", message), message
    assert str(moved) in message
    assert sorted(os.listdir(tmp_path)) == []


def test_a_cancelled_cluster_run_leaves_no_output_nor_staging_folder_and_keeps_the_old_file(
    rasterdl_plugin, dask_cluster, scene, tmp_path
):
    output = tmp_path / "c.tif"
    output.write_bytes(b"an older result")

    class CancelOnFirstBlock(Log):
        def setProgress(self, percent):  # noqa: N802 (QGIS API)
            super().setProgress(percent)
            if percent > 0:
                self.cancel()

    with pytest.raises(QgsProcessingException, match="Cancelled: no output was written"):
        classify(scene, output, CLUSTER=dask_cluster, feedback=CancelOnFirstBlock())
    assert output.read_bytes() == b"an older result"
    assert sorted(os.listdir(tmp_path)) == ["c.tif"]


def test_each_worker_loads_the_model_once_for_all_its_blocks(rasterdl_plugin, dask_cluster, scene, tmp_path):
    from distributed import Client
    from rasterdl.core.cluster.worker import model_loads

    model = conv_segmenter(tmp_path / "fresh.onnx", classes=4, layers=4, seed=23)
    with Client(dask_cluster) as client:
        before = client.run(model_loads)
        feedback = Log()
        classify(scene, tmp_path / "c.tif", MODEL=str(model), CLUSTER=dask_cluster, feedback=feedback)
        after = client.run(model_loads)
    blocks = int(re.search(r"(\d+) blocks ran on", feedback.text()).group(1))
    loads = {worker: after[worker] - before[worker] for worker in after}
    assert blocks > len(loads)  # more blocks than workers: a worker without a cache would load again
    assert set(loads.values()) <= {0, 1} and sum(loads.values()) >= 1


def test_a_model_given_as_json_text_runs_on_the_cluster(rasterdl_plugin, dask_cluster, scene, tmp_path):
    text = json.dumps({"ModelFile": str(scene["model"]), "ModelType": "ImageClassification"})
    classify(scene, tmp_path / "here.tif", MODEL=text)
    classify(scene, tmp_path / "there.tif", MODEL=text, CLUSTER=dask_cluster)
    assert_same_rasters(tmp_path / "there.tif", tmp_path / "here.tif")


def test_a_model_the_workers_cannot_open_is_one_line_naming_the_worker_and_the_path(
    rasterdl_plugin, dask_cluster, scene, tmp_path
):
    model = conv_segmenter(tmp_path / "vanishing.onnx", classes=4, layers=4, seed=31)

    class RemoveModelOnceOpened(Log):
        """Removes the model once this process has loaded and hashed it: the workers do not find it."""

        def pushInfo(self, info):  # noqa: N802 (QGIS API)
            super().pushInfo(info)
            if "go to the cluster" in info:
                model.unlink()

    output = tmp_path / "out" / "c.tif"
    with pytest.raises(QgsProcessingException) as error:
        classify(scene, output, MODEL=str(model), CLUSTER=dask_cluster, feedback=RemoveModelOnceOpened())
    message = str(error.value)
    assert "\n" not in message.strip()
    assert re.search(r"Worker tcp://127\.0\.0\.1:\d+: ", message), message
    assert str(model) in message
    assert not output.parent.exists() or os.listdir(output.parent) == []
