"""Exports read back as their consumers read them: MultiLabeled_Tiles as arcgis.learn's reader takes
its labels, COCO in pycocotools and torchvision's CocoDetection, YOLO in Ultralytics' own dataset
loader (those three run in .venv-consumers, as a subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import numpy as np
import pytest
from lxml import etree

from tests.qgis.test_export_training_data import export, scene  # noqa: F401 (pytest fixture)


def test_multilabeled_tiles_name_the_classes(rasterdl_plugin, tmp_path: Path, scene):  # noqa: F811
    image, labels, _ = scene
    out = tmp_path / "multi"
    export(
        {
            "INPUT": str(image),
            "INPUT_CLASS_DATA": str(labels),
            "OUTPUT": str(out),
            "METADATA_FORMAT": 5,
            "STRIDE_X": 32,
        }
    )
    found = {}
    for path in sorted((out / "labels").glob("*.xml")):
        # What arcgis.learn's _get_multi_lbls does: the first object's name, split on commas.
        found[path.stem] = etree.parse(str(path)).getroot().find("object").findtext("name").split(",")
    assert found and set().union(*found.values()) == {"Tree", "Roof"}
    assert found["000000000"] == ["Tree"]
    assert any(names == ["Roof"] for names in found.values())
    assert any(sorted(names) == ["Roof", "Tree"] for names in found.values())


# --------------------------------------------------------------------------- third-party consumers

REPO = Path(__file__).resolve().parents[2]
READER = REPO / "tests" / "consumers" / "read_export.py"


@pytest.fixture(scope="session")
def consumers_python() -> Path:
    """The Python of .venv-consumers (``make consumers``), or RASTERDL_CONSUMERS_PYTHON.

    ``make test`` builds it and sets RASTERDL_REQUIRE_CONSUMERS=1, so there a missing venv fails;
    elsewhere (the QGIS 3.40 chroot: Python 3.13, no torch wheels here) these tests are skipped.
    """
    path = Path(os.environ.get("RASTERDL_CONSUMERS_PYTHON", REPO / ".venv-consumers" / "bin" / "python"))
    probe = "import pycocotools, torchvision, ultralytics"
    works = (
        path.exists()
        and subprocess.run([str(path), "-c", probe], capture_output=True, check=False).returncode == 0
    )
    if not works:
        message = (
            f"{path} cannot import the consumers: run `make consumers` to test the COCO and YOLO exports."
        )
        if os.environ.get("RASTERDL_REQUIRE_CONSUMERS") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path


def read_with(python: Path, kind: str, folder: Path) -> dict:
    """What the consumer ``kind`` loads from ``folder`` (read_export.py run by .venv-consumers)."""
    done = subprocess.run(
        [str(python), str(READER), kind, str(folder)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def test_coco_loads_in_pycocotools_and_torchvision(rasterdl_plugin, tmp_path, scene, consumers_python):  # noqa: F811
    image, labels, pixels = scene
    out = tmp_path / "coco"
    export({"INPUT": str(image), "INPUT_CLASS_DATA": str(labels), "OUTPUT": str(out), "METADATA_FORMAT": 7})
    read = read_with(consumers_python, "coco", out)
    assert read["categories"] == {"1": "Tree", "2": "Roof"}
    chips = sorted(p.name for p in (out / "images").glob("*.tif"))
    assert sorted(read["images"]) == [f"images/{name}" for name in chips]
    first = read["images"]["images/000000000.tif"]
    # BOXES[0] (10, 12)-(40, 30) lies in chip 0 at (0, 0): COCO x, y, width, height; a 30 x 18 pixel mask.
    assert first == [
        {"category": "Tree", "bbox": [10.0, 12.0, 30.0, 18.0], "mask_pixels": 540, "mask_shape": [64, 64]}
    ]
    assert len(read["torchvision"]) == len(chips)
    assert all(item["size"] == [64, 64] and item["mode"] == "RGB" for item in read["torchvision"])
    assert read["pixels_first"] == int(pixels[:, :64, :64].astype(np.int64).sum())


@pytest.mark.parametrize("task", ["detect", "segment"])
def test_yolo_loads_in_ultralytics(rasterdl_plugin, tmp_path, scene, consumers_python, task):  # noqa: F811
    image, labels, _ = scene
    out = tmp_path / "yolo"
    export({"INPUT": str(image), "INPUT_CLASS_DATA": str(labels), "OUTPUT": str(out), "METADATA_FORMAT": 8})
    read = read_with(consumers_python, f"yolo-{task}", out)
    assert read["names"] == {"0": "Tree", "1": "Roof"}
    first = read["labels"]["000000000.tif"]
    # Ultralytics derives the box from our polygon line: centre and size of (10, 12)-(40, 30) in a 64 px chip.
    assert first["cls"] == [0]
    assert first["xywh"] == [pytest.approx([25 / 64, 21 / 64, 30 / 64, 18 / 64], abs=1e-5)]
    assert first["segments"] == 1
    chips = len(list((out / "images").glob("*.tif")))
    assert len(read["labels"]) == chips
    assert read["batch"]["img"][0] == min(4, chips) and read["batch"]["img"][1] == 3
    assert read["batch"]["boxes"] >= 1
    assert (read["batch"]["masks"] is not None) == (task == "segment")
