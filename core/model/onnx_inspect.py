"""Read an ONNX model's inputs, outputs and metadata without running it.

Cheap byte sniffing comes first so that the usual mistakes (a PyTorch
checkpoint, a text file) get a clear message instead of a protobuf error; then
onnxruntime loads the model on the CPU, which also proves that it can run here.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import ModelDefinitionError, one_line
from ..install.dependencies import require
from .definition import TensorInfo

#: First byte of a serialised ModelProto: the tag of one of its fields (ir_version = 0x08 comes first).
_MODELPROTO_FIRST_BYTES = frozenset({0x08, 0x12, 0x1A, 0x22, 0x28, 0x32, 0x3A, 0x42, 0x72, 0xA2, 0xCA})

#: onnxruntime type string -> numpy dtype name
ORT_DTYPES = {
    "tensor(float)": "float32",
    "tensor(double)": "float64",
    "tensor(float16)": "float16",
    "tensor(bfloat16)": "bfloat16",
    "tensor(uint8)": "uint8",
    "tensor(int8)": "int8",
    "tensor(uint16)": "uint16",
    "tensor(int16)": "int16",
    "tensor(uint32)": "uint32",
    "tensor(int32)": "int32",
    "tensor(uint64)": "uint64",
    "tensor(int64)": "int64",
    "tensor(bool)": "bool",
    "tensor(string)": "object",
}

_CACHE_SIZE = 16


@dataclass(frozen=True)
class OnnxModelInfo:
    """What an ONNX file declares: its tensors, its ``metadata_props`` and its producer."""

    path: Path
    inputs: tuple[TensorInfo, ...]
    outputs: tuple[TensorInfo, ...]
    metadata: dict[str, str] = field(default_factory=dict, hash=False)
    producer: str = ""


_cache: OrderedDict[tuple, OnnxModelInfo] = OrderedDict()
_cache_lock = threading.Lock()


def inspect_onnx(path: Path) -> OnnxModelInfo:
    """Describe the ONNX model at ``path``; raise :class:`ModelDefinitionError` if it is not one.

    Results are cached per (path, size, modification time): loading a large
    model is slow and the tools ask for the same model many times.
    """
    path = Path(path)
    _sniff(path)
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    with _cache_lock:
        cached = _cache.get(key)
        if cached is not None:
            _cache.move_to_end(key)
    if cached is None:
        cached = _load(path)
        with _cache_lock:
            _cache[key] = cached
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    return replace(cached, path=path, metadata=dict(cached.metadata))


def _sniff(path: Path) -> None:
    """Reject what is certainly not an ONNX file, with a message saying what it is."""
    try:
        is_dir = path.is_dir()
    except (OSError, ValueError):
        is_dir = False
    if is_dir:
        raise ModelDefinitionError(
            "The model file '{path}' is a folder, not an ONNX model. Choose the .onnx file itself.", path=path
        )
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise ModelDefinitionError(
            "Cannot read the model file '{path}': {error}.", path=path, error=one_line(exc)
        ) from exc
    if not head:
        raise ModelDefinitionError(
            "The model file '{name}' is empty, so it is not an ONNX model. Export the model to ONNX again.",
            name=path.name,
        )
    if head.startswith(b"PK"):
        raise ModelDefinitionError(
            "The model file '{name}' is a PyTorch checkpoint (a zip archive saved by torch.save), "
            "not an ONNX model. Export it to ONNX with torch.onnx.export and point ModelFile at the "
            ".onnx file (a .dlpk package must be given as the model itself, not as its ModelFile).",
            name=path.name,
        )
    if head[0] == 0x80:
        raise ModelDefinitionError(
            "The model file '{name}' is a Python pickle (e.g. an old PyTorch checkpoint), "
            "not an ONNX model. Export it to ONNX with torch.onnx.export.",
            name=path.name,
        )
    if head.startswith(b"\x89HDF"):
        raise ModelDefinitionError(
            "The model file '{name}' is an HDF5 file (e.g. a Keras model), not an ONNX model. "
            "Convert it to ONNX (for example with tf2onnx).",
            name=path.name,
        )
    if head[0] not in _MODELPROTO_FIRST_BYTES:
        raise ModelDefinitionError(
            "The model file '{name}' is not an ONNX model (it does not start like one). "
            "Choose a .onnx file exported from your training framework.",
            name=path.name,
        )


def _load(path: Path) -> OnnxModelInfo:
    ort = require("onnxruntime")
    options = ort.SessionOptions()
    options.log_severity_level = 3
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    try:
        session = ort.InferenceSession(str(path), sess_options=options, providers=["CPUExecutionProvider"])
        meta = session.get_modelmeta()
        inputs = tuple(tensor_info(arg) for arg in session.get_inputs())
        outputs = tuple(tensor_info(arg) for arg in session.get_outputs())
        metadata = {str(k): str(v) for k, v in (meta.custom_metadata_map or {}).items()}
        producer = str(meta.producer_name or "")
    except Exception as exc:  # onnxruntime raises many unrelated exception types
        reason = one_line(exc)
        if len(reason) > 400:
            reason = reason[:400] + "..."
        raise ModelDefinitionError(
            "onnxruntime cannot load the model file '{name}': {reason}. "
            "Check that it is a complete ONNX file supported by this onnxruntime version.",
            name=path.name,
            reason=reason,
        ) from exc
    if not inputs:
        raise ModelDefinitionError(
            "The ONNX model '{name}' has no input, so it cannot take an image.", name=path.name
        )
    return OnnxModelInfo(path=path, inputs=inputs, outputs=outputs, metadata=metadata, producer=producer)


def tensor_info(arg) -> TensorInfo:
    """A TensorInfo from an onnxruntime NodeArg; symbolic or unknown dimensions become None."""
    shape = arg.shape if isinstance(arg.shape, (list, tuple)) else ()
    dims = tuple(d if isinstance(d, int) and not isinstance(d, bool) and d >= 0 else None for d in shape)
    dtype = ORT_DTYPES.get(arg.type, "object")
    return TensorInfo(name=str(arg.name), shape=dims, dtype=dtype)
