"""Several input rasters processed each separately: the outputs of each item, and one row per feature.

With processing mode 1 ("each raster item separately") a tool writes one
classified raster per input, named after the input, and a feature that
several rasters overlap gets one row per raster. These rules are the same
whatever reads the rasters, so they live here, apart from QGIS.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def item_output(path: str, item: str) -> str:
    """``<folder>/<output stem>_<item><suffix>``: the output of one input when each is processed alone.

    Characters other than letters, digits, ``-``, ``_`` and ``.`` in the item's name become ``_``;
    an output without a suffix gets ``.tif``. An empty ``path`` (no such output) stays empty.
    """
    if not path:
        return ""
    target = Path(path)
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in item)
    return str(target.with_name(f"{target.stem}_{safe}{target.suffix or '.tif'}"))


def probabilities_beside(path: str) -> str:
    """``<output stem>_probabilities<suffix>``: where probabilities go when asked for without a path."""
    target = Path(path)
    return str(target.with_name(f"{target.stem}_probabilities{target.suffix or '.tif'}"))


@dataclass(frozen=True)
class RasterOutputs:
    """The class raster of one job and its probability raster ("" for none)."""

    classes: str
    probabilities: str


def raster_outputs(
    output: str, probabilities: str, want_probabilities: bool, items: Sequence[str] | None
) -> list[RasterOutputs]:
    """The rasters each job writes: one job per item name in ``items``, or one (the mosaic) for None.

    Each item writes :func:`item_output` of the output (and of the probability
    raster). Probabilities wanted without a path of their own (the model argument
    return_probability_raster) go :func:`probabilities_beside` the class raster.
    """

    def job(classes: str, given: str) -> RasterOutputs:
        beside = probabilities_beside(classes) if want_probabilities else ""
        return RasterOutputs(classes, given or beside)

    if items is None:
        return [job(output, probabilities)]
    return [job(item_output(output, name), item_output(probabilities, name)) for name in items]


def feature_rows(
    keys: Sequence[Hashable], item_results: Sequence[tuple[str, Mapping[int, Any]]], separately: bool
) -> list[tuple[int, Any, str | None]]:
    """The output rows ``(feature index, result or None, item name or None)`` of features classified on items.

    ``item_results`` holds, per item (one raster, or the mosaic), its name and
    the results by feature index; a result has an ``outside`` flag. On a mosaic
    every feature gives one row, in feature order. Separately, each item gives a
    row for every feature it covers (tagged with the item's name), item after
    item; features no item covers (by ``keys``, the feature ids) follow last,
    without a result, so none is lost.
    """
    rows: list[tuple[int, Any, str | None]] = []
    for name, results in item_results:
        for index in range(len(keys)):
            result = results.get(index)
            if separately and (result is None or result.outside):
                continue
            rows.append((index, result, name if separately else None))
    if separately:
        covered = {keys[index] for index, _result, _name in rows}
        rows += [(index, None, None) for index, key in enumerate(keys) if key not in covered]
    return rows
