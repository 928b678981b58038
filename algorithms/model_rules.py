"""The normalisation and output rule a model gets, in words for the tools' logs.

Kept apart from core (which never translates) so that every sentence goes through ``tr``.
"""

from __future__ import annotations

from collections.abc import Callable

from ..core.model.definition import Normalization

_SOURCES = {
    "imagenet": "arcgis.learn's ImageNet default",
    "normalization_stats": "NormalizationStats",
    "data_range": "DataRange",
    "standardization": "ONNX metadata",
    "scale": "scaling only",
    "ultralytics": "Ultralytics",
    "none": "none",
}


def _numbers(values: tuple[float, ...]) -> str:
    if values and all(v == values[0] for v in values):
        return f"{values[0]:g}"
    return "[" + ", ".join(f"{v:g}" for v in values) + "]"


def _scaling(norm: Normalization) -> str:
    offset, scale = _numbers(norm.offset), _numbers(norm.scale)
    return f"x/{scale}" if offset == "0" else f"(x - {offset}) / {scale}"


def normalisation_text(tr: Callable[[str], str], norm: Normalization) -> str:
    """E.g. "input: x/255, no standardisation (DataRange)" or "input: x/255, then (x - mean) / std"."""
    if norm.source == "none":
        return tr("input: the raw band values, no normalisation")
    source = _SOURCES.get(norm.source, norm.source)
    if norm.mean:
        return tr("input: {0}, then (x - {1}) / {2} ({3})").format(
            _scaling(norm), _numbers(norm.mean), _numbers(norm.std), source
        )
    return tr("input: {0}, no standardisation ({1})").format(_scaling(norm), source)


def output_rule_text(tr: Callable[[str], str], rule: str) -> str:
    """The output rule the engine applied (:attr:`ClassificationStats.output_rule`)."""
    return tr("output: {0}").format(rule)
