"""Facts about a QGIS raster layer: pixel type, bands, the GDAL file behind it, its classes."""

from __future__ import annotations

from qgis.core import QgsRasterLayer

from ..gdal.class_table import read_class_table

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


def gdal_path(layer: QgsRasterLayer) -> str:
    """The GDAL dataset behind a ``gdal`` provider layer: its source without QGIS's ``|option`` suffixes."""
    return layer.source().split("|")[0]


def raster_classes(layer: QgsRasterLayer) -> list[tuple[int, str, tuple[int, int, int] | None]]:
    """Classes of a classified raster layer (see :func:`read_class_table`)."""
    return read_class_table(gdal_path(layer))
