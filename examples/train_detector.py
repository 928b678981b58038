"""Train a small anchor-free (CenterNet-style) object detector from a KITTI_rectangles or
PASCAL_VOC_rectangles export; write ONNX, .emd and .dlpk.

    python examples/train_detector.py EXPORT_FOLDER OUT_FOLDER [--val VAL_FOLDER | --val-fraction 0.25]

The network predicts, on a grid of stride 4, a centre heat map per class, the box size and
the centre's offset inside its cell. The exported ONNX model decodes them itself and returns
one output ``[N, 4 + classes, cells]``: ``cx, cy, w, h`` in input pixels, then the class
probabilities (kept only at local maxima of the heat map, 0 elsewhere). That is the
Ultralytics YOLOv8 layout, named in the .emd's ModelConfiguration ("ultralytics") so the
plugin decodes it as such and runs its NMS. Class index i is the i-th class of the export.
Writes ``OUT/<name>/<name>.onnx``, ``<name>.emd``, ``OUT/<name>.dlpk`` and
``OUT/<name>_report.json`` (precision / recall at IoU 0.5 on the validation chips).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import common
import dataset
import numpy as np
import package
import torch
from torch import nn
from torch.nn import functional as F  # noqa: N812

STRIDE = 4


def conv(cin: int, cout: int, stride: int = 1) -> nn.Sequential:
    return nn.Sequential(
        nn.Conv2d(cin, cout, 3, stride=stride, padding=1, bias=False),
        nn.BatchNorm2d(cout),
        nn.ReLU(inplace=True),
    )


class TinyCenterNet(nn.Module):
    """Stride-4 features from a small encoder-decoder (stride 4 -> 16 -> 4) and three heads.

    ``forward`` returns the raw heads: heat-map logits (N, C, h, w), log box size in cells
    (N, 2, h, w) and the centre offset in its cell (N, 2, h, w, in 0-1).
    """

    def __init__(self, bands: int, classes: int, width: int = 24) -> None:
        super().__init__()
        w1, w2, w3 = width, width * 2, width * 3
        self.stem = nn.Sequential(conv(bands, w1 // 2, 2), conv(w1 // 2, w1, 2), conv(w1, w1))
        self.down1 = nn.Sequential(conv(w1, w2, 2), conv(w2, w2))
        self.down2 = nn.Sequential(conv(w2, w3, 2), conv(w3, w3), conv(w3, w3))
        self.up1 = nn.Sequential(conv(w3 + w2, w2), conv(w2, w2))
        self.up2 = nn.Sequential(conv(w2 + w1, w1), conv(w1, w1))
        self.heat = nn.Conv2d(w1, classes, 1)
        self.size = nn.Conv2d(w1, 2, 1)
        self.offset = nn.Conv2d(w1, 2, 1)
        nn.init.constant_(self.heat.bias, -2.19)  # sigmoid = 0.1: few false positives at the start

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        s4 = self.stem(x)
        s8 = self.down1(s4)
        s16 = self.down2(s8)
        y = self.up1(torch.cat([F.interpolate(s16, size=s8.shape[-2:], mode="nearest"), s8], 1))
        y = self.up2(torch.cat([F.interpolate(y, size=s4.shape[-2:], mode="nearest"), s4], 1))
        return self.heat(y), self.size(y), torch.sigmoid(self.offset(y))


class Decoded(nn.Module):
    """The network plus its decoding: ``[N, 4 + C, cells]`` of cx, cy, w, h (input pixels) and
    class probabilities, zero except at 3 x 3 local maxima of each class heat map."""

    def __init__(self, net: TinyCenterNet) -> None:
        super().__init__()
        self.net = net

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        heat, size, offset = self.net(x)
        heat = torch.sigmoid(heat)
        peaks = heat * (F.max_pool2d(heat, 3, stride=1, padding=1) == heat).to(heat.dtype)
        ones = torch.ones_like(heat[:, :1])
        gx = torch.cumsum(ones, dim=3) - 1  # column index of each cell, without shape arithmetic
        gy = torch.cumsum(ones, dim=2) - 1
        cx = (gx + offset[:, :1]) * STRIDE
        cy = (gy + offset[:, 1:]) * STRIDE
        wh = torch.exp(size.clamp(-4.0, 5.0)) * STRIDE
        out = torch.cat([cx, cy, wh, peaks], dim=1)
        return out.flatten(2)


# --------------------------------------------------------------------------- targets and loss


def targets(boxes: np.ndarray, classes: np.ndarray, count: int, height: int, width: int):
    """Heat map (C, h, w), and per object its cell index, log size in cells and offset."""
    gh, gw = -(-height // STRIDE), -(-width // STRIDE)
    heat = np.zeros((count, gh, gw), np.float32)
    ys, xs = np.mgrid[0:gh, 0:gw].astype(np.float32)
    cells, sizes, offsets = [], [], []
    for (x0, y0, x1, y1), cls in zip(boxes, classes):
        cx, cy = (x0 + x1) / 2 / STRIDE, (y0 + y1) / 2 / STRIDE
        bw, bh = max(x1 - x0, 1.0) / STRIDE, max(y1 - y0, 1.0) / STRIDE
        ix, iy = min(int(cx), gw - 1), min(int(cy), gh - 1)
        sx, sy = max(0.54 * bw / 6, 0.5), max(0.54 * bh / 6, 0.5)
        g = np.exp(-((xs - ix) ** 2) / (2 * sx * sx) - ((ys - iy) ** 2) / (2 * sy * sy))
        heat[cls] = np.maximum(heat[cls], g)
        heat[cls, iy, ix] = 1.0
        cells.append(iy * gw + ix)
        sizes.append([np.log(bw), np.log(bh)])
        offsets.append([cx - ix, cy - iy])
    return heat, cells, sizes, offsets


def focal_loss(logits: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """CenterNet's penalty-reduced focal loss, per object."""
    p = torch.sigmoid(logits).clamp(1e-4, 1 - 1e-4)
    pos = target.eq(1).float()
    pos_loss = -torch.log(p) * (1 - p) ** 2 * pos
    neg_loss = -torch.log(1 - p) * p**2 * (1 - target) ** 4 * (1 - pos)
    return (pos_loss.sum() + neg_loss.sum()) / pos.sum().clamp(min=1)


def detection_loss(outputs, batch_targets) -> torch.Tensor:
    heat_logits, size, offset = outputs
    heat = torch.from_numpy(np.stack([t[0] for t in batch_targets]))
    loss = focal_loss(heat_logits, heat)
    index = [(i, c) for i, t in enumerate(batch_targets) for c in t[1]]
    if index:
        images = torch.tensor([i for i, _ in index])
        cells = torch.tensor([c for _, c in index])
        want_size = torch.tensor([s for t in batch_targets for s in t[2]], dtype=torch.float32)
        want_offset = torch.tensor([o for t in batch_targets for o in t[3]], dtype=torch.float32)
        got_size = size.flatten(2)[images, :, cells]
        got_offset = offset.flatten(2)[images, :, cells]
        loss = loss + 0.5 * F.l1_loss(got_size, want_size) + F.l1_loss(got_offset, want_offset)
    return loss


# --------------------------------------------------------------------------- evaluation


def box_iou(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    x0 = np.maximum(a[:, None, 0], b[None, :, 0])
    y0 = np.maximum(a[:, None, 1], b[None, :, 1])
    x1 = np.minimum(a[:, None, 2], b[None, :, 2])
    y1 = np.minimum(a[:, None, 3], b[None, :, 3])
    inter = np.clip(x1 - x0, 0, None) * np.clip(y1 - y0, 0, None)
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    return inter / np.maximum(area_a[:, None] + area_b[None, :] - inter, 1e-9)


def nms(boxes: np.ndarray, scores: np.ndarray, overlap: float) -> np.ndarray:
    order = np.argsort(-scores, kind="stable")
    keep = []
    while len(order):
        i = order[0]
        keep.append(i)
        rest = order[1:]
        order = rest[box_iou(boxes[i : i + 1], boxes[rest])[0] <= overlap]
    return np.asarray(keep, np.int64)


def detect(decoded: nn.Module, image: np.ndarray, stats: dict, threshold: float, overlap: float):
    """Boxes (K, 4) x0, y0, x1, y1, scores and class indexes of one chip, as the plugin decodes them."""
    with torch.no_grad():
        out = decoded(torch.from_numpy(dataset.normalize(image[None], stats)))[0].numpy()
    probs = out[4:]
    cls, best = probs.argmax(0), probs.max(0)
    keep = best >= threshold
    cx, cy, w, h = out[:4, keep]
    boxes = np.stack([cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2], 1)
    boxes[:, [0, 2]] = boxes[:, [0, 2]].clip(0, image.shape[2])
    boxes[:, [1, 3]] = boxes[:, [1, 3]].clip(0, image.shape[1])
    scores, cls = best[keep], cls[keep]
    kept = [
        i
        for c in np.unique(cls)
        for i in np.flatnonzero(cls == c)[nms(boxes[cls == c], scores[cls == c], overlap)]
    ]
    kept = np.asarray(sorted(kept), np.int64)
    return boxes[kept], scores[kept], cls[kept]


def evaluate(decoded, chips, stats, class_index, threshold: float, overlap: float) -> dict:
    """Precision and recall at IoU 0.5 (greedy matching by score, per class) over the chips."""
    tp = fp = fn = 0
    ious = []
    for chip in chips:
        boxes, scores, cls = detect(decoded, chip.image, stats, threshold, overlap)
        truth = chip.boxes
        truth_cls = np.array([class_index.get(int(v), -1) for v in chip.box_values])
        matched = np.zeros(len(truth), bool)
        for i in np.argsort(-scores, kind="stable"):
            candidates = np.flatnonzero(~matched & (truth_cls == cls[i]))
            if len(candidates):
                iou = box_iou(boxes[i : i + 1], truth[candidates])[0]
                j = int(np.argmax(iou))
                if iou[j] >= 0.5:
                    matched[candidates[j]] = True
                    ious.append(float(iou[j]))
                    tp += 1
                    continue
            fp += 1
        fn += int((~matched).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "threshold": threshold,
        "nms_overlap": overlap,
        "objects": tp + fn,
        "detections": tp + fp,
        "true_positives": tp,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "mean_iou_of_matches": round(float(np.mean(ious)), 4) if ious else None,
    }


# --------------------------------------------------------------------------- main


def augmented(
    chip: dataset.Chip, k: int, crop: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A random ``crop`` window of the chip (boxes clipped to it, slivers under 4 pixels dropped),
    a dihedral transform ``k`` and a brightness, contrast and colour jitter."""
    image, boxes = chip.image, chip.boxes
    h, w = image.shape[1:]
    ch, cw = min(crop, h), min(crop, w)
    y0, x0 = int(rng.integers(0, h - ch + 1)), int(rng.integers(0, w - cw + 1))
    image = image[:, y0 : y0 + ch, x0 : x0 + cw].astype(np.float32)
    boxes = boxes - np.array([x0, y0, x0, y0], np.float32)
    boxes[:, [0, 2]] = boxes[:, [0, 2]].clip(0, cw)
    boxes[:, [1, 3]] = boxes[:, [1, 3]].clip(0, ch)
    keep = (boxes[:, 2] - boxes[:, 0] >= 4) & (boxes[:, 3] - boxes[:, 1] >= 4)
    image = dataset.dihedral(image, k)
    boxes = dataset.dihedral_boxes(boxes[keep], k, ch, cw)
    gain = rng.uniform(0.85, 1.15) * rng.uniform(0.95, 1.05, size=(image.shape[0], 1, 1))
    image = np.clip(image * gain + rng.uniform(-15, 15), 0, 255)
    return np.ascontiguousarray(image, dtype=np.float32), boxes, keep


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("export", type=Path, help="KITTI_rectangles or PASCAL_VOC_rectangles export folder")
    parser.add_argument("out", type=Path, help="output folder")
    parser.add_argument(
        "--val", type=Path, help="a second export of the same format used only for validation"
    )
    parser.add_argument(
        "--val-fraction",
        type=float,
        default=0.0,
        help="without --val: validate on chips lying wholly in this bottom share of the rows",
    )
    parser.add_argument(
        "--val-from-row",
        type=int,
        help="without --val: validate on the rows from this one down (0 = top of the highest chip)",
    )
    parser.add_argument("--name", default="detector", help="model name: file names inside the package")
    parser.add_argument("--epochs", type=int, default=60)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--crop", type=int, default=96, help="random crop side for training (pixels)")
    parser.add_argument("--width", type=int, default=16, help="channels at stride 4")
    parser.add_argument("--lr", type=float, default=3e-3)
    parser.add_argument("--threshold", type=float, default=0.3, help="score threshold written to the .emd")
    parser.add_argument("--nms-overlap", type=float, default=0.2, help="NMS IoU written to the .emd")
    parser.add_argument(
        "--tile-size", type=int, help="ImageHeight/Width written to the .emd (default: chip size)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--threads",
        type=int,
        default=1,
        help="torch threads (default 1: on a busy machine more threads can be much slower)",
    )
    args = parser.parse_args()

    rng = common.setup(args.seed, args.threads)
    timer = common.Timer()
    export = dataset.read_export(args.export)
    if export.mode not in dataset.BOX_FORMATS:
        raise SystemExit(
            f"{args.export} is a {export.mode} export; the detector needs {dataset.BOX_FORMATS}."
        )
    class_index = {v: i for i, v in enumerate(export.class_values)}
    count = len(class_index)
    stats = dataset.normalization_stats(export)
    if args.val:
        train, val = export.chips, dataset.read_export(args.val).chips
    else:
        train, val, split = dataset.split_rows(export.chips, args.val_fraction, "window", args.val_from_row)
        print(f"split at row {split}: {len(train)} training chips, {len(val)} validation chips")
    print(
        f"{len(train)} training chips ({sum(len(c.boxes) for c in train)} boxes), "
        f"{len(val)} validation chips ({sum(len(c.boxes) for c in val)} boxes), "
        f"classes {[c['Name'] for c in export.classes]}"
    )

    net = TinyCenterNet(export.band_count, count, args.width)
    decoded = Decoded(net)
    print(f"TinyCenterNet: {common.parameter_count(net)} parameters")
    optimizer = torch.optim.AdamW(net.parameters(), lr=args.lr, weight_decay=1e-4)
    steps = args.epochs * -(-len(train) // args.batch_size)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimizer, args.lr, total_steps=steps, pct_start=0.15)
    for epoch in range(args.epochs):
        net.train()
        losses = []
        order = rng.permutation(len(train))
        for start in range(0, len(order), args.batch_size):
            xs, ts = [], []
            for i in order[start : start + args.batch_size]:
                image, boxes, keep = augmented(train[i], int(rng.integers(0, 8)), args.crop, rng)
                cls = np.array([class_index.get(int(v), 0) for v in train[i].box_values[keep]], np.int64)
                xs.append(image)
                ts.append(targets(boxes, cls, count, image.shape[1], image.shape[2]))
            loss = detection_loss(net(torch.from_numpy(dataset.normalize(np.stack(xs), stats))), ts)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
            losses.append(loss.item())
        if epoch % 10 == 9 or epoch == args.epochs - 1:
            print(f"epoch {epoch + 1}/{args.epochs} loss {np.mean(losses):.4f} ({timer})")
    train_seconds = timer.seconds
    net.eval()

    report = {
        "model": args.name,
        "parameters": common.parameter_count(net),
        "train_chips": len(train),
        "val_chips": len(val),
        "epochs": args.epochs,
        "seed": args.seed,
        "threads": args.threads,
        "train_seconds": round(train_seconds, 1),
        "train": evaluate(decoded, train, stats, class_index, args.threshold, args.nms_overlap),
    }
    if val:
        report["validation"] = evaluate(decoded, val, stats, class_index, args.threshold, args.nms_overlap)
        report["validation_by_threshold"] = [
            evaluate(decoded, val, stats, class_index, t, args.nms_overlap) for t in (0.1, 0.2, 0.3, 0.4, 0.5)
        ]
        v = report["validation"]
        print(
            f"validation: precision {v['precision']:.3f}, recall {v['recall']:.3f} at IoU 0.5 "
            f"({v['objects']} objects, threshold {v['threshold']})"
        )

    tile = args.tile_size or int(train[0].image.shape[1])
    folder = args.out / args.name
    onnx_path = folder / f"{args.name}.onnx"
    example = dataset.normalize(np.stack([c.image for c in train[:2]]), stats)
    names = [str(c["Name"]) for c in export.classes]
    metadata = {}
    if stats["band_max_values"] == [255.0] * 3 and stats["band_min_values"] == [0.0] * 3:
        metadata = {
            "model_type": "Detector",
            "det_type": "YOLO_Ultralytics",
            "class_names": {str(i): n for i, n in enumerate(names)},
            "tiles_size": tile,
            "tiles_overlap": 50,
            "det_conf": args.threshold,
            "det_iou_thresh": args.nms_overlap,
            "standardization_mean": stats["scaled_mean_values"],
            "standardization_std": stats["scaled_std_values"],
        }
    dynamic = {"input": {0: "N", 2: "H", 3: "W"}, "output": {0: "N", 2: "boxes"}}
    common.export_onnx(decoded, example, onnx_path, ["output"], dynamic, metadata)
    odd = dataset.normalize(np.stack([c.image[:, :100, :72] for c in train[:3]]), stats)
    report["onnx_max_difference"] = max(
        common.check_onnx(decoded, onnx_path, example), common.check_onnx(decoded, onnx_path, odd)
    )
    emd = package.model_definition(
        export.emd,
        model_type="ObjectDetection",
        model_file=onnx_path.name,
        model_name=args.name,
        classes=export.classes,
        tile_size=tile,
        normalization_stats=stats,
        configuration="ultralytics",
        BatchSize=4,
        ModelPadding=tile // 4,
        Threshold=args.threshold,
        NMSThreshold=args.nms_overlap,
        SupportsVariableTileSize=True,
        IsMultispectral=export.band_count != 3,
    )
    package.write_emd(emd, folder / f"{args.name}.emd")
    dlpk = package.pack_dlpk(folder, args.out / f"{args.name}.dlpk")
    report["onnx_bytes"] = onnx_path.stat().st_size
    report["dlpk_bytes"] = dlpk.stat().st_size
    report["total_seconds"] = round(timer.seconds, 1)
    common.write_report(args.out / f"{args.name}_report.json", report)
    print(f"wrote {dlpk} ({dlpk.stat().st_size} bytes) in {timer}")


if __name__ == "__main__":
    main()
