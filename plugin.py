"""The QGIS plugin object: registers the Processing provider and the translator."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .core.install.dependencies import dependencies_dir

PLUGIN_DIR = Path(__file__).resolve().parent
INSTALLER_ID = "rasterdl:installdependencies"


def add_dependencies_dir_to_path() -> None:
    """Let Python find packages installed for the plugin, after QGIS's own ones."""
    folder = str(dependencies_dir())
    if Path(folder).is_dir() and folder not in sys.path:
        sys.path.append(folder)


def onnxruntime_available() -> bool:
    """Whether Python can find onnxruntime, without importing it (QGIS start stays fast)."""
    try:
        return importlib.util.find_spec("onnxruntime") is not None
    except (ImportError, ValueError):
        return False


def _tr(text: str) -> str:
    return QCoreApplication.translate("RasterDeepLearningPlugin", text)


def user_locale() -> str:
    """Two-letter language code of the QGIS user interface, as QGIS itself runs with it.

    The translation QGIS loaded (``qgis --lang fr``, or the language set in its
    options), else QGIS's locale (its override setting or the system locale).
    """
    app = QgsApplication.instance()
    name = app.translation() if app is not None else ""
    if not name:
        name = QgsApplication.locale()
    return (name or "en")[:2].lower()


class RasterDeepLearningPlugin:
    """Plugin entry object; works with ``iface`` None under ``qgis_process``."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider = None
        self.translator = None
        self.install_action = None
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
        """Desktop start-up: the tools live in the Processing Toolbox.

        Without onnxruntime, a menu entry also opens the dependency installer's
        dialog (which installs nothing until the user asks it to).
        """
        self.initProcessing()
        if self.iface is not None and not onnxruntime_available():
            self._add_install_action()

    def _menu_name(self) -> str:
        return _tr("&Raster Deep Learning")

    def _add_install_action(self) -> None:
        from qgis.PyQt.QtGui import QIcon
        from qgis.PyQt.QtWidgets import QAction

        action = QAction(
            QIcon(str(PLUGIN_DIR / "icons" / "rasterdl.svg")),
            _tr("Install dependencies…"),
            self.iface.mainWindow(),
        )
        action.setToolTip(_tr("Install onnxruntime and OpenCV for the deep-learning tools"))
        action.triggered.connect(self.open_installer)
        self.iface.addPluginToMenu(self._menu_name(), action)
        self.install_action = action

    def open_installer(self) -> None:
        """Open the Processing dialog of the dependency installer."""
        import processing

        processing.execAlgorithmDialog(INSTALLER_ID, {})

    def unload(self) -> None:
        """Remove the menu entry, the provider and the translator."""
        if self.install_action is not None:
            self.iface.removePluginMenu(self._menu_name(), self.install_action)
            self.install_action.deleteLater()
            self.install_action = None
        if self.provider is not None:
            registry = QgsApplication.processingRegistry()
            if registry.providerById(self.provider.id()) is not None:
                registry.removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
