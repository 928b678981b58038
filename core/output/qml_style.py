"""QGIS layer styles (.qml) written beside outputs, so they open already styled.

A .qml with the raster's base name is applied by QGIS when the layer loads,
on every version (raster attribute tables are only shown from QGIS 3.30).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.etree import ElementTree as ET


def paletted_style(
    classes: Sequence[tuple[int, str, tuple[int, int, int] | None]], nodata_label: str = ""
) -> bytes:
    """A paletted (unique values) raster style: one entry per class value, named and coloured."""
    root = ET.Element("qgis", version="3.22.0", styleCategories="Symbology")
    pipe = ET.SubElement(root, "pipe")
    renderer = ET.SubElement(pipe, "rasterrenderer", type="paletted", band="1", opacity="1", alphaBand="-1")
    palette = ET.SubElement(renderer, "colorPalette")
    for value, name, color in classes:
        r, g, b = color if color is not None else _fallback_color(value)
        ET.SubElement(
            palette,
            "paletteEntry",
            value=str(value),
            color=f"#{r:02x}{g:02x}{b:02x}",
            alpha="255",
            label=name,
        )
    ET.indent(root)
    return b"<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + ET.tostring(
        root, encoding="utf-8"
    )


def _fallback_color(value: int) -> tuple[int, int, int]:
    """A stable, distinct colour for a class without one (golden-angle hue walk)."""
    hue = (value * 137.508) % 360 / 60
    chroma, x = 200, int(200 * (1 - abs(hue % 2 - 1)))
    sector = int(hue) % 6
    rgb = [(chroma, x, 0), (x, chroma, 0), (0, chroma, x), (0, x, chroma), (x, 0, chroma), (chroma, 0, x)][
        sector
    ]
    return tuple(c + 40 for c in rgb)


def write_style(raster_path: str | Path, style: bytes) -> Path:
    """Write ``style`` as the .qml sidecar of ``raster_path``."""
    path = Path(raster_path).with_suffix(".qml")
    path.write_bytes(style)
    return path
