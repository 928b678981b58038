"""core.engine.classified_raster: read and written grids, and the temp-file/warp/commit/abort sequence."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from rasterdl.core.engine.classified_raster import (
    ClassAndProbabilityWriter,
    ClassifiedRasterFiles,
    ClassRaster,
    processing_grids,
)
from rasterdl.core.output.guard import OutputSet, OutputSizeError, partial_path


@dataclass(frozen=True)
class FakeGrid:
    width: int
    height: int
    dx: float
    dy: float


def grids_of(width, height, cell):
    """A 1 m raster of width x height pixels: ``grid_at(cell)`` as layer_grid gives it, calls recorded."""
    calls = []

    def grid_at(size):
        calls.append(size)
        size = size or cell
        return FakeGrid(round(width * cell / size), round(height * cell / size), size, size)

    return grid_at, calls


def test_without_a_cell_size_the_raster_is_read_and_written_on_its_own_grid():
    grid_at, calls = grids_of(100, 50, 1.0)
    read, written = processing_grids(grid_at, None, fixed_size=True)
    assert read == written == FakeGrid(100, 50, 1.0, 1.0)
    assert calls == [None]


def test_a_cell_size_reads_at_it_and_writes_on_the_input_grid():
    grid_at, calls = grids_of(100, 50, 1.0)
    read, written = processing_grids(grid_at, 2.0, fixed_size=True)
    assert read == FakeGrid(50, 25, 2.0, 2.0)
    assert written == FakeGrid(100, 50, 1.0, 1.0)
    assert calls == [None, None, 2.0]


def test_a_web_layer_is_read_and_written_at_the_cell_size():
    grid_at, _calls = grids_of(100, 50, 1.0)
    read, written = processing_grids(grid_at, 2.0, fixed_size=False)
    assert read == written == FakeGrid(50, 25, 2.0, 2.0)


def test_a_cell_size_giving_a_grid_too_large_is_refused():
    grid_at, calls = grids_of(100_000, 100_000, 1.0)
    with pytest.raises(OutputSizeError, match="CELL_SIZE 0.001"):
        processing_grids(grid_at, 0.001, fixed_size=True)
    assert calls == [None, None]  # refused before the huge grid is made


class FakeWriter:
    """A raster writer in memory that records its calls and writes real partial files when finished."""

    def __init__(self, log, path, grid, bands, dtype, nodata, fail_on=None):
        self.log, self.path, self.grid, self.fail_on = log, Path(path), grid, fail_on
        self.bands, self.dtype, self.nodata = bands, dtype, nodata
        self.rows = []
        self.aborted = False
        self.log.append(("open", self.path.name, grid, bands, dtype, nodata))

    def _step(self, name, *values):
        self.log.append((name, self.path.name, *values))
        if self.fail_on == name:
            raise OSError(f"{name} failed")

    def write(self, y, rows, x=0):
        self.rows.append((y, x, rows))

    def set_classes(self, classes):
        self._step("classes", tuple(classes))

    def set_band_descriptions(self, names):
        self._step("names", tuple(names))

    def warp_from(self, source, resample):
        self._step("warp", Path(source).name, resample)

    def finish(self, outputs):
        self._step("finish")
        partial = partial_path(self.path, ".tif")
        partial.write_bytes(b"raster")
        outputs.add(partial, self.path)
        return partial

    def commit(self):
        self._step("commit")
        self.path.write_bytes(b"temporary")
        return self.path

    def abort(self):
        self.aborted = True
        self.log.append(("abort", self.path.name))


RASTER = ClassRaster("uint8", 255, [(1, "tree", (0, 255, 0)), (2, "road", (90, 90, 90))], -1.0)


def opener(log, fail_on=None, writers=None):
    def open_writer(path, grid, bands, dtype, nodata):
        writer = FakeWriter(
            log, path, grid, bands, dtype, nodata, fail_on.get(Path(path).name) if fail_on else None
        )
        if writers is not None:
            writers.append(writer)
        return writer

    return open_writer


def classify(writer: ClassAndProbabilityWriter):
    rows = np.ones((2, 3), np.uint8)
    writer.write(0, rows, np.zeros((2, 2, 3), np.float32))
    return "stats"


def test_on_its_own_grid_the_rasters_are_written_and_committed_with_their_style(tmp_path):
    log = []
    grid = FakeGrid(3, 2, 1.0, 1.0)
    out, prob = tmp_path / "c.tif", tmp_path / "p.tif"
    with OutputSet() as outputs:
        files = ClassifiedRasterFiles(opener(log), RASTER, (grid, grid), str(out), str(prob))
        assert files.with_probabilities and not files.resample
        assert files.write(outputs, classify, lambda: log.append(("resample",))) == "stats"
        outputs.commit()
    assert log == [
        ("open", "c.tif", grid, 1, "uint8", 255),
        ("classes", "c.tif", tuple(RASTER.classes)),
        ("open", "p.tif", grid, 2, "float32", -1.0),
        ("names", "p.tif", ("tree", "road")),
        ("finish", "c.tif"),
        ("finish", "p.tif"),
    ]
    assert out.read_bytes() == prob.read_bytes() == b"raster"
    style = (tmp_path / "c.qml").read_text()
    assert "tree" in style and "road" in style


def test_without_probabilities_only_the_class_raster_is_written(tmp_path):
    log, writers = [], []
    grid = FakeGrid(3, 2, 1.0, 1.0)
    with OutputSet() as outputs:
        files = ClassifiedRasterFiles(
            opener(log, writers=writers), RASTER, (grid, grid), str(tmp_path / "c.tif")
        )
        assert not files.with_probabilities
        files.write(outputs, classify, lambda: None)
        outputs.commit()
    assert [w.path.name for w in writers] == ["c.tif"]
    assert [y for y, _x, _rows in writers[0].rows] == [0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.qml", "c.tif"]


def test_read_on_another_grid_the_result_is_warped_onto_the_written_grid(tmp_path):
    log, writers = [], []
    read, written = FakeGrid(2, 1, 2.0, 2.0), FakeGrid(4, 2, 1.0, 1.0)
    out, prob = tmp_path / "c.tif", tmp_path / "p.tif"
    with OutputSet() as outputs:
        files = ClassifiedRasterFiles(
            opener(log, writers=writers), RASTER, (read, written), str(out), str(prob)
        )
        assert files.resample
        work = writers[0].path.parent
        assert work != tmp_path and work.is_dir()
        files.write(outputs, classify, lambda: log.append(("resample",)))
        outputs.commit()
    assert log == [
        ("open", "classes.tif", read, 1, "uint8", 255),
        ("classes", "classes.tif", tuple(RASTER.classes)),
        ("open", "probabilities.tif", read, 2, "float32", -1.0),
        ("names", "probabilities.tif", ("tree", "road")),
        ("commit", "classes.tif"),
        ("commit", "probabilities.tif"),
        ("resample",),
        ("open", "c.tif", written, 1, "uint8", 255),
        ("classes", "c.tif", tuple(RASTER.classes)),
        ("warp", "c.tif", "classes.tif", "near"),
        ("open", "p.tif", written, 2, "float32", -1.0),
        ("warp", "p.tif", "probabilities.tif", "bilinear"),
        ("names", "p.tif", ("tree", "road")),
        ("finish", "c.tif"),
        ("finish", "p.tif"),
    ]
    # The engine wrote into the temporary rasters, and the temporary folder is gone.
    assert writers[0].rows and not writers[2].rows
    assert not work.exists()
    assert out.exists() and prob.exists() and (tmp_path / "c.qml").exists()


@pytest.mark.parametrize("resample", [False, True])
def test_a_failed_classification_aborts_every_writer_and_leaves_nothing(tmp_path, resample):
    log, writers = [], []
    grids = (
        (FakeGrid(2, 1, 2.0, 2.0), FakeGrid(4, 2, 1.0, 1.0)) if resample else (FakeGrid(4, 2, 1.0, 1.0),) * 2
    )

    def fail(writer):
        writer.write(0, np.ones((1, 4), np.uint8), None)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt), OutputSet() as outputs:
        files = ClassifiedRasterFiles(
            opener(log, writers=writers), RASTER, grids, str(tmp_path / "c.tif"), str(tmp_path / "p.tif")
        )
        files.write(outputs, fail, lambda: log.append(("resample",)))
    assert [w.aborted for w in writers] == [True, True]
    assert ("resample",) not in log
    assert list(tmp_path.iterdir()) == []
    assert not writers[0].path.parent.exists() or writers[0].path.parent == tmp_path


def test_a_failed_warp_aborts_the_new_writers_and_removes_the_temporary_folder(tmp_path):
    log, writers = [], []
    read, written = FakeGrid(2, 1, 2.0, 2.0), FakeGrid(4, 2, 1.0, 1.0)
    with pytest.raises(OSError, match="warp failed"), OutputSet() as outputs:
        files = ClassifiedRasterFiles(
            opener(log, {"p.tif": "warp"}, writers),
            RASTER,
            (read, written),
            str(tmp_path / "c.tif"),
            str(tmp_path / "p.tif"),
        )
        files.write(outputs, classify, lambda: None)
    names = [(w.path.name, w.aborted) for w in writers]
    assert names == [("classes.tif", False), ("probabilities.tif", False), ("c.tif", True), ("p.tif", True)]
    assert not writers[0].path.parent.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_probability_writer_that_cannot_open_aborts_the_class_writer(tmp_path):
    log, writers = [], []
    read, written = FakeGrid(2, 1, 2.0, 2.0), FakeGrid(4, 2, 1.0, 1.0)
    with pytest.raises(OSError, match="names failed"):
        ClassifiedRasterFiles(
            opener(log, {"probabilities.tif": "names"}, writers),
            RASTER,
            (read, written),
            str(tmp_path / "c.tif"),
            str(tmp_path / "p.tif"),
        )
    assert writers[0].aborted
    assert not writers[0].path.parent.exists()


def test_class_writer_sends_probabilities_only_where_there_is_a_raster_for_them():
    log = []
    classes = FakeWriter(log, "c.tif", None, 1, "uint8", 255)
    probabilities = FakeWriter(log, "p.tif", None, 2, "float32", -1.0)
    rows, probs = np.ones((1, 2), np.uint8), np.zeros((2, 1, 2), np.float32)
    ClassAndProbabilityWriter(classes, probabilities).write(4, rows, probs, 8)
    ClassAndProbabilityWriter(classes, None).write(5, rows, probs)
    ClassAndProbabilityWriter(classes, probabilities).write(6, rows, None)
    assert [(y, x) for y, x, _ in classes.rows] == [(4, 8), (5, 0), (6, 0)]
    assert [(y, x) for y, x, _ in probabilities.rows] == [(4, 8)]


def test_class_raster_names_its_probability_bands():
    assert RASTER.names == ["tree", "road"]
