"""A raster output written as a VRT over GeoTIFF parts, for an OUTPUT ending in .vrt.

The pixels go into GeoTIFF parts in a folder ``<name>_parts`` beside the VRT, which names them by
paths relative to itself (the pair can be moved together). A run here writes one part; a cluster
run keeps its blocks' part files as they are (:meth:`VrtPartsWriter.adopt_part`), so nothing is
copied into one file on this machine. Both are staged like every output: the VRT and the folder
appear only when the run succeeded, replacing an older pair then.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path

from osgeo import gdal

from ...engine.raster_grid import Grid
from ...output.guard import OutputSet, partial_path, remove_stale_partials
from .errors import write_error
from .raster_writer import RasterFileWriter, set_class_table


def parts_folder(path: str | os.PathLike) -> Path:
    """The folder of a VRT output's GeoTIFF parts: ``<name>_parts`` beside it."""
    path = Path(path)
    return path.with_name(f"{path.stem}_parts")


class VrtPartsWriter:
    """Writes rows (or takes whole part files) into GeoTIFF parts and a VRT over them (see module)."""

    def __init__(
        self, path: str | os.PathLike, grid: Grid, bands: int, dtype: str, nodata: float | None
    ) -> None:
        self.path = Path(path)
        self.grid, self.bands, self.dtype, self.nodata = grid, bands, dtype, nodata
        self.final_parts = parts_folder(self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_partials(self.final_parts)
        remove_stale_partials(self.path)
        self.staging = partial_path(self.final_parts, "")
        self.staging.mkdir()
        self._classes: Sequence | None = None
        self._names: list[str] | None = None
        self._single: RasterFileWriter | None = None
        self._vrt: Path | None = None

    def _single_part(self) -> RasterFileWriter:
        """The one part a run here writes its rows into."""
        if self._single is None:
            self._single = RasterFileWriter(
                self.staging / f"{self.path.stem}.tif", self.grid, self.bands, self.dtype, self.nodata
            )
        return self._single

    def write(self, y: int, rows, x: int = 0) -> None:
        """Write rows into the single part (as :meth:`RasterFileWriter.write`)."""
        self._single_part().write(y, rows, x)

    def warp_from(self, source: str | os.PathLike, resample: str) -> None:
        """Fill the single part from another raster, resampled with GDAL."""
        self._single_part().warp_from(source, resample)

    def adopt_part(self, part: str | os.PathLike, name: str) -> None:
        """Take a finished GeoTIFF part (a cluster block) into the parts folder as ``name``."""
        os.replace(part, self.staging / name)

    def set_classes(self, classes: Sequence[tuple[int, str, tuple[int, int, int] | None]]) -> None:
        """Colour table and attribute table, set on the VRT at the end."""
        self._classes = list(classes)

    def set_band_descriptions(self, names: Iterable[str]) -> None:
        """Band names, set on the VRT at the end."""
        self._names = list(names)

    def finish(self, outputs: OutputSet) -> Path:
        """Complete the parts and the VRT over them, staged in ``outputs`` (folder and file)."""
        try:
            if self._single is not None:
                self._single.commit()
                self._single = None
            parts = sorted(str(part) for part in self.staging.glob("*.tif"))
            vrt = partial_path(self.path, ".vrt")
            self._vrt = vrt
            self._build(vrt, parts)
        except (OSError, RuntimeError) as exc:
            self.abort()
            raise write_error(self.path, exc) from None
        outputs.add(self.staging, self.final_parts)
        outputs.add(vrt, self.path)
        return vrt

    def _build(self, vrt: Path, parts: list[str]) -> None:
        """The VRT over ``parts`` on the output grid, naming them by their final relative paths."""
        grid = self.grid
        options = gdal.BuildVRTOptions(
            outputBounds=(grid.x0, grid.y0 - grid.height * grid.dy, grid.x0 + grid.width * grid.dx, grid.y0),
            xRes=grid.dx,
            yRes=grid.dy,
            srcNodata=self.nodata,
            VRTNodata=self.nodata,
        )
        dataset = gdal.BuildVRT(str(vrt), parts, options=options)
        if dataset is None:
            raise RuntimeError(gdal.GetLastErrorMsg() or "BuildVRT failed")
        if self._classes is not None:
            set_class_table(dataset, self._classes)
        for band, name in enumerate(self._names or [], start=1):
            dataset.GetRasterBand(band).SetDescription(name)
        dataset.FlushCache()
        dataset = None
        text = vrt.read_text("utf-8")
        staged, final = f"{self.staging}/", f"{self.final_parts.name}/"
        text = text.replace(f'relativeToVRT="0">{staged}', f'relativeToVRT="1">{final}')
        text = text.replace(f'relativeToVRT="1">{self.staging.name}/', f'relativeToVRT="1">{final}')
        vrt.write_text(text, "utf-8")

    def commit(self) -> Path:
        """Finish and move the VRT and its parts in place (replacing an older pair only now)."""
        with OutputSet() as outputs:
            self.finish(outputs)
            outputs.commit()
        return self.path

    def abort(self) -> None:
        """Drop the parts and the VRT; the destination is left as it was."""
        if self._single is not None:
            self._single.abort()
            self._single = None
        shutil.rmtree(self.staging, ignore_errors=True)
        if self._vrt is not None:
            self._vrt.unlink(missing_ok=True)


def open_raster_writer(path: str | os.PathLike, grid: Grid, bands: int, dtype: str, nodata: float | None):
    """The writer of a raster output: a VRT over GeoTIFF parts for a .vrt path, else one file."""
    if Path(path).suffix.lower() == ".vrt":
        return VrtPartsWriter(path, grid, bands, dtype, nodata)
    return RasterFileWriter(path, grid, bands, dtype, nodata)
