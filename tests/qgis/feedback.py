"""A Processing feedback that keeps what a tool wrote to the log, for tests to read."""

from __future__ import annotations

from qgis.core import QgsProcessingFeedback


class Log(QgsProcessingFeedback):
    """Keeps the info lines (``lines``) and the warnings (``warnings``) a tool pushes."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []
        self.warnings: list[str] = []

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self.lines.append(info)

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        self.warnings.append(warning)

    def text(self) -> str:
        """The info lines as one text."""
        return "\n".join(self.lines)
