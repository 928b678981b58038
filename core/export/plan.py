"""What the export decides about its inputs before the first chip: bands, grid, CRS handling.

The tool reads its parameters and layers and words the messages; the rules
are here so they are tested without QGIS. Checks that refuse an input return
what is wrong (a bool, an enum, an error carrying the values) and leave the
sentence to the tool, whose messages are translated in its own context.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from ..output.guard import check_chip_count, check_grid_size, estimated_chip_count
from .exporter import PER_FEATURE_MODES, ExportOptions


class BandListError(ValueError):
    """A band list that is not band numbers of the raster; the tool words the message."""

    def __init__(self, given: str, band_count: int) -> None:
        super().__init__(given)
        self.given = given
        self.band_count = band_count


def parse_bands(raw: object, band_count: int) -> list[int]:
    """The 1-based bands of a band list (a list, or text separated by commas or semicolons).

    Empty means every band (``[]``). Raises :class:`BandListError`, carrying the
    list as the user gave it, when an item is not a band number of the raster.
    """
    if raw in (None, "", []):
        return []
    items = raw if isinstance(raw, (list, tuple)) else str(raw).replace(";", ",").split(",")
    given = ",".join(str(item).strip() for item in items)
    try:
        bands = [int(str(item).strip()) for item in items if str(item).strip()]
    except ValueError:
        bands = []
    if not bands or any(band < 1 or band > band_count for band in bands):
        raise BandListError(given, band_count)
    return bands


def band_names(bands: Sequence[int], band_count: int) -> list[str]:
    """The names of the exported bands (0-based ``bands``; empty: all ``band_count``), as Esri writes them."""
    return [f"Band_{band + 1}" for band in (bands or range(band_count))]


def resample_cell_size(value: float | None) -> float | None:
    """The cell size to resample to; none (the raster's own pixels) when not given or 0."""
    return value or None


def check_resampled_size(width: int, height: int, dx: float, dy: float, cell_size: float) -> None:
    """Refuse a cell size that would make the ``width`` x ``height`` grid of ``dx`` x ``dy`` cells too large.

    Checked on the native grid, before the resampled one is built.
    """
    check_grid_size(width * dx / cell_size, height * dy / cell_size, cell_size)


def check_chip_grid(width: int, height: int, options: ExportOptions) -> None:
    """Refuse a grid that would give more chips than an export may hold (per-feature modes are not tiled)."""
    if options.metadata_mode in PER_FEATURE_MODES:
        return
    tile, stride = (options.tile_x, options.tile_y), (options.stride_x, options.stride_y)
    check_chip_count(estimated_chip_count(width, height, tile, stride), tile, stride)


def tile_fits(width: int, height: int, options: ExportOptions) -> bool:
    """Whether a tile of the options' size fits in a ``width`` x ``height`` grid."""
    return options.tile_x <= width and options.tile_y <= height


def chip_format_holds(chip_format: str, dtype: str) -> bool:
    """Whether chips of ``chip_format`` hold data of ``dtype`` (JPEG holds 8-bit data only)."""
    return chip_format != "JPEG" or dtype == "uint8"


class CrsWarning(enum.Enum):
    """What the user is told about the coordinate reference systems of the raster and its labels."""

    #: The raster has none: the labels' coordinates are taken as the raster's.
    RASTER_WITHOUT_CRS = "raster without crs"
    #: The class raster is in another CRS and is warped into the raster's.
    CLASS_RASTER_WARPED = "class raster warped"
    #: The class raster is in another CRS but cannot be warped: it is read on the raster's grid.
    CLASS_RASTER_ON_GRID = "class raster on grid"


def crs_warning(
    raster_valid: bool,
    labels_valid: bool | None,
    class_raster_same: bool | None = None,
    class_raster_is_file: bool = False,
) -> CrsWarning | None:
    """The warning about the inputs' CRSs, or None when all is well.

    ``labels_valid``: whether the labels (vector or class raster) have a valid CRS,
    None without labels. ``class_raster_same``: whether a class raster is in the
    raster's CRS, None when the labels are vectors.
    """
    if labels_valid is None:
        return None
    if not raster_valid and labels_valid:
        return CrsWarning.RASTER_WITHOUT_CRS
    if class_raster_same is False:
        if class_raster_is_file and labels_valid and raster_valid:
            return CrsWarning.CLASS_RASTER_WARPED
        return CrsWarning.CLASS_RASTER_ON_GRID
    return None


def warp_class_raster(raster_valid: bool, class_valid: bool, same: bool) -> bool:
    """Whether a class raster is warped into the raster's CRS: only when both CRSs are valid and differ.

    Only file rasters can be warped; the adapter returns any other as it is.
    """
    return not same and class_valid and raster_valid
