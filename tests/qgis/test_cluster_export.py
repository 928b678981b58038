"""Export Training Data on a Dask cluster (CLUSTER): the folder a run here writes, file by file, and
the faults a user meets (an input the workers cannot read, an input they cannot open at all) end as
one clear line with nothing left behind."""

from __future__ import annotations

import json
import os
import re
import signal
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException

from tests.qgis.feedback import Log
from tests.qgis.rasters import pixel_box_wkt, write_polygons, write_raster

#: Chips per range: the test exports are cut into many ranges.
SMALL_RANGES = "4"


@pytest.fixture(autouse=True)
def small_ranges(monkeypatch):
    monkeypatch.setenv("RASTERDL_CHIPS_PER_TASK", SMALL_RANGES)


@pytest.fixture(scope="module")
def scene(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("cluster_export")
    rng = np.random.default_rng(19)
    pixels = rng.integers(1, 256, size=(3, 200, 240), dtype=np.uint8)
    pixels[:, :70, :90] = 0  # a nodata corner: chips there are skipped, which moves later numbers
    image = write_raster(folder / "image.tif", pixels, nodata=0)
    second = write_raster(folder / "second.tif", pixels[:, ::-1, :].copy(), nodata=0)
    classes = np.zeros((1, 200, 240), dtype=np.uint8)
    classes[0, 20:90, 100:220] = 1
    classes[0, 120:190, 10:130] = 2
    boxes = [(100, 10, 150, 60), (20, 110, 90, 180), (160, 120, 235, 195), (60, 60, 120, 130)]
    labels = write_polygons(
        folder / "labels.gpkg",
        [pixel_box_wkt(*b) for b in boxes],
        fields={"Classvalue": [1, 2, 1, 2], "Classname": ["Tree", "Roof", "Tree", "Roof"]},
    )
    return {
        "image": image,
        "second": second,
        "class_raster": write_raster(folder / "classes.tif", classes),
        "labels": labels,
    }


def export(params: dict, feedback=None) -> dict:
    import processing

    base = {"TILE_SIZE_X": 48, "TILE_SIZE_Y": 48, "STRIDE_X": 32, "STRIDE_Y": 32}
    return processing.run("rasterdl:exporttrainingdata", {**base, **params}, feedback=feedback)


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def assert_same_folder(here: Path, there: Path) -> None:
    """Every file of both folders, byte for byte (none of the export's files names its own folder)."""
    expected, got = files(here), files(there)
    assert sorted(got) == sorted(expected)
    for name, data in expected.items():
        assert got[name] == data, f"{name} differs"


def footprints(path: Path) -> list[tuple]:
    """The chip footprints layer's features: attributes and outline."""
    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    rows = []
    for feature in layer:
        attributes = tuple(feature.GetField(i) for i in range(feature.GetFieldCount()))
        rows.append((attributes, feature.GetGeometryRef().ExportToWkt()))
    return rows


def leftovers(folder: Path) -> list[str]:
    """Partial files and staging folders a run left in ``folder``."""
    return sorted(name for name in os.listdir(folder) if ".partial" in name or name.endswith(".parts"))


def run_both(tmp_path: Path, cluster: str, params: dict) -> tuple[Path, Path, dict, dict, str]:
    here, there = tmp_path / "here", tmp_path / "there"
    local = export({**params, "OUTPUT": str(here), "OUTPUT_FOOTPRINTS": str(tmp_path / "here.gpkg")})
    feedback = Log()
    remote = export(
        {
            **params,
            "OUTPUT": str(there),
            "OUTPUT_FOOTPRINTS": str(tmp_path / "there.gpkg"),
            "CLUSTER": cluster,
        },
        feedback,
    )
    return here, there, local, remote, feedback.text()


def test_classified_tiles_from_a_class_raster_on_a_cluster_equal_a_run_here(
    rasterdl_plugin, dask_cluster, scene, tmp_path
):
    params = {
        "INPUT": str(scene["image"]),
        "INPUT_CLASS_RASTER": str(scene["class_raster"]),
        "METADATA_FORMAT": 2,  # Classified_Tiles
    }
    here, there, local, remote, text = run_both(tmp_path, dask_cluster, params)
    assert local["CHIP_COUNT"] == remote["CHIP_COUNT"] >= 20
    assert len(list((here / "labels").glob("*.tif"))) == local["CHIP_COUNT"]
    assert_same_folder(here, there)
    assert footprints(tmp_path / "there.gpkg") == footprints(tmp_path / "here.gpkg")
    assert f"Cluster: Dask scheduler {dask_cluster}; 2 workers" in text
    assert f"ranges of up to {SMALL_RANGES} chips" in text
    ranges = int(re.search(r"(\d+) ranges ran on [12] workers", text).group(1))
    assert ranges >= 5
    assert leftovers(tmp_path) == []


def test_pascal_voc_from_polygons_with_bands_rotations_and_two_rasters_equals_a_run_here(
    rasterdl_plugin, dask_cluster, scene, tmp_path
):
    params = {
        "INPUT": str(scene["image"]),
        "MORE_INPUTS": [str(scene["second"])],
        "PROCESSING_MODE": 1,  # each raster on its own: one chip sequence over both
        "INPUT_CLASS_DATA": str(scene["labels"]),
        "METADATA_FORMAT": 1,  # PASCAL_VOC_rectangles
        "BANDS": "3,1",
        "ROTATION_ANGLE": 90,
    }
    here, there, local, remote, text = run_both(tmp_path, dask_cluster, params)
    assert local["CHIP_COUNT"] == remote["CHIP_COUNT"] >= 20
    assert local["FEATURE_COUNT"] == remote["FEATURE_COUNT"] > 0
    voc = (there / "labels" / "000000007.xml").read_text()
    assert "<filename>000000007.tif</filename>" in voc  # the label names its final image
    assert_same_folder(here, there)
    assert footprints(tmp_path / "there.gpkg") == footprints(tmp_path / "here.gpkg")
    assert leftovers(tmp_path) == []


def test_an_input_the_workers_cannot_read_fails_in_one_line_naming_the_worker(
    rasterdl_plugin, dask_cluster, scene, tmp_path
):
    """A tiled GeoTIFF cut short: its header opens here (the driver reads no pixel), its tiles fail
    on the worker that reads them."""
    broken = tmp_path / "broken.tif"
    pixels = np.random.default_rng(3).integers(1, 256, size=(3, 200, 240), dtype=np.uint8)
    dataset = gdal.GetDriverByName("GTiff").CreateCopy(
        str(broken), gdal.Open(str(write_raster(tmp_path / "whole.tif", pixels))), options=["TILED=YES"]
    )
    del dataset  # closes the file
    size = broken.stat().st_size
    with open(broken, "r+b") as stream:
        stream.truncate(size // 3)
    out = tmp_path / "out"
    with pytest.raises(QgsProcessingException) as error:
        export(
            {
                "INPUT": str(broken),
                "INPUT_CLASS_DATA": str(scene["labels"]),
                "OUTPUT": str(out),
                "OUTPUT_FOOTPRINTS": str(tmp_path / "out.gpkg"),
                "CLUSTER": dask_cluster,
            }
        )
    message = str(error.value)
    assert "\n" not in message.strip()
    assert re.search(r"Worker tcp://[\d.]+:\d+: ", message), message
    assert "broken.tif" in message
    assert not list((out / "images").glob("*")) and not (out / "map.txt").exists()
    assert leftovers(tmp_path) == []


def test_a_mosaic_built_in_memory_is_refused_with_what_to_do(rasterdl_plugin, dask_cluster, scene, tmp_path):
    with pytest.raises(QgsProcessingException, match="Build Virtual Raster"):
        export(
            {
                "INPUT": str(scene["image"]),
                "MORE_INPUTS": [str(scene["second"])],
                "PROCESSING_MODE": 0,  # one mosaic of both, built in /vsimem
                "INPUT_CLASS_RASTER": str(scene["class_raster"]),
                "METADATA_FORMAT": 2,
                "OUTPUT": str(tmp_path / "out"),
                "CLUSTER": dask_cluster,
            }
        )
    assert not (tmp_path / "out").exists()


def test_a_cancelled_cluster_export_keeps_a_consistent_folder_and_no_staging(
    rasterdl_plugin, dask_cluster, scene, tmp_path
):
    from tests.qgis.test_classify_pixels import CancelAfter

    out = tmp_path / "cancelled"
    params = {
        "INPUT": str(scene["image"]),
        "INPUT_CLASS_RASTER": str(scene["class_raster"]),
        "METADATA_FORMAT": 2,
        "OUTPUT": str(out),
        "TILE_SIZE_X": 16,
        "TILE_SIZE_Y": 16,
        "STRIDE_X": 16,
        "STRIDE_Y": 16,
        "CLUSTER": dask_cluster,
    }
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        export(params, feedback=CancelAfter(30))
    chips = sorted(p.stem for p in (out / "images").glob("*.tif"))
    whole = export({**params, "OUTPUT": str(tmp_path / "whole"), "CLUSTER": ""})["CHIP_COUNT"]
    assert 0 < len(chips) < whole
    assert chips == [f"{i:09d}" for i in range(len(chips))]  # the ranges committed, in order
    lines = [line.split() for line in (out / "map.txt").read_text().splitlines()]
    assert [line[0] for line in lines] == [f"images\\{stem}.tif" for stem in chips]
    assert sorted(p.stem for p in (out / "labels").glob("*.tif")) == chips
    assert json.loads((out / "esri_accumulated_stats.json").read_text())["NumTiles"] == len(chips)
    assert leftovers(tmp_path) == []


def test_qgis_process_exports_on_a_cluster(rasterdl_plugin, dask_cluster, scene, tmp_path):
    from tests.qgis.conftest import run_qgis_process

    params = {
        "INPUT": str(scene["image"]),
        "INPUT_CLASS_DATA": str(scene["labels"]),
        "METADATA_FORMAT": 0,  # KITTI_rectangles
    }
    export({**params, "OUTPUT": str(tmp_path / "here")})
    done = run_qgis_process(
        "run",
        "rasterdl:exporttrainingdata",
        "--",
        *[f"{name}={value}" for name, value in params.items()],
        f"OUTPUT={tmp_path / 'cli'}",
        "TILE_SIZE_X=48",
        "TILE_SIZE_Y=48",
        "STRIDE_X=32",
        "STRIDE_Y=32",
        f"CLUSTER={dask_cluster}",
        env={"RASTERDL_CHIPS_PER_TASK": SMALL_RANGES},
        profile=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert f"Cluster: Dask scheduler {dask_cluster}; 2 workers" in done.stdout + done.stderr
    assert_same_folder(tmp_path / "here", tmp_path / "cli")


def test_a_worker_killed_mid_export_has_its_ranges_rerun_and_the_folder_stays_the_same(
    rasterdl_plugin, scene, tmp_path
):
    from distributed import Client, LocalCluster

    params = {
        "INPUT": str(scene["image"]),
        "INPUT_CLASS_RASTER": str(scene["class_raster"]),
        "METADATA_FORMAT": 2,
        "TILE_SIZE_X": 16,
        "TILE_SIZE_Y": 16,
        "STRIDE_X": 8,
        "STRIDE_Y": 8,
    }
    export({**params, "OUTPUT": str(tmp_path / "here")})
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            pids = client.run(os.getpid)
        victim = sorted(pids.values())[0]

        class KillOnFirstRange(Log):
            killed = False

            def setProgress(self, percent):  # noqa: N802 (QGIS API)
                super().setProgress(percent)
                if 0 < percent < 50 and not self.killed:
                    os.kill(victim, signal.SIGKILL)
                    KillOnFirstRange.killed = True

        feedback = KillOnFirstRange()
        export({**params, "OUTPUT": str(tmp_path / "there"), "CLUSTER": cluster.scheduler_address}, feedback)
    assert KillOnFirstRange.killed
    with pytest.raises(ProcessLookupError):
        os.kill(victim, 0)
    assert_same_folder(tmp_path / "here", tmp_path / "there")
    assert leftovers(tmp_path) == []


def test_a_class_raster_off_the_inputs_pixels_is_refused_with_what_to_do(
    rasterdl_plugin, dask_cluster, scene, tmp_path
):
    coarse = np.zeros((1, 100, 120), dtype=np.uint8)
    coarse[0, 10:45, 50:110] = 1
    class_raster = write_raster(tmp_path / "coarse.tif", coarse, cell=1.0)
    params = {
        "INPUT": str(scene["image"]),
        "INPUT_CLASS_RASTER": str(class_raster),
        "METADATA_FORMAT": 2,
        "OUTPUT": str(tmp_path / "out"),
    }
    with pytest.raises(QgsProcessingException, match=r"class raster .*'coarse'.* Warp"):
        export({**params, "CLUSTER": dask_cluster})
    assert not (tmp_path / "out").exists()
    assert export(params)["CHIP_COUNT"] > 0  # here, the tool reads it on the input's grid
