"""Behaviour shared by every Raster Deep Learning tool."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import RasterDLError
from ..core.model_definition import ModelType


class RasterDLAlgorithm(QgsProcessingAlgorithm):
    """Base tool: translation, grouping, and engine errors as clean Processing errors.

    Subclasses implement :meth:`run_tool` instead of ``processAlgorithm``; any
    :class:`RasterDLError` it raises reaches the user as one clear message,
    never as a traceback.
    """

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("RasterDL", text)

    def model_type_label(self, model_type: ModelType) -> str:
        """The translated name of a model type, e.g. 'pixel classification'."""
        labels = {
            ModelType.PIXEL_CLASSIFICATION: self.tr("pixel classification"),
            ModelType.OBJECT_CLASSIFICATION: self.tr("object classification"),
            ModelType.OBJECT_DETECTION: self.tr("object detection"),
            ModelType.INSTANCE_DETECTION: self.tr("instance segmentation"),
            ModelType.CHANGE_DETECTION: self.tr("change detection"),
            ModelType.SUPER_RESOLUTION: self.tr("super resolution"),
            ModelType.IMAGE_TRANSLATION: self.tr("image translation"),
            ModelType.REGRESSION: self.tr("pixel regression"),
            ModelType.UNKNOWN: self.tr("unknown"),
        }
        return labels.get(model_type, model_type.label)

    def createInstance(self) -> QgsProcessingAlgorithm:
        return type(self)()

    def group(self) -> str:
        return self.tr("Deep learning")

    def groupId(self) -> str:
        return "deeplearning"

    def processAlgorithm(self, parameters: dict, context, feedback) -> dict[str, Any]:
        try:
            return self.run_tool(parameters, context, feedback)
        except RasterDLError as exc:
            raise QgsProcessingException(str(exc)) from None

    def run_tool(self, parameters: dict, context, feedback) -> dict[str, Any]:
        """Do the tool's work; raise RasterDLError or QgsProcessingException on bad input."""
        raise NotImplementedError
