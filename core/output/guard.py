"""The rules that keep a run from destroying data or leaving broken files behind.

Three jobs, each pure Python so it is tested without QGIS:

* :func:`check_outputs` refuses, before any work, an output that is one of the
  inputs or another output (compared by resolved real path, GeoPackage layer
  names included), as GDAL refuses "Source and destination datasets must be
  different".
* :class:`OutputSet` stages every output of a run under hidden partial names and
  moves them all in place only when all are complete; an existing file is
  replaced only then, and restored if a later move fails. Partial files carry
  the id of the process writing them, so the next run on the same output removes
  those of a run that was killed (:func:`remove_stale_partials`).
* :func:`check_grid_size` and :func:`check_chip_count` refuse absurd output
  sizes with the numbers, before anything is allocated.
"""

from __future__ import annotations

import os
import re
import shutil
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import RasterDLError

#: GDAL stores raster sizes in 32-bit integers.
MAX_RASTER_SIDE = 2**31 - 1
#: More pixels than this in one output (10 TB of 8-bit cells) is refused as a mistake.
MAX_RASTER_PIXELS = 10**13
#: More chips than this in one export (one file each) is refused as a mistake.
MAX_CHIPS = 50_000_000

_PARTIAL = re.compile(r"^\.(?P<stem>.+)\.(?:rdl(?P<pid>\d+)-)?[0-9a-f]{8}\.partial(?:\.[^.]+)?$")


class OutputConflictError(RasterDLError):
    """An output would overwrite one of the inputs or another output."""


class OutputSizeError(RasterDLError):
    """An output would be absurdly large (a cell size or tile size mistake)."""


@dataclass(frozen=True)
class DataSource:
    """A file on disk (resolved real path) and, for multi-layer files, one layer in it (or all)."""

    path: str
    layer: str | None = None

    def overlaps(self, other: DataSource) -> bool:
        """True when writing one can change the other: same file, and same layer or a whole file."""
        if self.path != other.path:
            return False
        if self.layer is None or other.layer is None:
            return True
        return self.layer.lower() == other.layer.lower()


def data_source(uri: str) -> DataSource | None:
    """The file (and layer) a QGIS/GDAL source or destination string names; None for non-files.

    Understands ``path``, ``path|layername=name`` (and other ``|`` options),
    ``GPKG:path:layer``, ``ogr:dbname='path' table="name" ...`` and
    ``/vsizip/``-free plain paths; web, memory and database sources give None.
    """
    text = (uri or "").strip()
    if not text or text.startswith(
        ("memory:", "memory?", "postgres", "type=", "url=", "crs=", "contextualWMSLegend")
    ):
        return None
    layer = None
    match = re.match(r"^ogr:dbname='(?P<path>[^']+)'(?:\s+table=\"(?P<table>[^\"]+)\")?", text)
    if match:
        return _file_source(match.group("path"), match.group("table"))
    match = re.match(r"^GPKG:(?P<path>.+):(?P<layer>[^:/\\]+)$", text)
    if match:
        return _file_source(match.group("path"), match.group("layer"))
    if "|" in text:
        text, *options = text.split("|")
        for option in options:
            key, _, value = option.partition("=")
            if key.strip().lower() == "layername" and value:
                layer = value.strip()
    if "://" in text or text.startswith("/vsi"):
        return None
    return _file_source(text, layer)


def _file_source(path: str, layer: str | None) -> DataSource:
    return DataSource(os.path.realpath(os.path.expanduser(path)), layer or None)


def check_outputs(inputs: Mapping[str, Sequence[str]], outputs: Mapping[str, Sequence[str]]) -> None:
    """Refuse an output that is one of the inputs, or that another output also writes.

    ``inputs`` and ``outputs`` map a parameter name to the sources it names
    (empty strings are skipped). Raises :class:`OutputConflictError` naming both
    parameters and the file.
    """
    resolved_inputs = [
        (name, uri, source)
        for name, uris in inputs.items()
        for uri in uris
        if (source := data_source(uri)) is not None
    ]
    seen: list[tuple[str, str, DataSource]] = []
    for name, uris in outputs.items():
        for uri in uris:
            source = data_source(uri)
            if source is None:
                continue
            for input_name, input_uri, input_source in resolved_inputs:
                if source.overlaps(input_source):
                    raise OutputConflictError(
                        "The output {name} '{uri}' is the input {input_name} '{input_uri}': writing it "
                        "would destroy the input. Choose another output file.",
                        name=name,
                        uri=uri,
                        input_name=input_name,
                        input_uri=input_uri,
                    )
            for other_name, _other_uri, other_source in seen:
                if source.overlaps(other_source):
                    raise OutputConflictError(
                        "The outputs {other_name} and {name} are both '{uri}': one would overwrite the "
                        "other. Give each output its own file.",
                        other_name=other_name,
                        name=name,
                        uri=uri,
                    )
            seen.append((name, uri, source))


def partial_path(final: str | os.PathLike, suffix: str | None = None) -> Path:
    """A hidden file beside ``final`` to write into: ``.<stem>.rdl<pid>-<random>.partial<suffix>``."""
    final = Path(final)
    suffix = final.suffix if suffix is None else suffix
    return final.with_name(f".{final.stem}.rdl{os.getpid()}-{uuid.uuid4().hex[:8]}.partial{suffix}")


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def remove_stale_partials(final: str | os.PathLike) -> list[Path]:
    """Remove the partial files a killed run left beside ``final`` (and their sidecars, and the staging
    folder of a cluster run); return them.

    A partial file whose writing process still runs (a concurrent run) is kept;
    one of a process that no longer exists, or of an older release without a
    process id in its name, is removed.
    """
    final = Path(final)
    folder = final.parent
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        match = _PARTIAL.match(name)
        base = name.split(".partial")[0]
        if not match or not base.startswith(f".{final.stem}."):
            continue
        pid = match.group("pid")
        if pid is not None and _process_alive(int(pid)):
            continue
        path = folder / name
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
        except OSError:
            pass
    return removed


@dataclass
class OutputSet:
    """The outputs of one run, staged as partial files (or folders) and moved in place together.

    :meth:`stage` names the partial file to write for a destination (and its
    sidecars). :meth:`commit` moves every staged file in place only once all are
    written: existing destinations are first set aside, then restored if any
    move fails, so the user keeps either all old files or all new ones.
    :meth:`abort` removes every partial file. Use it as a context manager: an
    exception aborts.
    """

    staged: list[tuple[Path, Path]] = field(default_factory=list)
    committed: bool = False

    def stage(self, final: str | os.PathLike, suffix: str | None = None) -> Path:
        """The partial path to write ``final``'s content into (removing a killed run's leftovers first)."""
        final = Path(final)
        remove_stale_partials(final)
        partial = partial_path(final, suffix)
        self.staged.append((partial, final))
        return partial

    def add(self, partial: str | os.PathLike, final: str | os.PathLike) -> None:
        """Stage a file written elsewhere (a sidecar such as ``.aux.xml`` or ``.qml``)."""
        self.staged.append((Path(partial), Path(final)))

    def commit(self) -> list[Path]:
        """Move every staged file that exists to its destination, all or none."""
        moves = [(partial, final) for partial, final in self.staged if partial.exists()]
        for partial, final in moves:
            if final.is_dir() and not partial.is_dir():
                self.abort()
                raise RasterDLError("The output '{final}' is a folder: choose a file name.", final=final)
        backups: list[tuple[Path, Path]] = []
        done: list[Path] = []
        try:
            for _partial, final in moves:
                if final.exists():
                    backup = partial_path(final, ".backup")
                    os.replace(final, backup)
                    backups.append((backup, final))
            for partial, final in moves:
                os.replace(partial, final)
                done.append(final)
        except OSError as exc:
            for final in done:
                _unlink(final)
            for backup, final in backups:
                os.replace(backup, final)
            self.abort()
            raise RasterDLError(
                "Cannot move the output '{final}' in place: {value}.", final=final, value=exc.strerror or exc
            ) from None
        for backup, _final in backups:
            _unlink(backup)
        self.committed = True
        return done

    def abort(self) -> None:
        """Remove every partial file; destinations stay as they were."""
        for partial, _final in self.staged:
            _unlink(partial)

    def __enter__(self) -> OutputSet:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if not self.committed:
            self.abort()


def _unlink(path: Path) -> None:
    """Remove a file, or a staged folder with what it holds; a path already gone is fine."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
        return
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        pass


def check_grid_size(
    width: float, height: float, cell_size: float | None = None, what: str = "output"
) -> None:
    """Refuse a raster grid GDAL cannot hold or no disk could: the message gives the numbers."""
    if width <= MAX_RASTER_SIDE and height <= MAX_RASTER_SIDE and width * height <= MAX_RASTER_PIXELS:
        return
    cause = f"CELL_SIZE {cell_size:g} would give" if cell_size else f"The {what} would be"
    raise OutputSizeError(
        "{cause} {width:.3g} x {height:.3g} pixels ({pixels:.3g} pixels; at most "
        "{max_raster_side} on a side and {max_raster_pixels:.0e} in all): choose a larger cell size or a "
        "smaller extent.",
        cause=cause,
        width=width,
        height=height,
        pixels=width * height,
        max_raster_side=MAX_RASTER_SIDE,
        max_raster_pixels=MAX_RASTER_PIXELS,
    )


def check_chip_count(count: float, tile: tuple[int, int], stride: tuple[int, int]) -> None:
    """Refuse an export of more than :data:`MAX_CHIPS` chips before their windows are listed."""
    if count <= MAX_CHIPS:
        return
    raise OutputSizeError(
        "Tiles of {tile_width} x {tile_height} with a stride of {stride_x} x {stride_y} would give "
        "{count:.3g} chips (at most {max_chips:.0e}): choose a larger cell size, a larger stride or a "
        "smaller extent.",
        tile_width=tile[0],
        tile_height=tile[1],
        stride_x=stride[0],
        stride_y=stride[1],
        count=count,
        max_chips=MAX_CHIPS,
    )


def estimated_chip_count(width: int, height: int, tile: tuple[int, int], stride: tuple[int, int]) -> float:
    """Chips a grid of ``width`` x ``height`` gives with these tiles and strides (as a float: no overflow)."""
    columns = max(0.0, (width - tile[0]) / max(stride[0], 1) + 1)
    rows = max(0.0, (height - tile[1]) / max(stride[1], 1) + 1)
    return float(int(columns)) * float(int(rows))


def sources_of(values: Iterable[str | None]) -> list[str]:
    """The non-empty strings of ``values`` (a helper for building :func:`check_outputs` arguments)."""
    return [value for value in values if value]
