"""Classify Objects on a Dask cluster (CLUSTER): the features spread over several parts give the
output layer of a run here (fid order, label, confidence, value, geometry, read back with OGR), in
every processing mode a cluster can read; an input the workers cannot open ends in one line naming
the worker, and a mosaic built in memory is refused before any output is made."""

from __future__ import annotations

import os
import re
import signal
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException

from tests.qgis.conftest import parse_json_output, run_qgis_process
from tests.qgis.feedback import Log
from tests.qgis.rasters import CELL, ORIGIN, pixel_box_wkt, write_polygons, write_raster
from tests.qgis.test_classify_objects import brightness_model, point_wkt, run, write_layer

#: Parts of 8 chips of the 16 x 16 test model (its default batch size is 4): dozens of features
#: are cut into several parts.
SMALL_PARTS = str(16 * 16 * 8)


@pytest.fixture(autouse=True)
def small_parts(monkeypatch):
    monkeypatch.setenv("RASTERDL_BLOCK_PIXELS", SMALL_PARTS)


def patchwork(path: Path, seed: int = 5, shape: tuple[int, int] = (120, 240)) -> Path:
    """A raster of 8 x 8 pixel squares, each Dark (40), Medium (128) or Bright (220) at random."""
    rng = np.random.default_rng(seed)
    squares = rng.choice(np.array([40, 128, 220], dtype=np.uint8), size=(shape[0] // 8, shape[1] // 8))
    pixels = np.kron(squares, np.ones((8, 8), dtype=np.uint8))
    return write_raster(path, np.stack([pixels] * 3))


def random_boxes(count: int, seed: int, width: int = 240, height: int = 120) -> list[str]:
    """Polygons of 2-30 pixels a side anywhere on the raster, some reaching past its edges."""
    rng = np.random.default_rng(seed)
    boxes = []
    for _ in range(count):
        col, row = int(rng.integers(-10, width)), int(rng.integers(-10, height))
        boxes.append(pixel_box_wkt(col, row, col + int(rng.integers(2, 30)), row + int(rng.integers(2, 30))))
    return boxes


def read_rows(path: Path) -> list[tuple]:
    """Every feature of the output as a user reads it back: fid, attributes, geometry."""
    dataset = ogr.Open(str(path))
    assert dataset is not None, path
    rows = []
    for feature in dataset.GetLayer(0):
        geometry = feature.GetGeometryRef()
        rows.append((feature.GetFID(), feature.items(), geometry.ExportToWkt() if geometry else None))
    return rows


def parts_in(log: Log) -> int:
    """The parts the log says went to the cluster."""
    return int(re.search(r"\d+ features in (\d+) parts go to the cluster", log.text()).group(1))


@pytest.mark.parametrize(("crop_fixed", "blacken"), [(1, 0), (0, 1)])
def test_a_cluster_run_gives_the_features_of_a_run_here(
    rasterdl_plugin, dask_cluster, tmp_path, crop_fixed, blacken
):
    image = patchwork(tmp_path / "image.tif")
    boxes = [*random_boxes(70, seed=crop_fixed), pixel_box_wkt(400, 400, 410, 410)]
    features = write_polygons(
        tmp_path / "f.gpkg", boxes, fields={"name": [f"f{i}" for i in range(len(boxes))]}
    )
    parameters = {
        "INPUT": str(image),
        "MODEL": str(brightness_model(tmp_path, crop_fixed=crop_fixed, blacken=blacken)),
        "INPUT_FEATURES": str(features),
        "MODEL_ARGUMENTS": ["score_threshold", "0.9"],
    }
    run({**parameters, "OUTPUT": str(tmp_path / "here.gpkg")})
    log = Log()
    run({**parameters, "OUTPUT": str(tmp_path / "there.gpkg"), "CLUSTER": dask_cluster}, feedback=log)
    here, there = read_rows(tmp_path / "here.gpkg"), read_rows(tmp_path / "there.gpkg")
    assert there == here
    labels = [items["ClassLabel"] for _, items, _ in there]
    assert {"Dark", "Medium", "Bright"} <= set(labels)  # a real classification, not a constant
    assert None in labels  # below the threshold, or outside the raster
    assert there[-1][1]["Confidence"] is None  # the feature outside the raster
    assert [items["name"] for _, items, _ in there] == [f"f{i}" for i in range(len(boxes))]
    text = log.text()
    assert f"Cluster: Dask scheduler {dask_cluster}; 2 workers" in text
    assert parts_in(log) >= 5  # about 70 chips in parts of 8
    chips = sum(items["Confidence"] is not None for _, items, _ in there)
    assert re.search(rf"{parts_in(log)} parts ran on [12] workers: {chips} chips", text)


def test_points_each_raster_separately_and_whole_images(rasterdl_plugin, dask_cluster, tmp_path):
    west = patchwork(tmp_path / "west.tif", seed=1)
    east_origin = (ORIGIN[0] + 200 * CELL, ORIGIN[1])
    pixels = np.stack([np.full((120, 160), value, dtype=np.uint8) for value in (200, 210, 220)])
    east = write_raster(tmp_path / "east.tif", pixels, origin=east_origin)
    rng = np.random.default_rng(3)
    points = [point_wkt(float(rng.uniform(0, 360)), float(rng.uniform(0, 120))) for _ in range(40)]
    features = write_layer(tmp_path / "points.gpkg", points, ogr.wkbPoint)
    model = str(brightness_model(tmp_path))
    cases = {
        "separately": {"INPUT_FEATURES": str(features), "MORE_INPUTS": [str(east)], "PROCESSING_MODE": 1},
        "images": {"MORE_INPUTS": [str(east)], "PROCESSING_MODE": 1},
    }
    for name, extra in cases.items():
        parameters = {"INPUT": str(west), "MODEL": model, **extra}
        run({**parameters, "OUTPUT": str(tmp_path / f"{name}_here.gpkg")})
        run({**parameters, "OUTPUT": str(tmp_path / f"{name}_there.gpkg"), "CLUSTER": dask_cluster})
        there = read_rows(tmp_path / f"{name}_there.gpkg")
        assert there == read_rows(tmp_path / f"{name}_here.gpkg"), name
    rows = read_rows(tmp_path / "separately_there.gpkg")
    assert {items["Image"] for _, items, _ in rows} == {"west", "east"}
    assert len(rows) > 40  # points where the rasters overlap give a row for each
    images = read_rows(tmp_path / "images_there.gpkg")
    assert [(items["Image"], items["ClassLabel"]) for _, items, _ in images] == [
        ("west", "Medium"),
        ("east", "Bright"),
    ]


def test_a_mosaic_built_in_memory_is_refused(rasterdl_plugin, dask_cluster, tmp_path):
    west = patchwork(tmp_path / "west.tif", seed=1)
    east = write_raster(
        tmp_path / "east.tif",
        np.full((3, 120, 160), 220, dtype=np.uint8),
        origin=(ORIGIN[0] + 200 * CELL, ORIGIN[1]),
    )
    features = write_polygons(tmp_path / "f.gpkg", [pixel_box_wkt(10, 10, 30, 30)])
    with pytest.raises(QgsProcessingException) as error:
        run(
            {
                "INPUT": str(west),
                "MORE_INPUTS": [str(east)],
                "MODEL": str(brightness_model(tmp_path)),
                "INPUT_FEATURES": str(features),
                "OUTPUT": str(tmp_path / "out.gpkg"),
                "CLUSTER": dask_cluster,
            }
        )
    message = str(error.value)
    assert "mosaic" in message and "Build Virtual Raster" in message and "\n" not in message
    assert not (tmp_path / "out.gpkg").exists()


def test_an_image_without_georeference_is_refused(rasterdl_plugin, dask_cluster, tmp_path):
    plain = tmp_path / "plain.png"
    memory = gdal.GetDriverByName("MEM").Create("", 32, 32, 3)
    gdal.GetDriverByName("PNG").CreateCopy(str(plain), memory)
    with pytest.raises(QgsProcessingException) as error:
        run(
            {
                "INPUT": str(plain),
                "MODEL": str(brightness_model(tmp_path)),
                "OUTPUT": str(tmp_path / "out.gpkg"),
                "CLUSTER": dask_cluster,
            }
        )
    message = str(error.value)
    assert "'plain' has no coordinate reference system" in message and "\n" not in message
    assert not (tmp_path / "out.gpkg").exists()


def test_an_input_the_workers_cannot_open_is_one_line_naming_the_worker(
    rasterdl_plugin, dask_cluster, tmp_path
):
    image = patchwork(tmp_path / "image.tif")

    class MoveTheInput(Log):
        """Moves the raster away once this process opened it, as the parts go to the cluster: the
        workers look for it by a path that no longer exists."""

        def pushInfo(self, info):  # noqa: N802 (QGIS API)
            super().pushInfo(info)
            if "go to the cluster" in info:
                image.rename(image.with_name("moved.tif"))

    features = write_polygons(tmp_path / "f.gpkg", random_boxes(20, seed=4))
    with pytest.raises(QgsProcessingException) as error:
        run(
            {
                "INPUT": str(image),
                "MODEL": str(brightness_model(tmp_path)),
                "INPUT_FEATURES": str(features),
                "OUTPUT": str(tmp_path / "out.gpkg"),
                "CLUSTER": dask_cluster,
            },
            feedback=MoveTheInput(),
        )
    message = str(error.value)
    assert re.search(r"Worker tcp://[\d.]+:\d+: ", message), message
    assert str(image) in message and "\n" not in message
    assert not image.exists() and not (tmp_path / "out.gpkg").exists()


def test_cancel_stops_the_parts_and_leaves_no_output(rasterdl_plugin, dask_cluster, tmp_path):
    from tests.qgis.test_classify_pixels import CancelAfter

    image = patchwork(tmp_path / "image.tif")
    boxes = [pixel_box_wkt(c, r, c + 4, r + 4) for c in range(0, 236, 4) for r in range(0, 116, 8)]
    features = write_polygons(tmp_path / "many.gpkg", boxes)
    with pytest.raises(QgsProcessingException, match="Cancel"):
        run(
            {
                "INPUT": str(image),
                "MODEL": str(brightness_model(tmp_path)),
                "INPUT_FEATURES": str(features),
                "OUTPUT": str(tmp_path / "out.gpkg"),
                "MODEL_ARGUMENTS": ["batch_size", "1"],
                "CLUSTER": dask_cluster,
            },
            feedback=CancelAfter(10),
        )
    assert not (tmp_path / "out.gpkg").exists()


def test_a_worker_killed_mid_run_has_its_parts_rerun_and_the_features_stay_the_same(
    rasterdl_plugin, tmp_path
):
    from distributed import Client, LocalCluster

    image = patchwork(tmp_path / "image.tif")
    features = write_polygons(tmp_path / "f.gpkg", random_boxes(200, seed=6))
    parameters = {
        "INPUT": str(image),
        "MODEL": str(brightness_model(tmp_path, crop_fixed=0)),
        "INPUT_FEATURES": str(features),
        "MODEL_ARGUMENTS": ["batch_size", "1"],
    }
    run({**parameters, "OUTPUT": str(tmp_path / "here.gpkg")})
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            pids = client.run(os.getpid)
        victim = sorted(pids.values())[0]

        class KillOnFirstPart(Log):
            killed = False

            def setProgress(self, percent):  # noqa: N802 (QGIS API)
                super().setProgress(percent)
                if 0 < percent < 100 and not self.killed:
                    os.kill(victim, signal.SIGKILL)
                    KillOnFirstPart.killed = True

        run(
            {**parameters, "OUTPUT": str(tmp_path / "there.gpkg"), "CLUSTER": cluster.scheduler_address},
            feedback=KillOnFirstPart(),
        )
    assert KillOnFirstPart.killed
    with pytest.raises(ProcessLookupError):
        os.kill(victim, 0)
    assert read_rows(tmp_path / "there.gpkg") == read_rows(tmp_path / "here.gpkg")


def test_qgis_process_with_a_local_cluster_gives_the_features_of_a_run_here(rasterdl_plugin, tmp_path):
    image = patchwork(tmp_path / "image.tif")
    features = write_polygons(tmp_path / "f.gpkg", random_boxes(50, seed=7))
    model = brightness_model(tmp_path)
    run(
        {
            "INPUT": str(image),
            "MODEL": str(model),
            "INPUT_FEATURES": str(features),
            "OUTPUT": str(tmp_path / "here.gpkg"),
        }
    )
    done = run_qgis_process(
        "run",
        "rasterdl:classifyobjects",
        "--json",
        "--",
        f"INPUT={image}",
        f"MODEL={model}",
        f"INPUT_FEATURES={features}",
        f"OUTPUT={tmp_path / 'there.gpkg'}",
        "CLUSTER=local:2",
        env={"RASTERDL_BLOCK_PIXELS": SMALL_PARTS},
        profile=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    log = "\n".join(parse_json_output(done.stdout)["log"]["info"])
    assert "Cluster: local Dask cluster of 2 worker processes; 2 workers" in log
    assert re.search(r"50 features in \d+ parts go to the cluster", log), log
    assert read_rows(tmp_path / "there.gpkg") == read_rows(tmp_path / "here.gpkg")
