"""Compare two output folders of the same workflow (e.g. `make demo` before and after a refactor).

Rasters are compared by what a user sees: size, bands, data type, geotransform, CRS, nodata and every
pixel; vector layers by their fields, feature count, attributes and geometries (WKB); XML, JSON and
text files by content, minus the lines that hold times, dates or absolute paths; anything else byte
for byte. Prints one line per difference and exits 1 if there is any.

    .venv/bin/python scripts/compare_runs.py /tmp/demo-before .build/demo
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr

gdal.UseExceptions()
ogr.UseExceptions()

RASTERS = {".tif", ".tiff", ".png", ".jpg", ".jpeg"}
VECTORS = {".gpkg", ".shp", ".geojson"}
TEXT = {".xml", ".aux.xml", ".txt", ".emd", ".qml", ".csv", ".tfw", ".pgw", ".jgw", ".json"}
#: Files that record a run rather than its result: logs, timings, previews drawn from the outputs.
SKIPPED = re.compile(r"(\.log$|^timings\.txt$|^previews/)")
#: JSON keys whose values are run records (durations, absolute paths), not results.
VOLATILE_KEYS = re.compile(r"(time|elapsed|seconds|duration|date|path|log)", re.I)


def compare_raster(a: Path, b: Path) -> list[str]:
    """Differences between two rasters, as a user would check them."""
    da, db = gdal.Open(str(a)), gdal.Open(str(b))
    out = []
    for what, get in (
        ("size", lambda d: (d.RasterXSize, d.RasterYSize, d.RasterCount)),
        ("geotransform", lambda d: d.GetGeoTransform()),
        ("CRS", lambda d: d.GetProjection()),
        ("data type", lambda d: [d.GetRasterBand(i + 1).DataType for i in range(d.RasterCount)]),
        ("nodata", lambda d: [d.GetRasterBand(i + 1).GetNoDataValue() for i in range(d.RasterCount)]),
    ):
        if get(da) != get(db):
            out.append(f"{what}: {get(da)} != {get(db)}")
    if out:
        return out
    pa, pb = da.ReadAsArray(), db.ReadAsArray()
    if not np.array_equal(pa, pb, equal_nan=np.issubdtype(pa.dtype, np.floating)):
        differ = np.count_nonzero(pa != pb)
        out.append(f"{differ} of {pa.size} pixel values differ")
    return out


def _layer_rows(path: Path) -> dict[str, tuple]:
    ds = ogr.Open(str(path))
    layers = {}
    for i in range(ds.GetLayerCount()):
        layer = ds.GetLayerByIndex(i)
        defn = layer.GetLayerDefn()
        fields = [
            (defn.GetFieldDefn(k).GetName(), defn.GetFieldDefn(k).GetTypeName())
            for k in range(defn.GetFieldCount())
        ]
        rows = []
        for feature in layer:
            geometry = feature.GetGeometryRef()
            rows.append((feature.GetFID(), tuple(feature.GetField(k) for k in range(defn.GetFieldCount())),
                         bytes(geometry.ExportToWkb()) if geometry else None))  # fmt: skip
        srs = layer.GetSpatialRef()
        layers[layer.GetName()] = (fields, srs.ExportToWkt() if srs else None, rows)
    return layers


def compare_vector(a: Path, b: Path) -> list[str]:
    """Differences between two vector files: layers, fields, CRS, then feature by feature."""
    la, lb = _layer_rows(a), _layer_rows(b)
    if la.keys() != lb.keys():
        return [f"layers {sorted(la)} != {sorted(lb)}"]
    out = []
    for name, (fields_a, srs_a, rows_a) in la.items():
        fields_b, srs_b, rows_b = lb[name]
        if fields_a != fields_b:
            out.append(f"{name}: fields {fields_a} != {fields_b}")
        if srs_a != srs_b:
            out.append(f"{name}: CRS differs")
        if len(rows_a) != len(rows_b):
            out.append(f"{name}: {len(rows_a)} != {len(rows_b)} features")
        else:
            differ = sum(ra != rb for ra, rb in zip(rows_a, rows_b))
            if differ:
                out.append(f"{name}: {differ} of {len(rows_a)} features differ")
    return out


def _without_volatile(value):
    if isinstance(value, dict):
        return {k: _without_volatile(v) for k, v in value.items() if not VOLATILE_KEYS.search(k)}
    if isinstance(value, list):
        return [_without_volatile(v) for v in value]
    return value


def compare_text(a: Path, b: Path) -> list[str]:
    """Differences between two text files; JSON compared as data without run records."""
    if a.suffix == ".json":
        ja, jb = (json.loads(p.read_text()) for p in (a, b))
        return [] if _without_volatile(ja) == _without_volatile(jb) else ["JSON content differs"]
    ta, tb = a.read_text().splitlines(), b.read_text().splitlines()
    if ta == tb:
        return []
    first = next((i for i, (x, y) in enumerate(zip(ta, tb)) if x != y), min(len(ta), len(tb)))
    return [f"text differs from line {first + 1}"]


def compare_folders(before: Path, after: Path) -> list[str]:
    """Every difference between the two folders, one line each."""
    files_a = {p.relative_to(before).as_posix() for p in before.rglob("*") if p.is_file()}
    files_b = {p.relative_to(after).as_posix() for p in after.rglob("*") if p.is_file()}
    out = [f"only in {before}: {name}" for name in sorted(files_a - files_b) if not SKIPPED.search(name)]
    out += [f"only in {after}: {name}" for name in sorted(files_b - files_a) if not SKIPPED.search(name)]
    for name in sorted(files_a & files_b):
        if SKIPPED.search(name):
            continue
        a, b = before / name, after / name
        suffix = a.suffix.lower()
        if suffix in RASTERS:
            found = compare_raster(a, b)
        elif suffix in VECTORS:
            found = compare_vector(a, b)
        elif suffix in TEXT:
            found = compare_text(a, b)
        else:
            found = [] if a.read_bytes() == b.read_bytes() else ["bytes differ"]
        out += [f"{name}: {line}" for line in found]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args()
    differences = compare_folders(args.before, args.after)
    for line in differences:
        print(line)
    count = sum(
        1
        for p in args.before.rglob("*")
        if p.is_file() and not SKIPPED.search(p.relative_to(args.before).as_posix())
    )
    print(
        f"{len(differences)} differences over {count} files compared"
        if differences
        else f"identical: {count} files compared"
    )
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
