"""Add background ("Ground") samples to a layer of object polygons, for an object classifier.

Reads the object polygons (e.g. the sample's trees), draws random boxes of object-like
sizes inside the raster that overlap no object and no other new box, and writes a
GeoPackage holding the objects (their Classvalue / Classname kept) and the new boxes
(Classvalue 2, Classname Ground by default)::

    python examples/background_samples.py RASTER OBJECTS.gpkg OUT.gpkg [--count 60] [--seed 0]

Boxes are axis-aligned in the raster's pixel grid; the search is seeded, so the same
inputs give the same boxes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr

gdal.UseExceptions()
ogr.UseExceptions()


def read_objects(path: Path) -> tuple[list[tuple[ogr.Geometry, int, str]], object]:
    """(geometry, Classvalue, Classname) of each feature, and the layer's SRS."""
    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    names = [
        layer.GetLayerDefn().GetFieldDefn(i).GetName().lower()
        for i in range(layer.GetLayerDefn().GetFieldCount())
    ]
    objects = []
    for feature in layer:
        value = feature.GetField("Classvalue") if "classvalue" in names else 1
        name = feature.GetField("Classname") if "classname" in names else str(value)
        objects.append((feature.GetGeometryRef().Clone(), int(value), str(name)))
    return objects, layer.GetSpatialRef().Clone()


def pixel_boxes(objects, transform) -> np.ndarray:
    """(K, 4) x0, y0, x1, y1 pixel extents of the objects (north-up rasters)."""
    x0, cell_x, _, y0, _, cell_y = transform
    boxes = []
    for geometry, _, _ in objects:
        min_x, max_x, min_y, max_y = geometry.GetEnvelope()
        boxes.append(
            [(min_x - x0) / cell_x, (max_y - y0) / cell_y, (max_x - x0) / cell_x, (min_y - y0) / cell_y]
        )
    return np.asarray(boxes, np.float64).reshape(-1, 4)


def overlaps(box: np.ndarray, boxes: np.ndarray, margin: float) -> bool:
    if not len(boxes):
        return False
    return bool(
        np.any(
            (box[0] < boxes[:, 2] + margin)
            & (box[2] > boxes[:, 0] - margin)
            & (box[1] < boxes[:, 3] + margin)
            & (box[3] > boxes[:, 1] - margin)
        )
    )


def sample_boxes(
    taken: np.ndarray, width: int, height: int, count: int, sizes: tuple[int, int], margin: float, seed: int
) -> np.ndarray:
    """Up to ``count`` boxes (pixels) of sides in ``sizes`` inside the raster, clear of ``taken``.

    Sizes are tried from large to small, so open areas get boxes as large as they hold.
    """
    rng = np.random.default_rng(seed)
    found: list[np.ndarray] = []
    for _ in range(count * 400):
        if len(found) >= count:
            break
        progress = len(found) / max(count, 1)
        high = max(sizes[0], int(round(sizes[1] - (sizes[1] - sizes[0]) * progress)))
        side_w, side_h = rng.integers(sizes[0], high + 1, size=2)
        x = rng.integers(0, width - side_w + 1)
        y = rng.integers(0, height - side_h + 1)
        box = np.array([x, y, x + side_w, y + side_h], np.float64)
        if overlaps(box, taken, margin) or overlaps(box, np.asarray(found).reshape(-1, 4), margin):
            continue
        found.append(box)
    return np.asarray(found, np.float64).reshape(-1, 4)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("raster", type=Path)
    parser.add_argument("objects", type=Path, help="polygon layer of the objects (first layer)")
    parser.add_argument("out", type=Path, help="GeoPackage written: the objects plus the background boxes")
    parser.add_argument("--count", type=int, default=60, help="background boxes wanted (default 60)")
    parser.add_argument("--min-size", type=int, default=16, help="smallest box side in pixels (default 16)")
    parser.add_argument("--max-size", type=int, default=40, help="largest box side in pixels (default 40)")
    parser.add_argument(
        "--margin", type=float, default=2.0, help="pixels kept clear around objects (default 2)"
    )
    parser.add_argument("--value", type=int, default=2, help="Classvalue of the background (default 2)")
    parser.add_argument("--name", default="Ground", help="Classname of the background (default Ground)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    raster = gdal.Open(str(args.raster))
    transform = raster.GetGeoTransform()
    objects, srs = read_objects(args.objects)
    taken = pixel_boxes(objects, transform)
    boxes = sample_boxes(
        taken,
        raster.RasterXSize,
        raster.RasterYSize,
        args.count,
        (args.min_size, args.max_size),
        args.margin,
        args.seed,
    )

    if args.out.exists():
        args.out.unlink()
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(args.out))
    layer = out.CreateLayer("samples", srs=srs, geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("Classvalue", ogr.OFTInteger))
    layer.CreateField(ogr.FieldDefn("Classname", ogr.OFTString))
    x0, cell_x, _, y0, _, cell_y = transform
    rows = list(objects)
    for bx0, by0, bx1, by1 in boxes:
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for px, py in ((bx0, by0), (bx1, by0), (bx1, by1), (bx0, by1), (bx0, by0)):
            ring.AddPoint_2D(x0 + cell_x * px, y0 + cell_y * py)
        polygon = ogr.Geometry(ogr.wkbPolygon)
        polygon.AddGeometry(ring)
        rows.append((polygon, args.value, args.name))
    for geometry, value, name in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(geometry)
        feature.SetField("Classvalue", value)
        feature.SetField("Classname", name)
        layer.CreateFeature(feature)
    out = None
    print(f"{args.out}: {len(objects)} objects and {len(boxes)} '{args.name}' boxes")


if __name__ == "__main__":
    main()
