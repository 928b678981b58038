"""Model definitions in the shapes Esri's arcgis.learn 2.4.4 writes (key sets read from its code, values
made up), and Esri's own class rule, for tests."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

NAMES = ("building", "tree", "water", "road", "field")


def unet_emd(folder: Path, model: Path, values=(1, 2, 3), **changes) -> Path:
    """A UnetClassifier .emd with the keys arcgis.learn 2.4.4's ``save()`` writes (values made up)."""
    emd = {
        "Framework": "arcgis.learn.models._inferencing",
        "ModelConfiguration": "_unet",
        "ModelType": "ImageClassification",
        "InferenceFunction": "ArcGISImageClassifier.py",
        "ExtractBands": [0, 1, 2],
        "ignore_mapped_class": [],
        "SupportsVariableTileSize": True,
        "Classes": [
            {"Value": value, "Name": NAMES[index], "Color": [40 * index, 100, 200]}
            for index, value in enumerate(values)
        ],
        "ModelFormat": "NCHW",
        "MinCellSize": None,
        "MaxCellSize": None,
        "ModelFile": model.name if model.parent == folder else str(model),
        "ImageHeight": 64,
        "ImageWidth": 64,
        "ImageSpaceUsed": "MAP_SPACE",
        "LearningRate": "slice(0.0001, 0.001, None)",
        "ModelName": "UnetClassifier",
        "backend": "pytorch",
        "ModelParameters": {"backbone": "resnet18", "backend": "pytorch"},
        "accuracy": "9.1000e-01",
        "resize_to": None,
        "IsMultispectral": False,
        "IsImageNetNormalization": True,
        "ArcGISLearnVersion": "2.4.4",
    }
    emd.update(changes)
    path = folder / "model.emd"
    path.write_text(json.dumps(emd))
    return path


def esri_argmax(probabilities: np.ndarray, values, ignored=(), predict_background=True) -> np.ndarray:
    """What segment_image in arcgis/learn/models/_inferencing/util.py does: ignored channels, then the
    background unless predicted, are pushed below every score; then the argmax, mapped to the Values."""
    scores = probabilities.copy()
    for channel in ignored:
        scores[channel] = scores.min() - 1
    if not predict_background:
        scores[0] = scores.min() - 1
    return np.asarray([0, *values])[np.argmax(scores, axis=0)]
