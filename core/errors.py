"""Errors the engine raises for problems a user can fix.

Every message says what is wrong and how to fix it; the algorithms turn these
into ``QgsProcessingException`` without a traceback.
"""


class RasterDLError(Exception):
    """Base class of every user-facing error raised by the engine."""


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
