"""The 2-D blocks of a pixel classification (issue 19): they cover the output once, each view holds
exactly the whole grid's tiles that reach its block, and blocks classified separately assemble into
the pixels of one run over the whole raster."""

from __future__ import annotations

import json
import math
import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rasterdl.core.engine.blocks import BLOCK_PIXELS, Block, block_windows, classify_block
from rasterdl.core.engine.pixel_classifier import STRIP_ALIGN, classify_raster
from rasterdl.core.engine.tiling import make_grid
from rasterdl.core.model.arguments import parse_model_arguments, pixel_arguments
from rasterdl.core.model.loader import load_model_definition
from rasterdl.core.model.runtime import OnnxSession

from tests.core.fakes import ArrayReader, Progress, RecordingWriter
from tests.onnx_models import conv_segmenter


@st.composite
def layouts(draw):
    tile_h = draw(st.integers(4, 300))
    tile_w = draw(st.integers(4, 300))
    padding = draw(st.integers(0, (min(tile_h, tile_w) - 1) // 2))
    width = draw(st.integers(1, 6000))
    height = draw(st.integers(1, 6000))
    target = draw(st.integers(1, 3000) | st.integers(1, 3000).map(lambda side: side * side))
    align = draw(st.sampled_from([1, 16, STRIP_ALIGN]))
    return width, height, tile_h, tile_w, padding, target, align


def spans(blocks: list[Block], axis: str) -> list[tuple[int, int]]:
    return sorted({(b.x0, b.x1) if axis == "x" else (b.y0, b.y1) for b in blocks})


@settings(max_examples=300, deadline=None)
@given(layouts())
def test_blocks_cover_the_output_exactly_once_with_borders_on_aligned_cores(layout):
    width, height, tile_h, tile_w, padding, target, align = layout
    blocks = block_windows(width, height, tile_h, tile_w, padding, target, align)
    columns, rows = spans(blocks, "x"), spans(blocks, "y")
    for parts, length in ((columns, width), (rows, height)):
        assert parts[0][0] == 0 and parts[-1][1] == length
        assert all(a[1] == b[0] and a[0] < a[1] for a, b in zip(parts, parts[1:]))
    # every (column, row) pair once, in raster order: the blocks partition the output
    assert [(b.x0, b.x1, b.y0, b.y1) for b in blocks] == [(*c, *r) for r in rows for c in columns]
    for parts, tile in ((columns, tile_w), (rows, tile_h)):
        step = math.lcm(tile - 2 * padding, align)
        assert all(start % step == 0 for start, _ in parts)
        if len(parts) > 1:  # no sliver: every part at least one border step long
            assert all(stop - start >= step for start, stop in parts)


@settings(max_examples=300, deadline=None)
@given(layouts())
def test_each_view_holds_exactly_the_whole_grids_tiles_that_reach_its_block(layout):
    width, height, tile_h, tile_w, padding, target, align = layout
    blocks = block_windows(width, height, tile_h, tile_w, padding, target, align)
    whole = make_grid(width, height, tile_h, padding, tile_w)
    # the blocks are the product of their columns and rows (test above): check each column and row once
    for block in {(b.x0, b.x1): b for b in blocks}.values():
        view = make_grid(block.view_width, 1, tile_h, padding, tile_w)
        assert [block.view_x + x for x in view.xs] == [
            x for x in whole.xs if block.x0 - tile_w < x < block.x1
        ]
        assert block.view_x <= block.x0 < block.x1 <= block.view_x + block.view_width
    for block in {(b.y0, b.y1): b for b in blocks}.values():
        view = make_grid(1, block.view_height, tile_h, padding, tile_w)
        assert [block.view_y + y for y in view.ys] == [
            y for y in whole.ys if block.y0 - tile_h < y < block.y1
        ]
        assert block.view_y <= block.y0 < block.y1 <= block.view_y + block.view_height


def test_blocks_hold_about_the_target_pixels():
    """A wide raster: square-ish blocks near the target; a narrow one: tall blocks of the same size."""
    blocks = block_windows(40_000, 30_000, 256, 256, 32)
    assert len(blocks) > 20
    assert all(b.width * b.height <= 2.5 * BLOCK_PIXELS for b in blocks)
    inner = [b for b in blocks if b.x1 < 40_000 and b.y1 < 30_000]  # the far edges take what is left
    assert len(inner) > 20 and all(0.5 * BLOCK_PIXELS <= b.width * b.height for b in inner)
    assert all(0.5 < b.width / b.height < 2 for b in inner)
    narrow = block_windows(1000, 200_000, 256, 256, 32)
    assert {(b.x0, b.x1) for b in narrow} == {(0, 1000)} and len(narrow) > 5
    assert all(0.5 * BLOCK_PIXELS <= b.width * b.height <= 2.5 * BLOCK_PIXELS for b in narrow[:-1])
    assert narrow[-1].width * narrow[-1].height <= 2.5 * BLOCK_PIXELS
    assert block_windows(300, 200, 64, 64, 16) == [Block(0, 300, 0, 200, 0, 0, 300, 200)]


# --------------------------------------------------------------------------- the decisive check


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    folder = tmp_path_factory.mktemp("blocks")
    paths = {"conv": conv_segmenter(folder / "conv.onnx")}
    return {name: (path, OnnxSession(path)) for name, path in paths.items()}


def setup(models, name, **overrides):
    path, session = models[name]
    data = {"ModelType": "ImageClassification", "ModelFile": str(path), "ImageHeight": 64}
    definition = load_model_definition(json.dumps(data))
    args = pixel_arguments(parse_model_arguments(overrides, definition.argument_defaults), definition)
    return session, definition, args


def raster(width, height, seed):
    """Random pixels with nodata areas: a rectangle inside, a band along an edge, a diagonal."""
    data = np.random.default_rng(seed).integers(0, 256, (3, height, width)).astype(np.uint8)
    valid = np.ones((height, width), dtype=bool)
    valid[height // 3 : height // 3 + 40, width // 4 : width // 2] = False
    valid[:, -7:] = False
    rows, columns = np.indices((height, width))
    valid[np.abs(rows - columns) < 3] = False
    return data, valid


def whole_and_blocks(models, name, data, valid, blocks_of, probabilities=True, **overrides):
    """One run over the whole raster, and every block run separately in a shuffled order and pasted in.

    Every block here holds valid tiles, so each decides how to read the model's outputs.
    """
    session, definition, args = setup(models, name, **overrides)
    reader = ArrayReader(data, valid)
    whole = RecordingWriter(reader.width, reader.height)
    rule = classify_raster(reader, session, definition, args, whole, Progress(), probabilities).output_rule
    blocks = blocks_of(args)
    order = list(range(len(blocks)))
    random.Random(len(blocks)).shuffle(order)
    classes = np.zeros_like(whole.classes)
    chances = np.zeros_like(whole.probabilities) if probabilities else None
    written = np.zeros(classes.shape, dtype=np.int64)
    for index in order:
        block = blocks[index]
        part = RecordingWriter(block.width, block.height)
        stats = classify_block(reader, session, definition, args, block, part, Progress(), probabilities)
        assert part.complete
        assert stats.output_rule == rule  # each block read the outputs as the whole run did
        out = (slice(block.y0, block.y1), slice(block.x0, block.x1))
        classes[out] = part.classes
        written[out] += 1
        if probabilities:
            chances[(slice(None), *out)] = part.probabilities
    assert (written == 1).all()
    return whole, classes, chances, blocks


@pytest.mark.parametrize(
    ("tta", "tile_size", "padding"),
    [(False, 32, 8), (True, 32, 8), (True, "48,32", 8), (False, "40,24", 4)],
)
def test_blocks_assemble_into_the_whole_runs_pixels(models, tta, tile_size, padding):
    """Many blocks in both directions, padding, test-time augmentation, nodata, rectangular tiles: the
    assembled classes and probabilities are those of one run over the whole raster, bit for bit."""
    data, valid = raster(230, 190, seed=3)

    def blocks_of(args):
        return block_windows(230, 190, args.tile_size, args.tile_width, args.padding, 48 * 48, align=1)

    whole, classes, chances, blocks = whole_and_blocks(
        models,
        "conv",
        data,
        valid,
        blocks_of,
        tile_size=tile_size,
        padding=padding,
        test_time_augmentation=tta,
    )
    assert len({(b.x0, b.x1) for b in blocks}) >= 3 and len({(b.y0, b.y1) for b in blocks}) >= 3
    assert (classes[~valid] == classes[0, -1]).all()  # nodata where the input is: the check can fail
    assert len(np.unique(classes[valid])) >= 2  # not one class everywhere
    assert np.array_equal(classes, whole.classes)
    assert np.array_equal(chances, whole.probabilities)


def test_blocks_on_the_output_alignment_assemble_into_the_whole_run(models):
    """The default alignment (the output GeoTIFF's 256-pixel blocks), classes only (the argmax of the
    blended logits, without probabilities)."""
    data, valid = raster(1100, 800, seed=4)

    def blocks_of(args):
        return block_windows(1100, 800, args.tile_size, args.tile_width, args.padding, 256 * 256)

    whole, classes, _, blocks = whole_and_blocks(
        models, "conv", data, valid, blocks_of, probabilities=False, tile_size=64, padding=16
    )
    assert len({(b.x0, b.x1) for b in blocks}) == 4 and len({(b.y0, b.y1) for b in blocks}) == 3
    assert all(b.x0 % 256 == 0 and b.y0 % 256 == 0 for b in blocks)
    assert len(np.unique(classes[valid])) >= 2
    assert np.array_equal(classes, whole.classes)
