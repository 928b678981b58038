"""Behaviour shared by every Raster Deep Learning tool."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import RasterDLError


class RasterDLAlgorithm(QgsProcessingAlgorithm):
    """Base tool: translation, grouping, and engine errors as clean Processing errors.

    Subclasses implement :meth:`run_tool` instead of ``processAlgorithm``; any
    :class:`RasterDLError` it raises reaches the user as one clear message,
    never as a traceback.
    """

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("RasterDL", text)

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
