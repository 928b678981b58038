"""Running statistics of a training-data export: band values, label features, label pixels.

The statistics are accumulated chip by chip (whole-chip partial results merged
with Chan's parallel formulas, never pixel by pixel), stored in
``esri_accumulated_stats.json`` in Esri's layout, and merged again when an
export is continued with START_INDEX. ``merge`` methods update the object in
place and return it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

_BAND_KEYS = ("Min", "Max", "Mean", "StdDev", "M1", "M2", "Num")
_BINCOUNT_LIMIT = 1 << 16


def _merge_moments(
    n_a: np.ndarray,
    mean_a: np.ndarray,
    m2_a: np.ndarray,
    n_b: np.ndarray,
    mean_b: np.ndarray,
    m2_b: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Chan et al.: count, mean and sum of squared deviations of the union of two samples."""
    n = n_a + n_b
    frac_b = np.divide(n_b, n, out=np.zeros(n.shape), where=n > 0)
    delta = mean_b - mean_a
    mean = mean_a + delta * frac_b
    m2 = m2_a + m2_b + delta * delta * n_a * frac_b
    return n, mean, m2


class BandStatistics:
    """Per-band Min, Max, mean and variance of the valid pixels of all exported chips.

    The state is Esri's ``BandStatsState``: M1 is the running mean, M2 the
    running sum of squared deviations (Welford), StdDev the population standard
    deviation ``sqrt(M2 / Num)``. Non-finite pixels (NaN, inf) never count.
    """

    def __init__(self, band_count: int) -> None:
        if band_count < 1:
            raise ValueError(f"Band statistics need at least one band, got {band_count}.")
        self.num = np.zeros(band_count, dtype=np.int64)
        self.mean = np.zeros(band_count)
        self.m2 = np.zeros(band_count)
        self.min = np.full(band_count, np.inf)
        self.max = np.full(band_count, -np.inf)

    @property
    def band_count(self) -> int:
        """Number of bands."""
        return len(self.num)

    def update(self, pixels: np.ndarray, valid: np.ndarray | None = None) -> None:
        """Add one chip: ``pixels`` (bands, h, w); ``valid`` (h, w) or (bands, h, w) booleans, None = all."""
        pixels = np.asarray(pixels)
        if pixels.ndim != 3 or pixels.shape[0] != self.band_count:
            raise ValueError(f"Expected pixels of shape ({self.band_count}, h, w), got {pixels.shape}.")
        bands = self.band_count
        values = pixels.reshape(bands, -1)
        shared = per_band = None
        if valid is not None:
            valid = np.asarray(valid, dtype=bool)
            if valid.shape == pixels.shape[1:]:
                shared = valid.ravel()
            elif valid.shape == pixels.shape:
                per_band = valid.reshape(bands, -1)
            else:
                raise ValueError(
                    f"The valid mask has shape {valid.shape}, expected {pixels.shape[1:]} or {pixels.shape}."
                )
        if np.issubdtype(values.dtype, np.integer) and values.dtype.itemsize <= 2:
            self._add_histograms(values, shared, per_band)
            return
        all_finite = np.issubdtype(values.dtype, np.integer) or bool(np.isfinite(values).all())
        if per_band is None and all_finite:
            if shared is not None:
                values = np.compress(shared, values, axis=1)
            self._add_dense(np.ascontiguousarray(values, dtype=np.float64))
            return
        mask = np.isfinite(values)
        if shared is not None:
            mask &= shared[None, :]
        if per_band is not None:
            mask &= per_band
        self._add_masked(values.astype(np.float64, copy=False), mask)

    def _add_histograms(
        self, values: np.ndarray, shared: np.ndarray | None, per_band: np.ndarray | None
    ) -> None:
        """Merge the statistics of 8- and 16-bit integer ``values`` (bands, n) through value histograms.

        Counting values is several times faster than floating-point passes, and
        the sums over a histogram are exact.
        """
        shift = -int(np.iinfo(values.dtype).min)
        if shared is None and per_band is None and values.size and values.dtype.itemsize == 1:
            self._add_joint_histogram(values, shift)
            return
        stats = np.zeros((5, self.band_count))
        for band in range(self.band_count):
            data = values[band]
            keep = shared if per_band is None else per_band[band]
            if keep is not None:
                data = data[keep]
            if data.size == 0:
                stats[:, band] = (0, 0, 0, np.inf, -np.inf)
                continue
            counts = np.bincount(data.astype(np.int32) + shift if shift else data)
            levels = np.flatnonzero(counts)
            weights = counts[levels].astype(np.float64)
            levels = levels.astype(np.float64) - shift
            mean = float(weights @ levels) / data.size
            dev = levels - mean
            stats[:, band] = (data.size, mean, float(weights @ (dev * dev)), levels[0], levels[-1])
        self._combine(stats[0].astype(np.int64), stats[1], stats[2], stats[3], stats[4])

    def _add_joint_histogram(self, values: np.ndarray, shift: int) -> None:
        """All-valid 8-bit ``values`` (bands, n): one bincount over every band at once."""
        bands, count = values.shape
        span = int(np.iinfo(values.dtype).max) + shift + 1
        offsets = (np.arange(bands, dtype=np.int64) * span - (-shift))[:, None]
        counts = np.bincount((values + offsets).ravel(), minlength=bands * span).reshape(bands, span)
        levels = np.arange(span, dtype=np.float64) - shift
        weights = counts.astype(np.float64)
        mean = weights @ levels / count
        m2 = np.einsum("bl,bl->b", weights, (levels[None, :] - mean[:, None]) ** 2)
        present = counts > 0
        low = levels[present.argmax(axis=1)]
        high = levels[span - 1 - present[:, ::-1].argmax(axis=1)]
        self._combine(np.full(bands, count, dtype=np.int64), mean, m2, low, high)

    def _add_dense(self, values: np.ndarray) -> None:
        """Merge the statistics of ``values`` (bands, n), all valid."""
        count = values.shape[1]
        if count == 0:
            return
        mean = values.mean(axis=1)
        dev = values - mean[:, None]
        m2 = np.einsum("ij,ij->i", dev, dev)
        self._combine(
            np.full(self.band_count, count, dtype=np.int64), mean, m2, values.min(axis=1), values.max(axis=1)
        )

    def _add_masked(self, values: np.ndarray, mask: np.ndarray) -> None:
        """Merge the statistics of ``values`` (bands, n) where ``mask`` is True."""
        count = mask.sum(axis=1)
        total = np.where(mask, values, 0.0).sum(axis=1)
        mean = np.divide(total, count, out=np.zeros(self.band_count), where=count > 0)
        dev = np.where(mask, values - mean[:, None], 0.0)
        m2 = np.einsum("ij,ij->i", dev, dev)
        low = np.where(mask, values, np.inf).min(axis=1, initial=np.inf)
        high = np.where(mask, values, -np.inf).max(axis=1, initial=-np.inf)
        self._combine(count.astype(np.int64), mean, m2, low, high)

    def _combine(
        self, num: np.ndarray, mean: np.ndarray, m2: np.ndarray, low: np.ndarray, high: np.ndarray
    ) -> None:
        """Merge partial statistics given as arrays into this object."""
        self.num, self.mean, self.m2 = _merge_moments(self.num, self.mean, self.m2, num, mean, m2)
        self.min = np.minimum(self.min, low)
        self.max = np.maximum(self.max, high)

    def add_part(self, part: tuple[np.ndarray, ...]) -> None:
        """Merge one chip's partial statistics, as :class:`BandStatisticsParts` collected them."""
        self._combine(*part)

    def merge(self, other: BandStatistics) -> BandStatistics:
        """Add the statistics of ``other`` (e.g. the existing part of a continued export)."""
        if other.band_count != self.band_count:
            raise ValueError(
                f"Cannot merge statistics of {other.band_count} bands into {self.band_count} bands."
            )
        self._combine(other.num, other.mean, other.m2, other.min, other.max)
        return self

    @property
    def std(self) -> np.ndarray:
        """Population standard deviation per band (0 where no pixel was seen)."""
        return np.sqrt(np.divide(self.m2, self.num, out=np.zeros(self.band_count), where=self.num > 0))

    def to_state(self) -> list[dict[str, Any]]:
        """Esri's ``BandStatsState``: one dict per band with exactly Min, Max, Mean, StdDev, M1, M2, Num."""
        seen = self.num > 0
        low = np.where(seen, self.min, 0.0)
        high = np.where(seen, self.max, 0.0)
        std = self.std
        return [
            {
                "Min": float(low[b]),
                "Max": float(high[b]),
                "Mean": float(self.mean[b]),
                "StdDev": float(std[b]),
                "M1": float(self.mean[b]),
                "M2": float(self.m2[b]),
                "Num": int(self.num[b]),
            }
            for b in range(self.band_count)
        ]

    @classmethod
    def from_state(cls, state: Sequence[Mapping[str, Any]]) -> BandStatistics:
        """Rebuild statistics from a ``BandStatsState`` list (ours or ArcGIS Pro's)."""
        if not state:
            raise ValueError("BandStatsState is empty.")
        stats = cls(len(state))
        try:
            num = np.array([int(round(float(s["Num"]))) for s in state], dtype=np.int64)
            mean = np.array([float(s.get("M1", s.get("Mean", 0.0))) for s in state])
            m2 = np.array([float(s["M2"]) for s in state])
            low = np.array([float(s["Min"]) for s in state])
            high = np.array([float(s["Max"]) for s in state])
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"BandStatsState is malformed: {exc!r}.") from None
        seen = num > 0
        stats.num, stats.mean, stats.m2 = num, np.where(seen, mean, 0.0), np.where(seen, m2, 0.0)
        stats.min, stats.max = np.where(seen, low, np.inf), np.where(seen, high, -np.inf)
        return stats


class _Summary:
    """Min, Max, Sum and Count of a stream of numbers, merged as whole arrays."""

    def __init__(self) -> None:
        self.min = np.inf
        self.max = -np.inf
        self.sum = 0.0
        self.count = 0

    def add(self, values: np.ndarray) -> None:
        """Add the numbers in ``values``."""
        values = np.asarray(values, dtype=np.float64).ravel()
        if values.size:
            self.min = min(self.min, float(values.min()))
            self.max = max(self.max, float(values.max()))
            self.sum += float(values.sum())
            self.count += int(values.size)

    def merge(self, other: _Summary) -> None:
        """Add the numbers summarised by ``other``."""
        self.min, self.max = min(self.min, other.min), max(self.max, other.max)
        self.sum += other.sum
        self.count += other.count

    def to_state(self, integral: bool) -> dict[str, Any]:
        """``{Min, Max, Mean, Sum, Count}``; Min and Max are 0 when empty."""
        cast = int if integral else float
        empty = self.count == 0
        return {
            "Min": cast(0 if empty else self.min),
            "Max": cast(0 if empty else self.max),
            "Mean": 0.0 if empty else self.sum / self.count,
            "Sum": cast(self.sum),
            "Count": self.count,
        }

    @classmethod
    def from_state(cls, state: Mapping[str, Any] | None) -> _Summary:
        """Inverse of :meth:`to_state` (also reads lower-case keys)."""
        summary = cls()
        if not state:
            return summary
        lower = {str(k).lower(): v for k, v in state.items()}
        summary.count = int(lower.get("count", 0))
        if summary.count:
            summary.min = float(lower["min"])
            summary.max = float(lower["max"])
            summary.sum = float(lower.get("sum", float(lower.get("mean", 0.0)) * summary.count))
        return summary


class _PerClassSummary:
    """Min, Max, Sum and Count per class, one array entry per class."""

    def __init__(self, size: int) -> None:
        self.min = np.full(size, np.inf)
        self.max = np.full(size, -np.inf)
        self.sum = np.zeros(size)
        self.count = np.zeros(size, dtype=np.int64)

    def add(self, index: np.ndarray, values: np.ndarray) -> None:
        """Add ``values[i]`` to class ``index[i]`` (indexes may repeat)."""
        np.minimum.at(self.min, index, values)
        np.maximum.at(self.max, index, values)
        np.add.at(self.sum, index, values)
        np.add.at(self.count, index, 1)

    def take(self, positions: Sequence[int | None]) -> _PerClassSummary:
        """A copy with entries reordered to ``positions`` (None gives an empty entry)."""
        result = _PerClassSummary(len(positions))
        for new, old in enumerate(positions):
            if old is not None:
                result.min[new], result.max[new] = self.min[old], self.max[old]
                result.sum[new], result.count[new] = self.sum[old], self.count[old]
        return result

    def merge(self, other: _PerClassSummary) -> None:
        """Add ``other`` (same class order)."""
        self.min = np.minimum(self.min, other.min)
        self.max = np.maximum(self.max, other.max)
        self.sum = self.sum + other.sum
        self.count = self.count + other.count

    def to_state(self, integral: bool) -> list[dict[str, Any]]:
        """One ``{Min, Max, Mean, Sum, Count}`` per class."""
        cast = int if integral else float
        states = []
        for i in range(len(self.count)):
            empty = self.count[i] == 0
            states.append(
                {
                    "Min": cast(0 if empty else self.min[i]),
                    "Max": cast(0 if empty else self.max[i]),
                    "Mean": 0.0 if empty else float(self.sum[i] / self.count[i]),
                    "Sum": cast(self.sum[i]),
                    "Count": int(self.count[i]),
                }
            )
        return states

    @classmethod
    def from_state(cls, states: Sequence[Mapping[str, Any]]) -> _PerClassSummary:
        """Inverse of :meth:`to_state`."""
        result = cls(len(states))
        for i, state in enumerate(states):
            summary = _Summary.from_state(state)
            result.min[i], result.max[i] = summary.min, summary.max
            result.sum[i], result.count[i] = summary.sum, summary.count
        return result


class _ClassIndex:
    """Maps class Values to their position in the class list, vectorised."""

    def __init__(self, class_values: Sequence[int]) -> None:
        self.values = tuple(int(v) for v in class_values)
        if len(set(self.values)) != len(self.values):
            raise ValueError(f"Class values must be unique, got {list(self.values)}.")
        self._order = np.argsort(np.array(self.values, dtype=np.int64), kind="stable")
        self._sorted = np.array(self.values, dtype=np.int64)[self._order]

    def __len__(self) -> int:
        return len(self.values)

    def positions(self, values: np.ndarray) -> np.ndarray:
        """Positions of ``values`` in the class list; ValueError for a value not in it."""
        values = np.asarray(values, dtype=np.int64).ravel()
        if not len(self.values):
            if values.size:
                raise ValueError(
                    f"Class values {sorted(set(values.tolist()))} are not in the (empty) class list."
                )
            return values
        pos = np.clip(np.searchsorted(self._sorted, values), 0, len(self._sorted) - 1)
        unknown = self._sorted[pos] != values
        if unknown.any():
            raise ValueError(
                f"Class values {sorted(set(values[unknown].tolist()))} "
                f"are not in the class list {list(self.values)}."
            )
        return self._order[pos]

    def mapping_to(self, target: Sequence[int]) -> list[int | None]:
        """For each value of ``target``: its position here, or None; ValueError if a value here is missing."""
        missing = set(self.values) - {int(v) for v in target}
        if missing:
            raise ValueError(
                f"Class values {sorted(missing)} are not in the target class list {list(target)}."
            )
        where = {v: i for i, v in enumerate(self.values)}
        return [where.get(int(v)) for v in target]

    def union(self, other: Sequence[int]) -> list[int]:
        """This class list followed by the values of ``other`` not in it."""
        return list(self.values) + [int(v) for v in other if int(v) not in set(self.values)]


def _take(array: np.ndarray, positions: Sequence[int | None]) -> np.ndarray:
    """``array`` reordered to ``positions``; None gives 0."""
    result = np.zeros(len(positions), dtype=array.dtype)
    for new, old in enumerate(positions):
        if old is not None:
            result[new] = array[old]
    return result


def _int_list(state: Mapping[str, Any], key: str, size: int) -> np.ndarray:
    """``state[key]`` as an int64 array of length ``size`` (ValueError otherwise)."""
    values = np.array([int(round(float(v))) for v in state.get(key, [0] * size)], dtype=np.int64)
    if len(values) != size:
        raise ValueError(f"{key} has {len(values)} entries for {size} classes.")
    return values


class _ClassTally:
    """The bookkeeping both label statistics share, arrays in ``class_values`` order.

    Chips counted, chips holding each class, an amount per class (features or
    labelled pixels), a summary over chips of how many things each holds, and a
    per-class summary (of feature areas or of pixel counts). Subclasses name the
    Esri keys in ``_KEYS``: (amount per class, per-chip summary, per-class summary).
    """

    _KEYS: tuple[str, str, str] = ("", "", "")
    _PER_CLASS_INTEGRAL = True

    def __init__(self, class_values: Sequence[int]) -> None:
        self._classes = _ClassIndex(class_values)
        size = len(self._classes)
        self.images_total = 0
        self.images_per_class = np.zeros(size, dtype=np.int64)
        self.amount_per_class = np.zeros(size, dtype=np.int64)
        self.per_image = _Summary()
        self.per_class = _PerClassSummary(size)

    @property
    def class_values(self) -> tuple[int, ...]:
        """The class Values, in the order of the per-class arrays."""
        return self._classes.values

    def _add(self, index: np.ndarray, per_class: np.ndarray, count: int, amounts: np.ndarray) -> None:
        """One chip: class positions ``index`` with ``amounts``, totals ``per_class``, ``count`` things."""
        self.images_total += 1
        self.images_per_class += per_class > 0
        self.amount_per_class += per_class
        self.per_image.add(np.array([count]))
        self.per_class.add(index, amounts)

    def add_part(self, part: tuple) -> None:
        """Add one chip's partial statistics, as a ``...Parts`` class collected them."""
        self._add(*part)

    def reindexed(self, class_values: Sequence[int]):
        """A copy whose per-class arrays follow ``class_values`` (a superset of the current classes)."""
        positions = self._classes.mapping_to(class_values)
        result = type(self)(class_values)
        result.images_total = self.images_total
        result.images_per_class = _take(self.images_per_class, positions)
        result.amount_per_class = _take(self.amount_per_class, positions)
        result.per_image.merge(self.per_image)
        result.per_class = self.per_class.take(positions)
        return result

    def merge(self, other: _ClassTally):
        """Add ``other``; classes only ``other`` has are appended to the class list."""
        union = self._classes.union(other.class_values)
        mine, theirs = self.reindexed(union), other.reindexed(union)
        self._classes = mine._classes
        self.images_total = mine.images_total + theirs.images_total
        self.images_per_class = mine.images_per_class + theirs.images_per_class
        self.amount_per_class = mine.amount_per_class + theirs.amount_per_class
        self.per_image = mine.per_image
        self.per_image.merge(theirs.per_image)
        self.per_class = mine.per_class
        self.per_class.merge(theirs.per_class)
        return self

    def to_state(self) -> dict[str, Any]:
        """Esri's statistics dict."""
        amount, per_image, per_class = self._KEYS
        return {
            "NumClasses": len(self._classes),
            "NumImagesTotal": self.images_total,
            "NumImagesPerClass": self.images_per_class.tolist(),
            amount: self.amount_per_class.tolist(),
            per_image: self.per_image.to_state(integral=True),
            per_class: self.per_class.to_state(integral=self._PER_CLASS_INTEGRAL),
        }

    @classmethod
    def from_state(cls, state: Mapping[str, Any], class_values: Sequence[int]):
        """Rebuild from Esri's statistics dict whose arrays follow ``class_values``."""
        amount, per_image, per_class = cls._KEYS
        stats = cls(class_values)
        size = len(stats._classes)
        stats.images_total = int(state.get("NumImagesTotal", 0))
        stats.images_per_class = _int_list(state, "NumImagesPerClass", size)
        stats.amount_per_class = _int_list(state, amount, size)
        stats.per_image = _Summary.from_state(state.get(per_image))
        entries = state.get(per_class) or [{}] * size
        if len(entries) != size:
            raise ValueError(f"{per_class} has {len(entries)} entries for {size} classes.")
        stats.per_class = _PerClassSummary.from_state(entries)
        return stats


class FeatureStatistics(_ClassTally):
    """Label statistics of vector labels (Esri's ``FeatureStats``), arrays in ``class_values`` order.

    ``NumImagesTotal`` counts every chip added, with or without features, and
    ``NumFeaturesPerImage`` summarises them all. Areas are in the caller's units
    (the export uses the area of the feature's part inside the chip, in chip pixels).
    """

    _KEYS = ("NumFeaturesPerClass", "NumFeaturesPerImage", "FeatureAreaPerClass")
    _PER_CLASS_INTEGRAL = False

    @property
    def features_total(self) -> int:
        """Number of features over all chips."""
        return int(self.amount_per_class.sum())

    def add_chip(self, class_values: Sequence[int], areas: Sequence[float] | None = None) -> None:
        """Add one chip holding features of the given class Values (one entry per feature) and areas."""
        index = self._classes.positions(np.asarray(class_values, dtype=np.int64))
        area = np.zeros(len(index)) if areas is None else np.asarray(areas, dtype=np.float64).ravel()
        if len(area) != len(index):
            raise ValueError(f"Got {len(area)} areas for {len(index)} features.")
        self._add(index, np.bincount(index, minlength=len(self._classes)), len(index), area)

    def to_state(self) -> dict[str, Any]:
        """Esri's ``FeatureStats`` dict (with ``NumFeaturesTotal`` after ``NumImagesTotal``)."""
        state = super().to_state()
        ordered = {key: state.pop(key) for key in ("NumClasses", "NumImagesTotal")}
        return {**ordered, "NumFeaturesTotal": self.features_total, **state}


def _value_counts(label: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct values of an integer label chip and their pixel counts (bincount when small)."""
    flat = np.asarray(label).ravel()
    if flat.size == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    if not np.issubdtype(flat.dtype, np.integer):
        if not np.all(np.mod(flat, 1) == 0):
            raise ValueError("A class label chip holds non-integer values.")
        flat = flat.astype(np.int64)
    low, high = int(flat.min()), int(flat.max())
    if low >= 0 and high < _BINCOUNT_LIMIT:
        counts = np.bincount(flat, minlength=high + 1)
        values = np.flatnonzero(counts)
        return values, counts[values]
    values, counts = np.unique(flat, return_counts=True)
    return values.astype(np.int64), counts


class ClassPixelStatistics(_ClassTally):
    """Label statistics of raster labels (Esri's ``ClassPixelStats``), arrays in ``class_values`` order.

    Pixel value 0 is background and is not counted unless 0 is in the class
    list; any other value outside the list is an error (arcgis.learn would train
    on it silently). ``PixelsPerClass`` summarises the pixel count of a class
    over the chips that hold it.
    """

    _KEYS = ("NumPixelsPerClass", "NumClassesPerImage", "PixelsPerClass")

    @property
    def pixels_total(self) -> int:
        """Number of labelled (non-background) pixels over all chips."""
        return int(self.amount_per_class.sum())

    def add_chip(self, label: np.ndarray, valid: np.ndarray | None = None) -> None:
        """Add one label chip (h, w) of class Values; ``valid`` (h, w) limits the counted pixels."""
        label = np.asarray(label)
        if valid is not None:
            label = label[np.asarray(valid, dtype=bool)]
        values, counts = _value_counts(label)
        if 0 not in self._classes.values:
            keep = values != 0
            values, counts = values[keep], counts[keep]
        index = self._classes.positions(values)
        per_class = np.zeros(len(self._classes), dtype=np.int64)
        per_class[index] = counts
        self._add(index, per_class, len(index), counts.astype(np.float64))


class BandStatisticsParts(BandStatistics):
    """Collects the partial statistics of each chip added instead of merging them.

    A cluster worker sends them with its chips; the driver merges them with
    :meth:`BandStatistics.add_part` in chip order, the same arithmetic in the same
    order as a single run, so the statistics come out bit for bit the same
    (merging whole ranges would round differently).
    """

    def __init__(self, band_count: int) -> None:
        super().__init__(band_count)
        self.parts: list[tuple[np.ndarray, ...]] = []

    def _combine(self, *part: np.ndarray) -> None:
        self.parts.append(part)

    def take(self) -> list[tuple[np.ndarray, ...]]:
        """The parts collected since the last call."""
        parts, self.parts = self.parts, []
        return parts


class _TallyParts:
    """Mixin for label statistics that collect each chip's part (see :class:`BandStatisticsParts`)."""

    parts: list[tuple]

    def _add(self, *part) -> None:
        self.parts.append(part)

    def take(self) -> list[tuple]:
        """The parts collected since the last call."""
        parts, self.parts = self.parts, []
        return parts


class FeatureStatisticsParts(_TallyParts, FeatureStatistics):
    """FeatureStatistics that collect each chip's part for the driver to add in chip order."""

    def __init__(self, class_values: Sequence[int]) -> None:
        super().__init__(class_values)
        self.parts = []


class ClassPixelStatisticsParts(_TallyParts, ClassPixelStatistics):
    """ClassPixelStatistics that collect each chip's part for the driver to add in chip order."""

    def __init__(self, class_values: Sequence[int]) -> None:
        super().__init__(class_values)
        self.parts = []
