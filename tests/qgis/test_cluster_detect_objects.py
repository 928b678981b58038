"""Detect Objects on a Dask cluster (CLUSTER): the features of a run here, read back with OGR (geometry,
class, value, confidence, order), from a raster cut into several blocks of tiles with objects on
their seams; and an input the workers cannot open is one line naming the worker."""

from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np
import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException

from tests.qgis.conftest import parse_json_output, run_qgis_process
from tests.qgis.feedback import Log
from tests.qgis.rasters import pixel_box_wkt, write_polygons, write_raster
from tests.qgis.test_detect_objects import detector

#: Blocks of about 128 x 128 pixels of tile cores (4 x 4 tiles of 64 with padding 16): the
#: 400 x 300 test raster is cut into 12 blocks.
SMALL_BLOCKS = str(128 * 128)
ARGUMENTS = ["tile_size", "64", "padding", "16", "threshold", "0.3", "batch_size", "3"]


@pytest.fixture(autouse=True)
def small_blocks(monkeypatch):
    monkeypatch.setenv("RASTERDL_BLOCK_PIXELS", SMALL_BLOCKS)


@pytest.fixture(scope="module")
def scene(tmp_path_factory) -> dict:
    """Squares of random class and brightness, many overlapping or cut by tile and block seams (every
    32 and 128 pixels), a nodata hole, and a mask leaving out a corner."""
    folder = tmp_path_factory.mktemp("cluster_detect")
    rng = np.random.default_rng(19)
    pixels = np.zeros((3, 300, 400), np.uint8)
    for _ in range(220):
        x, y = int(rng.integers(-8, 392)), int(rng.integers(-8, 292))
        pixels[int(rng.integers(0, 2)), max(y, 0) : y + 16, max(x, 0) : x + 16] = int(rng.integers(120, 256))
    for seam in (120, 248, 376):
        pixels[0, 40:56, seam : seam + 16] = 255  # centred on block seams
        pixels[1, seam : seam + 16, 200:216] = 255 if seam < 290 else 0
    pixels[2] = 1  # keeps every pixel valid but the hole
    pixels[:, 200:230, 20:90] = 0
    image = write_raster(folder / "image.tif", pixels, nodata=0)
    mask = write_polygons(
        folder / "mask.gpkg", [pixel_box_wkt(0, 0, 340, 300), pixel_box_wkt(340, 0, 400, 150)]
    )
    return {
        "image": image,
        "mask": mask,
        "ultralytics": detector(folder, "ultralytics"),
        "obb": detector(folder, "ultralytics_obb", angle=np.pi / 6, box=(20.0, 10.0)),
    }


def detect(scene: dict, model: str, output: Path, feedback=None, arguments=(), **extra) -> dict:
    import processing

    parameters = {
        "INPUT": str(scene["image"]),
        "MODEL": str(scene[model]),
        "MODEL_ARGUMENTS": [*ARGUMENTS, *arguments],
        "PROCESSOR_TYPE": 1,
        "OUTPUT": str(output),
        **extra,
    }
    return processing.run("rasterdl:detectobjects", parameters, feedback=feedback)


def features(path: Path) -> list[tuple]:
    """(geometry WKT, class, class value, confidence) of each feature, in the file's order."""
    dataset = ogr.Open(str(path))
    assert dataset is not None, path
    layer = dataset.GetLayer(0)
    return [
        (
            feature.GetGeometryRef().ExportToWkt(),
            feature["Class"],
            feature["ClassValue"],
            feature["Confidence"],
        )
        for feature in layer
    ]


@pytest.mark.parametrize(
    ("model", "arguments", "extra"),
    [
        ("ultralytics", (), {"MASK": "mask"}),
        ("obb", ("test_time_augmentation", "true"), {"MAX_OVERLAP_RATIO": 0.5}),
    ],
    ids=["mask", "oriented-tta-overlap"],
)
def test_a_cluster_run_writes_the_features_of_a_run_here(
    rasterdl_plugin, dask_cluster, scene, tmp_path, model, arguments, extra
):
    extra = {name: str(scene[value]) if value == "mask" else value for name, value in extra.items()}
    detect(scene, model, tmp_path / "here.gpkg", arguments=arguments, **extra)
    feedback, progress = Log(), []
    feedback.progressChanged.connect(progress.append)
    detect(
        scene, model, tmp_path / "there.gpkg", feedback, arguments=arguments, CLUSTER=dask_cluster, **extra
    )
    here, there = features(tmp_path / "here.gpkg"), features(tmp_path / "there.gpkg")
    assert len(here) >= 40 and len({row[1] for row in here}) == 2  # a real detection of both classes
    assert there == here
    text = feedback.text()
    assert f"Cluster: Dask scheduler {dask_cluster}; 2 workers" in text
    blocks = int(re.search(r"(\d+) blocks of up to \d+ x \d+ pixels go to the cluster", text).group(1))
    assert blocks == 12
    assert re.search(rf"{blocks} blocks ran on [12] workers", text)
    assert f"{len(there)} objects written." in text
    assert progress[-1] == pytest.approx(100.0)
    assert sorted(os.listdir(tmp_path)) == ["here.gpkg", "there.gpkg"]


def test_an_input_the_workers_cannot_open_is_one_line_naming_the_worker(
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
        detect(
            scene,
            "ultralytics",
            tmp_path / "objects.gpkg",
            MoveAwayOnceOpened(),
            INPUT=str(moved),
            CLUSTER=dask_cluster,
        )
    message = str(error.value)
    assert not moved.exists()
    assert "\n" not in message.strip()
    assert re.search(r"Worker tcp://127\.0\.0\.1:\d+: ", message), message
    assert str(moved) in message
    assert os.listdir(tmp_path) == []


def test_the_python_api_with_a_client_writes_the_objects_of_a_run_here(dask_cluster, scene, tmp_path):
    from distributed import Client
    from rasterdl import api

    arguments = dict(zip(ARGUMENTS[::2], ARGUMENTS[1::2]))
    here = api.detect_objects(scene["image"], scene["ultralytics"], tmp_path / "here.gpkg", arguments)
    with Client(dask_cluster, set_as_default=False) as client:
        there = api.detect_objects(
            scene["image"], scene["ultralytics"], tmp_path / "there.gpkg", arguments, client=client
        )
    assert there["BLOCKS"] == 12 and "BLOCKS" not in here
    assert there["OBJECTS"] == here["OBJECTS"] >= 40 and there["TILES"] == here["TILES"]
    assert features(tmp_path / "there.gpkg") == features(tmp_path / "here.gpkg")


def test_a_cancelled_cluster_run_leaves_no_output(rasterdl_plugin, dask_cluster, scene, tmp_path):
    class CancelOnFirstBlock(Log):
        def setProgress(self, percent):  # noqa: N802 (QGIS API)
            super().setProgress(percent)
            if percent > 0:
                self.cancel()

    feedback = CancelOnFirstBlock()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        detect(scene, "ultralytics", tmp_path / "objects.gpkg", feedback, CLUSTER=dask_cluster)
    assert "blocks ran on" not in feedback.text()
    assert os.listdir(tmp_path) == []


def test_qgis_process_with_a_local_cluster_gives_the_features_of_a_run_here(rasterdl_plugin, scene, tmp_path):
    detect(scene, "ultralytics", tmp_path / "here.gpkg")
    done = run_qgis_process(
        "run",
        "rasterdl:detectobjects",
        "--json",
        "--",
        f"INPUT={scene['image']}",
        f"MODEL={scene['ultralytics']}",
        "MODEL_ARGUMENTS=" + ",".join(ARGUMENTS),
        "PROCESSOR_TYPE=1",
        f"OUTPUT={tmp_path / 'there.gpkg'}",
        "CLUSTER=local:2",
        env={"RASTERDL_BLOCK_PIXELS": SMALL_BLOCKS},
    )
    assert done.returncode == 0, done.stderr
    log = "\n".join(parse_json_output(done.stdout)["log"]["info"])
    assert "Cluster: local Dask cluster of 2 worker processes; 2 workers" in log
    found = features(tmp_path / "there.gpkg")
    assert len(found) > 10 and found == features(tmp_path / "here.gpkg")
