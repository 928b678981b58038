"""Read a training-data folder written by "Export Training Data For Deep Learning" into numpy.

The folder layout is the one ArcGIS Pro writes and arcgis.learn reads::

    images/000000000.tif        chips (GeoTIFF, PNG or JPEG with world file), read with GDAL
    labels/000000000.tif|.txt|.xml
    map.txt, esri_model_definition.emd, esri_accumulated_stats.json, stats.txt

Supported metadata formats (``MetaDataMode`` in esri_accumulated_stats.json):

- ``Classified_Tiles``: ``labels/<stem>.tif``, one band, pixel value = class Value, 0 = background.
- ``KITTI_rectangles``: ``labels/<stem>.txt``, class Value in column 1, box in columns 5-8.
- ``PASCAL_VOC_rectangles``: ``labels/<stem>.xml``, ``object/name`` = class Value, ``bndbox``.
- ``Labeled_Tiles``: ``labels/<stem>.xml``, the first ``object/name`` is the chip's class Value.

Chips are matched to labels by file stem, as arcgis.learn does (images without a label
are dropped). Each chip keeps its georeference, so chips can be placed on a common pixel
grid (:func:`chip_windows`) and split spatially (:func:`split_rows`).

Only numpy, GDAL and the standard library are used here; the training scripts add torch.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from osgeo import gdal

gdal.UseExceptions()

#: ImageNet statistics: what arcgis.learn and this plugin apply to 3-band imagery after x / 255
#: when a model definition has no NormalizationStats.
IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)
IMAGE_SUFFIXES = (".tif", ".tiff", ".png", ".jpg", ".jpeg", ".mrf")
BOX_FORMATS = ("KITTI_rectangles", "PASCAL_VOC_rectangles")


@dataclass
class Chip:
    """One image chip and its label.

    ``image`` is (bands, height, width) as stored; ``mask`` (height, width) class values
    (Classified_Tiles); ``boxes`` (K, 4) x0, y0, x1, y1 in chip pixels with ``box_values`` (K,)
    class Values (box formats); ``value`` the chip's class Value (Labeled_Tiles).
    ``geotransform`` is GDAL's, or None when the chip has no georeference.
    """

    stem: str
    image: np.ndarray
    geotransform: tuple[float, ...] | None = None
    mask: np.ndarray | None = None
    boxes: np.ndarray = field(default_factory=lambda: np.zeros((0, 4), np.float32))
    box_values: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    value: int | None = None


@dataclass
class ExportFolder:
    """What a training-data folder holds: its chips and the export's metadata."""

    path: Path
    mode: str
    classes: list[dict]
    emd: dict
    stats: dict
    chips: list[Chip]

    @property
    def band_count(self) -> int:
        return int(self.chips[0].image.shape[0]) if self.chips else int(self.stats.get("NumBands", 3))

    @property
    def class_values(self) -> list[int]:
        return [int(c["Value"]) for c in self.classes]


def _read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8-sig")) if path.is_file() else {}


def read_raster(path: Path) -> tuple[np.ndarray, tuple[float, ...] | None]:
    """(bands, h, w) pixels and the geotransform (None without georeference) of a raster file."""
    ds = gdal.Open(str(path))
    pixels = ds.ReadAsArray()
    if pixels.ndim == 2:
        pixels = pixels[None]
    transform = ds.GetGeoTransform(can_return_null=True)
    return pixels, (tuple(transform) if transform else None)


def read_kitti(path: Path) -> tuple[np.ndarray, np.ndarray]:
    """Boxes (K, 4) and class Values (K,) of a KITTI label file."""
    boxes, values = [], []
    for line in path.read_text().splitlines():
        cols = line.split()
        if len(cols) < 8:
            continue
        values.append(int(float(cols[0])))
        boxes.append([float(c) for c in cols[4:8]])
    return np.asarray(boxes, np.float32).reshape(-1, 4), np.asarray(values, np.int64)


def read_voc(path: Path) -> tuple[np.ndarray, np.ndarray]:
    """Boxes (K, 4) and class Values (K,) of a PASCAL VOC file; objects without a box get NaNs."""
    boxes, values = [], []
    for obj in ET.parse(path).getroot().iter("object"):
        name = (obj.findtext("name") or "").strip()
        try:
            value = int(float(name.split(",")[0]))
        except ValueError:
            continue  # arcgis.learn skips non-numeric names too
        box = obj.find("bndbox")
        coords = [np.nan] * 4
        if box is not None:
            coords = [float(box.findtext(k, "nan")) for k in ("xmin", "ymin", "xmax", "ymax")]
        values.append(value)
        boxes.append(coords)
    return np.asarray(boxes, np.float32).reshape(-1, 4), np.asarray(values, np.int64)


def _label_suffix(folder: Path) -> str | None:
    """The label extension named by the first two-column line of map.txt (as arcgis.learn reads it)."""
    map_file = folder / "map.txt"
    if not map_file.is_file():
        return None
    for line in map_file.read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2:
            return Path(parts[1].replace("\\", "/")).suffix.lower()
    return None


def read_export(folder: str | Path, limit: int | None = None) -> ExportFolder:
    """Read an export folder: metadata, and every chip that has a label, sorted by name."""
    folder = Path(folder)
    emd = _read_json(folder / "esri_model_definition.emd")
    stats = _read_json(folder / "esri_accumulated_stats.json")
    mode = stats.get("MetaDataMode") or emd.get("MetaDataMode")
    if not mode:
        raise SystemExit(f"{folder}: no MetaDataMode in esri_accumulated_stats.json: is it an export folder?")
    classes = emd.get("Classes") or [
        {"Value": c["ClassValue"], "Name": c.get("ClassName", str(c["ClassValue"])), "Color": c.get("Color")}
        for c in stats.get("Classes", [])
    ]
    suffix = _label_suffix(folder) or {"Classified_Tiles": ".tif", "KITTI_rectangles": ".txt"}.get(
        mode, ".xml"
    )
    images = sorted(p for p in (folder / "images").iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
    chips: list[Chip] = []
    for image_path in images[:limit]:
        label = folder / "labels" / (image_path.stem + suffix)
        if not label.is_file():
            continue
        pixels, transform = read_raster(image_path)
        chip = Chip(image_path.stem, pixels, transform)
        if mode == "Classified_Tiles":
            chip.mask = read_raster(label)[0][0]
        elif mode in BOX_FORMATS:
            boxes, values = read_kitti(label) if suffix == ".txt" else read_voc(label)
            good = np.isfinite(boxes).all(axis=1) & (boxes[:, 2] > boxes[:, 0]) & (boxes[:, 3] > boxes[:, 1])
            chip.boxes, chip.box_values = boxes[good], values[good]
        elif mode == "Labeled_Tiles":
            _, values = read_voc(label)
            chip.value = int(values[0]) if len(values) else None
        else:
            raise SystemExit(f"{folder}: metadata format {mode} is not supported by these examples.")
        chips.append(chip)
    if not chips:
        raise SystemExit(f"{folder}: no chip with a label file.")
    return ExportFolder(folder, mode, classes, emd, stats, chips)


# --------------------------------------------------------------------------- normalisation


def normalization_stats(export: ExportFolder) -> dict:
    """The Esri NormalizationStats a model trained on ``export`` should carry in its .emd.

    8-bit 3-band imagery gets what arcgis.learn and this plugin apply without statistics:
    ``x / 255`` then the ImageNet mean and standard deviation. Other imagery is scaled by
    the export's band minimum and maximum (AllTilesStats) and standardised with the
    export's own mean and standard deviation. Written out in full either way, so every
    reader applies exactly the normalisation used in training.
    """
    bands = export.band_count
    all_stats = export.emd.get("AllTilesStats") or []
    eight_bit = all(c.image.dtype == np.uint8 for c in export.chips[:8])
    if bands == 3 and eight_bit:
        lows, highs = [0.0] * 3, [255.0] * 3
        means, stds = list(IMAGENET_MEAN), list(IMAGENET_STD)
    else:
        if len(all_stats) != bands:
            raise SystemExit(f"{export.path}: AllTilesStats does not describe the {bands} bands.")
        lows = [float(s["Min"]) for s in all_stats]
        highs = [max(float(s["Max"]), float(s["Min"]) + 1e-6) for s in all_stats]
        means = [(float(s["Mean"]) - lo) / (hi - lo) for s, lo, hi in zip(all_stats, lows, highs)]
        stds = [max(float(s["StdDev"]) / (hi - lo), 1e-6) for s, lo, hi in zip(all_stats, lows, highs)]
    band_means = [round(lo + m * (hi - lo), 6) for lo, hi, m in zip(lows, highs, means)]
    band_stds = [round(s * (hi - lo), 6) for lo, hi, s in zip(lows, highs, stds)]
    return {
        "band_min_values": lows,
        "band_max_values": highs,
        "band_mean_values": band_means,
        "band_std_values": band_stds,
        "scaled_min_values": [0.0] * bands,
        "scaled_max_values": [1.0] * bands,
        "scaled_mean_values": means,
        "scaled_std_values": stds,
    }


def normalize(images: np.ndarray, stats: dict) -> np.ndarray:
    """(N, bands, H, W) raw chips -> float32 model input, as the plugin's preprocessing does:
    ``(x - band_min) / (band_max - band_min)`` then ``(x - scaled_mean) / scaled_std``."""
    shape = (1, -1, 1, 1)
    low = np.asarray(stats["band_min_values"], np.float32).reshape(shape)
    high = np.asarray(stats["band_max_values"], np.float32).reshape(shape)
    mean = np.asarray(stats["scaled_mean_values"], np.float32).reshape(shape)
    std = np.asarray(stats["scaled_std_values"], np.float32).reshape(shape)
    x = (np.asarray(images, np.float32) - low) / (high - low)
    return ((x - mean) / std).astype(np.float32)


# --------------------------------------------------------------------------- spatial split


def chip_windows(chips: list[Chip]) -> np.ndarray:
    """(N, 4) windows x, y, w, h of the chips on one pixel grid (0, 0 = the top-left of them all).

    Positions come from the chips' georeference; chips without one are laid side by side.
    """
    sizes = np.array([c.image.shape[1:][::-1] for c in chips], np.float64)  # w, h
    if any(c.geotransform is None for c in chips):
        x = np.cumsum(np.concatenate([[0.0], sizes[:-1, 0]]))
        return np.column_stack([x, np.zeros(len(chips)), sizes])
    transforms = np.array([c.geotransform for c in chips], np.float64)
    cell_x, cell_y = transforms[0, 1], transforms[0, 5]
    x = (transforms[:, 0] - transforms[:, 0].min()) / cell_x
    y = (transforms[:, 3] - transforms[:, 3].max()) / cell_y
    return np.column_stack([np.rint(x), np.rint(y), sizes])


def split_rows(
    chips: list[Chip], fraction: float, rule: str = "window", row: int | None = None
) -> tuple[list[Chip], list[Chip], int]:
    """Split chips into (train, validation, split row) by position: validation is the bottom
    ``fraction`` of the rows the chips cover, or the rows from ``row`` down when given (rows of
    the :func:`chip_windows` grid, whose row 0 is the top of the highest chip).

    ``rule="window"``: a chip is validation when its whole window lies below the split row,
    training when it lies wholly above, and is dropped when it straddles the line (no pixel
    is seen on both sides). ``rule="centre"``: the chip centre decides (for Labeled_Tiles,
    where a chip stands for the object at its centre).
    """
    if row is None and fraction <= 0:
        return list(chips), [], 0
    windows = chip_windows(chips)
    top, bottom = windows[:, 1].min(), (windows[:, 1] + windows[:, 3]).max()
    split = int(row) if row is not None else int(round(bottom - fraction * (bottom - top)))
    train, val = [], []
    for chip, (_, y, _, h) in zip(chips, windows):
        if rule == "centre":
            (val if y + h / 2 >= split else train).append(chip)
        elif y >= split:
            val.append(chip)
        elif y + h <= split:
            train.append(chip)
    return train, val, split


def dihedral(array: np.ndarray, k: int) -> np.ndarray:
    """Dihedral transform ``k`` (0-7) of (..., H, W): mirrored left-right if k >= 4, then k % 4
    quarter turns (counter-clockwise, as np.rot90)."""
    if k >= 4:
        array = array[..., ::-1]
    return np.rot90(array, k % 4, axes=(-2, -1))


def dihedral_boxes(boxes: np.ndarray, k: int, height: int, width: int) -> np.ndarray:
    """Boxes (K, 4) x0, y0, x1, y1 of a (height, width) chip moved as :func:`dihedral` moves pixels."""
    b = np.asarray(boxes, np.float32).copy()
    if k >= 4:
        b[:, [0, 2]] = width - b[:, [2, 0]]
    for _ in range(k % 4):  # one counter-clockwise quarter turn: (x, y) -> (y, W - x)
        b = np.stack([b[:, 1], width - b[:, 2], b[:, 3], width - b[:, 0]], axis=1)
        height, width = width, height
    return b
