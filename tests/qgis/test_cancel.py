"""Cancelling any tool: one Cancelled error, caught once by the tools' base class, reads as each tool's
message, and the tool's own clean-up still runs (no partial output, an export keeps its chips)."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import QgsProcessingException

from tests.qgis.rasters import pixel_box_wkt, write_polygons, write_raster
from tests.qgis.test_classify_objects import brightness_model
from tests.qgis.test_classify_pixels import CancelAfter, threshold_model
from tests.qgis.test_detect_objects import SQUARES, detector


class CancelAndLog(CancelAfter):
    """Cancels once progress passes ``percent`` and keeps the errors the tool reports."""

    def __init__(self, percent: float) -> None:
        super().__init__(percent)
        self.errors: list[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.errors.append(error)


def cancelled(algorithm: str, params: dict, percent: float) -> tuple[str, CancelAndLog]:
    """The message a run of ``algorithm`` cancelled at ``percent`` fails with, and its feedback."""
    import processing

    feedback = CancelAndLog(percent)
    with pytest.raises(QgsProcessingException) as caught:
        processing.run(algorithm, params, feedback=feedback)
    return str(caught.value), feedback


def test_detect_objects_says_cancelled_and_leaves_no_layer(rasterdl_plugin, tmp_path):
    pixels = np.zeros((3, 64, 256), dtype=np.uint8)
    for x, y, band in SQUARES:
        pixels[band, y : y + 16, x : x + 16] = 255
    image = write_raster(tmp_path / "squares.tif", pixels)
    out = tmp_path / "objects.gpkg"
    params = {
        "INPUT": str(image),
        "MODEL": str(detector(tmp_path)),
        "OUTPUT": str(out),
        "MODEL_ARGUMENTS": ["padding", "16", "tile_size", "64", "batch_size", "1"],
    }
    message, _ = cancelled("rasterdl:detectobjects", params, 5)
    assert message == "Cancelled."
    assert not out.exists()


def test_classify_objects_says_cancelled_and_leaves_no_layer(rasterdl_plugin, tmp_path):
    image = write_raster(tmp_path / "image.tif", np.full((3, 80, 180), 100, dtype=np.uint8))
    boxes = [pixel_box_wkt(c, r, c + 4, r + 4) for c in range(0, 176, 4) for r in range(0, 76, 4)]
    out = tmp_path / "classes.gpkg"
    params = {
        "INPUT": str(image),
        "MODEL": str(brightness_model(tmp_path)),
        "INPUT_FEATURES": str(write_polygons(tmp_path / "many.gpkg", boxes)),
        "OUTPUT": str(out),
        "MODEL_ARGUMENTS": ["batch_size", "1"],
    }
    message, _ = cancelled("rasterdl:classifyobjects", params, 10)
    assert message == "Cancelled."
    assert not out.exists()


def test_classify_pixels_says_no_output_was_written(rasterdl_plugin, tmp_path):
    pixels = np.random.default_rng(1).integers(0, 256, size=(3, 600, 600), dtype=np.uint8)
    out = tmp_path / "classes.tif"
    params = {
        "INPUT": str(write_raster(tmp_path / "big.tif", pixels)),
        "MODEL": str(threshold_model(tmp_path)),
        "OUTPUT": str(out),
        "MODEL_ARGUMENTS": ["batch_size", "1"],
    }
    message, _ = cancelled("rasterdl:classifypixels", params, 5)
    assert message == "Cancelled: no output was written."
    assert not out.exists()


def test_export_says_how_many_chips_it_kept(rasterdl_plugin, tmp_path):
    pixels = np.random.default_rng(2).integers(1, 255, size=(3, 400, 400), dtype=np.uint8)
    out = tmp_path / "cancelled"
    params = {
        "INPUT": str(write_raster(tmp_path / "image.tif", pixels)),
        "INPUT_CLASS_DATA": str(write_polygons(tmp_path / "l.gpkg", [pixel_box_wkt(0, 0, 400, 400)])),
        "OUTPUT": str(out),
        "TILE_SIZE_X": 16,
        "TILE_SIZE_Y": 16,
        "STRIDE_X": 16,
        "STRIDE_Y": 16,
    }
    message, feedback = cancelled("rasterdl:exporttrainingdata", params, 30)
    chips = len(list((out / "images").glob("*.tif")))
    assert message == "Cancelled."
    assert 0 < chips < 625
    assert feedback.errors == [
        f"Cancelled: the folder holds the {chips} chips written before, described by map.txt and the "
        "statistics."
    ]
