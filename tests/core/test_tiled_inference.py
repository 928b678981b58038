"""The skeleton the engines share: the tile-row read stage, the model loop, hold-and-probe, the contracts."""

import queue

import numpy as np
import pytest
from rasterdl.core.engine.contracts import Cancelled, read_window
from rasterdl.core.engine.stages import END, Stages
from rasterdl.core.engine.tiled_inference import (
    Batch,
    ModelLoop,
    ProbeHold,
    read_tile_rows,
    transform,
)
from rasterdl.core.engine.tiling import make_grid
from rasterdl.core.errors import RasterDLError
from rasterdl.core.model.definition import Normalization

from tests.core.fakes import ArrayReader, Progress
from tests.core.test_preprocess import definition as preprocess_definition

#: Preprocessing that only casts to float32: the model sees the raw values.
RAW = Normalization(offset=(0.0, 0.0), scale=(1.0, 1.0), source="none")


def definition():
    """A two-band model definition whose input is the raw pixels as float32."""
    return preprocess_definition(extract_bands=(0, 1), normalization=RAW, shape=(None, 2, None, None))


def read_all(reader, grid, batch_size, **options) -> list[Batch]:
    """Every batch the read stage sends, in order (run in the calling thread)."""
    channel: queue.Queue = queue.Queue()
    read_tile_rows(reader, grid, definition(), batch_size, Stages(), channel, **options)
    items = []
    while (item := channel.get_nowait()) is not END:
        items.append(item)
    return items


def scene():
    """A 2-band 30 x 20 raster (values 1..) whose left 12 columns are invalid above row 10."""
    data = np.arange(1, 2 * 20 * 30 + 1, dtype=np.uint16).reshape(2, 20, 30)
    valid = np.ones((20, 30), dtype=bool)
    valid[:10, :12] = False
    return data, valid


def test_read_stage_cuts_the_tiles_with_a_valid_pixel_and_zeroes_the_invalid_ones():
    data, valid = scene()
    reader = ArrayReader(data, valid)
    grid = make_grid(30, 20, 8, 1)
    batches = read_all(reader, grid, 3, keep_masks=True)

    tiles = [tile for batch in batches for tile in batch.tiles]
    expected = []
    for row, y in enumerate(grid.ys):
        for column, x in enumerate(grid.xs):
            _, window = reader.read(x, y, 8, 8)
            if window.any():
                expected.append((row, column))
    assert tiles == expected and len(expected) < grid.tile_count
    assert all(len(batch.tiles) <= 3 for batch in batches)
    assert batches[-1].done == grid.tile_count
    assert [b.done for b in batches] == sorted(b.done for b in batches)

    for batch in batches:
        assert batch.inputs.dtype == np.float32 and batch.inputs.shape == (len(batch.tiles), 2, 8, 8)
        for (row, column), chip, mask in zip(batch.tiles, batch.inputs, batch.valid):
            pixels, window = reader.read(grid.xs[column], grid.ys[row], 8, 8)
            np.testing.assert_array_equal(chip, np.where(window, pixels, 0))
            if window.all():
                assert mask is None
            else:
                np.testing.assert_array_equal(mask, window)


def test_read_stage_gives_row_headers_and_a_last_batch_of_headers_only():
    data = np.ones((2, 20, 16), dtype=np.uint8)
    valid = np.ones((20, 16), dtype=bool)
    valid[12:] = False  # the last tile row has no valid pixel
    grid = make_grid(16, 20, 8, 0)
    headers = []

    def header(row, run, row_valid):
        headers.append((row.index, run, row_valid.shape))
        return row.index

    batches = read_all(ArrayReader(data, valid), grid, 4, row_header=header)
    assert [b.rows for b in batches] == [[0, 1], [2]]
    assert headers == [(0, (True, True), (8, 16)), (1, (True, True), (8, 16)), (2, (False, False), (8, 16))]
    assert batches[-1].inputs is None and batches[-1].tiles == [] and batches[-1].done == grid.tile_count
    assert batches[0].valid == []  # no masks unless asked


class RecordingSession:
    """An InferenceSession whose output is its input plus one; it keeps what it was given."""

    def __init__(self) -> None:
        self.session_run_seconds = 0.0
        self.seen: list[np.ndarray] = []

    def run(self, batch: np.ndarray) -> list[np.ndarray]:
        self.seen.append(batch)
        self.session_run_seconds += 0.5
        return [batch + 1]


def feed(*batches) -> queue.Queue:
    channel: queue.Queue = queue.Queue()
    for batch in batches:
        channel.put(batch)
    channel.put(END)
    return channel


def test_model_loop_runs_each_transform_counts_and_reports_progress():
    session, progress = RecordingSession(), Progress()
    loop = ModelLoop(session, progress, "The test run was cancelled.")
    inputs = np.arange(2 * 1 * 2 * 3, dtype=np.float32).reshape(2, 1, 2, 3)
    delivered = []
    source = feed(Batch([(0, 0), (0, 1)], inputs.copy(), 3), Batch([], None, 4))
    loop.run(source, lambda x: session.run(x)[0], (0, 4), lambda b, o: delivered.append((b, o)), 90.0, 4)

    assert [s.flags.c_contiguous for s in session.seen] == [True, True]
    np.testing.assert_array_equal(session.seen[0], inputs)
    np.testing.assert_array_equal(session.seen[1], transform(inputs, 4))
    first, outputs = delivered[0]
    assert first.inputs is None and first.tiles == [(0, 0), (0, 1)]
    np.testing.assert_array_equal(outputs[1], transform(inputs, 4) + 1)
    assert delivered[1][1] is None
    assert (loop.images, loop.batches) == (2, 1)
    assert progress.values == [90.0 * 3 / 4, 90.0]
    assert loop.session_seconds() == 1.0 and loop.seconds() > 0


def test_model_loop_raises_the_one_cancelled_error():
    loop = ModelLoop(RecordingSession(), Progress(cancel_after=0), "The test run was cancelled.")
    source = feed(Batch([(0, 0)], np.zeros((1, 1, 2, 2), np.float32), 1))
    with pytest.raises(Cancelled, match="^The test run was cancelled.$") as caught:
        loop.run(source, lambda x: [x], (0,), lambda b, o: None, 99.0, 1)
    assert isinstance(caught.value, RasterDLError)
    assert loop.images == 0


def test_probe_hold_decides_on_the_first_images_whatever_the_batches():
    decided, used = [], []

    def decide(probe):
        decided.append([[output.tolist() for output in outputs] for outputs in probe])
        return "mode"

    hold = ProbeHold(3, decide, lambda keys, outputs: used.append(keys))
    assert hold.add(["a", "b"], [np.array([1, 2])]) is False
    assert hold.mode is None and used == []
    assert hold.add(["c", "d"], [np.array([3, 4])]) is True
    assert decided == [[[[1, 2]], [[3]]]]
    assert hold.mode == "mode" and used == [["a", "b"], ["c", "d"]]
    assert hold.add(["e"], [np.array([5])]) is True
    assert used[-1] == ["e"] and len(decided) == 1


def test_probe_hold_flush_decides_on_fewer_images():
    hold = ProbeHold(8, lambda probe: f"{sum(len(o[0]) for o in probe)} images", lambda k, o: None)
    hold.add(["a"], [np.array([1])])
    hold.flush()
    assert hold.mode == "1 images" and hold.held == []
    hold.flush()  # nothing held: nothing to do


class BrokenReader(ArrayReader):
    """A reader that returns one row too few."""

    def read(self, x, y, w, h):
        pixels, valid = super().read(x, y, w, h)
        return pixels[:, :-1], valid[:-1]


def test_read_window_refuses_a_reader_that_breaks_its_contract():
    reader = BrokenReader(np.zeros((2, 4, 4), np.uint8))
    with pytest.raises(
        RasterDLError, match=r"pixels \(2, 2, 3\) and mask \(2, 3\) for a window of 3 x 3 pixels"
    ):
        read_window(reader, 0, 0, 3, 3)
    pixels, valid = read_window(ArrayReader(np.ones((2, 4, 4), np.uint8)), 2, 2, 3, 3)
    assert pixels.shape == (2, 3, 3) and valid.sum() == 4
