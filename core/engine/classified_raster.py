"""The grids a classified raster is read and written on, and the sequence that writes it safely.

A model trained at another cell size than the input's reads the input at that
cell size; the result is still written on the input's grid. The engine then
writes into a temporary folder, and the result is warped onto the input's grid
only once the classification succeeded. Any failure removes every partial
file: a failed or cancelled run leaves nothing half-written and replaces
nothing. The raster writer is given (the GDAL one in the adapters), so this
policy is tested with fakes.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

from ..output.guard import OutputSet, check_grid_size
from ..output.qml_style import paletted_style

G = TypeVar("G")
T = TypeVar("T")


class RasterWriter(Protocol):
    """A raster file written through a partial file (the adapters' ``RasterFileWriter``)."""

    def write(self, y: int, rows: Any, x: int = 0) -> None: ...
    def set_classes(self, classes: Sequence[tuple[int, str, tuple[int, int, int] | None]]) -> None: ...
    def set_band_descriptions(self, names: Iterable[str]) -> None: ...
    def warp_from(self, source: str | Path, resample: str) -> None: ...
    def finish(self, outputs: OutputSet) -> Path: ...
    def commit(self) -> Path: ...
    def abort(self) -> None: ...


#: Opens a writer: ``(path, grid, bands, dtype, nodata)``.
OpenWriter = Callable[[str, Any, int, str, "float | None"], RasterWriter]


def processing_grids(
    grid_at: Callable[[float | None], G], cell_size: float | None, fixed_size: bool
) -> tuple[G, G]:
    """``(read grid, written grid)`` of an input read at ``cell_size`` (None: its own).

    ``grid_at(cell)`` is the input's grid (cut to the processing extent) at a
    cell size, None for its own. A raster of fixed size is written on its own
    grid; a web layer, which has none, on the grid at the cell size. A cell size
    is refused when the grid it gives is too large to write.
    """
    written = grid_at(None if fixed_size else cell_size)
    if not cell_size:
        return written, written
    full = grid_at(None)
    check_grid_size(full.width * full.dx / cell_size, full.height * full.dy / cell_size, cell_size)
    return grid_at(cell_size), written


class ClassAndProbabilityWriter:
    """Sends class rows and probability rows to their raster files."""

    def __init__(self, classes: RasterWriter, probabilities: RasterWriter | None) -> None:
        self.classes = classes
        self.probabilities = probabilities

    def write(self, y: int, classes, probabilities, x: int = 0) -> None:
        self.classes.write(y, classes, x)
        if self.probabilities is not None and probabilities is not None:
            self.probabilities.write(y, probabilities, x)


@dataclass(frozen=True)
class ClassRaster:
    """What a classified raster holds: class value type and nodata, the classes (value, name, colour)."""

    dtype: str
    nodata: float | None
    classes: Sequence[tuple[int, str, tuple[int, int, int] | None]]
    probability_nodata: float

    @property
    def names(self) -> list[str]:
        """The class names, one per probability band."""
        return [name for _value, name, _color in self.classes]


class ClassifiedRasterFiles:
    """The class raster (and probability raster) of one job, staged in the run's :class:`OutputSet`.

    Opening creates the writers on the read grid: in a temporary folder when the
    read grid is not the written grid, else at the outputs' partial files.
    :meth:`write` runs the classification into them, warps a resampled result
    onto the written grid (nearest neighbour for classes, bilinear for
    probabilities), stages the files and their .qml style, and on any failure
    aborts every writer and the output set before the error goes on.
    """

    def __init__(
        self,
        open_writer: OpenWriter,
        raster: ClassRaster,
        grids: tuple[Any, Any],
        class_path: str,
        probability_path: str = "",
    ) -> None:
        self.open_writer = open_writer
        self.raster = raster
        self.read_grid, self.written_grid = grids
        self.class_path, self.probability_path = class_path, probability_path
        self.resample = self.read_grid != self.written_grid
        self._work_dir = tempfile.TemporaryDirectory(prefix="rasterdl-") if self.resample else None
        work = Path(self._work_dir.name) if self._work_dir is not None else None
        class_target = str(work / "classes.tif") if work is not None else class_path
        prob_target = ""
        if probability_path:
            prob_target = str(work / "probabilities.tif") if work is not None else probability_path
        self.probabilities: RasterWriter | None = None
        self.classes = self._open_classes(class_target, self.read_grid)
        try:
            if prob_target:
                self.probabilities = self._open_probabilities(prob_target, self.read_grid)
        except BaseException:
            self.classes.abort()
            self._cleanup()
            raise

    @property
    def with_probabilities(self) -> bool:
        """Whether a probability raster is written."""
        return self.probabilities is not None

    def _open_classes(self, path: str, grid) -> RasterWriter:
        writer = self.open_writer(path, grid, 1, self.raster.dtype, self.raster.nodata)
        writer.set_classes(self.raster.classes)
        return writer

    def _open_probabilities(self, path: str, grid) -> RasterWriter:
        raster = self.raster
        writer = self.open_writer(path, grid, len(raster.classes), "float32", raster.probability_nodata)
        writer.set_band_descriptions(raster.names)
        return writer

    def write(
        self,
        outputs: OutputSet,
        classify: Callable[[ClassAndProbabilityWriter], T],
        on_resample: Callable[[], None],
    ) -> T:
        """``classify(writer)``'s result, once its rasters (on the written grid) are staged in ``outputs``.

        ``on_resample`` is called before a resampled result is warped onto the
        written grid (the tool logs it).
        """
        try:
            result = classify(ClassAndProbabilityWriter(self.classes, self.probabilities))
            if self.resample:
                self._warp_onto_written_grid(on_resample)
            self.classes.finish(outputs)
            if self.probabilities is not None:
                self.probabilities.finish(outputs)
            style = outputs.stage(Path(self.class_path).with_suffix(".qml"), ".qml")
            style.write_bytes(paletted_style(self.raster.classes))
        except BaseException:
            self.classes.abort()
            if self.probabilities is not None:
                self.probabilities.abort()
            outputs.abort()
            raise
        finally:
            self._cleanup()
        return result

    def _cleanup(self) -> None:
        """Remove the temporary folder of a resampled result (and what is left in it)."""
        if self._work_dir is not None:
            self._work_dir.cleanup()

    def _warp_onto_written_grid(self, on_resample: Callable[[], None]) -> None:
        """Finish the temporary rasters, then fill the outputs' writers from them."""
        class_file = self.classes.commit()
        prob_file = self.probabilities.commit() if self.probabilities is not None else None
        on_resample()
        self.classes = self._open_classes(self.class_path, self.written_grid)
        self.classes.warp_from(class_file, "near")
        if prob_file is not None:
            raster = self.raster
            self.probabilities = self.open_writer(
                self.probability_path,
                self.written_grid,
                len(raster.classes),
                "float32",
                raster.probability_nodata,
            )
            self.probabilities.warp_from(prob_file, "bilinear")
            self.probabilities.set_band_descriptions(raster.names)
