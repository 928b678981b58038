"""Raw raster chips -> model input, the checks made before any work, and probability helpers.

Everything here is numpy only: the band selection and normalisation a model
definition describes, and the logit/probability conversions the tools apply to
model outputs.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..errors import ModelDefinitionError, ModelInputError
from .definition import ModelDefinition, Normalization

#: Tolerance of :func:`looks_like_probabilities` on the per-pixel channel sums.
PROBABILITY_SUM_TOLERANCE = 1e-3
#: Rounding slack allowed outside [0, 1] for values that are probabilities.
_RANGE_SLACK = 1e-6


def _bands(definition: ModelDefinition, band_count: int) -> tuple[int, ...]:
    """The 0-based bands the model reads (all bands when the definition lists none)."""
    return definition.extract_bands or tuple(range(band_count))


def _check_bands(definition: ModelDefinition, band_count: int) -> tuple[int, ...]:
    """The bands to extract, or ModelInputError when the raster lacks one of them."""
    bands = _bands(definition, band_count)
    if any(band < 0 or band >= band_count for band in bands):
        wanted = ", ".join(str(band + 1) for band in bands)
        if band_count == 1:
            raise ModelInputError(
                "The model wants bands {wanted} (1-based) but the raster has 1 band. Use a raster with "
                "these bands, or a model definition whose ExtractBands (0-based) matches this raster.",
                wanted=wanted,
            )
        raise ModelInputError(
            "The model wants bands {wanted} (1-based) but the raster has {count} bands. Use a raster "
            "with these bands, or a model definition whose ExtractBands (0-based) matches this raster.",
            wanted=wanted,
            count=band_count,
        )
    return bands


def tile_size_needed(
    fixed_height: int | None, fixed_width: int | None, height: int, width: int
) -> tuple[int, int] | None:
    """The ``(height, width)`` a model with these fixed input sides needs instead of ``height x width``;
    None when the tiles fit (a side of None is free)."""
    if (fixed_height is None or fixed_height == height) and (fixed_width is None or fixed_width == width):
        return None
    return (
        fixed_height if fixed_height is not None else height,
        fixed_width if fixed_width is not None else width,
    )


def validate_input(
    definition: ModelDefinition, band_count: int, tile_size: tuple[int, int] | None = None
) -> None:
    """Check a raster's band count and a tile size (height, width) against the model before any work.

    Raises ModelInputError saying what does not fit and what to set instead.
    """
    bands = _check_bands(definition, band_count)
    shape = definition.input.shape
    if len(shape) == 4 and shape[1] is not None and shape[1] != len(bands):
        raise ModelDefinitionError(
            "The model input takes {shape} bands but the model definition extracts {count} "
            "({bands}, 0-based). Fix ExtractBands in the model definition.",
            shape=shape[1],
            count=len(bands),
            bands=", ".join(str(b) for b in bands),
        )
    if tile_size is None:
        return
    height, width = (int(v) for v in tile_size)
    if height <= 0 or width <= 0:
        raise ModelInputError(
            "The tile size must be positive, got {height} x {width} pixels.", height=height, width=width
        )
    if len(shape) != 4:
        return
    needed = tile_size_needed(shape[2], shape[3], height, width)
    if needed is not None:
        model_h, model_w = needed
        size = str(model_h) if model_h == model_w else f"{model_h} x {model_w}"
        raise ModelInputError(
            "The model takes tiles of {model_height} x {model_width} pixels but the tile size is "
            "{height} x {width}. Set tile_size to {size}, the model's size.",
            model_height=model_h,
            model_width=model_w,
            height=height,
            width=width,
            size=size,
        )


def _per_band(values: Sequence[float], count: int, what: str) -> np.ndarray | None:
    """``values`` as a float32 (1, count, 1, 1) array to broadcast over chips; None when empty."""
    if not values:
        return None
    if len(values) == 1:
        values = tuple(values) * count
    if len(values) != count:
        raise ModelDefinitionError(
            "The normalisation {what} has {value_count} values but the model reads {count} bands. "
            "Give one value per extracted band in the model definition.",
            what=what,
            value_count=len(values),
            count=count,
        )
    return np.asarray(values, dtype=np.float32).reshape(1, count, 1, 1)


def _nonzero(divisor: np.ndarray | None) -> np.ndarray | None:
    """``divisor`` with zeros (a constant band's range or spread) replaced by 1, to avoid inf/NaN."""
    if divisor is None:
        return None
    return np.where(divisor == 0, np.float32(1), divisor)


def normalize(x: np.ndarray, norm: Normalization, source: np.ndarray | None = None) -> np.ndarray:
    """Apply ``(x - offset) / scale`` then ``(x - mean) / std`` in place to float32 ``x`` (N, C, H, W).

    With ``source`` (raw chips of x's shape), the first step reads from it, so the
    conversion to float32 and the first operation are one pass over the pixels.
    """
    count = x.shape[1]
    steps = []
    if norm.source != "none":
        offset = _per_band(norm.offset, count, "offset")
        scale = _nonzero(_per_band(norm.scale, count, "scale"))
        mean = _per_band(norm.mean, count, "mean")
        std = _nonzero(_per_band(norm.std, count, "std"))
        steps = [
            (op, a)
            for a, op in ((offset, np.subtract), (scale, np.divide), (mean, np.subtract), (std, np.divide))
            if a is not None
        ]
    if source is not None:
        if not steps:
            np.copyto(x, source, casting="unsafe")
            return x
        op, array = steps.pop(0)
        op(source, array, out=x, dtype=np.float32, casting="unsafe")
    for op, array in steps:
        op(x, array, out=x)
    return x


def preprocess(chips: np.ndarray, definition: ModelDefinition) -> np.ndarray:
    """Model input from raw chips (N, bands, H, W) holding all source bands.

    Selects ``definition.extract_bands``, normalises in float32 and returns a
    C-contiguous array of the model's input dtype; integer models get the raw
    values cast (rounded and clipped), without normalisation.
    """
    chips = np.asarray(chips)
    if chips.ndim != 4:
        raise ModelInputError(
            "Chips must be shaped (samples, bands, height, width); got shape {shape}.",
            shape=tuple(chips.shape),
        )
    bands = _check_bands(definition, chips.shape[1])
    try:
        target = np.dtype(definition.input.dtype)
    except TypeError as exc:
        raise ModelDefinitionError(
            "The model input type '{dtype}' is not a numpy data type.", dtype=definition.input.dtype
        ) from exc
    if bands == tuple(range(chips.shape[1])):
        selected = chips
    else:
        selected = chips[:, list(bands)]
    if np.issubdtype(target, np.integer):
        if np.issubdtype(selected.dtype, np.floating):
            limits = np.iinfo(target)
            selected = np.clip(np.rint(selected), limits.min, limits.max)
        return np.ascontiguousarray(selected, dtype=target)
    x = np.empty(selected.shape, dtype=np.float32)
    normalize(x, definition.normalization, source=selected)
    return np.ascontiguousarray(x, dtype=target)


def _float(x: np.ndarray) -> np.ndarray:
    """``x`` as a float array of at least float32 precision."""
    x = np.asarray(x)
    return x.astype(np.result_type(x.dtype, np.float32), copy=False)


def softmax(x: np.ndarray, axis: int = 1) -> np.ndarray:
    """Softmax along ``axis``; the max is subtracted first so large logits do not overflow."""
    x = _float(x)
    shifted = x - np.max(x, axis=axis, keepdims=True)
    np.exp(shifted, out=shifted)
    shifted /= np.sum(shifted, axis=axis, keepdims=True)
    return shifted


def sigmoid(x: np.ndarray) -> np.ndarray:
    """Logistic function computed from ``exp(-|x|)``, which never overflows."""
    x = _float(x)
    z = np.exp(-np.abs(x))
    return np.where(x >= 0, 1 / (1 + z), z / (1 + z)).astype(x.dtype, copy=False)


def looks_like_probabilities(x: np.ndarray, axis: int = 1) -> bool:
    """True when every value lies in [0, 1] and, with several channels on ``axis``, they sum to ~1."""
    x = np.asarray(x)
    if x.size == 0:
        return True
    if not np.issubdtype(x.dtype, np.number) or not np.all(np.isfinite(x)):
        return False
    if x.min() < -_RANGE_SLACK or x.max() > 1 + _RANGE_SLACK:
        return False
    if x.shape[axis] == 1:
        return True
    sums = np.sum(x, axis=axis, dtype=np.float64)
    return bool(np.all(np.abs(sums - 1) <= PROBABILITY_SUM_TOLERANCE))


def looks_like_independent_probabilities(x: np.ndarray, axis: int = 1) -> bool:
    """True when several channels on ``axis`` all lie in [0, 1] but do not sum to ~1 everywhere:
    independent per-channel probabilities (multi-label sigmoids), not logits to softmax."""
    x = np.asarray(x)
    if x.ndim <= axis or x.shape[axis] < 2 or x.size == 0:
        return False
    if not np.issubdtype(x.dtype, np.number) or not np.all(np.isfinite(x)):
        return False
    if x.min() < -_RANGE_SLACK or x.max() > 1 + _RANGE_SLACK:
        return False
    sums = np.sum(x, axis=axis, dtype=np.float64)
    return bool(np.any(np.abs(sums - 1) > PROBABILITY_SUM_TOLERANCE))


def to_probabilities(x: np.ndarray, axis: int = 1) -> np.ndarray:
    """``x`` unchanged when it already holds probabilities, else softmax (several channels) or sigmoid."""
    if looks_like_probabilities(x, axis):
        return x
    return softmax(x, axis) if np.asarray(x).shape[axis] > 1 else sigmoid(x)
