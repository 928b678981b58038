"""The export engine without QGIS: chips written by the background writer, failures mid-run."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import numpy as np
import pytest
from shapely.geometry import box

from core.errors import RasterDLError
from core.export.chip_grid import LabelFeature
from core.export.exporter import ExportInput, ExportOptions, TrainingDataExporter
from core.export.metadata import ExportClass
from tests.core.fakes import ArrayReader

SIZE, TILE = 64, 16


class FileWriter:
    """A ChipWriter that writes the raw bytes, records its thread, and fails at chip ``fail_at``."""

    def __init__(self, fail_at: int | None = None) -> None:
        self.fail_at = fail_at
        self.threads: set[str] = set()
        self.images = 0

    def write_image(self, path: Path, pixels: np.ndarray, geotransform, crs_wkt: str) -> None:
        self.images += 1
        if self.images == self.fail_at:
            self.threads.add(threading.current_thread().name)
            path.write_bytes(b"half")
            raise RasterDLError(f"Cannot write the chip '{path}': disk full.")
        self.write_label(path, pixels, geotransform, crs_wkt)

    def write_label(self, path: Path, pixels: np.ndarray, geotransform, crs_wkt: str) -> None:
        self.threads.add(threading.current_thread().name)
        path.write_bytes(np.ascontiguousarray(pixels).tobytes())


class NeverCancel:
    def is_canceled(self) -> bool:
        return False

    def set_progress(self, percent: float) -> None:
        pass


def exporter(folder: Path, writer: FileWriter) -> tuple[TrainingDataExporter, ExportInput]:
    pixels = np.arange(3 * SIZE * SIZE, dtype=np.uint32).reshape(3, SIZE, SIZE).astype(np.uint8)
    features = [LabelFeature(1, 1, box(2, 2, 62, 62), "Tree")]
    item = ExportInput("image", ArrayReader(pixels), (0.0, 1.0, 0.0, 0.0, 0.0, -1.0), "", features)
    options = ExportOptions("KITTI_rectangles", tile_x=TILE, tile_y=TILE, stride_x=TILE, stride_y=TILE)
    engine = TrainingDataExporter(
        folder,
        options,
        [ExportClass(1, "Tree")],
        3,
        ["b1", "b2", "b3"],
        (1.0, 1.0),
        None,
        "",
        writer,
        NeverCancel(),
    )
    return engine, item


def map_images(folder: Path) -> list[str]:
    return [line.split()[0].split("\\")[-1] for line in (folder / "map.txt").read_text().splitlines()]


def test_chips_are_written_in_order_by_the_writer_thread(tmp_path):
    writer = FileWriter()
    engine, item = exporter(tmp_path, writer)
    result = engine.run([item])
    assert result.chip_count == (SIZE // TILE) ** 2 == writer.images
    assert writer.threads == {"rasterdl-chip-writer"}
    assert map_images(tmp_path) == [f"{i:09d}.tif" for i in range(16)]
    chip_5 = (tmp_path / "images" / "000000005.tif").read_bytes()
    source = np.arange(3 * SIZE * SIZE, dtype=np.uint32).reshape(3, SIZE, SIZE).astype(np.uint8)
    written = np.frombuffer(chip_5, np.uint8).reshape(3, TILE, TILE)
    np.testing.assert_array_equal(written, source[:, 16:32, 16:32])


def test_a_failed_chip_write_leaves_a_consistent_folder(tmp_path):
    writer = FileWriter(fail_at=7)
    engine, item = exporter(tmp_path, writer)
    with pytest.raises(RasterDLError, match="disk full"):
        engine.run([item])
    images = sorted(p.name for p in (tmp_path / "images").iterdir())
    assert images == [f"{i:09d}.tif" for i in range(6)]
    assert map_images(tmp_path) == images
    assert sorted(p.stem for p in (tmp_path / "labels").iterdir()) == [Path(n).stem for n in images]
    stats = json.loads((tmp_path / "esri_accumulated_stats.json").read_text())
    assert stats["NumTiles"] == 6


def test_footprints_list_every_chip_with_its_file_labels_and_map_corners(tmp_path):
    engine, item = exporter(tmp_path, FileWriter())
    engine.keep_footprints = True
    result = engine.run([item])
    assert [f.index for f in result.footprints] == list(range(16))
    chip_5 = result.footprints[5]
    assert (chip_5.image, chip_5.labels, chip_5.raster) == ("000000005.tif", 1, "image")
    assert chip_5.corners == ((16.0, -16.0), (32.0, -16.0), (32.0, -32.0), (16.0, -32.0))


def test_footprints_are_not_kept_unless_asked(tmp_path):
    engine, item = exporter(tmp_path, FileWriter())
    assert engine.run([item]).footprints == []
