"""Train a small CNN object classifier from a Labeled_Tiles export; write ONNX, .emd and .dlpk.

    python examples/train_classifier.py EXPORT_FOLDER OUT_FOLDER [--val VAL_FOLDER | --val-fraction 0.25]

Each chip of the export stands for one object (its class Value in ``labels/<stem>.xml``).
The model returns one logit per class ``[N, classes]``, in the order of the export's
Classes; the plugin turns logits into probabilities (softmax) itself. The .emd keeps the
export's CropSizeFixed and BlackenAroundFeature so that Classify Objects cuts chips the way
they were exported. Writes ``OUT/<name>/<name>.onnx``, ``<name>.emd``, ``OUT/<name>.dlpk``
and ``OUT/<name>_report.json`` (validation accuracy and confusion matrix).
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


def conv(cin: int, cout: int) -> nn.Sequential:
    return nn.Sequential(
        nn.Conv2d(cin, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True)
    )


class TinyClassifier(nn.Module):
    """Four conv-pool stages, global average pooling, dropout and a linear layer: class logits."""

    def __init__(self, bands: int, classes: int, width: int = 16) -> None:
        super().__init__()
        w = [width, width * 2, width * 3, width * 4]
        self.features = nn.Sequential(
            conv(bands, w[0]),
            nn.MaxPool2d(2),
            conv(w[0], w[1]),
            nn.MaxPool2d(2),
            conv(w[1], w[2]),
            nn.MaxPool2d(2),
            conv(w[2], w[3]),
        )
        self.dropout = nn.Dropout(0.3)
        self.head = nn.Linear(w[3], classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.features(x).mean(dim=(2, 3))
        return self.head(self.dropout(x))


def resize(chips: list[np.ndarray], height: int, width: int) -> np.ndarray:
    """Chips (bands, h, w) of any size -> (N, bands, height, width) float32, bilinear with pixel
    centres aligned (what the plugin's cv2.INTER_LINEAR resize does to bounding-box chips)."""
    out = []
    for chip in chips:
        x = torch.from_numpy(chip.astype(np.float32))[None]
        if chip.shape[1:] != (height, width):
            x = F.interpolate(x, size=(height, width), mode="bilinear", align_corners=False)
        out.append(x[0].numpy())
    return np.stack(out)


def augment(image: np.ndarray, rng: np.random.Generator, shift: int) -> np.ndarray:
    """Random dihedral transform, shift of up to ``shift`` pixels (edges repeated), colour jitter."""
    image = dataset.dihedral(image.astype(np.float32), int(rng.integers(0, 8)))
    if shift:
        dy, dx = rng.integers(-shift, shift + 1, size=2)
        padded = np.pad(image, ((0, 0), (shift, shift), (shift, shift)), mode="edge")
        h, w = image.shape[1:]
        image = padded[:, shift + dy : shift + dy + h, shift + dx : shift + dx + w]
    gain = rng.uniform(0.85, 1.15) * rng.uniform(0.95, 1.05, size=(image.shape[0], 1, 1))
    return np.clip(image * gain + rng.uniform(-15, 15), 0, 255)


def evaluate(model: nn.Module, images: np.ndarray, labels: np.ndarray, stats: dict, names: list[str]) -> dict:
    model.eval()
    with torch.no_grad():
        logits = model(torch.from_numpy(dataset.normalize(images, stats))).numpy()
    pred = logits.argmax(1)
    confusion = np.zeros((len(names), len(names)), np.int64)
    np.add.at(confusion, (labels, pred), 1)
    majority = np.bincount(labels, minlength=len(names)).max() / max(len(labels), 1)
    return {
        "chips": int(len(labels)),
        "accuracy": round(float((pred == labels).mean()), 4),
        "majority_class_accuracy": round(float(majority), 4),
        "confusion_rows_true_columns_predicted": {
            n: dict(zip(names, map(int, row))) for n, row in zip(names, confusion)
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("export", type=Path, help="Labeled_Tiles export folder")
    parser.add_argument("out", type=Path, help="output folder")
    parser.add_argument("--val", type=Path, help="a second Labeled_Tiles export used only for validation")
    parser.add_argument(
        "--val-fraction",
        type=float,
        default=0.0,
        help="without --val: validate on the chips centred in this bottom share of the rows",
    )
    parser.add_argument(
        "--val-from-row",
        type=int,
        help="without --val: validate on the rows from this one down (0 = top of the highest chip)",
    )
    parser.add_argument("--name", default="classifier", help="model name: file names inside the package")
    parser.add_argument("--epochs", type=int, default=60)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument(
        "--size",
        type=int,
        help="model input side; chips of another size are resized (default: the export's tile size)",
    )
    parser.add_argument("--width", type=int, default=16, help="channels of the first convolution")
    parser.add_argument("--shift", type=int, default=4, help="largest random shift in training (pixels)")
    parser.add_argument("--lr", type=float, default=3e-3)
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
    if export.mode != "Labeled_Tiles":
        raise SystemExit(f"{args.export} is a {export.mode} export; the classifier needs Labeled_Tiles.")
    index = {v: i for i, v in enumerate(export.class_values)}
    names = [str(c["Name"]) for c in export.classes]
    stats = dataset.normalization_stats(export)
    if args.val:
        train, val = export.chips, dataset.read_export(args.val).chips
    else:
        train, val, split = dataset.split_rows(export.chips, args.val_fraction, "centre", args.val_from_row)
        print(f"split at row {split}: {len(train)} training chips, {len(val)} validation chips")
    train = [c for c in train if c.value in index]
    val = [c for c in val if c.value in index]
    height = int(args.size or export.emd.get("ImageHeight") or train[0].image.shape[1])
    width = int(args.size or export.emd.get("ImageWidth") or train[0].image.shape[2])
    images = resize([c.image for c in train], height, width)
    labels = np.array([index[c.value] for c in train], np.int64)
    print(
        f"{len(train)} training chips {np.bincount(labels, minlength=len(names)).tolist()}, "
        f"{len(val)} validation chips, classes {names}"
    )

    model = TinyClassifier(export.band_count, len(names), args.width)
    print(f"TinyClassifier: {common.parameter_count(model)} parameters")
    # class weights from the training counts, as arcgis.learn derives them from the export statistics
    counts = np.bincount(labels, minlength=len(names)).astype(np.float32)
    weights = torch.from_numpy(counts.sum() / np.maximum(counts, 1) / len(names))
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=1e-3)
    steps = args.epochs * -(-len(train) // args.batch_size)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimizer, args.lr, total_steps=steps, pct_start=0.15)
    for epoch in range(args.epochs):
        model.train()
        losses = []
        order = rng.permutation(len(train))
        for start in range(0, len(order), args.batch_size):
            batch = order[start : start + args.batch_size]
            x = np.stack([augment(images[i], rng, args.shift) for i in batch])
            logits = model(torch.from_numpy(dataset.normalize(x, stats)))
            loss = F.cross_entropy(
                logits, torch.from_numpy(labels[batch]), weight=weights, label_smoothing=0.05
            )
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
        "train": evaluate(model, images, labels, stats, names),
    }
    if val:
        val_labels = np.array([index[c.value] for c in val], np.int64)
        val_images = resize([c.image for c in val], height, width)
        report["validation"] = evaluate(model, val_images, val_labels, stats, names)
        v = report["validation"]
        print(
            f"validation: accuracy {v['accuracy']:.3f} on {v['chips']} chips "
            f"(majority class {v['majority_class_accuracy']:.3f})"
        )

    folder = args.out / args.name
    onnx_path = folder / f"{args.name}.onnx"
    example = dataset.normalize(images[:2], stats)
    metadata = {}
    if stats["band_max_values"] == [255.0] * 3 and stats["band_min_values"] == [0.0] * 3:
        metadata = {
            "model_type": "Classifier",
            "class_names": {str(i): n for i, n in enumerate(names)},
            "tiles_size": height,
            "standardization_mean": stats["scaled_mean_values"],
            "standardization_std": stats["scaled_std_values"],
        }
    common.export_onnx(
        model, example, onnx_path, ["output"], {"input": {0: "N"}, "output": {0: "N"}}, metadata
    )
    report["onnx_max_difference"] = common.check_onnx(model, onnx_path, dataset.normalize(images[:5], stats))
    emd = package.model_definition(
        export.emd,
        model_type="ObjectClassification",
        model_file=onnx_path.name,
        model_name=args.name,
        classes=export.classes,
        tile_size=height,
        normalization_stats=stats,
        configuration="TinyClassifier",
        BatchSize=16,
        CropSizeFixed=int(export.emd.get("CropSizeFixed", 1)),
        BlackenAroundFeature=int(export.emd.get("BlackenAroundFeature", 0)),
        IsMultispectral=export.band_count != 3,
    )
    emd["ImageWidth"] = width
    package.write_emd(emd, folder / f"{args.name}.emd")
    dlpk = package.pack_dlpk(folder, args.out / f"{args.name}.dlpk")
    report["onnx_bytes"] = onnx_path.stat().st_size
    report["dlpk_bytes"] = dlpk.stat().st_size
    report["total_seconds"] = round(timer.seconds, 1)
    common.write_report(args.out / f"{args.name}_report.json", report)
    print(f"wrote {dlpk} ({dlpk.stat().st_size} bytes) in {timer}")


if __name__ == "__main__":
    main()
