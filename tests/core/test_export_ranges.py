"""An export cut into chip ranges (as on a cluster) writes the same folder as a single run, byte for byte.

Each case runs the single-run exporter into one folder and the ranges (small
ranges, exported in reverse order into a staging folder, committed in plan
order) into another, both writing real chips through the GDAL chip writer, then
compares every file. dataset.yaml (YOLO) names its own folder: it is compared
with that path replaced.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from shapely.geometry import Point, box

from core.adapters.gdal.chip_writer import ChipFileWriter
from core.engine.contracts import Cancelled
from core.export.chip_grid import LabelFeature, build_mask_tree
from core.export.exporter import ExportInput, ExportOptions, TrainingDataExporter
from core.export.metadata import ExportClass
from core.export.ranges import export_in_ranges, export_range, range_folder
from tests.core.fakes import ArrayReader

WIDTH, HEIGHT = 100, 84
GEOTRANSFORM = (500000.0, 0.5, 0.0, 4200000.0, 0.0, -0.5)
CLASSES = [ExportClass(1, "Tree", (0, 160, 0)), ExportClass(2, "Roof", (200, 0, 0))]


class NeverCancel:
    def is_canceled(self) -> bool:
        return False

    def set_progress(self, percent: float) -> None:
        pass


class CancelAfter:
    """Cancelled once ``calls`` looks have been made."""

    def __init__(self, calls: int) -> None:
        self.calls = calls

    def is_canceled(self) -> bool:
        self.calls -= 1
        return self.calls < 0

    def set_progress(self, percent: float) -> None:
        pass


def raster(dtype: str, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Three bands of noise and a validity mask with a nodata corner (whole chips of it are skipped)."""
    rng = np.random.default_rng(seed)
    if dtype == "float32":
        pixels = rng.normal(100.0, 30.0, (3, HEIGHT, WIDTH)).astype(np.float32)
    else:
        pixels = rng.integers(0, 256, (3, HEIGHT, WIDTH)).astype(np.uint8)
    valid = np.ones((HEIGHT, WIDTH), dtype=bool)
    valid[:40, :44] = False
    valid[60:62, 70:90] = False
    return pixels, valid


def features() -> list[LabelFeature]:
    shapes = [
        (1, box(10, 50, 30, 70)),
        (2, box(25, 55, 60, 80)),
        (1, Point(75, 20).buffer(9)),
        (2, box(50, 5, 95, 30)),
        (1, box(82, 60, 99, 83)),
        (2, Point(40, 45).buffer(6)),
    ]
    return [
        LabelFeature(i, value, geometry, CLASSES[value - 1].name)
        for i, (value, geometry) in enumerate(shapes)
    ]


def inputs(dtype: str = "uint8", class_raster: bool = False, mask: bool = False) -> list[ExportInput]:
    """Two rasters (the second beside the first), labelled by the polygons or by a class raster."""
    items = []
    for number in range(2):
        pixels, valid = raster(dtype, seed=number)
        gt = (GEOTRANSFORM[0] + number * WIDTH * 0.5, *GEOTRANSFORM[1:])
        item = ExportInput(f"image{number}", ArrayReader(pixels, valid), gt, "EPSG:32633")
        if class_raster:
            classes = np.zeros((1, HEIGHT, WIDTH), dtype=np.uint8)
            classes[0, 45:80, 5:50] = 1
            classes[0, 10:30, 55:95] = 2
            item.class_reader = ArrayReader(classes)
        else:
            item.features = features()
        if mask:
            item.mask = build_mask_tree([box(0, 0, 70, 84), box(70, 30, 100, 84)])
        items.append(item)
    return items


def exporter(folder: Path, options: ExportOptions) -> TrainingDataExporter:
    engine = TrainingDataExporter(
        folder,
        options,
        CLASSES,
        3,
        ["Band_1", "Band_2", "Band_3"],
        (0.5, 0.5),
        32633,
        "EPSG:32633",
        ChipFileWriter(options.chip_format),
        NeverCancel(),
    )
    engine.keep_footprints = True
    return engine


def in_process(items: list[ExportInput], writer_format: str, staging: Path):
    """A range runner exporting the ranges here, the last first (ranges finish in any order)."""

    def run(ranges, settings):
        for chip_range in reversed(ranges):
            folder = range_folder(staging, chip_range.number)
            output = export_range(
                folder,
                settings,
                items[chip_range.input_number],
                chip_range.chips,
                ChipFileWriter(writer_format),
                NeverCancel(),
            )
            yield chip_range.number, output

    return run


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def assert_same_folder(single: Path, ranged: Path) -> None:
    expected, got = files(single), files(ranged)
    assert sorted(got) == sorted(expected)
    for name, data in expected.items():
        if name == "dataset.yaml":
            data = data.replace(str(single).encode(), str(ranged).encode())
        assert got[name] == data, name


def both(tmp_path: Path, options: ExportOptions, make_inputs, size: int = 3):
    """Run the single export and the ranged one; return both results, folders and the ranges."""
    single_folder, ranged_folder, staging = tmp_path / "single", tmp_path / "ranged", tmp_path / "staging"
    single = exporter(single_folder, options)
    single_result = single.run(make_inputs())
    ranged = exporter(ranged_folder, options)
    items = make_inputs()
    ranges = export_in_ranges(ranged, items, staging, in_process(items, options.chip_format, staging), size)
    return single_result, ranged.result, single_folder, ranged_folder, ranges


CASES = {
    "kitti": (ExportOptions("KITTI_rectangles", tile_x=24, tile_y=24, stride_x=16, stride_y=16), {}),
    "voc_png": (
        ExportOptions(
            "PASCAL_VOC_rectangles", chip_format="PNG", tile_x=24, tile_y=24, stride_x=20, stride_y=20
        ),
        {},
    ),
    "classified_polygons_float": (
        ExportOptions("Classified_Tiles", tile_x=20, tile_y=20, stride_x=20, stride_y=20),
        {"dtype": "float32"},
    ),
    "classified_raster": (
        ExportOptions("Classified_Tiles", tile_x=20, tile_y=16, stride_x=12, stride_y=12),
        {"class_raster": True},
    ),
    "rcnn_rotated": (
        ExportOptions("RCNN_Masks", tile_x=20, tile_y=20, stride_x=20, stride_y=20, rotation_angle=90.0),
        {},
    ),
    "labeled_tiles": (ExportOptions("Labeled_Tiles", tile_x=16, tile_y=16, blacken_around_feature=True), {}),
    "multilabeled_mask": (
        ExportOptions("MultiLabeled_Tiles", tile_x=24, tile_y=24, stride_x=24, stride_y=24),
        {"mask": True},
    ),
    "export_tiles_mrf": (
        ExportOptions("Export_Tiles", chip_format="MRF", tile_x=32, tile_y=32, stride_x=32, stride_y=32),
        {},
    ),
    "coco_empty_chips": (
        ExportOptions("COCO", tile_x=24, tile_y=24, stride_x=24, stride_y=24, output_nofeature_tiles=True),
        {},
    ),
    "yolo_pixel_space": (
        ExportOptions("YOLO", tile_x=24, tile_y=24, stride_x=16, stride_y=16, image_space="PIXEL_SPACE"),
        {},
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_ranges_write_the_single_runs_folder_file_by_file(tmp_path, case):
    options, kwargs = CASES[case]
    single, ranged, single_folder, ranged_folder, ranges = both(tmp_path, options, lambda: inputs(**kwargs))
    assert single.chip_count > 6, "the case must write chips from several ranges"
    assert len(ranges) >= 4
    assert {r.input_number for r in ranges} == {0, 1}
    assert_same_folder(single_folder, ranged_folder)
    assert (ranged.chip_count, ranged.feature_count) == (single.chip_count, single.feature_count)
    assert (ranged.skipped_nodata, ranged.skipped_rotations) == (
        single.skipped_nodata,
        single.skipped_rotations,
    )
    assert ranged.footprints == single.footprints
    assert not (tmp_path / "staging").exists() or not any((tmp_path / "staging").iterdir())


def test_the_cases_skip_nodata_chips_and_rotations_so_numbers_move(tmp_path):
    """The cases are worth it: chips dropped only once read shift every later chip's number."""
    options, kwargs = CASES["rcnn_rotated"]
    single, *_ = both(tmp_path, options, lambda: inputs(**kwargs))
    assert single.skipped_nodata > 0 and single.skipped_rotations > 0


def test_ranges_continue_an_existing_export_like_a_single_run(tmp_path):
    options = ExportOptions("KITTI_rectangles", tile_x=24, tile_y=24, stride_x=24, stride_y=24)
    first = tmp_path / "first"
    exporter(first, options).run(inputs()[:1])
    for name in ("single", "ranged"):
        shutil.copytree(first, tmp_path / name)
    continued = replace(options, start_index=100)
    single, ranged, single_folder, ranged_folder, _ = both(tmp_path, continued, lambda: inputs()[1:])
    assert_same_folder(single_folder, ranged_folder)
    assert (ranged_folder / "images" / "000000100.tif").is_file()


def test_a_cancelled_plan_raises_and_writes_nothing(tmp_path):
    options = ExportOptions("KITTI_rectangles", tile_x=24, tile_y=24, stride_x=16, stride_y=16)
    engine = exporter(tmp_path / "out", options)
    engine.progress = CancelAfter(3)
    items = inputs()
    with pytest.raises(Cancelled):
        export_in_ranges(
            engine, items, tmp_path / "staging", in_process(items, "TIFF", tmp_path / "staging"), 3
        )
    assert not list((tmp_path / "out" / "images").iterdir())
    assert not (tmp_path / "out" / "map.txt").exists()


def test_a_rerun_range_replaces_what_a_lost_worker_left(tmp_path):
    options = ExportOptions("KITTI_rectangles", tile_x=24, tile_y=24, stride_x=16, stride_y=16)
    single, _, single_folder, _, _ = both(tmp_path, options, inputs)
    staging = tmp_path / "staging2"
    leftover = range_folder(staging, 0) / "images"
    leftover.mkdir(parents=True)
    (leftover / "000000007.tif").write_bytes(b"half written by a killed worker")
    engine = exporter(tmp_path / "again", options)
    items = inputs()
    export_in_ranges(engine, items, staging, in_process(items, "TIFF", staging), 3)
    assert_same_folder(single_folder, tmp_path / "again")
