"""The sample models in models/ run through the tools on the bundled sample and give what
models/README.md says (a guard against a broken package or a change in the tools' preprocessing)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr

from tests.qgis.conftest import REPO

SAMPLE = REPO / "data" / "sample"
IMAGE = SAMPLE / "OSBS_029.tif"
MODELS = REPO / "models"


def run(algorithm: str, params: dict) -> dict:
    import processing

    return processing.run(algorithm, params)


@pytest.fixture(scope="module")
def labels(tmp_path_factory) -> dict:
    """The 61 human-drawn tree boxes, and the same with 51 ground boxes (the demo's layers)."""
    folder = tmp_path_factory.mktemp("sample")
    python = sys.executable
    trees, both = folder / "trees.gpkg", folder / "trees_and_ground.gpkg"
    ground = REPO / "examples" / "background_samples.py"
    for command in (
        [python, str(REPO / "scripts" / "sample_labels.py"), str(SAMPLE / "OSBS_029.csv"), str(trees)],
        [python, str(ground), str(IMAGE), str(trees), str(both), "--seed", "0"],
    ):
        subprocess.run(command, check=True, capture_output=True, stdin=subprocess.DEVNULL)
    return {"trees": trees, "both": both}


def boxes(path: Path) -> np.ndarray:
    """(n, 4) xmin, ymin, xmax, ymax of every feature's envelope."""
    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    found = []
    for feature in layer:
        xmin, xmax, ymin, ymax = feature.GetGeometryRef().GetEnvelope()
        found.append((xmin, ymin, xmax, ymax))
    return np.array(found)


def iou(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Pairwise intersection over union of two sets of boxes."""
    x0 = np.maximum(a[:, None, 0], b[None, :, 0])
    y0 = np.maximum(a[:, None, 1], b[None, :, 1])
    x1 = np.minimum(a[:, None, 2], b[None, :, 2])
    y1 = np.minimum(a[:, None, 3], b[None, :, 3])
    inter = np.clip(x1 - x0, 0, None) * np.clip(y1 - y0, 0, None)
    area = lambda r: (r[:, 2] - r[:, 0]) * (r[:, 3] - r[:, 1])  # noqa: E731
    return inter / (area(a)[:, None] + area(b)[None, :] - inter)


def test_tree_segmenter_marks_the_tree_crowns(rasterdl_plugin, labels, tmp_path):
    out = tmp_path / "classes.tif"
    model = MODELS / "tree_segmenter.dlpk"
    run("rasterdl:classifypixels", {"INPUT": str(IMAGE), "MODEL": str(model), "OUTPUT": str(out)})
    classes = gdal.Open(str(out)).ReadAsArray()
    mask = np.zeros_like(classes, dtype=bool)
    for xmin, ymin, xmax, ymax in boxes(labels["trees"]):
        c0, c1 = round((xmin - 404211.9) / 0.1), round((xmax - 404211.9) / 0.1)
        r0, r1 = round((3285142.9 - ymax) / 0.1), round((3285142.9 - ymin) / 0.1)
        mask[r0:r1, c0:c1] = True
    tree = classes == 1
    assert set(np.unique(classes)) <= {0, 1, 255}
    assert 0.40 < tree.mean() < 0.70  # the boxes cover 54 %
    assert (tree & mask).sum() / (tree | mask).sum() > 0.6  # whole image, training rows included


def test_tree_detector_finds_most_trees(rasterdl_plugin, labels, tmp_path):
    out = tmp_path / "trees.gpkg"
    model = MODELS / "tree_detector.dlpk"
    run("rasterdl:detectobjects", {"INPUT": str(IMAGE), "MODEL": str(model), "OUTPUT": str(out)})
    found, drawn = boxes(out), boxes(labels["trees"])
    assert 40 <= len(found) <= 100
    matched = (iou(drawn, found) >= 0.5).any(axis=1)
    assert matched.mean() > 0.6  # recall at IoU 0.5, 0.79 when measured


def test_tree_classifier_tells_trees_from_ground(rasterdl_plugin, labels, tmp_path):
    out = tmp_path / "labelled.gpkg"
    run(
        "rasterdl:classifyobjects",
        {
            "INPUT": str(IMAGE),
            "MODEL": str(MODELS / "tree_classifier.dlpk"),
            "INPUT_FEATURES": str(labels["both"]),
            "OUTPUT": str(out),
        },
    )
    source = ogr.Open(str(out))
    rows = [(f.GetField("Classname"), f.GetField("ClassLabel")) for f in source.GetLayer(0)]
    assert len(rows) == 112
    assert sum(drawn == found for drawn, found in rows) / len(rows) > 0.85  # 0.95 when measured
