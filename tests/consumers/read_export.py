"""Read an export folder with a third-party consumer and print what it loaded, as JSON.

Run with the Python of ``.venv-consumers`` (``make consumers``; torch, torchvision, pycocotools,
ultralytics), never the plugin's: ``read_export.py coco|yolo-detect|yolo-segment FOLDER``.
The tests compare its output with what the export was given.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from pathlib import Path


def read_coco(folder: Path) -> dict:
    """pycocotools' COCO index and torchvision's CocoDetection over ``annotations.json``."""
    import numpy as np
    from pycocotools.coco import COCO
    from torchvision.datasets import CocoDetection

    coco = COCO(str(folder / "annotations.json"))
    images = {}
    for image_id in sorted(coco.getImgIds()):
        info = coco.loadImgs(image_id)[0]
        objects = []
        for ann in coco.loadAnns(coco.getAnnIds(imgIds=image_id)):
            mask = coco.annToMask(ann)
            objects.append(
                {
                    "category": coco.loadCats(ann["category_id"])[0]["name"],
                    "bbox": [round(v, 3) for v in ann["bbox"]],
                    "mask_pixels": int(mask.sum()),
                    "mask_shape": list(mask.shape),
                }
            )
        images[info["file_name"]] = objects
    dataset = CocoDetection(str(folder), str(folder / "annotations.json"))
    loaded = []
    for index in range(len(dataset)):
        image, targets = dataset[index]
        loaded.append({"size": list(image.size), "mode": image.mode, "objects": len(targets)})
    return {
        "categories": {c["id"]: c["name"] for c in coco.loadCats(coco.getCatIds())},
        "images": images,
        "torchvision": loaded,
        "pixels_first": int(np.asarray(dataset[0][0]).sum()) if len(dataset) else 0,
    }


def read_yolo(folder: Path, task: str) -> dict:
    """Ultralytics' own route: check_det_dataset on our dataset.yaml, build_yolo_dataset, one batch."""
    from ultralytics.cfg import get_cfg
    from ultralytics.data.build import build_dataloader, build_yolo_dataset
    from ultralytics.data.utils import check_det_dataset

    data = check_det_dataset(str(folder / "dataset.yaml"), autodownload=False)
    cfg = get_cfg(overrides={"task": task, "imgsz": 64, "workers": 0})
    dataset = build_yolo_dataset(cfg, data["train"], 4, data, mode="val")
    labels = {}
    for label in dataset.labels:
        labels[Path(label["im_file"]).name] = {
            "cls": [int(c) for c in label["cls"].ravel()],
            "xywh": [[round(v, 5) for v in box] for box in label["bboxes"].tolist()],  # normalised
            "segments": len(label.get("segments", [])),
        }
    batch = next(iter(build_dataloader(dataset, batch=4, workers=0, shuffle=False)))
    return {
        "names": {str(k): v for k, v in data["names"].items()},
        "dataset": type(dataset).__name__,
        "labels": labels,
        "batch": {
            "img": list(batch["img"].shape),
            "boxes": int(batch["bboxes"].shape[0]),
            "masks": list(batch["masks"].shape) if "masks" in batch else None,
        },
    }


def main(argv: list[str]) -> int:
    kind, folder = argv[1], Path(argv[2])
    os.environ.setdefault("YOLO_CONFIG_DIR", tempfile.mkdtemp(prefix="ultralytics-"))
    os.environ.setdefault("YOLO_OFFLINE", "1")
    with contextlib.redirect_stdout(sys.stderr):  # the consumers print progress; stdout is the JSON
        if kind == "coco":
            result = read_coco(folder)
        elif kind in ("yolo-detect", "yolo-segment"):
            result = read_yolo(folder, kind.split("-")[1])
        else:
            raise SystemExit(f"unknown consumer {kind!r}: use coco, yolo-detect or yolo-segment")
    json.dump(result, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
