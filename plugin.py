"""The QGIS plugin object: registers the Processing provider and the translator."""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from .core.dependencies import dependencies_dir

PLUGIN_DIR = Path(__file__).resolve().parent


def add_dependencies_dir_to_path() -> None:
    """Let Python find packages installed for the plugin, after QGIS's own ones."""
    folder = str(dependencies_dir())
    if Path(folder).is_dir() and folder not in sys.path:
        sys.path.append(folder)


def user_locale() -> str:
    """Two-letter language code of the QGIS user interface."""
    settings = QSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "", type=str)
    else:
        name = QLocale.system().name()
    return (name or "en")[:2]


class RasterDeepLearningPlugin:
    """Plugin entry object; works with ``iface`` None under ``qgis_process``."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider = None
        self.translator = None
        add_dependencies_dir_to_path()
        self._install_translator()

    def _install_translator(self) -> None:
        qm_file = PLUGIN_DIR / "i18n" / f"rasterdl_{user_locale()}.qm"
        if not qm_file.is_file():
            return
        translator = QTranslator()
        if translator.load(str(qm_file)):
            QCoreApplication.installTranslator(translator)
            self.translator = translator

    def initProcessing(self) -> None:
        """Register the provider once, however often QGIS calls this."""
        from .provider.provider import RasterDeepLearningProvider

        registry = QgsApplication.processingRegistry()
        if self.provider is not None and registry.providerById(self.provider.id()) is not None:
            return
        existing = registry.providerById(RasterDeepLearningProvider.PROVIDER_ID)
        if existing is not None:
            self.provider = existing
            return
        self.provider = RasterDeepLearningProvider()
        registry.addProvider(self.provider)

    def initGui(self) -> None:
        """Desktop start-up: the tools live in the Processing Toolbox."""
        self.initProcessing()

    def unload(self) -> None:
        """Remove the provider and the translator."""
        if self.provider is not None:
            registry = QgsApplication.processingRegistry()
            if registry.providerById(self.provider.id()) is not None:
                registry.removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
