"""Execution provider selection, checked against fake provider lists (no GPU needed)."""

import pytest
from rasterdl.core.errors import ExecutionProviderError
from rasterdl.core.model.execution import (
    PROVIDER_PREFERENCE,
    ProcessorType,
    available_providers,
    provider_name,
    select_providers,
)

CPU = "CPUExecutionProvider"
CUDA = "CUDAExecutionProvider"
TRT = "TensorrtExecutionProvider"
DML = "DmlExecutionProvider"
COREML = "CoreMLExecutionProvider"
OPENVINO = "OpenVINOExecutionProvider"
AZURE = "AzureExecutionProvider"


def test_processor_enum_order_is_public():
    assert [p.name for p in ProcessorType] == ["AUTO", "CPU", "GPU"]
    assert [int(p) for p in ProcessorType] == [0, 1, 2]


def test_preference_order():
    assert PROVIDER_PREFERENCE[:4] == (TRT, CUDA, DML, COREML)
    assert PROVIDER_PREFERENCE.index("ROCMExecutionProvider") < PROVIDER_PREFERENCE.index(OPENVINO)
    assert PROVIDER_PREFERENCE[-1] == CPU


@pytest.mark.parametrize(
    ("processor", "available", "expected"),
    [
        (ProcessorType.AUTO, [CUDA, CPU], [(CUDA, {"device_id": 0}), CPU]),
        (ProcessorType.AUTO, [TRT, CUDA, CPU], [(TRT, {"device_id": 0}), (CUDA, {"device_id": 0}), CPU]),
        (ProcessorType.AUTO, [TRT, CPU], [CPU]),
        (ProcessorType.AUTO, [CPU], [CPU]),
        (ProcessorType.AUTO, [AZURE, CPU], [CPU]),
        (ProcessorType.AUTO, [DML, CPU], [(DML, {"device_id": 0}), CPU]),
        (ProcessorType.AUTO, [CPU, COREML], [COREML, CPU]),
        (ProcessorType.AUTO, [OPENVINO, CPU], [OPENVINO, CPU]),
        (ProcessorType.AUTO, [OPENVINO, DML, CPU], [(DML, {"device_id": 0}), CPU]),
        (ProcessorType.AUTO, [], [CPU]),
        (ProcessorType.CPU, [TRT, CUDA, CPU], [CPU]),
        (ProcessorType.CPU, [CPU], [CPU]),
        (ProcessorType.GPU, [CUDA, CPU], [(CUDA, {"device_id": 0})]),
        (ProcessorType.GPU, [TRT, CUDA, CPU], [(TRT, {"device_id": 0}), (CUDA, {"device_id": 0})]),
        (ProcessorType.GPU, [DML, CPU], [(DML, {"device_id": 0})]),
        (ProcessorType.GPU, [COREML, CPU], [COREML]),
        (ProcessorType.GPU, [OPENVINO, CPU], [(OPENVINO, {"device_type": "GPU"})]),
        (2, [CUDA, CPU], [(CUDA, {"device_id": 0})]),
    ],
)
def test_selection_table(processor, available, expected):
    assert select_providers(processor, available=available) == expected


def test_gpu_id_goes_to_device_options():
    assert select_providers(ProcessorType.GPU, gpu_id=1, available=[TRT, CUDA, CPU]) == [
        (TRT, {"device_id": 1}),
        (CUDA, {"device_id": 1}),
    ]
    assert select_providers(ProcessorType.AUTO, gpu_id=3, available=[CUDA, CPU]) == [
        (CUDA, {"device_id": 3}),
        CPU,
    ]
    assert select_providers(ProcessorType.GPU, gpu_id=2, available=[OPENVINO, CPU]) == [
        (OPENVINO, {"device_type": "GPU.2"})
    ]
    assert select_providers(ProcessorType.CPU, gpu_id=5, available=[CUDA, CPU]) == [CPU]


@pytest.mark.parametrize("processor", list(ProcessorType))
def test_negative_gpu_id_is_an_error(processor):
    with pytest.raises(ExecutionProviderError, match="GPU id"):
        select_providers(processor, gpu_id=-1, available=[CUDA, CPU])


def test_gpu_without_gpu_provider_names_what_exists_and_how_to_fix():
    with pytest.raises(ExecutionProviderError) as info:
        select_providers(ProcessorType.GPU, available=[AZURE, CPU])
    message = str(info.value)
    assert AZURE in message and CPU in message
    assert "onnxruntime-gpu" in message
    assert "CPU processor" in message


def test_gpu_with_tensorrt_but_no_cuda_is_an_error():
    with pytest.raises(ExecutionProviderError):
        select_providers(ProcessorType.GPU, available=[TRT, CPU])


def test_provider_name_strips_options():
    assert provider_name((CUDA, {"device_id": 0})) == CUDA
    assert provider_name(CPU) == CPU


def test_available_providers_of_this_build():
    providers = available_providers()
    assert CPU in providers
    assert select_providers(ProcessorType.AUTO)[-1] == CPU
