"""Colours for output classes: the model's own, else distinct generated ones.

A classified raster whose classes have no colour would draw nothing (a
palette without colours) or in grey; every class gets a visible colour here,
stable for a class value and distinct from its neighbours.
"""

from __future__ import annotations

import colorsys
from collections.abc import Sequence

RGB = tuple[int, int, int]
ClassRow = tuple[int, str, "RGB | None"]


def generated_color(index: int) -> RGB:
    """The ``index``-th of a sequence of distinct, saturated colours (golden-angle hue walk)."""
    hue = (index * 0.381966) % 1.0
    lightness = (0.45, 0.60, 0.35)[(index // 8) % 3]
    r, g, b = colorsys.hls_to_rgb(hue, lightness, 0.75)
    return int(round(r * 255)), int(round(g * 255)), int(round(b * 255))


def with_colors(classes: Sequence[ClassRow]) -> list[tuple[int, str, RGB]]:
    """``(value, name, colour)`` per class: its own colour, else a generated one no other class has."""
    used = {tuple(color) for _value, _name, color in classes if color is not None}
    result, index = [], 0
    for value, name, color in classes:
        if color is None:
            color = generated_color(index)
            index += 1
            while color in used:
                color = generated_color(index)
                index += 1
            used.add(color)
        result.append((int(value), str(name), tuple(int(c) for c in color)))
    return result
