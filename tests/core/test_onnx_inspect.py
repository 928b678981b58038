"""inspect_onnx: tensors, dynamic dims, dtypes, metadata, and clear messages for non-ONNX files."""

import os
import pickle
import zipfile

import pytest
from rasterdl.core.errors import ModelDefinitionError
from rasterdl.core.model.definition import TensorInfo
from rasterdl.core.model.onnx_inspect import OnnxModelInfo, inspect_onnx

from tests.onnx_models import band_threshold_segmenter, mean_brightness_classifier, scale_model


def test_fixed_dimensions_and_names(tmp_path):
    path = band_threshold_segmenter(tmp_path / "seg.onnx", bands=4, batch=2, size=32)
    info = inspect_onnx(path)
    assert isinstance(info, OnnxModelInfo)
    assert info.inputs == (TensorInfo("input", (2, 4, 32, 32), "float32"),)
    assert info.outputs == (TensorInfo("output", (2, 2, 32, 32), "float32"),)
    assert info.metadata == {}
    assert info.path == path


def test_dynamic_dimensions_become_none(tmp_path):
    info = inspect_onnx(scale_model(tmp_path / "dyn.onnx", bands=5))
    assert info.inputs[0].shape == (None, 5, None, None)
    assert info.outputs[0].shape == (None, 5, None, None)


@pytest.mark.parametrize("dtype", ["uint8", "float16", "float32"])
def test_numpy_dtype_names(tmp_path, dtype):
    info = inspect_onnx(scale_model(tmp_path / f"{dtype}.onnx", dtype=dtype))
    assert info.inputs[0].dtype == dtype
    assert info.outputs[0].dtype == "float32"


def test_metadata_props_are_returned_raw(tmp_path):
    meta = {"model_type": "Segmentor", "class_names": {"0": "bg", "1": "water"}, "tiles_size": 256}
    info = inspect_onnx(scale_model(tmp_path / "meta.onnx", metadata=meta))
    assert info.metadata == {
        "model_type": "Segmentor",
        "class_names": '{"0": "bg", "1": "water"}',
        "tiles_size": "256",
    }
    info.metadata["model_type"] = "changed"
    assert inspect_onnx(tmp_path / "meta.onnx").metadata["model_type"] == "Segmentor"


def test_classifier_output_rank_two(tmp_path):
    info = inspect_onnx(mean_brightness_classifier(tmp_path / "cls.onnx", thresholds=(0.2, 0.4, 0.6)))
    assert info.outputs[0].shape == (None, 4)


def test_file_replaced_in_place_is_inspected_again(tmp_path):
    path = scale_model(tmp_path / "m.onnx", bands=3)
    assert inspect_onnx(path).inputs[0].shape[1] == 3
    scale_model(path, bands=6)
    os.utime(path, ns=(1, 1_000_000_000))
    assert inspect_onnx(path).inputs[0].shape[1] == 6


def test_pytorch_zip_checkpoint(tmp_path):
    path = tmp_path / "model.pt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("archive/data.pkl", b"\x80\x02}q\x00.")
    with pytest.raises(ModelDefinitionError, match="PyTorch checkpoint.*torch.onnx.export"):
        inspect_onnx(path)


def test_pickle_checkpoint(tmp_path):
    path = tmp_path / "model.pth"
    path.write_bytes(pickle.dumps({"state_dict": [1, 2, 3]}, protocol=2))
    with pytest.raises(ModelDefinitionError, match="pickle"):
        inspect_onnx(path)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.onnx"
    path.write_bytes(b"")
    with pytest.raises(ModelDefinitionError, match="empty.onnx' is empty"):
        inspect_onnx(path)


def test_text_file(tmp_path):
    path = tmp_path / "notes.onnx"
    path.write_text("this is not a model\n")
    with pytest.raises(ModelDefinitionError, match="not an ONNX model"):
        inspect_onnx(path)


def test_folder(tmp_path):
    with pytest.raises(ModelDefinitionError, match="is a folder"):
        inspect_onnx(tmp_path)


def test_missing_file(tmp_path):
    with pytest.raises(ModelDefinitionError, match="Cannot read the model file"):
        inspect_onnx(tmp_path / "missing.onnx")


def test_onnxruntime_failure_is_one_line_with_the_file_name(tmp_path):
    path = tmp_path / "broken.onnx"
    path.write_bytes(b"\x08\x08\x12\xff\xff\xff\xff\x0fgarbage")
    with pytest.raises(ModelDefinitionError, match="onnxruntime cannot load") as caught:
        inspect_onnx(path)
    message = str(caught.value)
    assert "broken.onnx" in message
    assert "\n" not in message


def test_truncated_onnx(tmp_path):
    good = scale_model(tmp_path / "good.onnx").read_bytes()
    path = tmp_path / "truncated.onnx"
    path.write_bytes(good[: len(good) // 2])
    with pytest.raises(ModelDefinitionError, match="truncated.onnx"):
        inspect_onnx(path)
