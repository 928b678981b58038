"""Behaviour shared by every Raster Deep Learning tool."""

from __future__ import annotations

import contextlib
import html
import signal
import threading
import traceback
from pathlib import Path
from typing import Any

from qgis.core import QgsFeatureSink, QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingUtils
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.engine.contracts import Cancelled
from ..core.errors import TRANSLATION_CONTEXT, RasterDLError
from ..core.model.definition import ModelType
from ..core.output.guard import check_outputs

ICONS = Path(__file__).resolve().parents[1] / "icons"
#: Translates the engine's templates; they are literals in core, where the translation script collects them.
_translate_core = QCoreApplication.translate


class RasterDLAlgorithm(QgsProcessingAlgorithm):
    """Base tool: translation, grouping, and engine errors as clean Processing errors.

    Subclasses implement :meth:`run_tool` instead of ``processAlgorithm``; any
    :class:`RasterDLError` it raises reaches the user as one clear message,
    never as a traceback, and a cancelled run (:class:`Cancelled`, whichever
    engine raised it) as the tool's :meth:`cancelled_text`.
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

    def help_paragraphs(self) -> list[str]:
        """The tool's description, one plain-text paragraph per item (HTML is escaped when shown)."""
        return []

    def parameter_help(self) -> dict[str, str]:
        """Plain-text help of each parameter, by parameter name: what it is, its default, its values."""
        return {}

    def output_help(self) -> dict[str, str]:
        """Plain-text help of each output, by output name."""
        return {}

    def model_source_help(self) -> str:
        """The model sources every tool reads, for the help of a MODEL parameter."""
        return self.tr(
            "an Esri model definition (.emd), a deep-learning package (.dlpk), a bare ONNX model (.onnx; "
            "settings from its Deepness/GeoDeep metadata, or inferred from its input and output shapes) "
            "or a model definition as a JSON string. Python code inside a .dlpk is never run."
        )

    def addParameter(self, definition, create_output: bool = True) -> bool:
        """Add a parameter with its help from :meth:`parameter_help` (``qgis_process help`` prints it)."""
        text = self.parameter_help().get(definition.name())
        if text:
            definition.setHelp(text)
        return super().addParameter(definition, create_output)

    def shortHelpString(self) -> str:
        """The description, then every parameter and output with its help, as HTML.

        The Processing dialog shows each line as a paragraph and renders the tags;
        ``qgis_process help`` prints the text as it is.
        """
        tool = self
        if not self.parameterDefinitions():
            tool = self.createInstance()
            tool.initAlgorithm()
        parameters_title, outputs_title = self.tr("Parameters"), self.tr("Outputs")
        outputs = self.output_help()
        lines = ["\n\n".join(_escape(text) for text in self.help_paragraphs())]
        lines += ["", f"<h3>{_escape(parameters_title)}</h3>"]
        lines += [_help_line(p.description(), p.name(), p.help()) for p in tool.parameterDefinitions()]
        lines += ["", f"<h3>{_escape(outputs_title)}</h3>"]
        lines += [
            _help_line(o.description(), o.name(), outputs.get(o.name(), "")) for o in tool.outputDefinitions()
        ]
        return "\n".join(lines)

    def createInstance(self) -> QgsProcessingAlgorithm:
        return type(self)()

    def group(self) -> str:
        """No group: the few tools are listed directly under the provider in the toolbox."""
        return ""

    def groupId(self) -> str:
        return ""

    #: The tool's icon in ``icons/`` (every tool has its own).
    ICON = "rasterdl.svg"

    def svgIconPath(self) -> str:
        return str(ICONS / self.ICON)

    def icon(self) -> QIcon:
        return QIcon(self.svgIconPath())

    def processAlgorithm(self, parameters: dict, context, feedback) -> dict[str, Any]:
        self._run_parameters = parameters
        try:
            with signals_cancel(feedback):
                return self.run_tool(parameters, context, feedback)
        except BaseException as exc:
            # The failed run's frames hold its layers; sip keeps the error it reports (and so those
            # frames) alive until the interpreter exits, after QGIS, when a layer's destructor crashes.
            traceback.clear_frames(exc.__traceback__)
            if isinstance(exc, Cancelled):
                raise QgsProcessingException(self.cancelled_text(feedback)) from None
            if isinstance(exc, RasterDLError):
                raise QgsProcessingException(self.error_text(exc)) from None
            if isinstance(exc, OSError):
                raise QgsProcessingException(self._os_error_message(exc)) from None
            raise

    def cancelled_text(self, feedback) -> str:
        """The message of a cancelled run; a tool whose cancelled run leaves something behind says
        what (its outputs are already cleaned up when this is called)."""
        return self.tr("Cancelled.")

    def _os_error_message(self, exc: OSError) -> str:
        """One line for a failed file operation: the file, the system's reason, what to do."""
        reason = exc.strerror or str(exc)
        where = exc.filename or ""
        if exc.errno == 28:
            return self.tr(
                "The disk is full: cannot write '{0}' ({1}). Free some space or choose another folder."
            ).format(where, reason)
        return self.tr("Cannot read or write '{0}': {1}.").format(where, reason)

    def layer_sources(self, parameters: dict, context, names) -> dict[str, list[str]]:
        """The file sources named by layer parameters (raster, multiple layers, feature source), by name."""
        sources: dict[str, list[str]] = {}
        for name in names:
            if not parameters.get(name):
                continue
            value = parameters[name]
            values = value if isinstance(value, (list, tuple)) else [value]
            found = []
            for item in values:
                if hasattr(item, "source") and callable(item.source):
                    found.append(item.source())
                    continue
                static = getattr(getattr(item, "source", None), "staticValue", None)
                text = str(static() if static is not None else item)
                layer = QgsProcessingUtils.mapLayerFromString(text, context)
                found.append(layer.source() if layer is not None else text)
            sources[name] = found
        return sources

    def add_features(self, sink, features, name: str = "OUTPUT") -> None:
        """Write ``features`` into ``sink``, failing as QGIS's own tools do when the sink refuses them.

        A full disk or a broken file makes ``addFeatures`` return False; without this
        check the run would end "successfully" over a corrupt layer.
        """
        if not sink.addFeatures(list(features), QgsFeatureSink.FastInsert):
            raise QgsProcessingException(
                self.writeFeatureError(sink, getattr(self, "_run_parameters", {}), name)
            )

    def finish_sink(self, sink, name: str = "OUTPUT") -> None:
        """Flush ``sink``'s buffered features now, so a write error fails the run instead of vanishing."""
        if hasattr(sink, "flushBuffer") and not sink.flushBuffer():
            raise QgsProcessingException(
                self.writeFeatureError(sink, getattr(self, "_run_parameters", {}), name)
            )

    def refuse_overlapping_outputs(
        self, parameters: dict, context, input_names, outputs: dict[str, list[str]]
    ):
        """Fail before any work when an output is one of the inputs or another output (by real path/layer)."""
        check_outputs(self.layer_sources(parameters, context, input_names), outputs)

    def error_text(self, error: RasterDLError) -> str:
        """The engine's message in the user's language: its template translated, then its values filled in.

        English (the message as raised) when the template has no translation or
        the translation does not take the same values.
        """
        template = getattr(error, "template", "")
        if not template:
            return str(error)
        translated = _translate_core(TRANSLATION_CONTEXT, template)
        if translated == template:
            return str(error)
        try:
            return translated.format(**error.values) if error.values else translated
        except (KeyError, IndexError, ValueError):
            return str(error)

    def run_tool(self, parameters: dict, context, feedback) -> dict[str, Any]:
        """Do the tool's work; raise RasterDLError or QgsProcessingException on bad input."""
        raise NotImplementedError


@contextlib.contextmanager
def signals_cancel(feedback):
    """While the block runs, Ctrl+C (SIGINT) and SIGTERM cancel the run like the Cancel button.

    ``qgis_process`` runs the algorithm on its main thread, where Python may handle
    signals: the run then stops at its next cancellation check and cleans up its
    partial files. In QGIS desktop the algorithm runs on a worker thread, where
    signal handlers cannot be installed: nothing changes there.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    wanted = (signal.SIGINT, signal.SIGTERM)
    previous = {}
    for number in wanted:
        try:
            previous[number] = signal.getsignal(number)
            signal.signal(number, lambda _signum, _frame: feedback.cancel())
        except (ValueError, OSError):
            previous.pop(number, None)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)


def _escape(text: str) -> str:
    """Plain text made safe in HTML: ``<output>_<input name>`` must show, not vanish as a tag."""
    return html.escape(text, quote=False)


def _help_line(label: str, name: str, text: str) -> str:
    """One help entry, ``<b>label</b> (NAME): text``."""
    return f"<b>{_escape(label)}</b> ({name}): {_escape(text)}"
