"""Which chips an export cuts from an input, in the order they are numbered.

The plan is geometry only (chip windows, mask polygons, the labels each window
meets), so it is the same wherever it is computed: a single run walks it chip
by chip, a cluster run cuts it into ranges of consecutive chips that workers
export (core/export/ranges.py). Whether a planned chip is written still depends
on its pixels (all nodata, no class pixel, a rotation leaving the image).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .chip_grid import LabelFeature, LabelIndex, chip_origins, inside_mask
from .chip_labels import bbox_window, centred_window

if TYPE_CHECKING:
    from .exporter import ExportInput, ExportOptions

#: Formats whose labels are one chip per feature, centred on it.
PER_FEATURE_MODES = ("Labeled_Tiles",)

Window = tuple[int, int, int, int, "LabelFeature | None"]


@dataclass(frozen=True)
class PlannedChip:
    """A chip window (grid pixels) that passed the mask, and the label features it meets."""

    x: int
    y: int
    w: int
    h: int
    features: tuple[LabelFeature, ...] = ()


def keeps_empty_chips(options: ExportOptions) -> bool:
    """Whether chips without labels are written (asked for, or Export_Tiles, which has no labels)."""
    return options.output_nofeature_tiles or options.metadata_mode == "Export_Tiles"


def chip_windows(item: ExportInput, options: ExportOptions) -> list[Window]:
    """Every candidate window of the input, in chip order: the tiled grid, or one per feature."""
    if options.metadata_mode in PER_FEATURE_MODES:
        return feature_windows(item, options)
    tile, stride = (options.tile_x, options.tile_y), (options.stride_x, options.stride_y)
    origins = chip_origins(item.reader.width, item.reader.height, *tile, *stride)
    return [(x, y, options.tile_x, options.tile_y, None) for x, y in origins]


def feature_windows(item: ExportInput, options: ExportOptions) -> list[Window]:
    """Labeled_Tiles: one window per feature, centred on it or cut to its bounding box."""
    width, height = item.reader.width, item.reader.height
    windows: list[Window] = []
    for feature in item.features:
        bounds = feature.geometry.bounds
        if bounds[2] <= 0 or bounds[3] <= 0 or bounds[0] >= width or bounds[1] >= height:
            continue
        if options.crop_mode == "BOUNDING_BOX":
            x, y, w, h = bbox_window(feature, width, height)
        else:
            w, h = min(options.tile_x, width), min(options.tile_y, height)
            x, y = centred_window(feature, w, h, width, height)
        windows.append((x, y, w, h, feature))
    return windows


def plan_chips(item: ExportInput, options: ExportOptions) -> Iterator[tuple[int, int, PlannedChip | None]]:
    """``(window number, window count, chip)`` for every candidate window, in chip order.

    ``chip`` is None for a window left out before any pixel is read: outside the
    mask, or without labels when empty chips are not kept. Yielding those too lets
    a single run report progress and look at cancel between them.
    """
    windows = chip_windows(item, options)
    index = LabelIndex(item.features) if item.features else None
    keep_empty = keeps_empty_chips(options)
    for done, (x, y, w, h, feature) in enumerate(windows):
        if item.mask is not None and not inside_mask(x, y, w, h, item.mask):
            yield done, len(windows), None
            continue
        features = [feature] if feature is not None else (index.query(x, y, w, h) if index else [])
        if not features and item.class_reader is None and not keep_empty:
            yield done, len(windows), None
            continue
        yield done, len(windows), PlannedChip(x, y, w, h, tuple(features))
