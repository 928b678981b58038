"""OnnxSession: provider reporting, batching against a direct onnxruntime call, dtypes, errors."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import onnxruntime as ort
import pytest
from rasterdl.core.errors import DependencyError, ExecutionProviderError, ModelDefinitionError, RasterDLError
from rasterdl.core.model import runtime
from rasterdl.core.model.execution import ProcessorType
from rasterdl.core.model.runtime import OnnxSession

from tests.onnx_models import mean_brightness_classifier, scale_model

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    folder = tmp_path_factory.mktemp("models")
    return {
        "dynamic": scale_model(folder / "dynamic.onnx", factor=2.0),
        "batch2": scale_model(folder / "batch2.onnx", factor=3.0, batch=2),
        "size8": scale_model(folder / "size8.onnx", factor=0.5, size=8),
        "uint8": scale_model(folder / "uint8.onnx", factor=1.0, dtype="uint8"),
        "float16": scale_model(folder / "float16.onnx", factor=2.0, dtype="float16"),
        "classifier": mean_brightness_classifier(folder / "classifier.onnx", thresholds=(0.3, 0.6)),
    }


@pytest.fixture(scope="module")
def dynamic(models):
    return OnnxSession(models["dynamic"])


def direct(path, batch):
    """What onnxruntime itself returns for ``batch``, for comparison."""
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    return session.run(None, {session.get_inputs()[0].name: batch})


def chips(count, size=6, bands=3, seed=0):
    return np.random.default_rng(seed).random((count, bands, size, size), dtype=np.float32)


def test_reports_cpu_provider_and_tensor_info(dynamic):
    assert dynamic.provider == "CPUExecutionProvider"
    assert dynamic.providers[0] == "CPUExecutionProvider"
    assert not dynamic.fell_back
    assert dynamic.input.name == "input"
    assert dynamic.input.dtype == "float32"
    assert dynamic.input.shape == (None, 3, None, None)
    assert [o.name for o in dynamic.outputs] == ["output"]
    assert dynamic.fixed_batch is None
    assert dynamic.fixed_size is None


@pytest.mark.parametrize("processor", [ProcessorType.AUTO, ProcessorType.CPU])
def test_processor_choices_run_on_cpu_here(models, processor):
    session = OnnxSession(models["dynamic"], processor=processor, threads=1, optimization="basic")
    assert session.provider == "CPUExecutionProvider"


def test_gpu_request_without_gpu_provider_fails(models):
    if any(p != "CPUExecutionProvider" for p in runtime.select_providers(ProcessorType.AUTO)[:-1]):
        pytest.skip("this onnxruntime has a GPU provider")
    with pytest.raises(ExecutionProviderError, match="onnxruntime-gpu"):
        OnnxSession(models["dynamic"], processor=ProcessorType.GPU)


def test_unusable_provider_fallback_is_reported(models, monkeypatch):
    requested = [("CUDAExecutionProvider", {"device_id": 0}), "CPUExecutionProvider"]
    monkeypatch.setattr(runtime, "select_providers", lambda processor, gpu_id: requested)
    session = OnnxSession(models["dynamic"])
    assert session.requested_providers == requested
    assert session.provider == "CPUExecutionProvider"
    assert session.fell_back


@pytest.mark.parametrize("count", [1, 5, 7])
@pytest.mark.parametrize("batch_size", [1, 2, 4, 10])
def test_run_batches_matches_direct_call(models, dynamic, count, batch_size):
    data = chips(count, seed=count)
    (out,) = dynamic.run_batches(data, batch_size)
    (expected,) = direct(models["dynamic"], data)
    assert out.shape == (count, 3, 6, 6)
    np.testing.assert_array_equal(out, expected)
    np.testing.assert_allclose(out, data * 2, rtol=1e-6)


@pytest.mark.parametrize("count", [1, 2, 5, 7])
def test_fixed_batch_pads_and_drops_padding(models, count):
    session = OnnxSession(models["batch2"])
    assert session.fixed_batch == 2
    data = chips(count, seed=10 + count)
    (out,) = session.run(data)
    assert out.shape == (count, 3, 6, 6)
    padded = np.concatenate([data, np.zeros((count % 2, 3, 6, 6), dtype=np.float32)])
    expected = np.concatenate([direct(models["batch2"], padded[i : i + 2])[0] for i in range(0, count, 2)])
    np.testing.assert_array_equal(out, expected[:count])
    np.testing.assert_allclose(out, data * 3, rtol=1e-6)
    for batch_size in (1, 3, 4):
        (batched,) = session.run_batches(data, batch_size)
        np.testing.assert_array_equal(batched, out)


def test_fixed_spatial_size(models):
    session = OnnxSession(models["size8"])
    assert session.fixed_size == (8, 8)
    assert session.fixed_batch is None
    data = chips(3, size=8)
    (out,) = session.run(data)
    np.testing.assert_array_equal(out, direct(models["size8"], data)[0])
    with pytest.raises(RasterDLError, match="tile size"):
        session.run(chips(1, size=6))


def test_wrong_band_count_or_rank_is_explained(dynamic):
    with pytest.raises(RasterDLError, match="dimension 1"):
        dynamic.run(chips(1, bands=4))
    with pytest.raises(RasterDLError, match="4 dimensions"):
        dynamic.run(np.zeros((3, 6, 6), dtype=np.float32))
    with pytest.raises(RasterDLError, match="empty"):
        dynamic.run(np.zeros((0, 3, 6, 6), dtype=np.float32))
    with pytest.raises(RasterDLError, match="batch size"):
        dynamic.run_batches(chips(1), 0)


def test_uint8_input_is_cast(models):
    session = OnnxSession(models["uint8"])
    assert session.input.dtype == "uint8"
    raw = np.arange(2 * 3 * 4 * 4, dtype=np.float64).reshape(2, 3, 4, 4) * 3 - 10
    (out,) = session.run(raw)
    expected = np.clip(np.rint(raw), 0, 255).astype(np.uint8)
    np.testing.assert_array_equal(out, expected.astype(np.float32))
    np.testing.assert_array_equal(out, direct(models["uint8"], expected)[0])


def test_float16_input_is_cast(models):
    session = OnnxSession(models["float16"])
    assert session.input.dtype == "float16"
    data = chips(3)
    (out,) = session.run_batches(data, 2)
    np.testing.assert_array_equal(out, direct(models["float16"], data.astype(np.float16))[0])


def test_non_image_output_is_concatenated(models):
    session = OnnxSession(models["classifier"])
    data = chips(5)
    (out,) = session.run_batches(data, 2)
    assert out.shape == (5, 3)
    np.testing.assert_allclose(out, direct(models["classifier"], data)[0], rtol=1e-6)


def test_session_run_seconds_accumulates(models):
    session = OnnxSession(models["batch2"])
    assert session.session_run_seconds == 0
    session.run(chips(5))
    first = session.session_run_seconds
    assert first > 0
    session.run(chips(1))
    assert session.session_run_seconds > first


def test_missing_file(tmp_path):
    with pytest.raises(ModelDefinitionError, match="missing.onnx"):
        OnnxSession(tmp_path / "missing.onnx")


def test_corrupt_file_is_one_line_with_onnxruntime_message(tmp_path):
    path = tmp_path / "broken.onnx"
    path.write_bytes(b"this is not\nan onnx model")
    with pytest.raises(ModelDefinitionError) as info:
        OnnxSession(path)
    message = str(info.value)
    assert "broken.onnx" in message
    assert "\n" not in message
    assert len(message) > len("onnxruntime cannot load the model broken.onnx: ") + 10


def test_bad_options(models):
    with pytest.raises(RasterDLError, match="disable, basic, extended, all"):
        OnnxSession(models["dynamic"], optimization="fast")
    with pytest.raises(RasterDLError, match="thread"):
        OnnxSession(models["dynamic"], threads=-1)


def test_intra_op_workers_do_not_spin():
    """The tools' reading and blending threads need the cores that spinning workers would burn."""
    options = OnnxSession._session_options(ort, 0, "all")
    assert options.get_session_config_entry("session.intra_op.allow_spinning") == "0"
    assert options.graph_optimization_level == ort.GraphOptimizationLevel.ORT_ENABLE_ALL


def test_missing_onnxruntime_raises_dependency_error(models, monkeypatch):
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    with pytest.raises(DependencyError, match="onnxruntime"):
        OnnxSession(models["dynamic"])


def test_module_imports_without_onnxruntime():
    code = (
        "import sys; sys.modules['onnxruntime'] = None; "
        "sys.path.insert(0, 'tests'); import conftest; "
        "import rasterdl.core.model.runtime, rasterdl.core.model.execution, rasterdl.core.model.preprocess"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
