"""Summaries for make_sample_models.sh.

    python examples/models_readme.py --check CHECK_FOLDER IMAGE TREES.csv SAMPLES.gpkg
        reads what the plugin's tools wrote on the sample (trees.tif, trees_detected.gpkg,
        objects_classified.gpkg), compares it with the labels, prints it and saves summary.json
    python examples/models_readme.py MODELS_FOLDER CHECK_FOLDER OUT_README.md
        writes models/README.md from the training reports, the .emd files and summary.json

"Validation" below always means rows SPLIT_ROW and below of the sample image, which the
models never saw in training.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr

gdal.UseExceptions()
ogr.UseExceptions()

SPLIT_ROW = 288
NAMES = ("tree_segmenter", "tree_detector", "tree_classifier")


def box_iou(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    x0 = np.maximum(a[:, None, 0], b[None, :, 0])
    y0 = np.maximum(a[:, None, 1], b[None, :, 1])
    x1 = np.minimum(a[:, None, 2], b[None, :, 2])
    y1 = np.minimum(a[:, None, 3], b[None, :, 3])
    inter = np.clip(x1 - x0, 0, None) * np.clip(y1 - y0, 0, None)
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    return inter / np.maximum(area_a[:, None] + area_b[None, :] - inter, 1e-9)


def match(pred: np.ndarray, scores: np.ndarray, truth: np.ndarray) -> dict:
    """Precision / recall at IoU 0.5, greedy by score."""
    used = np.zeros(len(truth), bool)
    tp = 0
    for i in np.argsort(-scores, kind="stable"):
        if not len(truth):
            break
        iou = np.where(used, -1.0, box_iou(pred[i : i + 1], truth)[0])
        j = int(np.argmax(iou))
        if iou[j] >= 0.5:
            used[j] = True
            tp += 1
    return {
        "objects": len(truth),
        "detections": len(pred),
        "true_positives": tp,
        "precision": round(tp / len(pred), 4) if len(pred) else 0.0,
        "recall": round(tp / len(truth), 4) if len(truth) else 0.0,
    }


def layer_rows(path: Path, to_pixels) -> list[dict]:
    source = ogr.Open(str(path))
    rows = []
    for feature in source.GetLayer(0):
        x0, x1, y0, y1 = feature.GetGeometryRef().GetEnvelope()
        row = {k: feature.GetField(k) for k in feature.keys()}
        row["box"] = to_pixels(x0, y1, x1, y0)
        rows.append(row)
    return rows


def check(folder: Path, image: Path, trees_csv: Path, samples: Path) -> dict:
    raster = gdal.Open(str(image))
    ox, cell_x, _, oy, _, cell_y = raster.GetGeoTransform()

    def to_pixels(x0, y0, x1, y1):
        return [(x0 - ox) / cell_x, (y0 - oy) / cell_y, (x1 - ox) / cell_x, (y1 - oy) / cell_y]

    with open(trees_csv, newline="") as handle:
        truth = np.array(
            [[float(r[k]) for k in ("xmin", "ymin", "xmax", "ymax")] for r in csv.DictReader(handle)]
        )
    box_mask = np.zeros((raster.RasterYSize, raster.RasterXSize), bool)
    for x0, y0, x1, y1 in truth.astype(int):
        box_mask[y0:y1, x0:x1] = True
    summary: dict = {"split_row": SPLIT_ROW}

    classified = gdal.Open(str(folder / "trees.tif"))
    values = classified.GetRasterBand(1).ReadAsArray()
    nodata = classified.GetRasterBand(1).GetNoDataValue()
    valid = values != nodata if nodata is not None else np.ones(values.shape, bool)
    tree = (values == 1) & valid
    val = np.zeros(values.shape, bool)
    val[SPLIT_ROW:] = True
    vv = val & valid
    summary["classify_pixels"] = {
        "tree_fraction": round(float(tree[valid].mean()), 4),
        "box_coverage": round(float(box_mask[valid].mean()), 4),
        "nodata_pixels": int((~valid).sum()),
        "validation_tree_iou": round(float((tree & box_mask & vv).sum() / ((tree | box_mask) & vv).sum()), 4),
        "validation_tree_fraction": round(float(tree[vv].mean()), 4),
        "validation_box_coverage": round(float(box_mask[vv].mean()), 4),
    }

    detected = layer_rows(folder / "trees_detected.gpkg", to_pixels)
    boxes = np.array([d["box"] for d in detected], np.float64).reshape(-1, 4)
    scores = np.array([d["Confidence"] for d in detected], np.float64)
    if len(scores) and scores.max() > 1:
        scores = scores / 100.0
    centre_val = (boxes[:, 1] + boxes[:, 3]) / 2 >= SPLIT_ROW
    truth_val = (truth[:, 1] + truth[:, 3]) / 2 >= SPLIT_ROW
    sizes = (
        np.stack([boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1]], 1)
        if len(boxes)
        else np.zeros((0, 2))
    )
    summary["detect_objects"] = {
        "detections": len(detected),
        "labelled_trees": len(truth),
        "median_box_size_px": [round(float(v), 1) for v in np.median(sizes, 0)] if len(sizes) else None,
        "whole_image": match(boxes, scores, truth),
        "validation_centres_below_split": match(boxes[centre_val], scores[centre_val], truth[truth_val]),
    }

    labelled = {i: r for i, r in enumerate(layer_rows(samples, to_pixels))}
    output = layer_rows(folder / "objects_classified.gpkg", to_pixels)
    right = [r["Classname"] == r["ClassLabel"] for r in output]
    in_val = [(r["box"][1] + r["box"][3]) / 2 >= SPLIT_ROW for r in output]
    per_class = {}
    for name in sorted({r["Classname"] for r in output}):
        rows = [ok for ok, r in zip(right, output) if r["Classname"] == name]
        per_class[name] = f"{sum(rows)}/{len(rows)}"
    summary["classify_objects"] = {
        "features": len(labelled),
        "labelled_by_tool": sum(r["ClassLabel"] is not None for r in output),
        "whole_image_accuracy": round(float(np.mean(right)), 4),
        "whole_image_correct_per_class": per_class,
        "validation_accuracy": round(float(np.mean([ok for ok, v in zip(right, in_val) if v])), 4),
        "validation_features": int(sum(in_val)),
    }
    (folder / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    return summary


# --------------------------------------------------------------------------- README


def _emd(models: Path, name: str) -> dict:
    return json.loads((models / name / f"{name}.emd").read_text())


def _report(models: Path, name: str) -> dict:
    return json.loads((models / f"{name}_report.json").read_text())


def _kb(n: int) -> str:
    return f"{n / 1024:.0f} KiB"


README = """\
# Sample models

Three small demonstration models trained on the bundled sample only (`data/sample/OSBS_029.tif`, one
400 x 400 pixel RGB NEON orthophoto at 10 cm, and its 61 hand-drawn tree boxes). They show the
whole workflow (export training data, train, package, run with this plugin) and are what the demo
and the tests use. **They are not general tree models**: they learnt from about 45 trees of one
Florida pine stand and only make sense on similar 10 cm RGB imagery. The numbers below are honest
but come from a small sample: one or two objects more or less change them visibly.

How they were measured: the image is split at row {split} (y = 3285114.1). Rows 0-{split_1} were
exported for training; rows {split}-399 (28 % of the image) were exported separately and used only
for validation. The packages here are the models trained on the top part only, so the validation
numbers describe exactly these files. The labels are boxes, so the "tree" pixels of the
segmentation labels are box rectangles.

| package | ModelType | input | classes | size |
| --- | --- | --- | --- | --- |
| `tree_segmenter.dlpk` | ImageClassification (pixels) | 3 x {seg_tile} x {seg_tile} tiles (other sizes \
work) | 0 Background (implicit), 1 Tree | {seg_kb} |
| `tree_detector.dlpk` | ObjectDetection | 3 x {det_tile} x {det_tile} tiles (other sizes work) | 1 Tree \
| {det_kb} |
| `tree_classifier.dlpk` | ObjectClassification | 3 x {cls_tile} x {cls_tile}, one chip per feature (its \
bounding box, resized) | 1 Tree, 2 Ground | {cls_kb} |

Every model reads bands 1, 2, 3 (red, green, blue, 8-bit) and normalises them as ImageNet models
do: `x / 255`, minus the mean (0.485, 0.456, 0.406), divided by the standard deviation (0.229,
0.224, 0.225). The .emd states it explicitly in `NormalizationStats`; the ONNX files also carry
Deepness/GeoDeep metadata, so the bare `.onnx` works as well.

## tree_segmenter

A U-Net of {seg_params:,} parameters working at half resolution; output `[N, 2, H, W]` logits,
channel 0 the background (value 0) and channel 1 `Tree` (value 1). Trained on {seg_chips} chips of
128 x 128 (Classified_Tiles, stride 32; random 96-pixel crops) for {seg_epochs} epochs, \
{seg_seconds:.0f} s on one CPU thread.

- validation (rows {split}-399, {seg_val_pixels:,} pixels): **Tree IoU {seg_val_iou:.3f}**, pixel \
accuracy {seg_val_acc:.3f}. Calling every pixel a tree would give an IoU of {seg_val_base:.3f}: the \
model adds a modest amount over that.
- training chips: Tree IoU {seg_train_iou:.3f} (it overfits).
- The box labels include ground at the corners of each box and miss unlabelled trees, which caps
  any IoU measured against them; on the image the predicted mask follows the green crowns.

## tree_detector

An anchor-free, CenterNet-style detector of {det_params:,} parameters (stride 4). The ONNX model
decodes its own output into the Ultralytics YOLOv8 layout `[N, 5, cells]`: cx, cy, w, h in input
pixels, then the Tree probability, non-zero only at heat-map peaks. The .emd declares it as
`"ModelConfiguration": "ultralytics"`; the plugin applies the threshold and NMS. Trained on
{det_chips} chips of 128 x 128 (KITTI_rectangles, stride 32; random 96-pixel crops) for \
{det_epochs} epochs, {det_seconds:.0f} s.

- validation (rows {split}-399: {det_val_objects} boxes, 4 of them cut by the split line), at the \
.emd threshold {det_threshold} and NMS IoU {det_nms}: **precision {det_val_p:.3f}, recall \
{det_val_r:.3f}** at IoU 0.5 ({det_val_tp} of {det_val_n} detections right).
- validation by score threshold: {det_by_threshold}.
- training chips: precision {det_train_p:.3f}, recall {det_train_r:.3f}.
- It finds most crowns but often draws them smaller, or splits a large crown in two.

## tree_classifier

A small CNN of {cls_params:,} parameters; output `[N, 2]` logits (Tree, Ground) that the plugin
turns into probabilities. `CropSizeFixed` is 0: Classify Objects cuts each feature's bounding box
and resizes it to {cls_tile} x {cls_tile}, as the training chips were exported (Labeled_Tiles, \
crop mode BOUNDING_BOX). The Ground samples are random boxes clear of every tree box
(`examples/background_samples.py`, seed 0). Trained on {cls_chips} chips for {cls_epochs} epochs, \
{cls_seconds:.0f} s; the features whose chip centre lies at row {split} or below are the \
validation set.

- validation ({cls_val_chips} features): **accuracy {cls_val_acc:.3f}** (always answering the \
majority class: {cls_val_base:.3f}). Confusion (rows true, columns predicted): {cls_confusion}.
- training chips: accuracy {cls_train_acc:.3f}.
"""

TOOLS = """
## Checked through the plugin's tools

`examples/make_sample_models.sh` ends by running each package on the whole sample with
`scripts/qgis_process` and the models' default arguments. Most of the image is training data, so
only the rows from {split} say anything about generalisation:

- Classify Pixels: {cp_fraction:.1f} % of the pixels Tree (the boxes cover {cp_boxes:.1f} %); rows \
{split}-399: Tree IoU {cp_val_iou:.3f} against the boxes. {cp_nodata} pixels are nodata: the sample \
declares 255 as its nodata value, so pure white (saturated sand) pixels count as missing.
- Detect Objects: {do_count} trees found ({do_truth} labelled); whole image precision \
{do_p:.2f} / recall {do_r:.2f} at IoU 0.5; boxes centred in rows {split}-399: precision \
{do_val_p:.2f} / recall {do_val_r:.2f} ({do_val_objects} labelled trees).
- Classify Objects: {co_labelled} of {co_features} features labelled, {co_acc:.1f} % right \
({co_per_class}); rows {split}-399: {co_val_acc:.1f} % of {co_val_features}.
"""

TAIL = """
## Rebuild

```
make setup                          # QGIS and the project's .venv, once
examples/make_sample_models.sh      # makes .venv-train (torch CPU) when missing; about 3 minutes
```

Training is seeded and single-threaded, so a rebuild on the same machine gives the same numbers;
see `examples/README.md` for the scripts and for training models of your own.

## Credits

- Image and tree boxes: the DeepForest project (MIT licence, https://github.com/weecology/DeepForest);
  imagery by the National Ecological Observatory Network (NEON), site OSBS (Ordway-Swisher
  Biological Station, Florida).
- The models are derived from that data.
"""


def readme(models: Path, check_folder: Path) -> str:
    seg, det, cls = (_report(models, n) for n in NAMES)
    emds = {n: _emd(models, n) for n in NAMES}
    sv, st = seg["validation"]["classes"]["Tree"], seg["train"]["classes"]["Tree"]
    dv, dt = det["validation"], det["train"]
    cv, ct = cls["validation"], cls["train"]
    values = {
        "split": SPLIT_ROW,
        "split_1": SPLIT_ROW - 1,
        "seg_tile": emds["tree_segmenter"]["ImageHeight"],
        "det_tile": emds["tree_detector"]["ImageHeight"],
        "cls_tile": emds["tree_classifier"]["ImageHeight"],
        "seg_kb": _kb(seg["dlpk_bytes"]),
        "det_kb": _kb(det["dlpk_bytes"]),
        "cls_kb": _kb(cls["dlpk_bytes"]),
        "seg_params": seg["parameters"],
        "seg_chips": seg["train_chips"],
        "seg_epochs": seg["epochs"],
        "seg_seconds": seg["train_seconds"],
        "seg_val_pixels": seg["validation"]["pixels"],
        "seg_val_iou": sv["iou"],
        "seg_val_acc": seg["validation"]["pixel_accuracy"],
        "seg_val_base": sv["iou_if_all_pixels_this_class"],
        "seg_train_iou": st["iou"],
        "det_params": det["parameters"],
        "det_chips": det["train_chips"],
        "det_epochs": det["epochs"],
        "det_seconds": det["train_seconds"],
        "det_val_objects": dv["objects"],
        "det_threshold": dv["threshold"],
        "det_nms": dv["nms_overlap"],
        "det_val_p": dv["precision"],
        "det_val_r": dv["recall"],
        "det_val_tp": dv["true_positives"],
        "det_val_n": dv["detections"],
        "det_by_threshold": ", ".join(
            f"{r['threshold']:.1f}: P {r['precision']:.2f} / R {r['recall']:.2f}"
            for r in det["validation_by_threshold"]
        ),
        "det_train_p": dt["precision"],
        "det_train_r": dt["recall"],
        "cls_params": cls["parameters"],
        "cls_chips": ct["chips"],
        "cls_epochs": cls["epochs"],
        "cls_seconds": cls["train_seconds"],
        "cls_val_chips": cv["chips"],
        "cls_val_acc": cv["accuracy"],
        "cls_val_base": cv["majority_class_accuracy"],
        "cls_confusion": "; ".join(
            f"{true}: " + ", ".join(f"{pred} {n}" for pred, n in row.items())
            for true, row in cv["confusion_rows_true_columns_predicted"].items()
        ),
        "cls_train_acc": ct["accuracy"],
    }
    text = README.format(**values)
    summary_path = check_folder / "summary.json"
    if summary_path.is_file():
        tools = json.loads(summary_path.read_text())
        cp, do, co = tools["classify_pixels"], tools["detect_objects"], tools["classify_objects"]
        dvv = do["validation_centres_below_split"]
        text += TOOLS.format(
            split=SPLIT_ROW,
            cp_fraction=cp["tree_fraction"] * 100,
            cp_boxes=cp["box_coverage"] * 100,
            cp_val_iou=cp["validation_tree_iou"],
            cp_nodata=cp["nodata_pixels"],
            do_count=do["detections"],
            do_truth=do["labelled_trees"],
            do_p=do["whole_image"]["precision"],
            do_r=do["whole_image"]["recall"],
            do_val_p=dvv["precision"],
            do_val_r=dvv["recall"],
            do_val_objects=dvv["objects"],
            co_labelled=co["labelled_by_tool"],
            co_features=co["features"],
            co_acc=co["whole_image_accuracy"] * 100,
            co_per_class=", ".join(f"{k} {v}" for k, v in co["whole_image_correct_per_class"].items()),
            co_val_acc=co["validation_accuracy"] * 100,
            co_val_features=co["validation_features"],
        )
    return text + TAIL


def main() -> None:
    if sys.argv[1] == "--check":
        summary = check(*(Path(a) for a in sys.argv[2:6]))
        cp, do, co = summary["classify_pixels"], summary["detect_objects"], summary["classify_objects"]
        print(
            f"  classify pixels:  Tree on {cp['tree_fraction'] * 100:.1f} % of the pixels (boxes cover "
            f"{cp['box_coverage'] * 100:.1f} %), validation-rows IoU {cp['validation_tree_iou']:.3f}"
        )
        print(
            f"  detect objects:   {do['detections']} trees ({do['labelled_trees']} labelled), "
            f"validation rows P {do['validation_centres_below_split']['precision']:.2f} R "
            f"{do['validation_centres_below_split']['recall']:.2f}"
        )
        print(
            f"  classify objects: {co['whole_image_accuracy'] * 100:.1f} % right "
            f"{co['whole_image_correct_per_class']}, validation rows {co['validation_accuracy'] * 100:.1f} %"
        )
        return
    Path(sys.argv[3]).write_text(readme(Path(sys.argv[1]), Path(sys.argv[2])))
    print(f"wrote {sys.argv[3]}")


if __name__ == "__main__":
    main()
