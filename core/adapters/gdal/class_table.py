"""The classes of a classified raster file, from its attribute table, colour table or values."""

from __future__ import annotations

import numpy as np
from osgeo import gdal


def read_class_table(path: str) -> list[tuple[int, str, tuple[int, int, int] | None]]:
    """Classes (value, name, colour) of the classified raster file ``path``: its attribute table,
    else its colour table, else its values.

    Without a table the raster is scanned in windows for its distinct values
    (0 is background and not a class).
    """
    dataset = gdal.Open(path)
    band = dataset.GetRasterBand(1)
    colors = band.GetRasterColorTable()
    rat = band.GetDefaultRAT()
    found: dict[int, tuple[str, tuple[int, int, int] | None]] = {}
    if rat is not None and rat.GetRowCount() > 0:
        columns = [rat.GetNameOfCol(i).lower() for i in range(rat.GetColumnCount())]
        usages = [rat.GetUsageOfCol(i) for i in range(rat.GetColumnCount())]
        value_col = _column(columns, usages, ("value", "classvalue"), gdal.GFU_MinMax)
        name_col = _column(columns, usages, ("class", "classname", "name"), gdal.GFU_Name)
        rgb = [
            _column(columns, usages, (c,), u)
            for c, u in (("red", gdal.GFU_Red), ("green", gdal.GFU_Green), ("blue", gdal.GFU_Blue))
        ]
        for row in range(rat.GetRowCount()):
            value = rat.GetValueAsInt(row, value_col) if value_col is not None else row
            if value == 0:
                continue
            name = rat.GetValueAsString(row, name_col) if name_col is not None else str(value)
            color = tuple(rat.GetValueAsInt(row, c) for c in rgb) if None not in rgb else None
            found[value] = (name, color)
        return [(v, n, c) for v, (n, c) in sorted(found.items())]
    values: set[int] = set()
    step = 2048
    for y in range(0, dataset.RasterYSize, step):
        for x in range(0, dataset.RasterXSize, step):
            block = band.ReadAsArray(
                x, y, min(step, dataset.RasterXSize - x), min(step, dataset.RasterYSize - y)
            )
            values.update(int(v) for v in np.unique(block))
    nodata = band.GetNoDataValue()
    values.discard(0)
    if nodata is not None:
        values.discard(int(nodata))
    result = []
    for value in sorted(values):
        color = None
        if colors is not None and value < colors.GetCount():
            color = tuple(colors.GetColorEntry(value)[:3])
        result.append((value, str(value), color))
    return result


def _column(names: list[str], usages: list[int], wanted: tuple[str, ...], usage: int) -> int | None:
    for index, name in enumerate(names):
        if name in wanted:
            return index
    for index, use in enumerate(usages):
        if use == usage:
            return index
    return None
