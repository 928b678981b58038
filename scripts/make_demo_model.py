"""Write a tiny water-finder segmentation model as .onnx, .emd and .dlpk for the demo.

The model marks pixels whose near-infrared band (band 4) is dark as water; it
stands in until the trained sample models ship.
"""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.onnx_models import band_threshold_segmenter  # noqa: E402


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    band_threshold_segmenter(out / "water.onnx", bands=3, band=0, threshold=0.5, size=256)
    emd = {
        "Framework": "PyTorch",
        "ModelConfiguration": "Threshold",
        "ModelType": "ImageClassification",
        "ModelFile": "water.onnx",
        "ModelName": "Demo brightness segmenter",
        "ImageHeight": 256,
        "ImageWidth": 256,
        "ExtractBands": [0, 1, 2],
        "DataRange": [0, 255],
        "Classes": [
            {"Value": 0, "Name": "Dark", "Color": [40, 40, 40]},
            {"Value": 1, "Name": "Bright", "Color": [250, 220, 90]},
        ],
    }
    (out / "water.emd").write_text(json.dumps(emd, indent=2))
    with zipfile.ZipFile(out / "water.dlpk", "w", zipfile.ZIP_DEFLATED) as package:
        package.write(out / "water.emd", "water/water.emd")
        package.write(out / "water.onnx", "water/water.onnx")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
