"""Print the short summary of a `make demo` run: counts, timings and execution providers.

Everything is read back from what the tools wrote (their --json results and
logs, and the output files through GDAL/OGR), not from the demo's own notes.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr

gdal.UseExceptions()
ogr.UseExceptions()


def provider(document: dict) -> str:
    """The execution provider the tool reported (result, else its log)."""
    if "EXECUTION_PROVIDER" in document["results"]:
        return document["results"]["EXECUTION_PROVIDER"]
    for line in document.get("log", {}).get("info", []):
        found = re.search(r"Execution provider: (\S+)", line)
        if found:
            return found.group(1)
    return "?"


def features(path: Path, field: str | None = None) -> tuple[int, Counter]:
    """Feature count of a vector file and, if ``field`` is given, the count of each of its values."""
    source = ogr.Open(str(path))  # keep the data source alive while its layer is read
    layer = source.GetLayer(0)
    values = Counter(str(feature.GetField(field)) for feature in layer) if field else Counter()
    return layer.GetFeatureCount(), values


def agreement(path: Path) -> tuple[int, int]:
    """How many features got the label they were drawn with (Classname), and how many there are."""
    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    rows = [(feature.GetField("Classname"), feature.GetField("ClassLabel")) for feature in layer]
    return sum(drawn == found for drawn, found in rows), len(rows)


def class_shares(path: Path) -> str:
    """Share of the raster's pixels in each class, named from its attribute table when there is one."""
    dataset = gdal.Open(str(path))  # GDAL crashes if the dataset dies before its band
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray()
    names = {}
    table = band.GetDefaultRAT()
    if table is not None:
        columns = [table.GetNameOfCol(i).lower() for i in range(table.GetColumnCount())]
        if "value" in columns and "class" in columns:
            v, c = columns.index("value"), columns.index("class")
            rows = range(table.GetRowCount())
            names = {table.GetValueAsInt(r, v): table.GetValueAsString(r, c) for r in rows}
    nodata = band.GetNoDataValue()
    if nodata is not None:
        names[int(nodata)] = "nodata"
    counts = dict(zip(*np.unique(values, return_counts=True)))
    return ", ".join(f"{names.get(int(k), k)} {100.0 * n / values.size:.1f} %" for k, n in counts.items())


#: The cluster run's log line saying how many blocks ran on how many workers.
BLOCKS_RAN = re.compile(r"(?P<blocks>\d+) blocks ran on (?P<workers>\d+) workers")


def pixels(path: str) -> np.ndarray:
    """The pixels of a single-band raster (the dataset is held while its band is read)."""
    dataset = gdal.Open(path)
    return dataset.GetRasterBand(1).ReadAsArray()


def main(out: Path) -> None:
    runs = {p.stem: json.loads(p.read_text()) for p in out.glob("*.json")}
    times = {
        name: float(end) - float(start)
        for name, start, end in (line.split() for line in (out / "timings.txt").read_text().splitlines())
    }
    rel = lambda p: Path(p).relative_to(out.parent.parent)  # noqa: E731
    info = runs["modelinfo"]["results"]
    print("Raster Deep Learning demo on data/sample/OSBS_029.tif (NEON orthophoto, 400 x 400, 61 tree boxes)")
    print(
        f"  model info             {times['modelinfo']:5.1f} s  {info['MODEL_TYPE']}, "
        f"input {info['INPUT_SHAPE']}, provider {provider(runs['modelinfo'])}"
    )
    for key, label in (("export_voc", "PASCAL VOC"), ("export_classified", "Classified_Tiles")):
        r = runs[key]["results"]
        print(
            f"  export {label:<16}{times[key]:5.1f} s  {r['CHIP_COUNT']} chips, {r['FEATURE_COUNT']} "
            f"features -> {rel(r['OUTPUT'])}"
        )
    cp = runs["classify_pixels"]["results"]
    print(
        f"  classify pixels        {times['classify_pixels']:5.1f} s  {class_shares(Path(cp['OUTPUT']))} "
        f"-> {rel(cp['OUTPUT'])} on {provider(runs['classify_pixels'])}"
    )
    cluster = runs["classify_pixels_cluster"]
    ran = next(m for m in map(BLOCKS_RAN.search, cluster["log"]["info"]) if m)
    same = np.array_equal(pixels(cluster["results"]["OUTPUT"]), pixels(cp["OUTPUT"]))
    verdict = "the same pixels as" if same else "DIFFERENT pixels from"
    print(
        f"  classify pixels local:2{times['classify_pixels_cluster']:5.1f} s  {ran['blocks']} block(s) on "
        f"{ran['workers']} of 2 workers: {verdict} the run above -> {rel(cluster['results']['OUTPUT'])}"
    )
    det = runs["detect_objects"]["results"]["OUTPUT"].split("|")[0]
    count, _ = features(Path(det))
    print(
        f"  detect objects         {times['detect_objects']:5.1f} s  {count} trees found "
        f"(61 drawn by people) -> {rel(det)} on {provider(runs['detect_objects'])}"
    )
    obj = runs["classify_objects"]["results"]["OUTPUT"].split("|")[0]
    right, count = agreement(Path(obj))
    print(
        f"  classify objects       {times['classify_objects']:5.1f} s  {count} boxes "
        f"(61 trees, {count - 61} ground) labelled, {right} as drawn -> {rel(obj)} "
        f"on {provider(runs['classify_objects'])}"
    )
    pictures = ", ".join(sorted(p.name for p in (out / "previews").glob("*.png")))
    print(f"  previews: {rel(out / 'previews')}/ ({pictures})")
    print("  (times include starting qgis_process, about 2 s each)")


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve())
