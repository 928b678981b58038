"""Choice of the onnxruntime execution providers (CPU, CUDA, DirectML, ...) for a session.

:func:`select_providers` is a pure function of the processor the user picked and
the providers this onnxruntime build offers, so the whole decision table is
testable without a GPU.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any, Union

from ..errors import ExecutionProviderError
from ..install.dependencies import require

TENSORRT = "TensorrtExecutionProvider"
CUDA = "CUDAExecutionProvider"
DIRECTML = "DmlExecutionProvider"
COREML = "CoreMLExecutionProvider"
ROCM = "ROCMExecutionProvider"
MIGRAPHX = "MIGraphXExecutionProvider"
OPENVINO = "OpenVINOExecutionProvider"
CPU = "CPUExecutionProvider"

#: Providers the plugin uses, best first; any other provider onnxruntime lists is ignored.
PROVIDER_PREFERENCE = (TENSORRT, CUDA, DIRECTML, COREML, ROCM, MIGRAPHX, OPENVINO, CPU)

#: Providers that accept a ``device_id`` option selecting the GPU.
_DEVICE_ID_PROVIDERS = frozenset({TENSORRT, CUDA, DIRECTML, ROCM, MIGRAPHX})

#: One entry of the ``providers`` argument of ``onnxruntime.InferenceSession``.
ProviderSpec = Union[str, tuple[str, dict[str, Any]]]


class ProcessorType(enum.IntEnum):
    """Where inference runs; the values are the indexes of a public Processing enum parameter."""

    AUTO = 0
    CPU = 1
    GPU = 2


def available_providers() -> list[str]:
    """Execution providers the installed onnxruntime offers (raises DependencyError without it)."""
    return list(require("onnxruntime").get_available_providers())


def provider_name(spec: ProviderSpec) -> str:
    """The provider name of a ``select_providers`` entry, with or without options."""
    return spec if isinstance(spec, str) else spec[0]


def _accelerators(available: Sequence[str]) -> list[str]:
    """The non-CPU providers to use, best first: the best one only, or TensorRT then CUDA.

    TensorRT needs the CUDA provider for the nodes it cannot take, so it is only
    chosen when CUDA is listed too, and CUDA then follows it as the fallback.
    """
    offered = set(available)
    if TENSORRT in offered and CUDA in offered:
        return [TENSORRT, CUDA]
    for name in PROVIDER_PREFERENCE:
        if name not in (TENSORRT, CPU) and name in offered:
            return [name]
    return []


def _with_options(name: str, gpu_id: int, processor: ProcessorType) -> ProviderSpec:
    """Attach the device options ``name`` takes: ``device_id`` or OpenVINO's ``device_type``."""
    if name in _DEVICE_ID_PROVIDERS:
        return (name, {"device_id": gpu_id})
    if name == OPENVINO and processor == ProcessorType.GPU:
        return (name, {"device_type": "GPU" if gpu_id == 0 else f"GPU.{gpu_id}"})
    return name


def select_providers(
    processor: ProcessorType | int,
    gpu_id: int = 0,
    available: Sequence[str] | None = None,
) -> list[ProviderSpec]:
    """Providers for ``InferenceSession``, best first, for the ``processor`` the user picked.

    AUTO takes the best accelerator ``available`` offers and CPU as the fallback;
    CPU takes CPU only; GPU takes the best accelerator and fails when there is none.
    ``available`` defaults to what the installed onnxruntime offers.
    """
    processor = ProcessorType(processor)
    if gpu_id < 0:
        raise ExecutionProviderError(
            "The GPU id must be 0 or more, got {gpu_id}. Use 0 for the first GPU.", gpu_id=gpu_id
        )
    if processor == ProcessorType.CPU:
        return [CPU]
    offered = list(available_providers() if available is None else available)
    chosen: list[ProviderSpec] = [_with_options(name, gpu_id, processor) for name in _accelerators(offered)]
    if processor == ProcessorType.AUTO:
        return [*chosen, CPU]
    if not chosen:
        listed = ", ".join(offered) if offered else "none"
        raise ExecutionProviderError(
            "No GPU execution provider is available in the installed onnxruntime "
            "(it offers: {listed}). Install onnxruntime-gpu for an NVIDIA GPU "
            "(or onnxruntime-directml on Windows) in place of onnxruntime, "
            "or choose the CPU processor.",
            listed=listed,
        )
    return chosen
