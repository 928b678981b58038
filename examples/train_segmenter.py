"""Train a small U-Net pixel classifier from a Classified_Tiles export; write ONNX, .emd and .dlpk.

    python examples/train_segmenter.py EXPORT_FOLDER OUT_FOLDER [--val VAL_FOLDER | --val-fraction 0.25]

Reads ``images/`` and ``labels/`` (one band, pixel value = class Value, 0 = background) of
the export. Output channel 0 is the background and channel k the k-th class of the export's
Classes, which is how the plugin (and arcgis.learn) reads a definition that lists the classes
without the background. Inputs are normalised exactly as the plugin does for the .emd written
(see ``dataset.normalization_stats``). Writes ``OUT/<name>/<name>.onnx``, ``<name>.emd``,
``OUT/<name>.dlpk`` and ``OUT/<name>_report.json`` (validation IoU per class).
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


def block(cin: int, cout: int) -> nn.Sequential:
    return nn.Sequential(
        nn.Conv2d(cin, cout, 3, padding=1, bias=False),
        nn.BatchNorm2d(cout),
        nn.ReLU(inplace=True),
        nn.Conv2d(cout, cout, 3, padding=1, bias=False),
        nn.BatchNorm2d(cout),
        nn.ReLU(inplace=True),
    )


class TinyUNet(nn.Module):
    """A small U-Net working at half resolution: a stride-2 stem, three poolings, and the class
    logits upsampled (bilinear) back to the input size. Any input size works (each upsampling
    matches the size of its skip connection)."""

    def __init__(self, bands: int, classes: int, width: int = 16) -> None:
        super().__init__()
        widths = [width, width * 2, width * 3, width * 4]
        self.stem = nn.Sequential(
            nn.Conv2d(bands, widths[0], 3, stride=2, padding=1, bias=False),
            nn.BatchNorm2d(widths[0]),
            nn.ReLU(inplace=True),
        )
        self.down = nn.ModuleList()
        cin = widths[0]
        for w in widths:
            self.down.append(block(cin, w))
            cin = w
        self.up = nn.ModuleList(block(widths[i + 1] + widths[i], widths[i]) for i in reversed(range(3)))
        self.head = nn.Conv2d(widths[0], classes, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        size = x.shape[-2:]
        x = self.stem(x)
        skips = []
        for i, layer in enumerate(self.down):
            x = layer(x if i == 0 else F.max_pool2d(x, 2))
            skips.append(x)
        x = skips.pop()
        for layer in self.up:
            skip = skips.pop()
            x = F.interpolate(x, size=skip.shape[-2:], mode="nearest")
            x = layer(torch.cat([x, skip], dim=1))
        return F.interpolate(self.head(x), size=size, mode="bilinear", align_corners=False)


def class_indexes(mask: np.ndarray, values: list[int]) -> np.ndarray:
    """Class Values -> channel indexes (0 background, k the k-th listed class); unlisted values -> 0."""
    lookup = np.zeros(max(values + [int(mask.max())]) + 1, np.int64)
    for index, value in enumerate(values, start=1):
        lookup[value] = index
    return lookup[mask.astype(np.int64)]


def batches(images, targets, batch_size, crop, rng):
    """Shuffled training batches: random crop, random dihedral transform, brightness, contrast and
    colour jitter."""
    order = rng.permutation(len(images))
    for start in range(0, len(order), batch_size):
        xs, ys = [], []
        for i in order[start : start + batch_size]:
            image, target = images[i], targets[i]
            h, w = target.shape
            ch, cw = min(crop, h), min(crop, w)
            y0, x0 = rng.integers(0, h - ch + 1), rng.integers(0, w - cw + 1)
            image = image[:, y0 : y0 + ch, x0 : x0 + cw].astype(np.float32)
            target = target[y0 : y0 + ch, x0 : x0 + cw]
            k = int(rng.integers(0, 8))
            image, target = dataset.dihedral(image, k), dataset.dihedral(target, k)
            gain = rng.uniform(0.85, 1.15) * rng.uniform(0.95, 1.05, size=(image.shape[0], 1, 1))
            xs.append(np.clip(image * gain + rng.uniform(-15, 15), 0, 255))
            ys.append(np.ascontiguousarray(target))
        yield np.stack(xs), np.stack(ys)


def dice_loss(logits: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    probs = logits.softmax(1)
    onehot = F.one_hot(target, logits.shape[1]).permute(0, 3, 1, 2).float()
    inter = (probs * onehot).sum((0, 2, 3))
    total = probs.sum((0, 2, 3)) + onehot.sum((0, 2, 3))
    return 1 - ((2 * inter + 1) / (total + 1)).mean()


def predict(model: nn.Module, images: list[np.ndarray], stats: dict) -> list[np.ndarray]:
    """Argmax channel of each chip (any size), one chip at a time."""
    model.eval()
    out = []
    with torch.no_grad():
        for image in images:
            x = torch.from_numpy(dataset.normalize(image[None], stats))
            out.append(model(x)[0].argmax(0).numpy())
    return out


def evaluate(model, images, targets, stats, names) -> dict:
    """Per-class IoU, pixel accuracy and the IoU of the trivial 'every pixel is class k' map."""
    predictions = predict(model, images, stats)
    pred = np.concatenate([p.ravel() for p in predictions])
    true = np.concatenate([t.ravel() for t in targets])
    result = {
        "pixels": int(true.size),
        "pixel_accuracy": round(float((pred == true).mean()), 4),
        "classes": {},
    }
    for index, name in enumerate(names):
        inter = np.sum((pred == index) & (true == index))
        union = np.sum((pred == index) | (true == index))
        result["classes"][name] = {
            "iou": round(float(inter / union), 4) if union else None,
            "share_true": round(float(np.mean(true == index)), 4),
            "share_predicted": round(float(np.mean(pred == index)), 4),
            "iou_if_all_pixels_this_class": round(float(np.mean(true == index)), 4),
        }
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("export", type=Path, help="Classified_Tiles export folder (training chips)")
    parser.add_argument("out", type=Path, help="output folder")
    parser.add_argument("--val", type=Path, help="a second Classified_Tiles export used only for validation")
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
    parser.add_argument("--name", default="segmenter", help="model name: file names inside the package")
    parser.add_argument("--epochs", type=int, default=60)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--crop", type=int, default=96, help="random crop side for training (pixels)")
    parser.add_argument("--width", type=int, default=16, help="channels of the first U-Net level")
    parser.add_argument("--lr", type=float, default=3e-3)
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
    if export.mode != "Classified_Tiles":
        raise SystemExit(f"{args.export} is a {export.mode} export; the segmenter needs Classified_Tiles.")
    values = export.class_values
    names = ["Background"] + [str(c["Name"]) for c in export.classes]
    stats = dataset.normalization_stats(export)
    if args.val:
        train, val = export.chips, dataset.read_export(args.val).chips
    else:
        train, val, split = dataset.split_rows(export.chips, args.val_fraction, "window", args.val_from_row)
        print(f"split at row {split}: {len(train)} training chips, {len(val)} validation chips")
    images = [c.image for c in train]
    targets = [class_indexes(c.mask, values) for c in train]
    print(
        f"{len(train)} training chips of {train[0].image.shape}, {len(val)} validation chips, "
        f"classes {names}; read in {timer}"
    )

    model = TinyUNet(export.band_count, len(names), args.width)
    print(f"TinyUNet: {common.parameter_count(model)} parameters")
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=1e-4)
    steps = args.epochs * -(-len(images) // args.batch_size)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimizer, args.lr, total_steps=steps, pct_start=0.15)
    for epoch in range(args.epochs):
        model.train()
        losses = []
        for x, y in batches(images, targets, args.batch_size, args.crop, rng):
            logits = model(torch.from_numpy(dataset.normalize(x, stats)))
            target = torch.from_numpy(y)
            loss = F.cross_entropy(logits, target) + dice_loss(logits, target)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
            losses.append(loss.item())
        if epoch % 10 == 9 or epoch == args.epochs - 1:
            print(f"epoch {epoch + 1}/{args.epochs} loss {np.mean(losses):.4f} ({timer})")
    train_seconds = timer.seconds

    report = {
        "model": args.name,
        "parameters": common.parameter_count(model),
        "train_chips": len(train),
        "val_chips": len(val),
        "epochs": args.epochs,
        "seed": args.seed,
        "threads": args.threads,
        "train_seconds": round(train_seconds, 1),
        "train": evaluate(model, images, targets, stats, names),
    }
    if val:
        val_targets = [class_indexes(c.mask, values) for c in val]
        report["validation"] = evaluate(model, [c.image for c in val], val_targets, stats, names)
        v = report["validation"]
        for name, c in v["classes"].items():
            baseline = c["iou_if_all_pixels_this_class"]
            print(f"validation: {name} IoU {c['iou']:.3f} (every pixel {name}: {baseline:.3f})")
        print(f"validation: pixel accuracy {v['pixel_accuracy']:.3f} on {v['pixels']} pixels")

    tile = args.tile_size or int(train[0].image.shape[1])
    folder = args.out / args.name
    onnx_path = folder / f"{args.name}.onnx"
    example = dataset.normalize(np.stack([c.image for c in train[:2]]), stats)
    metadata = {}
    if stats["band_max_values"] == [255.0] * 3 and stats["band_min_values"] == [0.0] * 3:
        metadata = {
            "model_type": "Segmentor",
            "class_names": {str(i): n for i, n in enumerate(names)},
            "tiles_size": tile,
            "tiles_overlap": 50,
            "standardization_mean": stats["scaled_mean_values"],
            "standardization_std": stats["scaled_std_values"],
        }
    dynamic = {"input": {0: "N", 2: "H", 3: "W"}, "output": {0: "N", 2: "H", 3: "W"}}
    common.export_onnx(model, example, onnx_path, ["output"], dynamic, metadata)
    odd = dataset.normalize(np.stack([c.image[:, :100, :72] for c in train[:3]]), stats)
    report["onnx_max_difference"] = max(
        common.check_onnx(model, onnx_path, example), common.check_onnx(model, onnx_path, odd)
    )
    emd = package.model_definition(
        export.emd,
        model_type="ImageClassification",
        model_file=onnx_path.name,
        model_name=args.name,
        classes=export.classes,
        tile_size=tile,
        normalization_stats=stats,
        configuration="TinyUNet",
        BatchSize=4,
        ModelPadding=tile // 4,
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
