"""Parameter types shared by the tools."""

from __future__ import annotations

from qgis.core import QgsProcessingParameterFile
from qgis.PyQt.QtCore import QCoreApplication


def model_file_filter() -> str:
    """The file dialog's filter, in the user's language."""
    return QCoreApplication.translate(
        "RasterDL", "Deep learning models (*.emd *.dlpk *.onnx *.json);;All files (*.*)"
    )


class ModelSourceParameter(QgsProcessingParameterFile):
    """A model file (.emd, .dlpk, .onnx, .json) or a model definition as a JSON string.

    QGIS's file parameter refuses text that does not look like a path, so a
    JSON string given on the command line or in a model would be rejected
    before the tool sees it; this subclass accepts both.
    """

    def __init__(self, name: str, description: str, optional: bool = False) -> None:
        super().__init__(
            name,
            description,
            QgsProcessingParameterFile.File,
            "",
            None,
            optional,
            model_file_filter(),
        )

    def clone(self) -> ModelSourceParameter:
        copy = ModelSourceParameter(self.name(), self.description())
        copy.setFlags(self.flags())
        copy.setHelp(self.help())
        return copy

    def checkValueIsAcceptable(self, value, context=None) -> bool:
        if isinstance(value, str) and value.strip().startswith("{"):
            return True
        if context is None:
            return super().checkValueIsAcceptable(value)
        return super().checkValueIsAcceptable(value, context)
