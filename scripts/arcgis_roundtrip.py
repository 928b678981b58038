#!/usr/bin/env python3
"""The arcgis.learn side of ``make test-arcgis``: tiny training runs and Esri's own inference.

Run with the Python that has arcgis.learn (the venv of ``../shared/arcgis/setup_env.sh``)::

    arcgis_roundtrip.py train MODEL_CLASS EXPORT_FOLDER OUT_FOLDER [--chip-size N] [--epochs 1]
    arcgis_roundtrip.py build MODEL_CLASS EXPORT_FOLDER OUT_FOLDER    # saved untrained (random weights)
    arcgis_roundtrip.py points OBJECTS.gpkg RASTER POINTS.gpkg POINTS.json --chip-size N
    arcgis_roundtrip.py compare-pixels MODEL.emd RASTER OURS.tif --predict-background true|false
    arcgis_roundtrip.py compare-objects MODEL.emd RASTER POINTS.json OURS.gpkg [--field ClassLabel]

``compare-*`` run arcgis.learn's own inference code on the same pixels our tools read
(``arcgis/learn/models/_inferencing/util.py`` ``pixel_classify_image`` on whole tiles at padding 0;
the FeatureClassifier inference function's normalisation and ``learn.pred_batch``) and print a
JSON line with the share of equal pixels / labels. Backbones start from random weights: no
pretrained weights are downloaded.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from arcgis_to_onnx import import_arcgis_learn, load_model, normalise, random_backbone_weights  # noqa: E402


def _fastai_fit_compat() -> None:
    """arcgis 2.4.4 passes ``mixed_precision=False`` to fit_one_cycle; PyPI's fastai 1.0.61 lacks it."""
    from fastai.basic_train import Learner

    original = Learner.fit_one_cycle
    if getattr(original, "_drops_mixed_precision", False):
        return

    def fit_one_cycle(self, *args, mixed_precision=False, **kwargs):
        if mixed_precision:
            raise ValueError("mixed_precision=True is not supported by fastai 1.0.61")
        return original(self, *args, **kwargs)

    fit_one_cycle._drops_mixed_precision = True
    Learner.fit_one_cycle = fit_one_cycle


def train(model_class: str, export: Path, out: Path, chip_size: int, epochs: int) -> None:
    """prepare_data on ``export``, a resnet18 ``model_class`` from random weights, ``epochs`` epochs, save."""
    import torch

    torch.manual_seed(0)
    learn = import_arcgis_learn()
    _fastai_fit_compat()
    with contextlib.redirect_stdout(sys.stderr):
        data = learn.prepare_data(str(export), batch_size=4, chip_size=chip_size, val_split_pct=0.2, seed=42)
        with random_backbone_weights():
            model = getattr(learn, model_class)(data, backbone="resnet18")
        if epochs:
            model.fit(epochs, lr=1e-3)
        saved = model.save(str(out), compute_metrics=False, save_inference_file=True)
    emd = next(out.glob("*.emd"))
    print(json.dumps({"model": model_class, "epochs": epochs, "emd": str(emd), "saved": str(saved)}))


def _read(raster: Path) -> np.ndarray:
    from osgeo import gdal

    dataset = gdal.Open(str(raster))
    data = dataset.ReadAsArray()
    return data[None] if data.ndim == 2 else data


def points(objects: Path, raster: Path, out_gpkg: Path, out_json: Path, chip_size: int) -> None:
    """Point features on pixel corners at the objects' centres whose chip lies inside the raster."""
    from osgeo import gdal, ogr

    dataset = gdal.Open(str(raster))
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    width, height = dataset.RasterXSize, dataset.RasterYSize
    half = chip_size // 2
    source = ogr.Open(str(objects))
    layer = source.GetLayer(0)
    driver = ogr.GetDriverByName("GPKG")
    if out_gpkg.exists():
        out_gpkg.unlink()
    target = driver.CreateDataSource(str(out_gpkg))
    out_layer = target.CreateLayer("points", srs=layer.GetSpatialRef(), geom_type=ogr.wkbPoint)
    out_layer.CreateField(ogr.FieldDefn("pid", ogr.OFTInteger))
    chips = []
    for feature in layer:
        envelope = feature.GetGeometryRef().GetEnvelope()  # minx, maxx, miny, maxy
        col = round(((envelope[0] + envelope[1]) / 2 - x0) / dx)
        row = round(((envelope[2] + envelope[3]) / 2 - y0) / dy)
        if not (half <= col <= width - half and half <= row <= height - half):
            continue
        point = ogr.Feature(out_layer.GetLayerDefn())
        point.SetField("pid", len(chips))
        point.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x0 + col * dx} {y0 + row * dy})"))
        out_layer.CreateFeature(point)
        chips.append({"pid": len(chips), "col": col - half, "row": row - half})
    target = None
    out_json.write_text(json.dumps({"chip_size": chip_size, "chips": chips}))
    print(json.dumps({"points": len(chips)}))


def compare_pixels(emd_path: Path, raster: Path, ours: Path, predict_background: bool) -> None:
    """arcgis.learn's pixel_classify_image on each whole tile of ``raster`` against our classified raster."""
    learn = import_arcgis_learn()
    from arcgis.learn.models._inferencing.util import pixel_classify_image

    emd = json.loads(emd_path.read_text())
    model = load_model(learn, emd_path, emd)
    size = int(emd["ImageHeight"])
    pixels = _read(raster).astype(np.float32)[emd.get("ExtractBands") or [0, 1, 2]]
    bands, height, width = pixels.shape
    if height % size or width % size:
        raise SystemExit(f"{raster} must be a whole number of {size}-pixel tiles")
    tiles = (
        pixels.reshape(bands, height // size, size, width // size, size)
        .transpose(1, 3, 0, 2, 4)
        .reshape(-1, bands, size, size)
    )
    classes = [c["Name"] for c in emd["Classes"]]
    with contextlib.redirect_stdout(sys.stderr):
        predicted = pixel_classify_image(model.learn.model, tiles, "cpu", classes, predict_background, emd)
    reference = np.asarray(predicted.cpu()).reshape(height // size, width // size, size, size)
    reference = reference.transpose(0, 2, 1, 3).reshape(height, width)
    result = _read(ours)[0]
    values, counts = np.unique(reference, return_counts=True)
    print(
        json.dumps(
            {
                "model": emd["ModelName"],
                "predict_background": predict_background,
                "pixels": int(reference.size),
                "equal": int(np.sum(result == reference)),
                "equal_percent": round(100.0 * float(np.mean(result == reference)), 4),
                "arcgis_classes": {str(int(v)): int(c) for v, c in zip(values, counts)},
            }
        )
    )


def compare_objects(emd_path: Path, raster: Path, points_json: Path, ours: Path, field: str) -> None:
    """The FeatureClassifier inference function's steps on each point's chip against our labels."""
    import torch
    from osgeo import ogr

    learn = import_arcgis_learn()
    emd = json.loads(emd_path.read_text())
    model = load_model(learn, emd_path, emd)
    plan = json.loads(points_json.read_text())
    size = plan["chip_size"]
    pixels = _read(raster).astype(np.float32)[emd.get("ExtractBands") or [0, 1, 2]]
    chips = np.stack(
        [pixels[:, c["row"] : c["row"] + size, c["col"] : c["col"] + size] for c in plan["chips"]]
    )
    batch = torch.tensor(normalise(chips, emd)).float()
    with torch.no_grad(), contextlib.redirect_stdout(sys.stderr):
        predictions = model.learn.pred_batch(batch=(batch, torch.tensor([40])))
    names = [c["Name"] for c in emd["Classes"]]
    best, index = torch.max(predictions, dim=1)
    reference = {c["pid"]: names[int(i)] for c, i in zip(plan["chips"], index)}
    confidence = {c["pid"]: float(p) for c, p in zip(plan["chips"], best)}
    source = ogr.Open(str(ours))
    layer = source.GetLayer(0)
    got, scores = {}, {}
    for feature in layer:
        got[feature.GetField("pid")] = feature.GetField(field)
        scores[feature.GetField("pid")] = feature.GetField("Confidence")
    equal = sum(1 for pid, name in reference.items() if got.get(pid) == name)
    diffs = [abs(scores[pid] - value) for pid, value in confidence.items() if scores.get(pid) is not None]
    counts: dict[str, int] = {}
    for name in reference.values():
        counts[name] = counts.get(name, 0) + 1
    print(
        json.dumps(
            {
                "model": emd["ModelName"],
                "features": len(reference),
                "features_written": len(got),
                "equal": equal,
                "equal_percent": round(100.0 * equal / max(1, len(reference)), 4),
                "confidence_max_abs_diff": max(diffs) if diffs else None,
                "arcgis_labels": counts,
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("train", "build"):
        p = sub.add_parser(name)
        p.add_argument("model_class")
        p.add_argument("export", type=Path)
        p.add_argument("out", type=Path)
        p.add_argument("--chip-size", type=int, default=128)
        p.add_argument("--epochs", type=int, default=1)
    p = sub.add_parser("points")
    for arg in ("objects", "raster", "out_gpkg", "out_json"):
        p.add_argument(arg, type=Path)
    p.add_argument("--chip-size", type=int, required=True)
    p = sub.add_parser("compare-pixels")
    for arg in ("emd", "raster", "ours"):
        p.add_argument(arg, type=Path)
    p.add_argument("--predict-background", choices=("true", "false"), required=True)
    p = sub.add_parser("compare-objects")
    for arg in ("emd", "raster", "points_json", "ours"):
        p.add_argument(arg, type=Path)
    p.add_argument("--field", default="ClassLabel")
    args = parser.parse_args()
    if args.command in ("train", "build"):
        train(
            args.model_class,
            args.export,
            args.out,
            args.chip_size,
            args.epochs if args.command == "train" else 0,
        )
    elif args.command == "points":
        points(args.objects, args.raster, args.out_gpkg, args.out_json, args.chip_size)
    elif args.command == "compare-pixels":
        compare_pixels(args.emd, args.raster, args.ours, args.predict_background == "true")
    else:
        compare_objects(args.emd, args.raster, args.points_json, args.ours, args.field)


if __name__ == "__main__":
    main()
