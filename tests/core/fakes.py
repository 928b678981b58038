"""In-memory stand-ins for the QGIS/GDAL side of the engines: the reader, writer and progress of
``core/engine/contracts.py`` (they match its Protocols by shape, as the QGIS adapter does)."""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np


class ArrayReader:
    """A WindowReader over a numpy raster (bands, height, width) and an optional validity mask.

    Reads are counted across clones; with ``fail_at``, every read after that many raises OSError.
    """

    def __init__(
        self,
        data: np.ndarray,
        valid: np.ndarray | None = None,
        fail_at: int | None = None,
        counter: list[int] | None = None,
    ) -> None:
        self.data = data
        self.band_count, self.height, self.width = data.shape
        self.valid = np.ones((self.height, self.width), dtype=bool) if valid is None else valid
        self.fail_at = fail_at
        self.reads = counter if counter is not None else [0]

    def clone(self) -> ArrayReader:
        return ArrayReader(self.data, self.valid, self.fail_at, self.reads)

    def read(self, x: int, y: int, w: int, h: int) -> tuple[np.ndarray, np.ndarray]:
        self.reads[0] += 1
        if self.fail_at is not None and self.reads[0] > self.fail_at:
            raise OSError(f"disk error reading {x},{y}")
        pixels = np.zeros((self.band_count, h, w), dtype=self.data.dtype)
        valid = np.zeros((h, w), dtype=bool)
        x0, y0 = max(x, 0), max(y, 0)
        x1, y1 = min(x + w, self.width), min(y + h, self.height)
        if x1 > x0 and y1 > y0:
            pixels[:, y0 - y : y1 - y, x0 - x : x1 - x] = self.data[:, y0:y1, x0:x1]
            valid[y0 - y : y1 - y, x0 - x : x1 - x] = self.valid[y0:y1, x0:x1]
        return pixels, valid


class SyntheticReader:
    """A uint8 WindowReader whose pixels are computed from their coordinates: any size, no storage."""

    def __init__(self, width: int, height: int, bands: int = 3) -> None:
        self.width, self.height, self.band_count = width, height, bands

    def clone(self) -> SyntheticReader:
        return SyntheticReader(self.width, self.height, self.band_count)

    def read(self, x: int, y: int, w: int, h: int) -> tuple[np.ndarray, np.ndarray]:
        rows = np.arange(y, y + h, dtype=np.int64)[:, None]
        cols = np.arange(x, x + w, dtype=np.int64)[None, :]
        valid = (rows >= 0) & (rows < self.height) & (cols >= 0) & (cols < self.width)
        pixels = np.empty((self.band_count, h, w), dtype=np.uint8)
        np.add((rows * 7) % 256, (cols * 13) % 256, out=pixels[0], casting="unsafe")
        pixels[0][~valid] = 0
        pixels[1:] = pixels[0]
        return pixels, valid


class RecordingWriter:
    """A ClassWriter that assembles the whole result (for small rasters) and checks the row order.

    Rows come top to bottom for each strip (column offset ``x``); every pixel must come once.
    """

    def __init__(self, width: int, height: int, keep: bool = True) -> None:
        self.width, self.height, self.keep = width, height, keep
        self.next_rows: dict[int, int] = {}
        self.calls: list[tuple[int, int]] = []
        self.strips: list[tuple[int, int]] = []
        self.classes: np.ndarray | None = None
        self.probabilities: np.ndarray | None = None
        self.threads: set[str] = set()
        self.rows_done = 0

    @property
    def next_row(self) -> int:
        """The next row expected in the strip written last (0 before any write)."""
        return self.rows_done

    def write(self, y: int, classes: np.ndarray, probabilities: np.ndarray | None, x: int = 0) -> None:
        self.threads.add(threading.current_thread().name)
        expected = self.next_rows.get(x, 0)
        assert y == expected, f"rows {y}.. written at column {x}, expected {expected}"
        height, width = classes.shape
        assert height > 0 and x + width <= self.width
        if (x, width) not in self.strips:
            self.strips.append((x, width))
        self.next_rows[x] = y + height
        self.rows_done = y + height
        assert y + height <= self.height
        self.calls.append((y, height))
        if not self.keep:
            return
        if self.classes is None:
            self.classes = np.zeros((self.height, self.width), dtype=classes.dtype)
        self.classes[y : y + height, x : x + width] = classes
        if probabilities is not None:
            assert probabilities.dtype == np.float32 and probabilities.shape[1:] == (height, width)
            if self.probabilities is None:
                self.probabilities = np.zeros((probabilities.shape[0], self.height, self.width), np.float32)
            self.probabilities[:, y : y + height, x : x + width] = probabilities

    @property
    def complete(self) -> bool:
        """Every column written down to the last row, by strips that tile the width exactly."""
        spans = sorted(self.strips)
        contiguous = all(a + w == b for (a, w), (b, _) in zip(spans, spans[1:]))
        covered = bool(spans) and spans[0][0] == 0 and spans[-1][0] + spans[-1][1] == self.width
        return contiguous and covered and all(row == self.height for row in self.next_rows.values())


class Progress:
    """A Progress that records percentages and cancels after ``cancel_after`` checks."""

    def __init__(self, cancel_after: int | None = None, on_check: Callable[[], None] | None = None) -> None:
        self.cancel_after = cancel_after
        self.checks = 0
        self.values: list[float] = []
        self.on_check = on_check

    def is_canceled(self) -> bool:
        self.checks += 1
        if self.on_check is not None:
            self.on_check()
        return self.cancel_after is not None and self.checks > self.cancel_after

    def set_progress(self, percent: float) -> None:
        self.values.append(percent)
