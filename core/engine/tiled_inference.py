"""The skeleton the three engines share: read stage, model loop with timings, hold-and-probe.

A run of an engine is a read stage (a thread reading and preprocessing batches), the model loop
(the calling thread only runs the model, one call per test-time augmentation) and the engine's own
stage, which receives each batch with its outputs in order: the pixel classifier blends, the
detector decodes, the object classifier scores. This module holds everything but that own stage:
the tile-row read stage of the tiled engines, the model loop with its counts, timings and
cancellation, the dihedral transforms of test-time augmentation, and the hold that keeps the first
outputs until they tell whether the model returns probabilities.
"""

from __future__ import annotations

import queue
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..model.definition import ModelDefinition
from ..model.preprocess import preprocess
from .contracts import Cancelled, InferenceSession, Progress, WindowReader, read_window
from .stages import END, Stages, StoppedError
from .tiling import TileGrid, TileRow

# --------------------------------------------------------------------------- test-time augmentation


def transform(batch: np.ndarray, k: int) -> np.ndarray:
    """Dihedral transform ``k`` (0-7) of (..., H, W): mirrored if k >= 4, then turned k % 4 quarter turns."""
    if k >= 4:
        batch = batch[..., ::-1]
    return np.rot90(batch, k % 4, axes=(-2, -1))


def untransform(batch: np.ndarray, k: int) -> np.ndarray:
    """The inverse of :func:`transform`."""
    batch = np.rot90(batch, -(k % 4), axes=(-2, -1))
    return batch[..., ::-1] if k >= 4 else batch


# --------------------------------------------------------------------------- batches


@dataclass
class Batch:
    """Images to run, in processing order, and what the engine's stage needs to place their outputs.

    ``tiles`` names each image: (row index, column index) in the tile grid, or (position, feature
    index) of a chip. ``done`` counts the tiles (or chips) visited once this batch is through, for
    the progress bar. ``rows`` holds the engine's header of each tile row that starts before or
    among these tiles; ``valid`` each tile's validity mask (None when every pixel is valid), when
    the engine asks for them. A batch without ``inputs`` only carries row headers.
    """

    tiles: list[tuple[int, int]]
    inputs: np.ndarray | None
    done: int
    rows: list[Any] = field(default_factory=list)
    valid: list[np.ndarray | None] = field(default_factory=list)


#: Makes the engine's header of a tile row: (row, which of its tiles run, the row's validity).
RowHeader = Callable[[TileRow, tuple[bool, ...], np.ndarray], Any]


def tiles_to_run(row: TileRow, grid: TileGrid, valid: np.ndarray) -> tuple[bool, ...]:
    """Which tiles of ``row`` hold a valid pixel; ``valid`` is the row's mask over ``grid.span_x``."""
    tile, left = grid.tile_width, grid.xs[0]
    columns = np.concatenate([[0], np.cumsum(valid.any(axis=0), dtype=np.int64)])
    return tuple(bool(columns[x - left + tile] > columns[x - left]) for x in row.xs)


def read_tile_rows(
    reader: WindowReader,
    grid: TileGrid,
    definition: ModelDefinition,
    batch_size: int,
    stages: Stages,
    output: queue.Queue,
    row_header: RowHeader | None = None,
    keep_masks: bool = False,
) -> None:
    """The read stage of the tiled engines: read tile rows, cut the tiles that hold a valid pixel and
    send preprocessed :class:`Batch` es in raster order, then END.

    Invalid pixels (nodata, masked, outside the raster) are set to 0 before preprocessing, as the
    reader fills pixels outside the raster, so nodata values never reach the model. With
    ``row_header`` each batch carries the headers of its rows (a last batch may carry only
    headers); with ``keep_masks`` each tile's validity mask.
    """
    tile, tile_w, bands = grid.tile_size, grid.tile_width, reader.band_count
    left, right = grid.span_x
    rows: list[Any] = []
    tiles: list[tuple[int, int]] = []
    masks: list[np.ndarray | None] = []
    raw: np.ndarray | None = None
    done = 0

    def flush() -> None:
        nonlocal rows, tiles, masks, raw
        inputs = preprocess(raw[: len(tiles)], definition) if tiles else None
        stages.put(output, Batch(tiles, inputs, done, rows, masks))
        rows, tiles, masks, raw = [], [], [], None

    for row in grid.rows():
        if stages.stop.is_set():
            raise StoppedError
        pixels, valid = read_window(reader, left, row.y, right - left, tile)
        run = tiles_to_run(row, grid, valid)
        if row_header is not None:
            rows.append(row_header(row, run, valid))
        for column, (x, runs) in enumerate(zip(row.xs, run)):
            done += 1
            if not runs:
                continue
            if raw is None:
                raw = np.empty((batch_size, bands, tile, tile_w), dtype=pixels.dtype)
            chip = raw[len(tiles)]
            chip[...] = pixels[:, :, x - left : x - left + tile_w]
            window = valid[:, x - left : x - left + tile_w]
            full = bool(window.all())
            if not full:
                np.copyto(chip, 0, where=~window[None])
            tiles.append((row.index, column))
            if keep_masks:
                masks.append(None if full else window.copy())
            if len(tiles) == batch_size:
                flush()
    if rows or tiles:
        flush()
    stages.put(output, END)


# --------------------------------------------------------------------------- the model loop


def first_output(session: InferenceSession) -> Callable[[np.ndarray], np.ndarray]:
    """A model call that keeps the first output only (segmentation and image classification models)."""
    return lambda inputs: np.asarray(session.run(inputs)[0])


class ModelLoop:
    """The calling thread's part of a run: cancellation, the model calls, counts and timings.

    Made when the run starts (its clock starts then); :meth:`run` takes batches from the read
    stage until END, runs the model once per transform, hands each batch and its outputs on and
    moves the progress bar; :meth:`close` ends the engine's stage and waits for every thread.
    """

    def __init__(self, session: InferenceSession, progress: Progress, cancelled: str) -> None:
        self.started = time.perf_counter()
        self.session, self.progress, self.cancelled = session, progress, cancelled
        self.session_start = float(getattr(session, "session_run_seconds", 0.0))
        self.stages = Stages()
        self.images = self.batches = 0

    def check_cancel(self) -> None:
        """Raise :class:`Cancelled` when the user asked to stop."""
        if self.progress.is_canceled():
            raise Cancelled(self.cancelled)

    def forward(self, channel: queue.Queue) -> Callable[[Batch, Any], None]:
        """Hands a batch and its outputs to the engine's stage thread through ``channel``."""
        return lambda batch, outputs: self.stages.put(channel, (batch, outputs), self.check_cancel)

    def run(
        self,
        source: queue.Queue,
        call: Callable[[np.ndarray], Any],
        transforms: Sequence[int],
        deliver: Callable[[Batch, Any], None],
        share: float,
        total: int,
    ) -> None:
        """Run every batch of ``source`` through ``call``, once per dihedral transform, and pass it
        with its list of outputs (None without inputs) to ``deliver``; progress reaches ``share``
        percent when ``total`` tiles (or chips) are done."""
        while True:
            batch = self.stages.get(source, self.check_cancel)
            if batch is END:
                return
            self.check_cancel()
            outputs = None
            if batch.inputs is not None:
                outputs = [
                    call(np.ascontiguousarray(transform(batch.inputs, k) if k else batch.inputs))
                    for k in transforms
                ]
                self.images += len(batch.tiles)
                self.batches += 1
                batch.inputs = None
            deliver(batch, outputs)
            self.progress.set_progress(share * batch.done / total)

    def close(self, channel: queue.Queue) -> None:
        """Close the engine's stage (END on ``channel``) and wait for every thread to finish."""
        self.stages.put(channel, END, self.check_cancel)
        self.stages.join(self.check_cancel)

    def seconds(self) -> float:
        """Seconds since the run started."""
        return time.perf_counter() - self.started

    def session_seconds(self) -> float:
        """Seconds the session spent running the model during this run."""
        return float(getattr(self.session, "session_run_seconds", 0.0)) - self.session_start


# --------------------------------------------------------------------------- hold and probe


class ProbeHold:
    """Holds outputs, in processing order, until the first ``probe`` images decide how to read them.

    Whether a model returns probabilities or logits is decided once, from the first ``probe``
    tiles or chips, so that the result does not depend on the batch size. ``decide`` gets those
    images' outputs (per held batch, the list of its outputs cut to the images that count) and
    returns the mode; ``use`` then gets each held batch's keys and outputs, in order.
    """

    def __init__(
        self,
        probe: int,
        decide: Callable[[list[list[np.ndarray]]], str],
        use: Callable[[Any, list[np.ndarray]], None],
    ) -> None:
        self.probe, self.decide, self.use = probe, decide, use
        self.mode: str | None = None
        self.held: list[tuple[Any, list[np.ndarray]]] = []

    def add(self, keys: Sequence[Any], outputs: list[np.ndarray]) -> bool:
        """Hold a batch; False while the mode is still undecided, True once the held ones are used."""
        self.held.append((keys, outputs))
        if self.mode is None and sum(len(k) for k, _ in self.held) < self.probe:
            return False
        self.flush()
        return True

    def flush(self) -> None:
        """Decide the mode if need be and use every held batch."""
        if not self.held:
            return
        if self.mode is None:
            self.mode = self.decide(self._probe_outputs())
        held, self.held = self.held, []
        for keys, outputs in held:
            self.use(keys, outputs)

    def _probe_outputs(self) -> list[list[np.ndarray]]:
        count, found = 0, []
        for keys, outputs in self.held:
            take = min(len(keys), self.probe - count)
            if take <= 0:
                break
            found.append([np.asarray(output)[:take] for output in outputs])
            count += take
        return found
