"""Metadata files of a training-data export folder, and the rules for continuing one.

Writes ``map.txt``, ``esri_accumulated_stats.json``, ``esri_model_definition.emd``
and ``stats.txt`` with the keys ArcGIS Pro writes and ``arcgis.learn.prepare_data``
reads (docs/FORMATS.md, section 1), and reads them back so that an export can
be continued (START_INDEX) with merged statistics. Every file is written
atomically, so a cancelled run never leaves a torn JSON.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

from ..errors import RasterDLError
from .label_formats import write_atomic
from .statistics import BandStatistics, ClassPixelStatistics, FeatureStatistics

#: Metadata formats in the order of the tool's METADATA_FORMAT enum. arcgis.learn does not know
#: "COCO" and "YOLO": their folders are written for the COCO and Ultralytics readers, and carry
#: these names in ``MetaDataMode`` so that a continued export recognises them.
METADATA_MODES = (
    "KITTI_rectangles",
    "PASCAL_VOC_rectangles",
    "Classified_Tiles",
    "RCNN_Masks",
    "Labeled_Tiles",
    "MultiLabeled_Tiles",
    "Export_Tiles",
    "COCO",
    "YOLO",
)
#: Extension of the per-chip label files of each format (None: no per-chip label file).
LABEL_EXTENSIONS: dict[str, str | None] = {
    "KITTI_rectangles": "txt",
    "PASCAL_VOC_rectangles": "xml",
    "Classified_Tiles": "tif",
    "RCNN_Masks": "tif",
    "Labeled_Tiles": "xml",
    "MultiLabeled_Tiles": "xml",
    "Export_Tiles": None,
    "COCO": None,
    "YOLO": "txt",
}
#: The model type a model trained on each format has (informative; the .emd is a placeholder).
MODEL_TYPES = {
    "KITTI_rectangles": "ObjectDetection",
    "PASCAL_VOC_rectangles": "ObjectDetection",
    "Classified_Tiles": "ImageClassification",
    "RCNN_Masks": "InstanceDetection",
    "Labeled_Tiles": "ObjectClassification",
    "MultiLabeled_Tiles": "ObjectClassification",
    "Export_Tiles": "",
    "COCO": "ObjectDetection",
    "YOLO": "ObjectDetection",
}
IMAGE_SPACES = ("MAP_SPACE", "PIXEL_SPACE")
#: CROP_MODE values (tool spelling) and the ``CropTileMode`` spelling of the .emd.
CROP_MODES = {"FIXED_SIZE": "Fixed_Size", "BOUNDING_BOX": "Bounding_Box"}

MAP_FILE = "map.txt"
STATS_FILE = "esri_accumulated_stats.json"
EMD_FILE = "esri_model_definition.emd"
STATS_TEXT_FILE = "stats.txt"
WELL_KNOWN_KEY = "WellKnownBandNames (FYI, these band names can be used in ExtractBands)"

_NO_COLOR = [-1, -1, -1]
_WELL_KNOWN = frozenset(
    "red green blue nearinfrared nir coastal coastalaerosol yellow rededge shortwaveinfrared swir "
    "panchromatic cirrus thermalinfrared".split()
)
_SUFFIX_NUMBER = re.compile(r"[_\s]*\d+$")

LabelStatistics = Union[FeatureStatistics, ClassPixelStatistics]


class ExportFolderError(RasterDLError):
    """The output folder cannot take this export (another format, other chips, unreadable metadata)."""


@dataclass(frozen=True)
class ExportClass:
    """One class of the export: its Value (pixel value / class id), name and optional RGB colour."""

    value: int
    name: str
    color: tuple[int, int, int] | None = None

    def color_list(self) -> list[int]:
        """The colour as Esri writes it, ``[-1, -1, -1]`` when there is none."""
        return [int(c) for c in self.color] if self.color is not None else list(_NO_COLOR)


def _export_class(item: ExportClass | Sequence[Any]) -> ExportClass:
    """An ExportClass from itself or a ``(value, name[, color])`` tuple."""
    if isinstance(item, ExportClass):
        return item
    value, name, *rest = item
    color = rest[0] if rest else None
    if value is None or float(value) != int(value):
        raise ValueError(f"Class value {value!r} is not an integer.")
    return ExportClass(int(value), str(name), None if color is None else tuple(int(c) for c in color))


@dataclass
class ExportSummary:
    """What the metadata files say about an export (format, chips, bands, classes, georeference).

    ``tile_size`` and ``cell_size`` are (x, y). ``max_cell_size`` defaults to
    ``cell_size`` (they differ when several inputs of other resolutions are
    exported). ``crs_wkt`` is written when there is no ``wkid``. ``output_features``
    defaults to True for every format but Export_Tiles.
    """

    metadata_mode: str
    tile_size: tuple[int, int]
    band_count: int
    band_names: Sequence[str] = ()
    classes: Sequence[ExportClass | tuple] = ()
    cell_size: tuple[float, float] = (1.0, 1.0)
    wkid: int | None = None
    crs_wkt: str | None = None
    max_cell_size: tuple[float, float] | None = None
    image_extension: str = "tif"
    label_extension: str | None = None
    image_space: str = "MAP_SPACE"
    blacken_around_feature: bool = False
    crop_mode: str = "FIXED_SIZE"
    raster_count: int = 1
    sensor_name: str = ""
    output_features: bool | None = None
    extra_emd: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.metadata_mode not in METADATA_MODES:
            raise ValueError(
                f"Unknown metadata format {self.metadata_mode!r}; use one of {', '.join(METADATA_MODES)}."
            )
        self.tile_size = (int(self.tile_size[0]), int(self.tile_size[1]))
        self.band_count = int(self.band_count)
        if min(self.tile_size) < 1 or self.band_count < 1:
            raise ValueError("Tile size and band count must be at least 1.")
        self.band_names = [str(n) for n in self.band_names] or [
            f"Band_{i + 1}" for i in range(self.band_count)
        ]
        if len(self.band_names) != self.band_count:
            raise ValueError(f"{len(self.band_names)} band names for {self.band_count} bands.")
        self.classes = [_export_class(c) for c in self.classes]
        values = [c.value for c in self.classes]
        if len(set(values)) != len(values):
            raise ValueError(f"Class values must be unique, got {values}.")
        self.image_space = self.image_space.upper()
        if self.image_space not in IMAGE_SPACES:
            raise ValueError(f"Unknown image space {self.image_space!r}; use MAP_SPACE or PIXEL_SPACE.")
        crop = self.crop_mode.upper()
        if crop not in CROP_MODES:
            raise ValueError(f"Unknown crop mode {self.crop_mode!r}; use FIXED_SIZE or BOUNDING_BOX.")
        self.crop_mode = crop
        self.image_extension = self.image_extension.lstrip(".").lower()
        if self.label_extension is None:
            self.label_extension = LABEL_EXTENSIONS[self.metadata_mode]
        if self.output_features is None:
            self.output_features = self.metadata_mode != "Export_Tiles"

    @property
    def class_values(self) -> list[int]:
        """The class Values in class-list order."""
        return [c.value for c in self.classes]


@dataclass
class ExistingExport:
    """What an export folder already holds, as read by :func:`read_existing_export`."""

    folder: Path
    metadata_mode: str
    next_index: int
    num_tiles: int
    tile_size: tuple[int, int]
    band_count: int
    band_names: list[str]
    classes: list[ExportClass]
    band_stats: BandStatistics | None
    feature_stats: FeatureStatistics | None
    class_pixel_stats: ClassPixelStatistics | None
    image_extension: str | None
    label_extension: str | None

    @property
    def label_stats(self) -> LabelStatistics | None:
        """The label statistics, whichever kind the folder has."""
        return self.feature_stats if self.feature_stats is not None else self.class_pixel_stats


def well_known_band_names(band_names: Sequence[str]) -> list[str]:
    """The band names that are Esri well-known names (Red, NearInfrared, ShortWaveInfrared_1, ...).

    Only such names are listed under the .emd's WellKnownBandNames key: arcgis.learn
    switches to its multispectral mode when a listed name other than red, green
    or blue is one of the bands, so generic names like ``Band_1`` must not be listed.
    """
    known = []
    for name in band_names:
        base = _SUFFIX_NUMBER.sub("", name.strip()).replace(" ", "").replace("_", "").lower()
        if base in _WELL_KNOWN:
            known.append(name)
    return known


# --- writers -------------------------------------------------------------------------------------------


def _write_json(path: Path, document: Any) -> Path:
    """Write ``document`` as indented JSON, atomically and durably; NaN/inf are refused."""
    return write_atomic(
        path, json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n", True
    )


def _map_path(path: str) -> str:
    """A map.txt path: relative, backslash-separated, without whitespace (the reader splits on it)."""
    text = str(path).replace("/", "\\")
    if not text or any(ch.isspace() for ch in text):
        raise ValueError(f"map.txt paths must be non-empty and hold no whitespace, got {path!r}.")
    return text


def write_map_txt(folder: str | os.PathLike, entries: Sequence[tuple[str, str | None]], append: bool) -> Path:
    """Write (or extend, with ``append``) map.txt with one ``image label`` line per entry.

    Paths are relative to the folder and written with backslashes. Every line has
    two columns: an entry without label (Export_Tiles, COCO) repeats the image
    path, because prepare_data hangs when no line has two columns. Appending
    rewrites the whole file atomically, so call it once per batch of chips.
    """
    path = Path(folder) / MAP_FILE
    lines = [f"{_map_path(image)} {_map_path(label or image)}\n" for image, label in entries]
    previous = ""
    if append and path.exists():
        previous = path.read_text(encoding="utf-8")
        if previous and not previous.endswith("\n"):
            previous += "\n"
    return write_atomic(path, previous + "".join(lines), durable=True)


def _spatial_reference(summary: ExportSummary) -> dict[str, Any]:
    """``{wkid, latestWkid}``, ``{wkt}`` or ``{}`` for the export's CRS."""
    if summary.wkid is not None:
        return {"wkid": int(summary.wkid), "latestWkid": int(summary.wkid)}
    if summary.crs_wkt:
        return {"wkt": summary.crs_wkt}
    return {}


def _cell_sizes(summary: ExportSummary) -> dict[str, Any]:
    """The MinCellSize and MaxCellSize entries."""
    reference = _spatial_reference(summary)
    biggest = summary.max_cell_size or summary.cell_size
    return {
        "MinCellSize": {
            "x": float(summary.cell_size[0]),
            "y": float(summary.cell_size[1]),
            "spatialReference": reference,
        },
        "MaxCellSize": {"x": float(biggest[0]), "y": float(biggest[1]), "spatialReference": dict(reference)},
    }


def _input_rasters_props(summary: ExportSummary) -> dict[str, Any]:
    """The InputRastersProps entry."""
    return {
        "RasterCount": int(summary.raster_count),
        "SensorName": summary.sensor_name,
        "BandNames": list(summary.band_names),
    }


def _check_band_stats(summary: ExportSummary, band_stats: BandStatistics | None) -> BandStatistics:
    """``band_stats``, or empty statistics when None; its band count must match the summary's."""
    stats = band_stats if band_stats is not None else BandStatistics(summary.band_count)
    if stats.band_count != summary.band_count:
        raise ValueError(f"Band statistics have {stats.band_count} bands, the export {summary.band_count}.")
    return stats


def _aligned_label_stats(summary: ExportSummary, label_stats: LabelStatistics | None) -> LabelStatistics:
    """``label_stats`` with its per-class arrays in the summary's class order (empty FeatureStats if None)."""
    if label_stats is None:
        return FeatureStatistics(summary.class_values)
    return label_stats.reindexed(summary.class_values)


def accumulated_stats(
    summary: ExportSummary,
    band_stats: BandStatistics | None,
    label_stats: LabelStatistics | None,
    num_tiles: int,
    next_index: int,
) -> dict[str, Any]:
    """The esri_accumulated_stats.json document (see :func:`write_accumulated_stats`)."""
    labels = _aligned_label_stats(summary, label_stats)
    label_key = "ClassPixelStats" if isinstance(labels, ClassPixelStatistics) else "FeatureStats"
    return {
        "Version": 1,
        "NumBands": summary.band_count,
        "TileSizeX": summary.tile_size[0],
        "TileSizeY": summary.tile_size[1],
        "NumClasses": len(summary.classes),
        "NumTiles": int(num_tiles),
        "NumTilesAsDouble": float(num_tiles),
        "NextTileIndex": int(next_index),
        "OutputFeatures": bool(summary.output_features),
        "MetaDataMode": summary.metadata_mode,
        **_cell_sizes(summary),
        "Classes": [
            {"ClassValue": c.value, "ClassName": c.name, "Color": c.color_list()} for c in summary.classes
        ],
        "InputRastersProps": _input_rasters_props(summary),
        "BandStatsState": _check_band_stats(summary, band_stats).to_state(),
        label_key: labels.to_state(),
    }


def write_accumulated_stats(
    folder: str | os.PathLike,
    summary: ExportSummary,
    band_stats: BandStatistics | None,
    label_stats: LabelStatistics | None,
    num_tiles: int,
    next_index: int,
) -> Path:
    """Write esri_accumulated_stats.json: counts, classes, band statistics and label statistics.

    ``label_stats`` gives ``FeatureStats`` (vector labels) or ``ClassPixelStats``
    (raster labels); None writes empty FeatureStats (Export_Tiles), which
    arcgis.learn needs to merge several folders.
    """
    document = accumulated_stats(summary, band_stats, label_stats, num_tiles, next_index)
    return _write_json(Path(folder) / STATS_FILE, document)


def model_definition(summary: ExportSummary, band_stats: BandStatistics | None) -> dict[str, Any]:
    """The esri_model_definition.emd document (see :func:`write_model_definition`)."""
    stats = _check_band_stats(summary, band_stats).to_state()
    fixed = summary.crop_mode == "FIXED_SIZE"
    document: dict[str, Any] = {
        "Framework": "",
        "ModelConfiguration": "",
        "ModelFile": "",
        "ModelType": MODEL_TYPES[summary.metadata_mode],
        "InferenceFunction": "",
        "ModelName": "",
        "ImageHeight": summary.tile_size[1],
        "ImageWidth": summary.tile_size[0],
        "ExtractBands": list(range(summary.band_count)),
        "MetaDataMode": summary.metadata_mode,
        "BlackenAroundFeature": int(bool(summary.blacken_around_feature)),
        "CropSizeFixed": int(fixed),
        "CropTileMode": CROP_MODES[summary.crop_mode],
        "ImageSpaceUsed": summary.image_space,
        "IsMultidimensional": False,
        **_cell_sizes(summary),
        "Classes": [{"Value": c.value, "Name": c.name, "Color": c.color_list()} for c in summary.classes],
        "InputRastersProps": _input_rasters_props(summary),
        "AllTilesStats": [
            {"BandName": name, "Min": s["Min"], "Max": s["Max"], "Mean": s["Mean"], "StdDev": s["StdDev"]}
            for name, s in zip(summary.band_names, stats)
        ],
        WELL_KNOWN_KEY: well_known_band_names(summary.band_names),
    }
    document.update(summary.extra_emd)
    return document


def write_model_definition(
    folder: str | os.PathLike, summary: ExportSummary, band_stats: BandStatistics | None
) -> Path:
    """Write esri_model_definition.emd: tile size, format, classes (Value as a JSON int, with Color),
    band statistics (AllTilesStats) and placeholders for the training-side keys."""
    return _write_json(Path(folder) / EMD_FILE, model_definition(summary, band_stats))


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """Columns padded to their widest cell: the first left-aligned, the others right-aligned."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    return [
        "   ".join(
            [str(r[0]).ljust(widths[0])] + [str(c).rjust(w) for c, w in zip(r[1:], widths[1:])]
        ).rstrip()
        for r in [header, *rows]
    ]


def stats_text(summary: ExportSummary, label_stats: LabelStatistics | None, num_tiles: int) -> str:
    """The human-readable stats.txt content (features for vector labels, pixels for raster labels)."""
    labels = _aligned_label_stats(summary, label_stats)
    raster = isinstance(labels, ClassPixelStatistics)
    state = labels.to_state()
    noun = "pixels" if raster else "features"
    total = labels.pixels_total if raster else labels.features_total
    per_image = state["NumClassesPerImage"] if raster else state["NumFeaturesPerImage"]
    per_class = state["NumPixelsPerClass"] if raster else state["NumFeaturesPerClass"]
    sizes = state["PixelsPerClass"] if raster else state["FeatureAreaPerClass"]
    width, height = summary.tile_size
    lines = [
        f"images = {int(num_tiles)} *{summary.band_count}*{height}*{width}",
        f"{noun} = {total}",
        f"{'classes' if raster else 'features'} per image = "
        f"[min = {per_image['Min']}, mean = {per_image['Mean']:.2f}, max = {per_image['Max']}]",
        f"classes = {len(summary.classes)}",
    ]
    rows = [
        (
            c.name,
            str(c.value),
            str(images),
            str(count),
            f"{s['Min']:.2f}",
            f"{s['Mean']:.2f}",
            f"{s['Max']:.2f}",
        )
        for c, images, count, s in zip(summary.classes, state["NumImagesPerClass"], per_class, sizes)
    ]
    header = ("cls name", "cls value", "images", noun, "min size", "mean size", "max size")
    return "\n".join(lines + _table(header, rows)) + "\n"


def write_stats_txt(
    folder: str | os.PathLike, summary: ExportSummary, label_stats: LabelStatistics | None, num_tiles: int
) -> Path:
    """Write stats.txt, the human-readable summary (readers ignore it)."""
    return write_atomic(Path(folder) / STATS_TEXT_FILE, stats_text(summary, label_stats, num_tiles))


def write_export_metadata(
    folder: str | os.PathLike,
    summary: ExportSummary,
    band_stats: BandStatistics | None,
    label_stats: LabelStatistics | None,
    num_tiles: int,
    next_index: int,
) -> None:
    """Write stats.txt, the .emd and esri_accumulated_stats.json (last: it marks the folder as an export)."""
    write_stats_txt(folder, summary, label_stats, num_tiles)
    write_model_definition(folder, summary, band_stats)
    write_accumulated_stats(folder, summary, band_stats, label_stats, num_tiles, next_index)


# --- reading and continuing ----------------------------------------------------------------------------


def _holds_files(folder: Path) -> bool:
    """Whether any file lies anywhere under ``folder`` (stops at the first one)."""
    for _root, _dirs, files in os.walk(folder):
        if files:
            return True
    return False


def _highest_chip_index(images: Path) -> int:
    """The largest numeric stem in ``images/`` (-1 when there is none)."""
    if not images.is_dir():
        return -1
    highest = -1
    with os.scandir(images) as entries:
        for entry in entries:
            stem = entry.name.split(".", 1)[0]
            if stem.isdigit() and entry.is_file():
                highest = max(highest, int(stem))
    return highest


def _map_extensions(folder: Path) -> tuple[str | None, str | None]:
    """Image and label extensions from the first two-column line of map.txt."""
    path = folder / MAP_FILE
    if not path.is_file():
        return None, None
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 2:
                return tuple(p.rsplit(".", 1)[-1].lower() if "." in p else None for p in parts[:2])
    return None, None


def _read_classes(stats: dict[str, Any], folder: Path) -> list[ExportClass]:
    """Classes from the stats file (ClassValue/ClassName), else from the .emd (Value/Name)."""
    entries = stats.get("Classes")
    keys = ("ClassValue", "ClassName")
    if entries is None and (folder / EMD_FILE).is_file():
        with open(folder / EMD_FILE, encoding="utf-8") as handle:
            entries = json.load(handle).get("Classes")
        keys = ("Value", "Name")
    classes = []
    for entry in entries or []:
        color = entry.get("Color")
        if color is not None and [int(c) for c in color] == _NO_COLOR:
            color = None
        classes.append(_export_class((entry.get(keys[0], entry.get("Value")), entry.get(keys[1], ""), color)))
    return classes


def _damaged(folder: Path, reason: str) -> ExportFolderError:
    """The error for a folder that holds files but no readable export."""
    return ExportFolderError(
        "The folder {folder} holds files but no readable training-data export ({reason}); "
        "choose an empty folder, or the folder of an existing export to continue it.",
        folder=folder,
        reason=reason,
    )


def _mode_error(existing_mode: str) -> ExportFolderError:
    """The error for a folder holding an export in another metadata format."""
    return ExportFolderError(
        "The folder already holds a {existing_mode} export; "
        "choose an empty folder or the same metadata format to continue it",
        existing_mode=existing_mode,
    )


def read_existing_export(
    folder: str | os.PathLike, metadata_mode: str | None = None
) -> ExistingExport | None:
    """What ``folder`` already holds: None when it is missing or holds no file, else an ExistingExport.

    The next chip index is the larger of NextTileIndex and the highest chip in
    images/ plus one, so that chips are never overwritten. Raises
    :class:`ExportFolderError` when the folder holds files but no readable
    export, or an export in another format than ``metadata_mode`` (when given).
    """
    folder = Path(folder)
    if not folder.exists():
        return None
    if not folder.is_dir():
        raise ExportFolderError(
            "The output {folder} is a file, not a folder; choose a folder.", folder=folder
        )
    if not _holds_files(folder):
        return None
    stats_path = folder / STATS_FILE
    if not stats_path.is_file():
        raise _damaged(folder, f"{STATS_FILE} is missing")
    try:
        with open(stats_path, encoding="utf-8") as handle:
            stats = json.load(handle)
        if not isinstance(stats, dict) or not isinstance(stats.get("MetaDataMode"), str):
            raise ValueError("MetaDataMode is missing")
        mode = stats["MetaDataMode"]
        if metadata_mode is not None and mode != metadata_mode:
            raise _mode_error(mode)
        classes = _read_classes(stats, folder)
        values = [c.value for c in classes]
        band_state = stats.get("BandStatsState")
        band_stats = BandStatistics.from_state(band_state) if band_state else None
        feature_stats = pixel_stats = None
        if "ClassPixelStats" in stats:
            pixel_stats = ClassPixelStatistics.from_state(stats["ClassPixelStats"], values)
        elif "FeatureStats" in stats:
            feature_stats = FeatureStatistics.from_state(stats["FeatureStats"], values)
        band_names = [str(n) for n in (stats.get("InputRastersProps") or {}).get("BandNames", [])]
        band_count = int(stats.get("NumBands", band_stats.band_count if band_stats else len(band_names)))
        tile_size = (int(stats["TileSizeX"]), int(stats["TileSizeY"]))
        num_tiles = int(stats.get("NumTiles", stats.get("NumTilesAsDouble", 0)))
        next_index = int(stats.get("NextTileIndex", 0))
    except ExportFolderError:
        raise
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _damaged(folder, f"{STATS_FILE} cannot be read: {exc}") from None
    next_index = max(next_index, _highest_chip_index(folder / "images") + 1)
    image_extension, label_extension = _map_extensions(folder)
    return ExistingExport(
        folder=folder,
        metadata_mode=mode,
        next_index=next_index,
        num_tiles=num_tiles,
        tile_size=tile_size,
        band_count=band_count,
        band_names=band_names,
        classes=classes,
        band_stats=band_stats,
        feature_stats=feature_stats,
        class_pixel_stats=pixel_stats,
        image_extension=image_extension,
        label_extension=label_extension,
    )


def check_continuation(existing: ExistingExport | None, summary: ExportSummary, start_index: int) -> None:
    """Refuse to write into ``existing`` unless this run continues it without damage.

    Rules: same metadata format, same tile size, same band count, and a
    ``start_index`` at or above the folder's next chip index (existing chips are
    never overwritten). Nothing to check when the folder is empty.
    """
    if start_index < 0:
        raise ExportFolderError("START_INDEX must be 0 or more, got {start_index}.", start_index=start_index)
    if existing is None:
        return
    if existing.metadata_mode != summary.metadata_mode:
        raise _mode_error(existing.metadata_mode)
    if tuple(existing.tile_size) != tuple(summary.tile_size):
        raise ExportFolderError(
            "The folder holds chips of {old_width} x {old_height} pixels, "
            "this run makes {width} x {height}; "
            "use the same tile size to continue it, or choose an empty folder.",
            old_width=existing.tile_size[0],
            old_height=existing.tile_size[1],
            width=summary.tile_size[0],
            height=summary.tile_size[1],
        )
    if existing.band_count != summary.band_count:
        raise ExportFolderError(
            "The folder holds chips of {old_band_count} bands, this run makes {band_count}; "
            "use the same bands to continue it, or choose an empty folder.",
            old_band_count=existing.band_count,
            band_count=summary.band_count,
        )
    if start_index < existing.next_index:
        raise ExportFolderError(
            "The folder already holds chips up to {last_index:09d}; set START_INDEX to "
            "{next_index} (or more) to add chips without overwriting them, "
            "or choose an empty folder.",
            last_index=existing.next_index - 1,
            next_index=existing.next_index,
        )


def continued_classes(
    existing: ExistingExport | None, classes: Sequence[ExportClass | tuple]
) -> list[ExportClass]:
    """The class list of a continued export: the folder's classes, then this run's new ones.

    Keeping the folder's order keeps its per-class statistics aligned; a class
    Value already present keeps its name and colour.
    """
    current = [_export_class(c) for c in classes]
    if existing is None:
        return current
    known = {c.value for c in existing.classes}
    return list(existing.classes) + [c for c in current if c.value not in known]
