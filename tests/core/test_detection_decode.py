"""Decoding detection outputs: every layout gives the known boxes of the bright-square models."""

import dataclasses
import json

import numpy as np
import pytest
from rasterdl.core.engine.detection_decode import (
    FORMAT_ALIASES,
    LAYOUTS,
    LayoutUndecidedError,
    declared_layout,
    decode_nms,
    decode_ultralytics,
    decode_yolov5,
    detect_layout,
    label_offset,
    make_decoder,
    nms_roles,
)
from rasterdl.core.errors import ModelDefinitionError
from rasterdl.core.model.definition import TensorInfo
from rasterdl.core.model.loader import load_model_definition
from rasterdl.core.model.runtime import OnnxSession

from tests.onnx_models import dense_detector

SIZE = 64
STATS = {
    "band_min_values": [0, 0, 0],
    "band_max_values": [255, 255, 255],
    "scaled_mean_values": [0, 0, 0],
    "scaled_std_values": [1, 1, 1],
}
ESRI_CLASSES = [{"Value": 1, "Name": "Red"}, {"Value": 2, "Name": "Green"}]


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    folder = tmp_path_factory.mktemp("decode")
    paths = {
        "yolov5": dense_detector(folder / "yolov5.onnx", "yolov5"),
        "ultralytics": dense_detector(folder / "ultralytics.onnx", "ultralytics"),
        "obb": dense_detector(folder / "obb.onnx", "ultralytics_obb", angle=np.pi / 4, box=(16.0, 8.0)),
        "nms": dense_detector(folder / "nms.onnx", "nms", label_offset=1),
        "nms0": dense_detector(folder / "nms0.onnx", "nms"),
        "unbatched": dense_detector(folder / "unbatched.onnx", "nms_unbatched", size=SIZE),
        "fixed": dense_detector(folder / "fixed.onnx", "ultralytics", size=SIZE),
    }
    return {name: (path, OnnxSession(path)) for name, path in paths.items()}


def esri(models, name, **keys):
    data = {
        "ModelType": "ObjectDetection",
        "ModelFile": str(models[name][0]),
        "ImageHeight": SIZE,
        "NormalizationStats": STATS,
        "Classes": ESRI_CLASSES,
        **keys,
    }
    return load_model_definition(json.dumps(data))


def squares():
    """Two images: a red square (band 0) at x 24-40, y 8-24; a green one (band 1) at x 0-16, y 40-56."""
    images = np.zeros((2, 3, SIZE, SIZE), np.float32)
    images[0, 0, 8:24, 24:40] = 1.0
    images[1, 1, 40:56, 0:16] = 1.0
    return images


def as_rows(decoded):
    order = np.lexsort((decoded.boxes[:, 0], decoded.image))
    return [
        (int(decoded.image[i]), decoded.boxes[i].tolist(), float(decoded.scores[i]), int(decoded.classes[i]))
        for i in order
    ]


EXPECTED = [(0, [24.0, 8.0, 40.0, 24.0], 1.0, 0), (1, [0.0, 40.0, 16.0, 56.0], 1.0, 1)]


@pytest.mark.parametrize("name", ["yolov5", "ultralytics", "nms", "fixed"])
def test_each_layout_decodes_the_known_boxes(models, name):
    definition = esri(models, name)
    session = models[name][1]
    decoder = make_decoder(definition, session.outputs)
    decoded = decoder.decode(session.run(squares()), threshold=0.6)
    assert as_rows(decoded) == EXPECTED
    assert decoded.boxes.dtype == np.float64 and decoded.scores.dtype == np.float32
    assert decoded.angles is None


def test_layouts_recognised_from_output_shapes(models):
    assert detect_layout(esri(models, "yolov5")) == "yolov5"
    assert detect_layout(esri(models, "ultralytics")) == "ultralytics"
    assert detect_layout(esri(models, "obb")) == "ultralytics_obb"  # 5 + 2 rows with two classes
    assert detect_layout(esri(models, "nms")) == "nms"
    assert detect_layout(esri(models, "unbatched")) == "nms"


def test_shapes_without_classes(models):
    bare = dataclasses.replace(esri(models, "ultralytics"), classes=())
    for shape, layout in (
        ((1, 6, 8400), "ultralytics"),
        ((1, 25200, 85), "yolov5"),
        ((None, None, 85), "yolov5"),
        ((None, 6, None), "ultralytics"),
    ):
        assert detect_layout(bare, [TensorInfo("output", shape, "float32")]) == layout
    with pytest.raises(LayoutUndecidedError, match="det_type"):
        detect_layout(bare, [TensorInfo("output", (None, None, None), "float32")])
    with pytest.raises(ModelDefinitionError, match="single-output layouts"):
        detect_layout(bare, [TensorInfo("output", (1, 4), "float32")])


def test_declared_layouts_win_over_shapes(models, tmp_path):
    path = dense_detector(tmp_path / "meta.onnx", "ultralytics", metadata={"model_type": "Detector"})
    for det_type, layout in (
        ("YOLO_v5_or_v7_default", "yolov5"),
        ("YOLO_v6", "yolov6"),
        ("YOLO_Ultralytics", "ultralytics"),
        ("YOLO_Ultralytics_obb", "ultralytics_obb"),
        ("YOLO_v9", "ultralytics"),
        ("retinanet", "nms"),
    ):
        meta = {"model_type": "Detector", "det_type": det_type, "class_names": ["a", "b"]}
        definition = load_model_definition(dense_detector(tmp_path / "m.onnx", "ultralytics", metadata=meta))
        assert declared_layout(definition) == layout == detect_layout(definition)
    assert declared_layout(load_model_definition(path)) is None
    assert declared_layout(esri(models, "ultralytics", ModelConfiguration="RetinaNet")) == "nms"
    assert set(FORMAT_ALIASES.values()) == set(LAYOUTS)


def test_obb_decodes_centre_size_and_angle(models):
    definition = esri(models, "obb")
    session = models["obb"][1]
    decoder = make_decoder(definition, session.outputs)
    assert decoder.oriented
    decoded = decoder.decode(session.run(squares()), threshold=0.6)
    assert as_rows(decoded) == [(0, [24.0, 12.0, 40.0, 20.0], 1.0, 0), (1, [0.0, 44.0, 16.0, 52.0], 1.0, 1)]
    assert np.allclose(decoded.angles, np.pi / 4)


def test_thresholds_are_inclusive_and_yolov5_multiplies_objectness(models):
    images = np.zeros((1, 3, SIZE, SIZE), np.float32)
    images[0, 0, 8:24, 24:40] = 1.0
    yolo = models["yolov5"][1].run(images)[0]
    ultra = models["ultralytics"][1].run(images)[0]
    # the cells half over the square: p = 0.5, yolov5 score = obj * p = 0.25, ultralytics 0.5
    assert sorted(set(decode_yolov5(yolo, 0.0625).scores.tolist())) == [0.0625, 0.25, 1.0]
    assert sorted(set(decode_yolov5(yolo, 0.2).scores.tolist())) == [0.25, 1.0]
    assert sorted(set(decode_ultralytics(ultra, 0.25).scores.tolist())) == [0.25, 0.5, 1.0]
    assert len(decode_ultralytics(ultra, 1.0)) == 1
    assert len(decode_ultralytics(ultra, 0.0)) == 49  # every cell of the 7 x 7 grid
    # YOLO v6 reads the same layout without the objectness: scores are the class scores
    assert sorted(set(decode_yolov5(yolo, 0.25, objectness=False).scores.tolist())) == [0.25, 0.5, 1.0]


def test_class_count_comes_from_the_definition():
    output = np.zeros((1, 4 + 3 + 32, 10), np.float32)  # 3 classes and 32 mask coefficients
    output[0, 4 + 2, 7] = 0.9
    output[0, 4 + 3 + 5, 7] = 5.0  # a mask coefficient, never a class score
    decoded = decode_ultralytics(output, 0.5, class_count=3)
    assert decoded.classes.tolist() == [2] and decoded.scores.tolist() == [np.float32(0.9)]
    with pytest.raises(ModelDefinitionError, match="lists 40 classes"):
        decode_ultralytics(output, 0.5, class_count=40)


def test_nms_labels_one_based_with_esri_classes(models):
    definition = esri(models, "nms")
    assert label_offset(definition) == 1
    session = models["nms"][1]
    decoded = make_decoder(definition, session.outputs).decode(session.run(squares()), 0.6)
    assert as_rows(decoded) == EXPECTED
    # a 0-based export under the same definition: label 0 is the background and is dropped
    decoded = make_decoder(definition, session.outputs).decode(models["nms0"][1].run(squares()), 0.6)
    assert as_rows(decoded) == [EXPECTED[1][:3] + (0,)]


def test_nms_labels_zero_based_with_deepness_class_names(tmp_path):
    meta = {"model_type": "Detector", "det_type": "retinanet", "class_names": {"0": "red", "1": "green"}}
    path = dense_detector(tmp_path / "geodeep.onnx", "nms_unbatched", size=SIZE, metadata=meta)
    definition = load_model_definition(path)
    assert label_offset(definition) == 0
    session = OnnxSession(path)
    decoder = make_decoder(definition, session.outputs)
    assert not decoder.batched(session.outputs)
    first, second = squares()
    decoded = decoder.decode(session.run(second[None]), 0.6)
    assert as_rows(decoded) == [(0, [0.0, 40.0, 16.0, 56.0], 1.0, 1)]


def test_nms_label_beyond_the_classes_is_an_error():
    boxes = np.array([[[0, 0, 4, 4]]], np.float32)
    with pytest.raises(ModelDefinitionError, match="label 2"):
        decode_nms(boxes, np.array([[0.9]]), np.array([[2]]), 0.5, label_offset=0, class_count=2)


def test_nms_variants_without_batch_axis_with_count_and_packed_scores():
    boxes = np.array([[0, 0, 4, 4, 0.9], [1, 1, 5, 5, 0.8], [2, 2, 6, 6, 0.7]], np.float32)
    decoded = decode_nms(boxes, None, None, 0.75)
    assert decoded.image.tolist() == [0, 0] and decoded.scores.tolist() == pytest.approx([0.9, 0.8])
    decoded = decode_nms(
        boxes[None, :, :4], boxes[None, :, 4], np.array([[3, 1, 2]]), 0.0, count=np.array([2])
    )
    assert decoded.classes.tolist() == [3, 1]
    with pytest.raises(ModelDefinitionError, match="boxes output has shape"):
        decode_nms(np.zeros((1, 3, 6)), None, None, 0.5)


def test_nms_roles_by_name_and_by_shape():
    named = [
        TensorInfo("num_dets", (1, 1), "int32"),
        TensorInfo("det_boxes", (1, 100, 4), "float32"),
        TensorInfo("det_scores", (1, 100), "float32"),
        TensorInfo("det_classes", (1, 100), "int32"),
    ]
    assert nms_roles(named) == {"count": 0, "boxes": 1, "scores": 2, "labels": 3}
    unnamed = [
        TensorInfo("out_a", (5,), "int64"),
        TensorInfo("out_b", (5,), "float32"),
        TensorInfo("out_c", (5, 4), "float32"),
    ]
    assert nms_roles(unnamed) == {"labels": 0, "scores": 1, "boxes": 2}
    with pytest.raises(ModelDefinitionError, match="No boxes output"):
        nms_roles([TensorInfo("a", (5,), "float32"), TensorInfo("b", (5,), "int64")])


def test_segmentation_exports_leave_out_the_mask_coefficients(models):
    bare = dataclasses.replace(esri(models, "ultralytics"), classes=(), detection_format="YOLO_Ultralytics")
    outputs = [
        TensorInfo("output0", (1, 4 + 3 + 32, 8400), "float32"),
        TensorInfo("output1", (1, 32, 160, 160), "float32"),
    ]
    decoder = make_decoder(bare, outputs)
    assert (decoder.layout, decoder.class_count) == ("ultralytics", 3)
    yolo = [
        TensorInfo("output0", (1, 25200, 5 + 2 + 32), "float32"),
        TensorInfo("proto", (1, 32, 160, 160), "float32"),
    ]
    assert make_decoder(dataclasses.replace(bare, detection_format=None), yolo).class_count == 2
