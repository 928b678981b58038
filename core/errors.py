"""Errors the engine raises for problems a user can fix.

Every message says what is wrong and how to fix it; the algorithms turn these
into ``QgsProcessingException`` without a traceback.

Messages are translatable while core stays free of Qt: raise an error with a
plain string literal as a template and its values as keywords,
``ModelInputError("Unknown model argument '{name}'.", name=raw)``. The
English text is ``template.format(**values)``; the tools look the template up
in the translations (context ``RasterDLCore``, collected from core by
``scripts/update_translations.py``) and fill in the same values. A message
built beforehand (an f-string) stays English.
"""

from __future__ import annotations

from typing import Any

#: The translation context of the engine's message templates.
TRANSLATION_CONTEXT = "RasterDLCore"


class RasterDLError(Exception):
    """Base class of every user-facing error raised by the engine.

    ``template`` and ``values`` keep the message's parts for translation.
    """

    def __init__(self, message: Any = "", /, **values: Any) -> None:
        self.template = message if isinstance(message, str) else ""
        self.values = values
        super().__init__(message.format(**values) if values else message)


class ModelDefinitionError(RasterDLError):
    """A model definition (.emd, JSON, .dlpk, .onnx) is malformed or incomplete."""


class DependencyError(RasterDLError):
    """A runtime dependency (onnxruntime, opencv, ...) is missing."""


class ExecutionProviderError(RasterDLError):
    """The requested processor (GPU, CPU) cannot be used here."""


class ModelInputError(RasterDLError):
    """The data given to a model does not fit it (bands, tile size, dtype)."""


def one_line(exc: BaseException) -> str:
    """``exc``'s message on one line (line breaks and runs of spaces collapsed), for a one-line report."""
    return " ".join(str(exc).split()) or type(exc).__name__
