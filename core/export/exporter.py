"""Export Training Data For Deep Learning: chips and labels from imagery plus labelled samples.

The engine walks each input's chip grid, reads only the windows it writes
(through a :class:`WindowReader`), finds the samples of a chip through a
spatial index, and writes images, labels and the folder's metadata. Everything
is in grid-pixel coordinates of the input's processing grid; the caller (the
QGIS adapter) turns map coordinates into them. The folder is kept consistent:
map.txt and the statistics are rewritten from the chips completed so far
every few chips and at the end, also when the run is cancelled or fails.
"""

from __future__ import annotations

import os
import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import shapely
from shapely.affinity import affine_transform

from ..engine.contracts import Cancelled, ChipWriter, Progress, WindowReader
from .chip_grid import ExportError, LabelFeature
from .chip_labels import ChipLabel, blacken_outside, labels_for_chip
from .chip_plan import PER_FEATURE_MODES, PlannedChip, keeps_empty_chips, plan_chips
from .label_formats import (
    COCO_FILE_NAME,
    YOLO_YAML_NAME,
    CocoWriter,
    multilabel_name,
    write_kitti,
    write_labeled_tile,
    write_multilabeled_tile,
    write_voc,
    write_yolo,
    write_yolo_dataset_yaml,
    yolo_polygon_line,
)
from .metadata import (
    ExistingExport,
    ExportClass,
    ExportSummary,
    check_continuation,
    continued_classes,
    read_existing_export,
    write_export_metadata,
    write_map_txt,
)
from .rasterize import instance_masks, overlap_order, rasterize
from .rotation import (
    rotate_chip,
    rotate_geometry,
    rotated_geotransform,
    rotated_source_window,
    rotation_angles,
)
from .statistics import (
    BandStatistics,
    BandStatisticsParts,
    ClassPixelStatistics,
    ClassPixelStatisticsParts,
    FeatureStatistics,
    FeatureStatisticsParts,
)

#: Formats that can take their labels from a classified raster.
RASTER_LABEL_MODES = ("Classified_Tiles", "Export_Tiles")
#: Chip formats that hold at most three bands.
THREE_BAND_FORMATS = ("PNG", "JPEG")
#: Formats whose labels name their image (or its number), written once the chip's number is final.
NAMED_LABEL_MODES = ("PASCAL_VOC_rectangles", "Labeled_Tiles", "MultiLabeled_Tiles", "COCO")
CHIP_EXTENSIONS = {"TIFF": "tif", "PNG": "png", "JPEG": "jpg", "MRF": "mrf"}
_METADATA_EVERY_SECONDS = 5.0
#: Chips read and labelled ahead of the writer thread: enough to keep both busy, little memory.
_WRITE_QUEUE_DEPTH = 4


class SelectedBands:
    """A reader returning only some bands (0-based indexes), in the given order."""

    def __init__(self, reader: WindowReader, bands: Sequence[int]) -> None:
        if any(b < 0 or b >= reader.band_count for b in bands):
            raise ExportError(
                "Band list {bands} asks for bands the raster lacks (it has {band_count}).",
                bands=[b + 1 for b in bands],
                band_count=reader.band_count,
            )
        self.reader = reader
        self.bands = list(bands)
        self.width, self.height, self.band_count = reader.width, reader.height, len(self.bands)

    def read(self, x: int, y: int, w: int, h: int) -> tuple[np.ndarray, np.ndarray]:
        pixels, valid = self.reader.read(x, y, w, h)
        return pixels[self.bands], valid


@dataclass(frozen=True)
class ExportOptions:
    """The tool's settings, validated by :func:`validate_options`."""

    metadata_mode: str
    chip_format: str = "TIFF"
    tile_x: int = 256
    tile_y: int = 256
    stride_x: int = 128
    stride_y: int = 128
    output_nofeature_tiles: bool = False
    start_index: int = 0
    rotation_angle: float = 0.0
    blacken_around_feature: bool = False
    crop_mode: str = "FIXED_SIZE"
    image_space: str = "MAP_SPACE"


@dataclass
class ExportInput:
    """One raster to cut chips from: its reader, grid georeference and samples (grid pixels)."""

    name: str
    reader: WindowReader
    geotransform: tuple[float, float, float, float, float, float]
    crs_wkt: str
    features: Sequence[LabelFeature] = ()
    class_reader: WindowReader | None = None
    mask: object | None = None  # shapely STRtree of mask polygons in grid pixels


@dataclass(frozen=True)
class ChipFootprint:
    """Where one written chip lies: its index, image file, label count and corners in map coordinates."""

    index: int
    image: str
    labels: int
    raster: str
    crs_wkt: str
    corners: tuple[tuple[float, float], ...]


@dataclass
class ExportResult:
    chip_count: int = 0
    feature_count: int = 0
    skipped_nodata: int = 0
    skipped_rotations: int = 0
    seconds: float = 0.0
    folder: Path | None = None
    #: One entry per chip written, kept only when the exporter's ``keep_footprints`` is set.
    footprints: list[ChipFootprint] = field(default_factory=list)


@dataclass
class ChipRecord:
    """A chip a range wrote under its range-local number ``stem``, with what the folder needs of it."""

    stem: str
    #: map.txt's label path under the local number (None: COCO, Export_Tiles).
    label_entry: str | None
    #: (width, height, bands) of the chip.
    size: tuple[int, int, int]
    #: The chip's labels, kept only for formats whose labels name the image (NAMED_LABEL_MODES).
    labels: list[ChipLabel]
    feature_count: int
    band_parts: list
    label_parts: list
    footprint: ChipFootprint | None
    #: The chip's files relative to the range folder (images/, labels/ and their sidecars).
    files: list[str] = field(default_factory=list)


@dataclass
class RangeOutput:
    """What exporting a range of planned chips gives the driver: its chips in order, and what was skipped."""

    records: list[ChipRecord]
    skipped_nodata: int = 0
    skipped_rotations: int = 0
    #: The folder the range's files are in (set by core.export.ranges.export_range).
    folder: str = ""


@dataclass
class _Chip:
    """One chip ready to write: pixels, validity, georeference and its labels in chip pixels."""

    pixels: np.ndarray
    valid: np.ndarray
    geotransform: tuple
    labels: list[ChipLabel] = field(default_factory=list)
    class_raster: np.ndarray | None = None
    map_geotransform: tuple | None = None


def validate_options(options: ExportOptions, band_count: int, has_labels: bool, raster_labels: bool) -> None:
    """Refuse settings that cannot work before anything is written."""
    if min(options.tile_x, options.tile_y) <= 0:
        raise ExportError(
            "The tile size must be positive, got {tile_x} x {tile_y}.",
            tile_x=options.tile_x,
            tile_y=options.tile_y,
        )
    if min(options.stride_x, options.stride_y) <= 0:
        raise ExportError(
            "The stride must be positive, got {stride_x} x {stride_y}.",
            stride_x=options.stride_x,
            stride_y=options.stride_y,
        )
    if options.chip_format in THREE_BAND_FORMATS and band_count > 3:
        raise ExportError(
            "{chip_format} chips hold at most 3 bands but {band_count} are exported: choose TIFF or "
            "MRF, or pick 3 bands with the band list.",
            chip_format=options.chip_format,
            band_count=band_count,
        )
    if options.metadata_mode != "Export_Tiles" and not has_labels:
        raise ExportError(
            "Give the class data: a labelled vector layer (input class data) or a classified raster. "
            "Only the Export_Tiles format works without labels."
        )
    if raster_labels and options.metadata_mode not in RASTER_LABEL_MODES:
        raise ExportError(
            "{metadata_mode} needs vector samples; a classified raster only feeds Classified_Tiles. "
            "Convert the raster to polygons first (Raster > Conversion > Polygonize).",
            metadata_mode=options.metadata_mode,
        )
    if options.image_space not in ("MAP_SPACE", "PIXEL_SPACE"):
        raise ExportError(
            "Only MAP_SPACE and PIXEL_SPACE are supported: image space needs the sensor model of the "
            "image, which QGIS does not provide."
        )
    rotation_angles(options.rotation_angle)


class TrainingDataExporter:
    """Writes one export folder from several inputs into one chip sequence and one set of statistics."""

    def __init__(
        self,
        folder: Path,
        options: ExportOptions,
        classes: Sequence[ExportClass],
        band_count: int,
        band_names: Sequence[str],
        cell_size: tuple[float, float],
        wkid: int | None,
        crs_wkt: str,
        writer: ChipWriter,
        progress: Progress,
        log: Callable[[str], None] = lambda _message: None,
    ) -> None:
        self.folder = Path(folder)
        self.options = options
        self.writer = writer
        self.progress = progress
        self.log = log
        mode = options.metadata_mode
        self.existing: ExistingExport | None = read_existing_export(self.folder)
        classes = continued_classes(self.existing, classes)
        self.summary = ExportSummary(
            metadata_mode=mode,
            tile_size=(options.tile_x, options.tile_y),
            band_count=band_count,
            band_names=band_names,
            classes=classes,
            cell_size=cell_size,
            wkid=wkid,
            crs_wkt=crs_wkt,
            image_extension=CHIP_EXTENSIONS[options.chip_format],
            image_space=options.image_space,
            blacken_around_feature=options.blacken_around_feature,
            crop_mode=options.crop_mode,
        )
        check_continuation(self.existing, self.summary, options.start_index)
        values = [c.value for c in self.summary.classes]
        self.class_index = {value: i for i, value in enumerate(values)}
        self.band_stats = BandStatistics(band_count)
        self.label_stats: FeatureStatistics | ClassPixelStatistics = FeatureStatistics(values)
        if self.existing is not None:
            if self.existing.band_stats is not None:
                self.band_stats = self.existing.band_stats
            if self.existing.label_stats is not None:
                self.label_stats = self.existing.label_stats.reindexed(values)
        self.num_tiles = self.existing.num_tiles if self.existing else 0
        self.index = options.start_index
        self.map_entries: list[tuple[str, str | None]] = []
        self._class_names = {c.value: c.name for c in self.summary.classes}
        if mode == "MultiLabeled_Tiles":
            for c in self.summary.classes:
                try:
                    multilabel_name(c.name)
                except ValueError as exc:
                    raise ExportError(str(exc)) from None
        self.coco = None
        if mode == "COCO":
            coco_path = self.folder / COCO_FILE_NAME
            self.coco = CocoWriter.load(coco_path) if coco_path.exists() else CocoWriter()
            for c in self.summary.classes:
                self.coco.add_category(c.value, c.name)
        self.result = ExportResult(folder=self.folder)
        #: Whether to list every chip written in ``result.footprints`` (for a chip footprints layer).
        self.keep_footprints = False
        self._last_flush = time.monotonic()
        self._raster_labels = False
        #: In a range (:meth:`export_range`): one record per chip written, for the driver.
        self.records: list[ChipRecord] | None = None

    # ------------------------------------------------------------------ running

    def run(self, inputs: Sequence[ExportInput]) -> ExportResult:
        """Export every input; on cancel or error the folder still describes exactly the chips on disk."""
        start = time.monotonic()
        self.begin(inputs)
        self._background = _BackgroundWriter(self._write_chip_and_flush)
        try:
            for number, item in enumerate(inputs):
                self._export_input(item, number, len(inputs))
        except BaseException:
            self._background.close(raise_error=False)
            raise
        else:
            self._background.close()
        finally:
            self.flush()
            self.result.seconds = time.monotonic() - start
        return self.result

    def begin(self, inputs: Sequence[ExportInput]) -> None:
        """Create the folder's images/ and labels/ and pick the label statistics the inputs need."""
        (self.folder / "images").mkdir(parents=True, exist_ok=True)
        if self.summary.label_extension:
            (self.folder / "labels").mkdir(exist_ok=True)
        self._raster_labels = any(item.class_reader is not None for item in inputs)
        if self._raster_labels and isinstance(self.label_stats, FeatureStatistics):
            self.label_stats = ClassPixelStatistics([c.value for c in self.summary.classes])

    def _export_input(self, item: ExportInput, number: int, count: int) -> None:
        for done, total, planned in plan_chips(item, self.options):
            if self.progress.is_canceled():
                raise Cancelled("Cancelled.")
            self.progress.set_progress(100.0 * (number + done / max(total, 1)) / count)
            if planned is not None:
                self._export_chip(item, planned)

    def _export_chip(self, item: ExportInput, planned: PlannedChip) -> None:
        """Read and label one planned chip and its rotations, and queue those kept for writing."""
        x, y, w, h = planned.x, planned.y, planned.w, planned.h
        features = list(planned.features)
        chip = self._read_chip(item, x, y, w, h, features)
        if chip is None:
            return
        if not chip.labels and not self._chip_has_class_pixels(chip) and not self._keeps_empty_chips():
            return
        self._background.put(chip, item)
        for angle in rotation_angles(self.options.rotation_angle):
            rotated = self._rotated_chip(item, x, y, w, h, features, angle)
            if rotated is None:
                self.result.skipped_rotations += 1
            elif rotated.labels or self._chip_has_class_pixels(rotated) or self._keeps_empty_chips():
                self._background.put(rotated, item)

    def _keeps_empty_chips(self) -> bool:
        return keeps_empty_chips(self.options)

    def _chip_has_class_pixels(self, chip: _Chip) -> bool:
        return chip.class_raster is not None and bool((chip.class_raster != 0).any())

    def _geotransform(self, item: ExportInput, x: float, y: float) -> tuple:
        if self.options.image_space == "PIXEL_SPACE":
            return (float(x), 1.0, 0.0, -float(y), 0.0, -1.0)
        return _map_geotransform(item, x, y)

    def _read_chip(self, item: ExportInput, x: int, y: int, w: int, h: int, features) -> _Chip | None:
        pixels, valid = item.reader.read(x, y, w, h)
        if not valid.any():
            self.result.skipped_nodata += 1
            return None
        chip = _Chip(
            pixels, valid, self._geotransform(item, x, y), map_geotransform=_map_geotransform(item, x, y)
        )
        if item.class_reader is not None:
            classes, class_valid = item.class_reader.read(x, y, w, h)
            chip.class_raster = np.where(class_valid & valid, classes[0], 0)
        else:
            chip.labels = labels_for_chip(features, x, y, w, h)
        if self.options.metadata_mode in PER_FEATURE_MODES and features:
            chip.labels = [label for label in chip.labels if label.feature_id == features[0].feature_id]
            if self.options.blacken_around_feature and chip.labels:
                chip.pixels = blacken_outside(chip.pixels, chip.labels[0].geometry)
        return chip

    def _rotated_chip(self, item: ExportInput, x: int, y: int, w: int, h: int, features, angle: float):
        """The chip rotated by ``angle`` about its centre, or None when it leaves the image data.

        A rotation is kept when its source window lies inside the raster and every
        pixel on the rotated chip's border is valid data, so no nodata collar is
        rotated in (isolated nodata pixels inside stay nodata).
        """
        sx, sy, sw, sh = rotated_source_window(x, y, w, h)
        if sx < 0 or sy < 0 or sx + sw > item.reader.width or sy + sh > item.reader.height:
            return None
        pixels, valid = item.reader.read(sx, sy, sw, sh)
        pixels, valid = rotate_chip(pixels, valid, angle, w, h)
        if not (valid[0].all() and valid[-1].all() and valid[:, 0].all() and valid[:, -1].all()):
            return None
        chip = _Chip(
            pixels,
            valid,
            rotated_geotransform(self._geotransform(item, sx, sy), angle, sw, sh, w, h),
            map_geotransform=rotated_geotransform(_map_geotransform(item, sx, sy), angle, sw, sh, w, h),
        )
        if item.class_reader is not None:
            classes, class_valid = item.class_reader.read(sx, sy, sw, sh)
            rotated, _ = rotate_chip(np.where(class_valid, classes[0], 0)[None], class_valid, angle, w, h)
            chip.class_raster = rotated[0]
            return chip
        moved = [
            LabelFeature(
                f.feature_id,
                f.class_value,
                rotate_geometry(affine_transform(f.geometry, [1, 0, 0, 1, -sx, -sy]), angle, sw, sh, w, h),
                f.class_name,
            )
            for f in features
        ]
        chip.labels = labels_for_chip(moved, 0, 0, w, h)
        if (
            self.options.metadata_mode in PER_FEATURE_MODES
            and self.options.blacken_around_feature
            and chip.labels
        ):
            chip.pixels = blacken_outside(chip.pixels, chip.labels[0].geometry)
        return chip

    # ------------------------------------------------------------------ writing

    def _write_chip_and_flush(self, chip: _Chip, item: ExportInput) -> None:
        """The writer thread's job: write one chip, and now and then the folder's metadata."""
        self._write_chip(chip, item)
        if time.monotonic() - self._last_flush > _METADATA_EVERY_SECONDS:
            self.flush()

    def _write_chip(self, chip: _Chip, item: ExportInput) -> None:
        """Write the image and its labels; on failure remove what this chip wrote, then re-raise."""
        stem = f"{self.index:09d}"
        image_name = f"{stem}.{self.summary.image_extension}"
        image_path = self.folder / "images" / image_name
        written: list[Path] = []
        try:
            all_valid = bool(chip.valid.all())
            pixels = (
                chip.pixels if all_valid else np.where(chip.valid, chip.pixels, 0).astype(chip.pixels.dtype)
            )
            self.writer.write_image(image_path, pixels, chip.geotransform, self._crs(item))
            written.append(image_path)
            label_entry = self._write_labels(chip, stem, image_name, written, item)
        except BaseException:
            for path in [*written, *self._chip_files(stem)]:
                _remove_with_sidecars(path)
            raise
        self.band_stats.update(chip.pixels, None if all_valid else chip.valid)
        if isinstance(self.label_stats, ClassPixelStatistics):
            self.label_stats.add_chip(chip.class_raster, chip.valid)
        else:
            self.label_stats.add_chip(
                [lb.class_value for lb in chip.labels], [lb.area_px for lb in chip.labels]
            )
        self.result.chip_count += 1
        self.result.feature_count += len(chip.labels)
        footprint = _footprint(self.index, image_name, chip, item) if self.keep_footprints else None
        if self.records is not None:
            self.records.append(
                ChipRecord(
                    stem,
                    label_entry,
                    (chip.valid.shape[1], chip.valid.shape[0], chip.pixels.shape[0]),
                    chip.labels if self.options.metadata_mode in NAMED_LABEL_MODES else [],
                    len(chip.labels),
                    self.band_stats.take(),
                    self.label_stats.take(),
                    footprint,
                )
            )
        else:
            self.map_entries.append((f"images/{image_name}", label_entry))
            if footprint is not None:
                self.result.footprints.append(footprint)
        self.num_tiles += 1
        self.index += 1

    def _chip_files(self, stem: str) -> list[Path]:
        """Every file of chip ``stem`` in images/ and labels/ (also half-written ones)."""
        return [*(self.folder / "images").glob(f"{stem}.*"), *(self.folder / "labels").rglob(f"{stem}.*")]

    def _crs(self, item: ExportInput) -> str:
        return "" if self.options.image_space == "PIXEL_SPACE" else item.crs_wkt

    def _write_labels(self, chip: _Chip, stem: str, image_name: str, written: list[Path], item) -> str | None:
        """Write the chip's label file(s) for the metadata format; return map.txt's label path.

        Labels that name their image (NAMED_LABEL_MODES) wait, in a range, until the
        driver knows the chip's final number (:meth:`commit_range`).
        """
        mode = self.options.metadata_mode
        h, w = chip.valid.shape
        labels = self.folder / "labels"
        if mode in NAMED_LABEL_MODES:
            if self.records is None:
                path = self._write_named_labels(chip.labels, (w, h, chip.pixels.shape[0]), stem, image_name)
                if path is not None:
                    written.append(path)
            return None if mode == "COCO" else f"labels/{stem}.xml"
        if mode == "KITTI_rectangles":
            objects = [(lb.class_value, lb.bbox) for lb in chip.labels]
            written.append(write_kitti(labels / f"{stem}.txt", objects))
            return f"labels/{stem}.txt"
        if mode == "Classified_Tiles":
            array = chip.class_raster
            if array is None:
                shapes = overlap_order([(lb.geometry, lb.class_value) for lb in chip.labels])
                array = rasterize(shapes, (h, w), dtype=self._class_dtype())
                chip.class_raster = array
            path = labels / f"{stem}.tif"
            self.writer.write_label(
                path, array.astype(self._class_dtype()), chip.geotransform, self._crs(item)
            )
            written.append(path)
            return f"labels/{stem}.tif"
        if mode == "RCNN_Masks":
            masks = instance_masks([(lb.geometry, lb.class_value) for lb in chip.labels], (h, w))
            for value, mask in masks.items():
                folder = labels / _folder_name(self.summary, value)
                folder.mkdir(parents=True, exist_ok=True)
                path = folder / f"{stem}.tif"
                self.writer.write_label(path, mask, chip.geotransform, self._crs(item))
                written.append(path)
            return f"labels/{stem}.tif"
        if mode == "YOLO":
            lines = []
            for lb in chip.labels:
                for polygon in getattr(lb.geometry, "geoms", [lb.geometry]):
                    ring = shapely.get_coordinates(polygon.exterior)[:-1]
                    lines.append(yolo_polygon_line(self.class_index[lb.class_value], ring, w, h))
            written.append(write_yolo(labels / f"{stem}.txt", lines))
            return f"labels/{stem}.txt"
        return None

    def _write_named_labels(
        self, chip_labels: Sequence[ChipLabel], size: tuple[int, int, int], stem: str, image_name: str
    ) -> Path | None:
        """The labels that name their image: a PASCAL VOC or (Multi)Labeled_Tiles XML file, or the
        chip's COCO entries (chip number ``self.index``); ``size`` is (width, height, bands)."""
        mode = self.options.metadata_mode
        w, h, depth = size
        labels = self.folder / "labels"
        if mode == "PASCAL_VOC_rectangles":
            objects = [(lb.class_value, lb.bbox) for lb in chip_labels]
            return write_voc(labels / f"{stem}.xml", image_name, w, h, depth, objects)
        if mode == "Labeled_Tiles":
            label = chip_labels[0] if chip_labels else None
            value = label.class_value if label else 0
            bbox = label.bbox if label else (0.0, 0.0, float(w), float(h))
            return write_labeled_tile(labels / f"{stem}.xml", image_name, w, h, depth, value, bbox)
        if mode == "MultiLabeled_Tiles":
            names = [self._class_names.get(lb.class_value, str(lb.class_value)) for lb in chip_labels]
            return write_multilabeled_tile(labels / f"{stem}.xml", image_name, w, h, depth, names)
        if mode == "COCO":
            image_id = self.coco.add_image(f"images/{image_name}", w, h, image_id=self.index)
            for lb in chip_labels:
                polygons = [
                    shapely.get_coordinates(p.exterior)[:-1]
                    for p in getattr(lb.geometry, "geoms", [lb.geometry])
                ]
                x0, y0, x1, y1 = lb.bbox
                self.coco.add_annotation(
                    image_id, lb.class_value, bbox=(x0, y0, x1, y1), polygons=polygons, area=lb.area_px
                )
        return None

    # ------------------------------------------------------------------ ranges (cluster runs)

    def export_range(
        self, item: ExportInput, chips: Sequence[PlannedChip], class_pixel_stats: bool
    ) -> RangeOutput:
        """Export consecutive planned chips numbered from this exporter's start index (a worker's range
        folder), collecting what the driver needs to number them for good (:meth:`commit_range`).

        ``class_pixel_stats``: whether the driver's label statistics count class pixels. Nothing
        folder-level (map.txt, statistics, COCO) is written here.
        """
        self.records = []
        values = [c.value for c in self.summary.classes]
        self.band_stats = BandStatisticsParts(self.summary.band_count)
        self.label_stats = (
            ClassPixelStatisticsParts(values) if class_pixel_stats else FeatureStatisticsParts(values)
        )
        (self.folder / "images").mkdir(parents=True, exist_ok=True)
        if self.summary.label_extension:
            (self.folder / "labels").mkdir(exist_ok=True)
        self._background = _BackgroundWriter(self._write_chip)
        try:
            for planned in chips:
                if self.progress.is_canceled():
                    raise Cancelled("Cancelled.")
                self._export_chip(item, planned)
        except BaseException:
            self._background.close(raise_error=False)
            raise
        self._background.close()
        files = _files_by_stem(self.folder)
        for record in self.records:
            record.files = files.get(record.stem, [])
        return RangeOutput(self.records, self.result.skipped_nodata, self.result.skipped_rotations)

    def commit_range(self, source: Path, output: RangeOutput) -> None:
        """Move a range's chips from its folder ``source`` into this folder under their final numbers,
        write the labels that name their image, and add their statistics in chip order.

        Call it for the ranges in plan order: chips are numbered as a single run numbers them.
        """
        self.result.skipped_nodata += output.skipped_nodata
        self.result.skipped_rotations += output.skipped_rotations
        for record in output.records:
            self._commit_record(Path(source), record)
        if time.monotonic() - self._last_flush > _METADATA_EVERY_SECONDS:
            self.flush()

    def _commit_record(self, source: Path, record: ChipRecord) -> None:
        stem = f"{self.index:09d}"
        image_name = f"{stem}.{self.summary.image_extension}"
        moved: list[Path] = []
        try:
            for relative in record.files:
                name = Path(relative)
                target = self.folder / name.parent / (stem + name.name[len(record.stem) :])
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(source / name, target)
                moved.append(target)
            if self.options.metadata_mode in NAMED_LABEL_MODES:
                path = self._write_named_labels(record.labels, record.size, stem, image_name)
                if path is not None:
                    moved.append(path)
        except BaseException:
            for path in moved:
                _remove_with_sidecars(path)
            raise
        label_entry = None if record.label_entry is None else record.label_entry.replace(record.stem, stem)
        self.map_entries.append((f"images/{image_name}", label_entry))
        for part in record.band_parts:
            self.band_stats.add_part(part)
        for part in record.label_parts:
            self.label_stats.add_part(part)
        self.result.chip_count += 1
        self.result.feature_count += record.feature_count
        if self.keep_footprints and record.footprint is not None:
            self.result.footprints.append(replace(record.footprint, index=self.index, image=image_name))
        self.num_tiles += 1
        self.index += 1

    def _class_dtype(self) -> np.dtype:
        top = max([c.value for c in self.summary.classes], default=0)
        return np.dtype(np.uint8 if top <= 255 else np.uint16 if top <= 65535 else np.uint32)

    def flush(self) -> None:
        """Rewrite map.txt, the statistics and the format's own files for the chips written so far."""
        self._last_flush = time.monotonic()
        if self.result.chip_count == 0 and self.existing is None:
            return
        write_map_txt(self.folder, self.map_entries, append=True)
        self.map_entries = []
        if self.coco is not None:
            self.coco.write(self.folder / COCO_FILE_NAME)
        if self.options.metadata_mode == "YOLO":
            write_yolo_dataset_yaml(
                self.folder / YOLO_YAML_NAME,
                str(self.folder),
                "images",
                [c.name for c in self.summary.classes],
            )
        write_export_metadata(
            self.folder, self.summary, self.band_stats, self.label_stats, self.num_tiles, self.index
        )


class _BackgroundWriter:
    """Runs ``write(chip, item)`` for each queued chip, in order, in one worker thread.

    Encoding and writing a chip (GDAL releases the GIL) then overlaps reading
    and labelling the next ones. Only this thread touches the chip sequence,
    the statistics and map entries until :meth:`close` has joined it. After a
    failure the remaining chips are dropped, and the error is raised by the
    next :meth:`put` or by :meth:`close`; chips queued before a cancel are
    still written, so the folder describes exactly what is on disk.
    """

    def __init__(self, write: Callable[[_Chip, ExportInput], None]) -> None:
        self._write = write
        self._queue: queue.Queue = queue.Queue(maxsize=_WRITE_QUEUE_DEPTH)
        self._error: BaseException | None = None
        self._closed = False
        self._thread = threading.Thread(target=self._work, name="rasterdl-chip-writer", daemon=True)
        self._thread.start()

    def _work(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            if self._error is None:
                try:
                    self._write(*job)
                except BaseException as exc:  # handed to the exporting thread
                    self._error = exc

    def put(self, chip: _Chip, item: ExportInput) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put((chip, item))

    def close(self, raise_error: bool = True) -> None:
        """Wait until every queued chip is written; then raise the writer's error, if any."""
        if not self._closed:
            self._closed = True
            self._queue.put(None)
            self._thread.join()
        if raise_error and self._error is not None:
            error, self._error = self._error, None
            raise error


def _map_geotransform(item: ExportInput, x: float, y: float) -> tuple:
    """The geotransform of a chip whose top-left corner is grid pixel (x, y), in map coordinates."""
    a, b, c, d, e, f = item.geotransform
    return (a + x * b + y * c, b, c, d + x * e + y * f, e, f)


def _footprint(index: int, image_name: str, chip: _Chip, item: ExportInput) -> ChipFootprint:
    """The chip's outline in map coordinates (a rotated chip gives a rotated square)."""
    h, w = chip.pixels.shape[-2:]
    a, b, c, d, e, f = chip.map_geotransform
    corners = tuple((a + px * b + py * c, d + px * e + py * f) for px, py in ((0, 0), (w, 0), (w, h), (0, h)))
    return ChipFootprint(index, image_name, len(chip.labels), item.name, item.crs_wkt, corners)


def _folder_name(summary: ExportSummary, value: int) -> str:
    for c in summary.classes:
        if c.value == value:
            return "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in c.name) or str(value)
    return str(value)


def _files_by_stem(folder: Path) -> dict[str, list[str]]:
    """The files under ``folder``'s images/ and labels/ (relative, '/'-separated) grouped by chip stem."""
    files: dict[str, list[str]] = {}
    for top in ("images", "labels"):
        for root, _dirs, names in os.walk(folder / top):
            for name in sorted(names):
                relative = (Path(root) / name).relative_to(folder).as_posix()
                files.setdefault(name.split(".", 1)[0], []).append(relative)
    return files


def _remove_with_sidecars(path: Path) -> None:
    for candidate in (path, *path.parent.glob(path.stem + ".*")):
        try:
            candidate.unlink()
        except FileNotFoundError:
            pass
