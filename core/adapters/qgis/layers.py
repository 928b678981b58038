"""Facts about a QGIS raster layer the readers need: pixel type, bands, the classes of a class raster."""

from __future__ import annotations

import numpy as np
from osgeo import gdal
from qgis.core import QgsRasterLayer

#: QGIS ``Qgis.DataType`` values -> numpy dtypes (ARGB32 web tiles are handled separately).
QGIS_DTYPES = {
    1: "uint8",
    2: "uint16",
    3: "int16",
    4: "uint32",
    5: "int32",
    6: "float32",
    7: "float64",
    14: "int8",
}
ARGB32 = (12, 13)


def as_int(value) -> int:
    """An enum value of QGIS 3.22 (int-like) or 3.36+ (Python enum) as int."""
    return int(getattr(value, "value", value))


def raster_band_count(layer: QgsRasterLayer) -> int:
    """Bands a reader returns: the layer's bands, or 3 (RGB) for colour web layers."""
    provider = layer.dataProvider()
    if provider.bandCount() >= 1 and as_int(provider.dataType(1)) in ARGB32:
        return 3
    return provider.bandCount()


def raster_classes(layer: QgsRasterLayer) -> list[tuple[int, str, tuple[int, int, int] | None]]:
    """Classes of a classified raster: its attribute table, else its colour table, else its values.

    Without a table the raster is scanned in windows for its distinct values
    (0 is background and not a class).
    """
    dataset = gdal.Open(layer.source().split("|")[0])
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
