"""Processing provider ``rasterdl``: lists the tools in the Processing Toolbox."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..algorithms import all_algorithms

ICON = Path(__file__).resolve().parents[1] / "icons" / "rasterdl.svg"


class RasterDeepLearningProvider(QgsProcessingProvider):
    """Provider of the deep-learning tools. Importing it never imports onnxruntime."""

    PROVIDER_ID = "rasterdl"

    def id(self) -> str:
        return self.PROVIDER_ID

    def name(self) -> str:
        return QCoreApplication.translate("RasterDeepLearningProvider", "Raster Deep Learning")

    def longName(self) -> str:
        return self.name()

    def icon(self) -> QIcon:
        return QIcon(str(ICON))

    def svgIconPath(self) -> str:
        return str(ICON)

    def loadAlgorithms(self) -> None:
        for algorithm in all_algorithms():
            self.addAlgorithm(algorithm)
