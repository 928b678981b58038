"""PNG previews of the demo's results, for people who would rather look than read.

    .venv/bin/python scripts/demo_previews.py contact-sheet EXPORT_FOLDER OUT.png
    .venv/bin/python scripts/demo_previews.py classified IMAGE CLASSIFIED.tif OUT.png
    .venv/bin/python scripts/demo_previews.py detections IMAGE DETECTIONS.gpkg OUT.png [REFERENCE.gpkg]
    .venv/bin/python scripts/demo_previews.py objects IMAGE CLASSIFIED_OBJECTS.gpkg FIELD OUT.png
    .venv/bin/python scripts/demo_previews.py jpeg OUT_FOLDER PNG...    # small copies for the README

Everything is read back from the files the tools wrote (GDAL/OGR), so a preview
shows what a user would see when loading the outputs in QGIS.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import cv2
import numpy as np
from lxml import etree
from osgeo import gdal, ogr

gdal.UseExceptions()
ogr.UseExceptions()

YELLOW, CYAN, WHITE = (255, 221, 0), (0, 220, 255), (255, 255, 255)
PALETTE = [(255, 221, 0), (0, 220, 255), (255, 80, 80), (120, 255, 120), (200, 120, 255)]
SCALE = 2


def read_rgb(path: Path) -> np.ndarray:
    """The first three bands (or the one band, repeated) as an 8-bit (rows, cols, 3) array."""
    ds = gdal.Open(str(path))
    bands = [ds.GetRasterBand(i + 1).ReadAsArray() for i in range(min(3, ds.RasterCount))]
    while len(bands) < 3:
        bands.append(bands[0])
    rgb = np.dstack(bands)
    if rgb.dtype != np.uint8:
        low, high = np.percentile(rgb, (2, 98))
        rgb = np.clip((rgb - low) * 255.0 / max(high - low, 1e-9), 0, 255).astype(np.uint8)
    return np.ascontiguousarray(rgb)


def enlarge(rgb: np.ndarray, scale: int = SCALE) -> np.ndarray:
    """Nearest-neighbour enlargement so single pixels stay visible."""
    return cv2.resize(rgb, None, fx=scale, fy=scale, interpolation=cv2.INTER_NEAREST)


def save_png(rgb: np.ndarray, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    if not cv2.imwrite(str(out), cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)):
        raise SystemExit(f"could not write {out}")
    return out


def caption(rgb: np.ndarray, text: str) -> np.ndarray:
    """The picture with a dark strip and ``text`` above it."""
    strip = np.full((28, rgb.shape[1], 3), 30, dtype=np.uint8)
    cv2.putText(strip, text, (8, 19), cv2.FONT_HERSHEY_SIMPLEX, 0.5, WHITE, 1, cv2.LINE_AA)
    return np.vstack([strip, rgb])


def chip_boxes(label: Path) -> list[tuple[str, float, float, float, float]]:
    """(class, xmin, ymin, xmax, ymax) in chip pixels from a PASCAL VOC .xml or KITTI .txt label."""
    if label.suffix == ".xml":
        root = etree.parse(str(label)).getroot()
        return [
            (
                obj.findtext("name"),
                *(float(obj.find("bndbox").findtext(key)) for key in ("xmin", "ymin", "xmax", "ymax")),
            )
            for obj in root.iter("object")
        ]
    boxes = []
    for line in label.read_text().splitlines():
        cols = line.split()
        if len(cols) >= 8:
            boxes.append((cols[0], *map(float, cols[4:8])))
    return boxes


def contact_sheet(folder: Path, out: Path, count: int = 12, columns: int = 4) -> Path:
    """Exported chips with their label boxes drawn (box formats) or label raster blended (tiles)."""
    pairs = []
    for line in (folder / "map.txt").read_text().splitlines():
        cols = line.split()
        if len(cols) >= 2:
            pairs.append(tuple(folder / re.sub(r"[\\/]", "/", col) for col in cols[:2]))
    if not pairs:
        raise SystemExit(f"{folder}/map.txt lists no chips")
    step = max(1, len(pairs) // count)
    cells = []
    for image, label in pairs[::step][:count]:
        rgb = enlarge(read_rgb(image))
        if label.suffix in (".xml", ".txt"):
            for _name, x0, y0, x1, y1 in chip_boxes(label):
                p0 = (int(round(x0 * SCALE)), int(round(y0 * SCALE)))
                p1 = (int(round(x1 * SCALE)) - 1, int(round(y1 * SCALE)) - 1)
                cv2.rectangle(rgb, p0, p1, YELLOW, 2)
        else:
            classes = enlarge(gdal.Open(str(label)).ReadAsArray().astype(np.uint8)[..., None])[..., 0]
            tint = np.zeros_like(rgb)
            tint[classes > 0] = YELLOW
            rgb = np.where(classes[..., None] > 0, (0.55 * rgb + 0.45 * tint).astype(np.uint8), rgb)
        cells.append(caption(rgb, image.name))
    blank = np.full_like(cells[0], 255)
    while len(cells) % columns:
        cells.append(blank)
    rows = [np.hstack(cells[i : i + columns]) for i in range(0, len(cells), columns)]
    return save_png(np.vstack(rows), out)


def classified_overlay(image: Path, classified: Path, out: Path) -> Path:
    """The image beside the classified raster blended over it in the raster's own class colours."""
    rgb = read_rgb(image)
    ds = gdal.Open(str(classified))
    band = ds.GetRasterBand(1)
    values = band.ReadAsArray()
    table = band.GetColorTable()
    nodata = band.GetNoDataValue()
    overlay = rgb.copy()
    for value in np.unique(values):
        if value == 0 or (nodata is not None and value == nodata):
            continue
        colour = table.GetColorEntry(int(value))[:3] if table is not None else YELLOW
        where = values == value
        overlay[where] = (0.45 * rgb[where] + 0.55 * np.array(colour)).astype(np.uint8)
    left = caption(enlarge(rgb), image.name)
    right = caption(enlarge(overlay), f"{classified.name} (class colours over the image)")
    return save_png(np.hstack([left, np.full((left.shape[0], 8, 3), 255, np.uint8), right]), out)


def polygons_in_pixels(vector: Path, image: Path) -> list[tuple[np.ndarray, dict]]:
    """Each polygon of ``vector`` as image pixel coordinates, with its attributes."""
    ds = gdal.Open(str(image))
    inverse = gdal.InvGeoTransform(ds.GetGeoTransform())
    source = ogr.Open(str(vector))
    layer = source.GetLayer(0)
    shapes = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        if geometry is None:
            continue
        ring = geometry.GetGeometryRef(0) if geometry.GetGeometryCount() else geometry
        points = np.array(
            [gdal.ApplyGeoTransform(inverse, *ring.GetPoint_2D(i)) for i in range(ring.GetPointCount())]
        )
        shapes.append((points, feature.items()))
    return shapes


def _draw(rgb: np.ndarray, points: np.ndarray, colour, thickness: int = 2) -> None:
    cv2.polylines(rgb, [np.round(points * SCALE).astype(np.int32)], True, colour, thickness, cv2.LINE_AA)


def detections(image: Path, found: Path, out: Path, reference: Path | None = None) -> Path:
    """Detected polygons (yellow) over the image, and the human-drawn reference boxes (cyan) if given."""
    rgb = enlarge(read_rgb(image))
    if reference is not None:
        for points, _ in polygons_in_pixels(reference, image):
            _draw(rgb, points, CYAN, 1)
    shapes = polygons_in_pixels(found, image)
    for points, _ in shapes:
        _draw(rgb, points, YELLOW)
    text = f"{len(shapes)} detections (yellow)" + (", human-drawn boxes (cyan)" if reference else "")
    return save_png(caption(rgb, text), out)


def classified_objects(image: Path, vector: Path, field: str, out: Path) -> Path:
    """Each feature outlined in a colour of its class label, with a legend."""
    rgb = enlarge(read_rgb(image))
    shapes = polygons_in_pixels(vector, image)
    labels = sorted({str(attrs.get(field)) for _, attrs in shapes})
    colours = {label: PALETTE[i % len(PALETTE)] for i, label in enumerate(labels)}
    for points, attrs in shapes:
        _draw(rgb, points, colours[str(attrs.get(field))])
    picture = caption(rgb, f"{field}:")
    x = 12 + 9 * len(field)
    for label in labels:
        text = f"{label} {sum(str(a.get(field)) == label for _, a in shapes)}"
        cv2.putText(picture, text, (x, 19), cv2.FONT_HERSHEY_SIMPLEX, 0.5, colours[label], 1, cv2.LINE_AA)
        x += 12 + 9 * len(text)
    return save_png(picture, out)


def small_jpegs(folder: Path, pictures: list[Path], width: int = 800, quality: int = 82) -> None:
    """JPEG copies at most ``width`` pixels wide: the README's pictures, kept small in git."""
    folder.mkdir(parents=True, exist_ok=True)
    for picture in pictures:
        image = cv2.imread(str(picture))
        if image.shape[1] > width:
            height = round(image.shape[0] * width / image.shape[1])
            image = cv2.resize(image, (width, height), interpolation=cv2.INTER_AREA)
        cv2.imwrite(str(folder / f"{picture.stem}.jpg"), image, [cv2.IMWRITE_JPEG_QUALITY, quality])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="kind", required=True)
    sheet = sub.add_parser("contact-sheet")
    sheet.add_argument("folder", type=Path)
    sheet.add_argument("out", type=Path)
    overlay = sub.add_parser("classified")
    overlay.add_argument("image", type=Path)
    overlay.add_argument("classified", type=Path)
    overlay.add_argument("out", type=Path)
    found = sub.add_parser("detections")
    found.add_argument("image", type=Path)
    found.add_argument("found", type=Path)
    found.add_argument("out", type=Path)
    found.add_argument("reference", type=Path, nargs="?")
    objects = sub.add_parser("objects")
    objects.add_argument("image", type=Path)
    objects.add_argument("vector", type=Path)
    objects.add_argument("field")
    objects.add_argument("out", type=Path)
    jpeg = sub.add_parser("jpeg")
    jpeg.add_argument("folder", type=Path)
    jpeg.add_argument("pictures", type=Path, nargs="+")
    args = parser.parse_args()
    if args.kind == "contact-sheet":
        contact_sheet(args.folder, args.out)
    elif args.kind == "classified":
        classified_overlay(args.image, args.classified, args.out)
    elif args.kind == "detections":
        detections(args.image, args.found, args.out, args.reference)
    elif args.kind == "objects":
        classified_objects(args.image, args.vector, args.field, args.out)
    else:
        small_jpegs(args.folder, args.pictures)


if __name__ == "__main__":
    main()
