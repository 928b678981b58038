"""Writers of the per-chip label files of a training-data export (KITTI, PASCAL VOC, YOLO, COCO).

The files follow what ArcGIS Pro writes and what ``arcgis.learn.prepare_data``
reads (see docs/FORMATS.md, section 2), plus the Ultralytics YOLO and COCO
conventions. Boxes are ``(xmin, ymin, xmax, ymax)`` in chip pixels (x right,
y down, origin at the top-left corner of the chip), already clipped to the chip.
Every file is written atomically (temporary file + ``os.replace``), so a
cancelled export never leaves a torn label file.
"""

from __future__ import annotations

import json
import math
import os
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Union

import numpy as np

#: A box in chip pixels: (xmin, ymin, xmax, ymax).
BBox = Sequence[float]
#: A ring as a sequence of (x, y) vertices in chip pixels, or an (n, 2) array.
Ring = Union[Sequence[Sequence[float]], np.ndarray]

#: The text ArcGIS Pro puts in ``<source><annotation>`` of its PASCAL VOC files.
VOC_SOURCE = "ESRI ArcGIS Pro"
#: Name of the COCO instances file, written at the root of the export folder.
COCO_FILE_NAME = "annotations.json"
#: Name of the Ultralytics dataset description, written at the root of the export folder.
YOLO_YAML_NAME = "dataset.yaml"

_KITTI_UNUSED_BEFORE = ("0.00",) * 3
_KITTI_UNUSED_AFTER = ("0.00",) * 7
_XML_DECLARATION = b'<?xml version="1.0" encoding="utf-8"?>\n'


def write_atomic(path: str | os.PathLike, data: bytes | str, durable: bool = False) -> Path:
    """Write ``data`` to ``path`` through a temporary file renamed into place.

    A reader (or a cancelled run) sees either the old file or the complete new
    one, never a part. The file gets the usual permissions (umask), unlike
    ``tempfile``'s private ones. ``durable`` also flushes the data to disk first.
    """
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.tmp")
    try:
        with open(tmp, "xb") as handle:
            handle.write(payload)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path


def write_file(path: str | os.PathLike, data: bytes | str) -> Path:
    """Write a per-chip label file directly: the export removes a chip's files if it fails midway,
    so the cost of a temporary file and a rename per chip is not needed here."""
    path = Path(path)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _class_value(value: Any) -> int:
    """``value`` as a non-negative int; readers skip objects whose class is not a plain number."""
    if isinstance(value, (bool, np.bool_)):
        raise ValueError(f"Class value {value!r} is not an integer.")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"Class value {value!r} is not a number.") from None
    if not number.is_integer() or number < 0:
        raise ValueError(f"Class value {value!r} must be a non-negative integer.")
    return int(number)


def _nonneg(value: float) -> float:
    """``value`` with negatives (and -0.0) turned into 0.0, so '-0.00' is never written."""
    return value if value > 0 else 0.0


def _check_bbox(bbox: BBox, width: float | None = None, height: float | None = None) -> tuple[float, ...]:
    """The box as four floats, clamped to ``[0, width] x [0, height]`` when the chip size is known."""
    if len(bbox) != 4:
        raise ValueError(f"A box needs 4 values (xmin, ymin, xmax, ymax), got {len(bbox)}.")
    xmin, ymin, xmax, ymax = (float(v) for v in bbox)
    if not all(math.isfinite(v) for v in (xmin, ymin, xmax, ymax)):
        raise ValueError(f"Box {tuple(bbox)} has a non-finite coordinate.")
    if xmax < xmin or ymax < ymin:
        raise ValueError(f"Box {tuple(bbox)} is not (xmin, ymin, xmax, ymax) with min <= max.")
    if width is not None:
        xmin, xmax = min(xmin, width), min(xmax, width)
    if height is not None:
        ymin, ymax = min(ymin, height), min(ymax, height)
    return _nonneg(xmin), _nonneg(ymin), _nonneg(xmax), _nonneg(ymax)


# --- KITTI ---------------------------------------------------------------------------------------------


def kitti_line(class_value: int, bbox: BBox) -> str:
    """One KITTI object line: 15 columns, numeric class, unused columns ``0.00``, box with 2 decimals.

    arcgis.learn reads column 1 as the class Value and columns 5-8 as left, top,
    right, bottom; it needs all 15 columns and no negative numbers.
    """
    box = _check_bbox(bbox)
    columns = (
        str(_class_value(class_value)),
        *_KITTI_UNUSED_BEFORE,
        *(f"{v:.2f}" for v in box),
        *_KITTI_UNUSED_AFTER,
    )
    return " ".join(columns)


def write_kitti(path: str | os.PathLike, objects: Sequence[tuple[int, BBox]]) -> Path:
    """Write a KITTI label file with one line per ``(class_value, bbox)``; no objects gives an empty file."""
    text = "".join(kitti_line(value, bbox) + "\n" for value, bbox in objects)
    return write_file(path, text)


# --- PASCAL VOC ----------------------------------------------------------------------------------------


def _voc_name(name: int | str) -> str:
    """The ``<name>`` text: a class Value, or comma-separated Values (MultiLabeled_Tiles)."""
    parts = str(name).split(",") if isinstance(name, str) else [name]
    values = [_class_value(part.strip() if isinstance(part, str) else part) for part in parts]
    return ",".join(str(v) for v in values)


def voc_xml(
    filename: str,
    width: int,
    height: int,
    depth: int,
    objects: Sequence[tuple[int | str, BBox]],
    names_as_text: bool = False,
) -> bytes:
    """A PASCAL VOC annotation as ArcGIS Pro writes it, as UTF-8 bytes.

    ``<name>`` holds the numeric class Value (arcgis.learn silently skips
    anything else), or the text as given with ``names_as_text`` (MultiLabeled_Tiles);
    box coordinates have 2 decimals and are clamped to the chip.
    """
    from lxml import etree  # imported here so the tools load (and can say what is missing) without it

    root = etree.Element("annotation")
    etree.SubElement(root, "filename").text = str(filename)
    source = etree.SubElement(root, "source")
    etree.SubElement(source, "annotation").text = VOC_SOURCE
    size = etree.SubElement(root, "size")
    for tag, value in (("width", width), ("height", height), ("depth", depth)):
        etree.SubElement(size, tag).text = str(int(value))
    for name, bbox in objects:
        box = _check_bbox(bbox, float(width), float(height))
        obj = etree.SubElement(root, "object")
        etree.SubElement(obj, "name").text = str(name) if names_as_text else _voc_name(name)
        bndbox = etree.SubElement(obj, "bndbox")
        for tag, value in zip(("xmin", "ymin", "xmax", "ymax"), box):
            etree.SubElement(bndbox, tag).text = f"{value:.2f}"
    return _XML_DECLARATION + etree.tostring(root, encoding="utf-8", pretty_print=True)


def write_voc(
    path: str | os.PathLike,
    filename: str,
    width: int,
    height: int,
    depth: int,
    objects: Sequence[tuple[int | str, BBox]],
    names_as_text: bool = False,
) -> Path:
    """Write a PASCAL VOC label file (PASCAL_VOC_rectangles) for the chip ``filename``."""
    return write_file(path, voc_xml(filename, width, height, depth, objects, names_as_text))


def write_labeled_tile(
    path: str | os.PathLike, filename: str, width: int, height: int, depth: int, class_value: int, bbox: BBox
) -> Path:
    """Write a Labeled_Tiles label: the VOC XML with one object, the chip's class and the feature's box."""
    return write_voc(path, filename, width, height, depth, [(class_value, bbox)])


def write_multilabeled_tile(
    path: str | os.PathLike,
    filename: str,
    width: int,
    height: int,
    depth: int,
    names: Iterable[str],
    bbox: BBox | None = None,
) -> Path:
    """Write a MultiLabeled_Tiles label: one object whose ``<name>`` lists the chip's class names.

    arcgis.learn reads only the first object's name and splits it on commas; the parts
    are the class labels themselves (no lookup in the .emd), so they are the class
    Names, as ArcGIS Pro writes them. Names are written once each, in first-seen order.
    The box is ``bbox`` or, when None, the whole chip (an object without a complete
    ``<bndbox>`` crashes the reader).
    """
    unique = list(dict.fromkeys(multilabel_name(name) for name in names))
    if not unique:
        raise ValueError("A MultiLabeled_Tiles chip needs at least one class.")
    box = (0.0, 0.0, float(width), float(height)) if bbox is None else bbox
    return write_voc(path, filename, width, height, depth, [(",".join(unique), box)], names_as_text=True)


def multilabel_name(name: str) -> str:
    """``name`` checked for MultiLabeled_Tiles: not blank, no comma (the reader's separator)."""
    text = str(name)
    if not text.strip() or "," in text:
        raise ValueError(
            f"The class name {text!r} cannot be written in a MultiLabeled_Tiles label: names are "
            "separated by commas there, so a name must be non-blank and hold no comma. Rename the class."
        )
    return text


# --- YOLO (Ultralytics) --------------------------------------------------------------------------------


def _ring_array(ring: Ring) -> np.ndarray:
    """A ring as an (n, 2) float array without the repeated closing vertex; at least 3 vertices."""
    coords = np.asarray(ring, dtype=np.float64).reshape(-1, 2)
    if len(coords) > 1 and np.array_equal(coords[0], coords[-1]):
        coords = coords[:-1]
    if len(coords) < 3:
        raise ValueError(f"A polygon ring needs at least 3 distinct vertices, got {len(coords)}.")
    if not np.isfinite(coords).all():
        raise ValueError("A polygon ring has a non-finite coordinate.")
    return coords


def yolo_box_line(class_index: int, bbox: BBox, width: int, height: int) -> str:
    """One Ultralytics box line ``cls cx cy bw bh``, normalised to [0, 1] with 6 decimals.

    ``class_index`` is the 0-based position of the class in the class list
    (the YOLO convention), not the Esri class Value.
    """
    xmin, ymin, xmax, ymax = _check_bbox(bbox, float(width), float(height))
    values = (
        (xmin + xmax) / 2 / width,
        (ymin + ymax) / 2 / height,
        (xmax - xmin) / width,
        (ymax - ymin) / height,
    )
    return " ".join([str(_class_value(class_index)), *(f"{min(max(v, 0.0), 1.0):.6f}" for v in values)])


def yolo_polygon_line(class_index: int, ring_coords: Ring, width: int, height: int) -> str:
    """One Ultralytics segmentation line ``cls x1 y1 x2 y2 ...`` normalised to [0, 1], 6 decimals.

    One line is one instance; write each part of a multi-part feature as its own
    line. Do not mix box lines and polygon lines in one dataset: Ultralytics
    then reads the boxes as 2-vertex polygons.
    """
    coords = _ring_array(ring_coords) / np.array([float(width), float(height)])
    coords = np.clip(coords, 0.0, 1.0) + 0.0
    return " ".join([str(_class_value(class_index)), *(f"{v:.6f}" for v in coords.ravel())])


def write_yolo(path: str | os.PathLike, lines: Iterable[str]) -> Path:
    """Write a YOLO label file from lines made by :func:`yolo_box_line` / :func:`yolo_polygon_line`."""
    return write_file(path, "".join(line + "\n" for line in lines))


def yolo_dataset_yaml(
    path_root: str | os.PathLike, train_dir: str, names: Sequence[str], val_dir: str | None = None
) -> str:
    """The Ultralytics dataset description (keys ``path``, ``train``, ``val``, ``nc``, ``names``).

    ``val`` is the training folder unless ``val_dir`` is given: an export has no
    validation split; move some chips (and their labels) to a second folder for
    a real one. Strings are JSON-quoted, which YAML reads as double-quoted scalars.
    """
    lines = [
        "# Ultralytics YOLO dataset written by Raster Deep Learning (QGIS).",
        "# 'val' is the training folder: split the chips into two folders for a real validation set.",
        f"path: {json.dumps(str(path_root), ensure_ascii=False)}",
        f"train: {json.dumps(train_dir, ensure_ascii=False)}",
        f"val: {json.dumps(val_dir if val_dir is not None else train_dir, ensure_ascii=False)}",
        f"nc: {len(names)}",
        "names:" if names else "names: {}",
        *(f"  {index}: {json.dumps(str(name), ensure_ascii=False)}" for index, name in enumerate(names)),
    ]
    return "\n".join(lines) + "\n"


def write_yolo_dataset_yaml(
    path: str | os.PathLike,
    path_root: str | os.PathLike,
    train_dir: str,
    names: Sequence[str],
    val_dir: str | None = None,
) -> Path:
    """Write :func:`yolo_dataset_yaml` to ``path``."""
    return write_atomic(path, yolo_dataset_yaml(path_root, train_dir, names, val_dir))


# --- COCO ----------------------------------------------------------------------------------------------


def _polygon_area(coords: np.ndarray) -> float:
    """Area of one ring (shoelace formula)."""
    x, y = coords[:, 0], coords[:, 1]
    return float(abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))) / 2.0)


class CocoWriter:
    """Accumulates a COCO instances file (images, annotations, categories) over an export.

    Category ids are the Esri class Values. Image ``file_name`` is the chip's
    path relative to the export folder with forward slashes
    (``images/000000000.tif``); use the chip index as image id so that a
    continued export (START_INDEX) never reuses one. :meth:`load` reopens a
    written file to continue it.
    """

    def __init__(self, categories: Iterable[tuple[int, str]] = (), supercategory: str = "none") -> None:
        self.supercategory = supercategory
        self._categories: dict[int, dict[str, Any]] = {}
        self._images: dict[int, dict[str, Any]] = {}
        self._annotations: list[dict[str, Any]] = []
        self._next_annotation_id = 1
        self.info: dict[str, Any] = {"description": "Training data exported by Raster Deep Learning (QGIS)"}
        for value, name in categories:
            self.add_category(value, name)

    @property
    def images(self) -> list[dict[str, Any]]:
        """The image records, in insertion order."""
        return list(self._images.values())

    @property
    def annotations(self) -> list[dict[str, Any]]:
        """The annotation records, in insertion order."""
        return list(self._annotations)

    @property
    def categories(self) -> list[dict[str, Any]]:
        """The category records, in insertion order."""
        return list(self._categories.values())

    @property
    def next_image_id(self) -> int:
        """The smallest image id above every id in use."""
        return max(self._images, default=-1) + 1

    def add_category(self, value: int, name: str) -> None:
        """Declare class ``value`` (category id) named ``name``; a known id keeps its first name."""
        value = _class_value(value)
        if value not in self._categories:
            self._categories[value] = {"id": value, "name": str(name), "supercategory": self.supercategory}

    def add_image(self, file_name: str, width: int, height: int, image_id: int | None = None) -> int:
        """Add a chip and return its image id (``image_id``, or the next free id when None)."""
        image_id = self.next_image_id if image_id is None else _class_value(image_id)
        if image_id in self._images:
            raise ValueError(
                f"COCO image id {image_id} is already used by {self._images[image_id]['file_name']}."
            )
        self._images[image_id] = {
            "id": image_id,
            "file_name": str(file_name).replace("\\", "/"),
            "width": int(width),
            "height": int(height),
        }
        return image_id

    def add_annotation(
        self,
        image_id: int,
        category_id: int,
        bbox: BBox | None = None,
        polygons: Sequence[Ring] | None = None,
        area: float | None = None,
    ) -> int:
        """Add one object and return its annotation id.

        ``polygons`` are the exterior rings of the object (one per part of a
        MultiPolygon; holes cannot be stored as COCO polygons). ``bbox`` is
        ``(xmin, ymin, xmax, ymax)`` and is derived from the polygons when None.
        ``area`` defaults to the polygons' area, or the box's without polygons.
        """
        if image_id not in self._images:
            raise ValueError(f"COCO image id {image_id} was not added.")
        category_id = _class_value(category_id)
        if category_id not in self._categories:
            raise ValueError(f"COCO category {category_id} was not declared; add it with add_category().")
        rings = [_ring_array(ring) for ring in polygons or ()]
        if bbox is None:
            if not rings:
                raise ValueError("A COCO annotation needs a box or at least one polygon.")
            stacked = np.concatenate(rings)
            bbox = (*stacked.min(axis=0), *stacked.max(axis=0))
        xmin, ymin, xmax, ymax = _check_bbox(bbox)
        if area is None:
            area = sum(_polygon_area(r) for r in rings) if rings else (xmax - xmin) * (ymax - ymin)
        record = {
            "id": self._next_annotation_id,
            "image_id": image_id,
            "category_id": category_id,
            "bbox": [round(xmin, 2), round(ymin, 2), round(xmax - xmin, 2), round(ymax - ymin, 2)],
            "area": round(float(area), 4),
            "iscrowd": 0,
            "segmentation": [(np.round(r, 2) + 0.0).ravel().tolist() for r in rings],
        }
        self._annotations.append(record)
        self._next_annotation_id += 1
        return record["id"]

    def to_dict(self) -> dict[str, Any]:
        """The COCO document (info, licenses, images, annotations, categories)."""
        return {
            "info": self.info,
            "licenses": [],
            "images": self.images,
            "annotations": self.annotations,
            "categories": self.categories,
        }

    def write(self, path: str | os.PathLike) -> Path:
        """Write the COCO JSON atomically (a cancel never leaves a torn file)."""
        text = json.dumps(self.to_dict(), indent=2, ensure_ascii=False, allow_nan=False)
        return write_atomic(path, text, durable=True)

    @classmethod
    def load(cls, path: str | os.PathLike, supercategory: str = "none") -> CocoWriter:
        """Reopen a COCO file written earlier so that new chips continue it without reusing ids."""
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        if not isinstance(document, dict) or not {"images", "annotations", "categories"} <= document.keys():
            raise ValueError(f"{path} is not a COCO instances file (images, annotations, categories).")
        writer = cls(supercategory=supercategory)
        writer.info = document.get("info") or writer.info
        for category in document["categories"]:
            writer._categories[int(category["id"])] = dict(category)
        for image in document["images"]:
            writer._images[int(image["id"])] = dict(image)
        writer._annotations = [dict(a) for a in document["annotations"]]
        writer._next_annotation_id = max((int(a["id"]) for a in writer._annotations), default=0) + 1
        return writer
