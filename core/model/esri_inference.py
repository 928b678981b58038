"""The rules of Esri's own inference that change results, so that an Esri model gives ArcGIS Pro's pixels.

Read (not copied) from arcgis.learn 2.4.4: the ``ArcGISImageClassifier.py`` raster function that
``model.save()`` writes beside a pixel classifier, and ``arcgis/learn/models/_inferencing/util.py``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .definition import ClassInfo, ModelDefinition


class BackgroundDefault(str, enum.Enum):
    """Why ``predict_background`` defaults the way it does for a model."""

    #: An Esri model listing two or more classes, none with Value 0: ArcGIS Pro defaults to false, so
    #: the background channel (0) that arcgis.learn adds at training never wins.
    ESRI_NO_ZERO_CLASS = "esri_no_zero_class"
    #: An Esri model with a class of Value 0: ArcGIS Pro keeps the raster function's default, true.
    ESRI_ZERO_CLASS = "esri_zero_class"
    #: An Esri model with at most one class: ArcGIS Pro keeps the default, true.
    ESRI_ONE_CLASS = "esri_one_class"
    #: Not an Esri definition (a bare ONNX model): true, channel 0 is a class like the others.
    NOT_ESRI = "not_esri"

    @property
    def value_default(self) -> bool:
        """The default of ``predict_background`` under this rule."""
        return self is not BackgroundDefault.ESRI_NO_ZERO_CLASS


def background_default(classes: Iterable[ClassInfo], esri: bool) -> BackgroundDefault:
    """The rule of ArcGIS Pro's pixel classifier: ``predict_background`` is false when the .emd lists more
    than one class and none has Value 0, true otherwise (ArcGISImageClassifier.getParameterInfo)."""
    if not esri:
        return BackgroundDefault.NOT_ESRI
    values = {info.value for info in classes}
    if 0 in values:
        return BackgroundDefault.ESRI_ZERO_CLASS
    if len(values) > 1:
        return BackgroundDefault.ESRI_NO_ZERO_CLASS
    return BackgroundDefault.ESRI_ONE_CLASS


def definition_background_default(definition: ModelDefinition) -> BackgroundDefault:
    """:func:`background_default` of a loaded definition."""
    return background_default(definition.classes, definition.source_kind in ("emd", "json", "dlpk"))


def ignored_keys(definition: ModelDefinition) -> list[str]:
    """The definition's keys that the plugin reads but that change nothing in its results, sorted."""
    return sorted(definition.extra)


@dataclass(frozen=True)
class BackgroundReport:
    """Which predict_background applies to a run and why, and the output channels that never win."""

    #: Why predict_background defaults as it does for the model.
    default_rule: BackgroundDefault
    #: The predict_background the run uses.
    predict_background: bool
    #: ``(channel, class name or None)`` of the model's ignore_mapped_class channels.
    never_win: tuple[tuple[int, str | None], ...]

    @property
    def is_default(self) -> bool:
        """Whether the run keeps the model's default predict_background."""
        return self.predict_background == self.default_rule.value_default


def background_report(
    definition: ModelDefinition, predict_background: bool, classes: Sequence[ClassInfo]
) -> BackgroundReport:
    """What a pixel-classification run reports of predict_background (its default and why) and of the
    channels that never win; ``classes`` are the output classes in channel order (a channel beyond them has
    no name)."""
    never_win = tuple(
        (channel, classes[channel].name if channel < len(classes) else None)
        for channel in definition.ignore_mapped_class
    )
    return BackgroundReport(definition_background_default(definition), predict_background, never_win)
