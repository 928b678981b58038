"""load_model_definition: every source kind, defaults, normalisation, and malformed definitions."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import numpy as np
import onnx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from onnx import TensorProto, helper, numpy_helper
from rasterdl.core.errors import ModelDefinitionError
from rasterdl.core.model.definition import (
    IMAGENET_MEAN,
    IMAGENET_STD,
    ClassInfo,
    ModelDefinition,
    ModelType,
    Normalization,
)
from rasterdl.core.model.loader import DEEPNESS_KEYS, EMD_KEYS, load_model_definition

from tests.onnx_models import band_threshold_segmenter, mean_brightness_classifier, scale_model


def rank3_model(path: Path, metadata: dict | None = None) -> Path:
    """A stand-in detector: output ``[N, 1, 3]`` (per-band means), enough to infer 'detection'."""
    x = helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", 3, "H", "W"])
    y = helper.make_tensor_value_info("output", TensorProto.FLOAT, ["N", 1, 3])
    axes = numpy_helper.from_array(np.array([1], dtype=np.int64), "axes")
    nodes = [
        helper.make_node("ReduceMean", ["input"], ["m"], axes=[2, 3], keepdims=0),
        helper.make_node("Unsqueeze", ["m", "axes"], ["output"]),
    ]
    model = helper.make_model(
        helper.make_graph(nodes, "rank3", [x], [y], [axes]), opset_imports=[helper.make_opsetid("", 13)]
    )
    model.ir_version = 8
    for key, value in (metadata or {}).items():
        entry = model.metadata_props.add()
        entry.key, entry.value = key, json.dumps(value)
    onnx.save(model, str(path))
    return path


@pytest.fixture(scope="module")
def models(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("models")
    pytorch = folder / "model.pth"
    with zipfile.ZipFile(pytorch, "w") as archive:
        archive.writestr("archive/data.pkl", b"\x80\x02}q\x00.")
    text = folder / "model.txt"
    text.write_text("not a model")
    return {
        "seg": band_threshold_segmenter(folder / "seg.onnx"),
        "seg4": band_threshold_segmenter(folder / "seg4.onnx", bands=4, size=128),
        "fixed": band_threshold_segmenter(folder / "fixed.onnx", bands=5, batch=2, size=64),
        "classifier": mean_brightness_classifier(folder / "classifier.onnx", thresholds=(0.3, 0.6)),
        "rank3": rank3_model(folder / "rank3.onnx"),
        "pytorch": pytorch,
        "text": text,
    }


def emd_text(model: Path, **fields) -> str:
    data = {"ModelType": "ImageClassification", "ModelFile": str(model), **fields}
    return json.dumps({key: value for key, value in data.items() if value is not ...})


# --------------------------------------------------------------------------- source kinds


def test_emd_file_with_every_field(tmp_path, models):
    (tmp_path / "net.onnx").write_bytes(models["seg4"].read_bytes())
    emd = {
        "Framework": "PyTorch",
        "ModelConfiguration": {"Name": "UNet", "Architecture": "resnet34"},
        "ModelType": "ImageClassification",
        "ModelFile": "net.onnx",
        "ModelName": "Water finder",
        "ImageHeight": 128,
        "ImageWidth": 128,
        "ExtractBands": [3, 2, 1, 0],
        "ModelPadding": 16,
        "BatchSize": 8,
        "DataRange": [0, 1000],
        "Threshold": 0.4,
        "Classes": [
            {"Value": 0, "Name": "Background", "Color": [0, 0, 0]},
            {"Value": "7", "Name": "Water", "Color": [0, 92, 230]},
            {"Value": 9, "Name": "Cloud", "Color": [-1, -1, -1]},
        ],
        "CropSizeFixed": 1,
        "BlackenAroundFeature": 0,
        "ImageSpaceUsed": "pixel_space",
        "MinCellSize": {"x": 0.5, "y": 0.5, "spatialReference": {"wkid": 3857}},
        "MaxCellSize": 2,
        "SupportsVariableTileSize": True,
        "Version": "2023.1",
        "InferenceFunction": "ArcGISImageClassifier.py",
    }
    path = tmp_path / "net.emd"
    path.write_text(json.dumps(emd, indent=2))
    d = load_model_definition(path)
    assert isinstance(d, ModelDefinition)
    assert d.model_type is ModelType.PIXEL_CLASSIFICATION
    assert d.model_file == tmp_path / "net.onnx"
    assert d.inputs[0].shape == (None, 4, 128, 128)
    assert d.outputs[0].shape == (None, 2, 128, 128)
    assert (d.image_height, d.image_width, d.model_padding, d.batch_size) == (128, 128, 16, 8)
    assert d.extract_bands == (3, 2, 1, 0)
    assert d.classes == (
        ClassInfo(0, "Background", (0, 0, 0)),
        ClassInfo(7, "Water", (0, 92, 230)),
        ClassInfo(9, "Cloud", None),
    )
    assert d.normalization == Normalization((0.0,) * 4, (1000.0,) * 4, (), (), "data_range")
    assert d.data_range == (0.0, 1000.0)
    assert d.threshold == 0.4
    assert d.nms_threshold is None
    assert d.crop_size_fixed is True and d.blacken_around_feature is False
    assert d.image_space_used == "PIXEL_SPACE"
    assert (d.min_cell_size, d.max_cell_size) == (0.5, 2.0)
    assert d.supports_variable_tile_size is True
    assert (d.model_name, d.framework, d.model_configuration) == ("Water finder", "PyTorch", "UNet")
    assert (d.source, d.source_kind) == (str(path), "emd")
    assert dict(d.extra) == {"Version": "2023.1", "InferenceFunction": "ArcGISImageClassifier.py"}
    assert dict(d.argument_defaults) == {
        "padding": 16,
        "batch_size": 8,
        "predict_background": True,
        "test_time_augmentation": False,
        "merge_policy": "mean",
        "tile_size": 128,
        "threshold": 0.4,
        "return_probability_raster": False,
    }


def test_minimal_emd_takes_defaults(tmp_path, models):
    d = load_model_definition(emd_text(models["seg"]))
    assert (d.image_height, d.image_width, d.batch_size, d.model_padding) == (256, 256, 4, 0)
    assert d.extract_bands == (0, 1, 2)
    assert d.normalization == Normalization((0.0,) * 3, (255.0,) * 3, IMAGENET_MEAN, IMAGENET_STD, "imagenet")
    assert d.classes == (ClassInfo(0, "Class 0"), ClassInfo(1, "Class 1"))
    assert d.argument_defaults["padding"] == 64
    assert d.argument_defaults["threshold"] == 0.5
    assert d.model_name == "seg"
    assert d.source_kind == "json"


def test_fixed_onnx_dimensions_give_the_defaults(models):
    d = load_model_definition(emd_text(models["fixed"], BatchSize=16))
    assert (d.image_height, d.image_width) == (64, 64)
    assert d.batch_size == 2
    assert d.extract_bands == (0, 1, 2, 3, 4)
    assert d.normalization == Normalization((0.0,) * 5, (255.0,) * 5, (), (), "scale")
    assert d.argument_defaults["tile_size"] == 64
    assert d.argument_defaults["padding"] == 16


def test_only_one_image_side_given(models):
    d = load_model_definition(emd_text(models["seg"], ImageHeight=96))
    assert (d.image_height, d.image_width) == (96, 96)


def test_json_string_resolves_model_file_against_the_current_folder(tmp_path, monkeypatch, models):
    (tmp_path / "m.onnx").write_bytes(models["seg"].read_bytes())
    monkeypatch.chdir(tmp_path)
    text = "\n  " + json.dumps({"ModelType": "segmentation", "ModelFile": "m.onnx", "ImageHeight": 64})
    d = load_model_definition(text)
    assert d.model_file == tmp_path / "m.onnx"
    assert d.model_type is ModelType.PIXEL_CLASSIFICATION
    assert (d.source, d.source_kind) == (text, "json")


def test_json_file_with_bom_and_windows_separators(tmp_path, models):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "m.onnx").write_bytes(models["seg"].read_bytes())
    path = tmp_path / "def.json"
    path.write_bytes(
        b"\xef\xbb\xbf"
        + json.dumps({"ModelType": "ImageClassification", "ModelFile": "sub\\m.onnx"}).encode()
    )
    d = load_model_definition(str(path))
    assert d.model_file == tmp_path / "sub" / "m.onnx"
    assert d.source_kind == "emd"


def test_dlpk(tmp_path, models):
    package = tmp_path / "water.dlpk"
    emd = {"ModelType": "ImageClassification", "ModelFile": "water.onnx", "ExtractBands": [0, 1, 2, 3]}
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("water/water.emd", json.dumps(emd))
        archive.writestr("water/water.onnx", models["seg4"].read_bytes())
    cache = tmp_path / "cache"
    d = load_model_definition(package, cache_root=cache)
    assert (d.source, d.source_kind) == (str(package), "dlpk")
    assert d.model_file.name == "water.onnx"
    assert cache in d.model_file.parents
    assert d.image_height == 128 and d.extract_bands == (0, 1, 2, 3)
    assert load_model_definition(str(package), cache_root=cache).model_file == d.model_file


def test_bare_onnx_without_metadata(models):
    d = load_model_definition(models["seg"])
    assert d.model_type is ModelType.PIXEL_CLASSIFICATION
    assert (d.source, d.source_kind, d.framework) == (str(models["seg"]), "onnx", "ONNX")
    assert d.extract_bands == (0, 1, 2)
    assert (d.image_height, d.batch_size) == (256, 4)
    assert d.classes == (ClassInfo(0, "Class 0"), ClassInfo(1, "Class 1"))
    assert d.normalization == Normalization((0.0,) * 3, (255.0,) * 3, (), (), "standardization")
    assert d.threshold is None and d.min_cell_size is None
    assert dict(d.extra) == {}


def test_bare_onnx_with_fixed_dims(models):
    d = load_model_definition(models["fixed"])
    assert (d.image_height, d.image_width, d.batch_size, d.band_count) == (64, 64, 2, 5)


def test_bare_onnx_segmentor_metadata(tmp_path):
    meta = {
        "model_type": "Segmentor",
        "class_names": ["background", "road", "building"],
        "resolution": 50,
        "tiles_size": 512,
        "tiles_overlap": 15,
        "seg_thresh": 0.7,
        "standardization_mean": [0.485, 0.456, 0.406],
        "standardization_std": [0.229, 0.224, 0.225],
        "author": "me",
    }
    d = load_model_definition(band_threshold_segmenter(tmp_path / "roads.onnx", metadata=meta))
    assert d.model_type is ModelType.PIXEL_CLASSIFICATION
    assert [c.name for c in d.classes] == ["background", "road", "building"]
    assert [c.value for c in d.classes] == [0, 1, 2]
    assert (d.min_cell_size, d.max_cell_size) == (0.5, 0.5)
    assert (d.image_height, d.image_width, d.model_padding) == (512, 512, 38)
    assert d.threshold == 0.7
    assert d.normalization == Normalization(
        (0.0,) * 3, (255.0,) * 3, IMAGENET_MEAN, IMAGENET_STD, "standardization"
    )
    assert dict(d.extra) == {"author": "me"}
    assert d.argument_defaults["padding"] == 38


def test_bare_onnx_detector_metadata(tmp_path):
    meta = {
        "model_type": "Detector",
        "class_names": {"0": "car", "1": "truck"},
        "det_conf": 0.3,
        "det_iou_thresh": 0.45,
        "det_type": "YOLO_Ultralytics",
        "tiles_size": 640,
    }
    d = load_model_definition(rank3_model(tmp_path / "cars.onnx", metadata=meta))
    assert d.model_type is ModelType.OBJECT_DETECTION
    assert d.classes == (ClassInfo(0, "car"), ClassInfo(1, "truck"))
    assert (d.threshold, d.nms_threshold, d.detection_format) == (0.3, 0.45, "YOLO_Ultralytics")
    assert dict(d.argument_defaults) == {
        "padding": 160,
        "threshold": 0.3,
        "nms_overlap": 0.45,
        "batch_size": 4,
        "exclude_pad_detections": True,
        "test_time_augmentation": False,
        "tile_size": 640,
        "merge_policy": "mean",
        "nms_class_agnostic": False,
    }


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Regressor", ModelType.REGRESSION),
        ("Classifier", ModelType.OBJECT_CLASSIFICATION),
        ("Other", ModelType.UNKNOWN),
    ],
)
def test_deepness_model_types(tmp_path, name, expected):
    d = load_model_definition(scale_model(tmp_path / "m.onnx", metadata={"model_type": name}))
    assert d.model_type is expected


def test_types_inferred_from_output_rank(models):
    classifier = load_model_definition(models["classifier"])
    assert classifier.model_type is ModelType.OBJECT_CLASSIFICATION
    assert [c.name for c in classifier.classes] == ["Class 0", "Class 1", "Class 2"]
    assert dict(classifier.argument_defaults) == {
        "batch_size": 4,
        "test_time_augmentation": False,
        "score_threshold": 0.5,
    }
    detector = load_model_definition(models["rank3"])
    assert detector.model_type is ModelType.OBJECT_DETECTION
    assert detector.classes == ()
    assert detector.argument_defaults["threshold"] == 0.1
    assert detector.argument_defaults["nms_overlap"] == 0.1


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [
        ("ImageClassification", ModelType.PIXEL_CLASSIFICATION),
        ("imageclassification", ModelType.PIXEL_CLASSIFICATION),
        ("PixelClassification", ModelType.PIXEL_CLASSIFICATION),
        ("Segmentation", ModelType.PIXEL_CLASSIFICATION),
        ("ObjectDetection", ModelType.OBJECT_DETECTION),
        ("OBJECTCLASSIFICATION", ModelType.OBJECT_CLASSIFICATION),
        ("InstanceDetection", ModelType.INSTANCE_DETECTION),
        ("Pix2Pix", ModelType.IMAGE_TRANSLATION),
        ("CycleGAN", ModelType.IMAGE_TRANSLATION),
        ("SuperResolution", ModelType.SUPER_RESOLUTION),
    ],
)
def test_model_type_spellings(models, spelling, expected):
    assert load_model_definition(emd_text(models["seg"], ModelType=spelling)).model_type is expected


def test_detection_emd_defaults(models):
    d = load_model_definition(
        emd_text(models["seg"], ModelType="ObjectDetection", NMSThreshold=0.3, ImageHeight=200)
    )
    assert d.nms_threshold == 0.3
    assert d.argument_defaults["threshold"] == 0.1
    assert d.argument_defaults["nms_overlap"] == 0.3
    assert d.argument_defaults["padding"] == 50
    assert load_model_definition(emd_text(models["seg"], nms_overlap=0.2)).nms_threshold == 0.2


def test_normalization_stats_are_picked_at_the_extracted_bands(models):
    stats = {
        "band_min_values": [0, 10, 20, 30, 40],
        "band_max_values": [100, 110, 220, 130, 140],
        "scaled_mean_values": [0.1, 0.2, 0.3, 0.4, 0.5],
        "scaled_std_values": [1, 2, 3, 4, 5],
        "scaled_min_values": [0, 0, 0, 0, 0],
    }
    d = load_model_definition(emd_text(models["seg"], ExtractBands=[4, 2, 0], NormalizationStats=stats))
    assert d.normalization == Normalization(
        (40.0, 20.0, 0.0), (100.0, 200.0, 100.0), (0.5, 0.3, 0.1), (5.0, 3.0, 1.0), "normalization_stats"
    )


def test_normalization_stats_per_extracted_band_and_without_mean(models):
    stats = {"band_min_values": [5, 6, 7], "band_max_values": [15, 16, 17]}
    d = load_model_definition(emd_text(models["seg"], ExtractBands=[7, 8, 9], NormalizationStats=stats))
    assert d.normalization == Normalization(
        (5.0, 6.0, 7.0), (10.0, 10.0, 10.0), (), (), "normalization_stats"
    )


def test_null_normalization_stats_fall_back(models):
    stats = {"band_min_values": None, "band_max_values": None}
    d = load_model_definition(emd_text(models["seg"], NormalizationStats=stats, DataRange=[0, 10000]))
    assert d.normalization == Normalization((0.0,) * 3, (10000.0,) * 3, (), (), "data_range")


def test_data_range_alone_scales_and_adds_no_imagenet_statistics(models):
    d = load_model_definition(emd_text(models["seg"], DataRange=[0, 255]))
    assert d.normalization == Normalization((0.0,) * 3, (255.0,) * 3, (), (), "data_range")
    d = load_model_definition(emd_text(models["seg"], DataRange=[-1, 1], IsImageNetNormalization=True))
    assert d.normalization == Normalization((-1.0,) * 3, (2.0,) * 3, (), (), "data_range")


@pytest.mark.parametrize(
    ("keys", "mean"),
    [
        ({}, IMAGENET_MEAN),
        ({"IsImageNetNormalization": True}, IMAGENET_MEAN),
        ({"ModelName": "MaskRCNN"}, ()),
        ({"ModelName": "YOLOv3"}, ()),
        ({"ModelName": "UnetClassifier"}, IMAGENET_MEAN),
    ],
)
def test_imagenet_statistics_only_where_arcgis_learn_applies_them(models, keys, mean):
    d = load_model_definition(emd_text(models["seg"], **keys))
    assert (d.normalization.offset, d.normalization.scale) == ((0.0,) * 3, (255.0,) * 3)
    assert d.normalization.mean == mean


def test_do_normalize_false_and_maskrcnn_skip_the_scaled_statistics(models):
    stats = {
        "band_min_values": [0, 0, 0], "band_max_values": [100, 200, 400],
        "scaled_mean_values": [0.1, 0.2, 0.3], "scaled_std_values": [0.5, 0.5, 0.5],
    }  # fmt: skip
    d = load_model_definition(emd_text(models["seg"], NormalizationStats=stats))
    assert d.normalization == Normalization(
        (0.0,) * 3, (100.0, 200.0, 400.0), (0.1, 0.2, 0.3), (0.5,) * 3, "normalization_stats"
    )
    for keys in ({"DoNormalize": False}, {"ModelName": "MaskRCNN"}):
        d = load_model_definition(emd_text(models["seg"], NormalizationStats=stats, **keys))
        assert d.normalization == Normalization(
            (0.0,) * 3, (100.0, 200.0, 400.0), (), (), "normalization_stats"
        )


@pytest.mark.parametrize("keys", [{"IsImageNetNormalization": False}, {"IsMultispectral": True}])
def test_band_statistics_promised_but_missing_are_refused(models, keys):
    with pytest.raises(ModelDefinitionError, match=f"{next(iter(keys))} is .*no NormalizationStats"):
        load_model_definition(emd_text(models["seg"], **keys))


def test_keys_are_case_insensitive_and_unknown_keys_kept(models):
    d = load_model_definition(
        emd_text(models["seg"], imageheight=128, EXTRACTBANDS=[2, 1, 0], Custom={"a": 1})
    )
    assert d.image_height == 128
    assert d.extract_bands == (2, 1, 0)
    assert dict(d.extra) == {"Custom": {"a": 1}}


def test_nulls_count_as_absent(models):
    d = load_model_definition(emd_text(models["seg"], ImageHeight=None, Classes=None, Threshold=None))
    assert d.image_height == 256 and d.threshold is None and len(d.classes) == 2


def test_class_aliases_and_defaults(models):
    classes = [{"ClassValue": 3, "ClassName": "Palm"}, {"Value": 4.0}]
    d = load_model_definition(emd_text(models["seg"], Classes=classes))
    assert d.classes == (ClassInfo(3, "Palm"), ClassInfo(4, "Class 4"))


# --------------------------------------------------------------------------- malformed definitions

MALFORMED = {
    "missing ModelFile": ({"ModelFile": ...}, "has no ModelFile"),
    "empty ModelFile": ({"ModelFile": "  "}, "has no ModelFile"),
    "ModelFile not a string": ({"ModelFile": 3}, "ModelFile has the invalid value 3: it must be a string"),
    "missing ModelType": (
        {"ModelType": ...},
        'has no ModelType. Add "ModelType" with one of: ImageClassification',
    ),
    "unknown ModelType": ({"ModelType": "Magic"}, 'ModelType has the invalid value "Magic".*ObjectDetection'),
    "ExtractBands negative": (
        {"ExtractBands": [0, -1, 2]},
        r"ExtractBands has the invalid value \[0, -1, 2\]",
    ),
    "ExtractBands duplicate": ({"ExtractBands": [0, 0, 1]}, "distinct 0-based band indexes"),
    "ExtractBands empty": ({"ExtractBands": []}, "non-empty list"),
    "ExtractBands names": ({"ExtractBands": ["Red", "Green", "Blue"]}, "0-based band indexes"),
    "ImageHeight zero": (
        {"ImageHeight": 0},
        "ImageHeight has the invalid value 0: it must be a positive integer",
    ),
    "ImageWidth negative": ({"ImageWidth": -64}, "ImageWidth has the invalid value -64"),
    "ImageHeight fraction": ({"ImageHeight": 12.5}, "ImageHeight has the invalid value 12.5"),
    "ImageHeight bool": ({"ImageHeight": True}, "ImageHeight has the invalid value true"),
    "ImageHeight huge": ({"ImageHeight": 10**9}, "at most 32768"),
    "ModelPadding too big": (
        {"ImageHeight": 64, "ModelPadding": 32},
        "ModelPadding has the invalid value 32.*half",
    ),
    "ModelPadding negative": ({"ModelPadding": -1}, "ModelPadding has the invalid value -1"),
    "BatchSize zero": ({"BatchSize": 0}, "BatchSize has the invalid value 0"),
    "DataRange reversed": ({"DataRange": [255, 0]}, r"DataRange has the invalid value \[255, 0\].*max > min"),
    "DataRange short": ({"DataRange": [0]}, "DataRange has the invalid value"),
    "Threshold above one": (
        {"Threshold": 1.5},
        "Threshold has the invalid value 1.5: it must be a number between 0 and 1",
    ),
    "NMSThreshold text": ({"NMSThreshold": "high"}, "NMSThreshold has the invalid value"),
    "Classes not a list": ({"Classes": {"Value": 1}}, "Classes has the invalid value"),
    "class not an object": ({"Classes": [1, 2]}, r"Classes\[0\] has the invalid value 1"),
    "duplicate class values": (
        {"Classes": [{"Value": 1, "Name": "A"}, {"Value": "1", "Name": "B"}]},
        r"Classes\[1\].*1 is already used by 'A'",
    ),
    "class value text": (
        {"Classes": [{"Value": "one", "Name": "A"}]},
        r"Classes\[0\]\.Value has the invalid value \"one\"",
    ),
    "class without value": ({"Classes": [{"Name": "A"}]}, r"Classes\[0\] .*integer \"Value\""),
    "class name number": (
        {"Classes": [{"Value": 1, "Name": 5}]},
        r"Classes\[0\]\.Name has the invalid value 5",
    ),
    "bad colour": (
        {"Classes": [{"Value": 1, "Name": "A", "Color": [300, 0, 0]}]},
        r"Classes\[0\]\.Color.*0-255",
    ),
    "colour too short": ({"Classes": [{"Value": 1, "Name": "A", "Color": [1, 2]}]}, r"Classes\[0\]\.Color"),
    "CropSizeFixed two": (
        {"CropSizeFixed": 2},
        "CropSizeFixed has the invalid value 2: it must be 0, 1, true or false",
    ),
    "ImageSpaceUsed unknown": ({"ImageSpaceUsed": "WORLD"}, "MAP_SPACE"),
    "MinCellSize negative": ({"MinCellSize": {"x": -1}}, r"MinCellSize\.x has the invalid value -1"),
    "ModelName number": ({"ModelName": 12}, "ModelName has the invalid value 12: it must be a string"),
    "ModelConfiguration list": ({"ModelConfiguration": ["UNet"]}, "ModelConfiguration has the invalid value"),
    "NormalizationStats list": ({"NormalizationStats": [1, 2]}, "NormalizationStats has the invalid value"),
    "NormalizationStats zero range": (
        {"NormalizationStats": {"band_min_values": [0, 5, 0], "band_max_values": [1, 5, 1]}},
        "band 1 a band_max_values.*divide by zero",
    ),
    "NormalizationStats wrong length": (
        {
            "ExtractBands": [0, 1, 2],
            "NormalizationStats": {"band_min_values": [0, 0], "band_max_values": [1, 1]},
        },
        r"NormalizationStats\.band_min_values has the invalid value \[0, 0\]",
    ),
    "NormalizationStats half": (
        {"NormalizationStats": {"band_min_values": [0, 0, 0]}},
        "NormalizationStats lacks band_max_values",
    ),
    "NormalizationStats zero std": (
        {
            "NormalizationStats": {
                "band_min_values": [0] * 3,
                "band_max_values": [1] * 3,
                "scaled_mean_values": [0] * 3,
                "scaled_std_values": [1, 0, 1],
            }
        },
        "scaled_std_values.*positive",
    ),  # fmt: skip
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_field(models, case):
    fields, fragment = MALFORMED[case]
    with pytest.raises(ModelDefinitionError, match=fragment) as caught:
        load_model_definition(emd_text(models["seg"], **fields))
    assert "\n" not in str(caught.value)


def test_extract_bands_count_differs_from_the_onnx_channels(models):
    with pytest.raises(
        ModelDefinitionError, match=r"ExtractBands = \[0, 1, 2\].*takes 4 bands.*\[0, 1, 2, 3\]"
    ):
        load_model_definition(emd_text(models["seg4"], ExtractBands=[0, 1, 2]))


def test_image_size_differs_from_the_fixed_onnx_size(models):
    with pytest.raises(
        ModelDefinitionError, match="ImageHeight = 256 .*fixed height of 128. Set ImageHeight to 128"
    ):
        load_model_definition(emd_text(models["seg4"], ImageHeight=256))


def test_errors_name_the_file(tmp_path, models):
    path = tmp_path / "broken.emd"
    path.write_text(emd_text(models["seg"], ImageHeight=0))
    with pytest.raises(ModelDefinitionError, match="In '.*broken.emd', ImageHeight has the invalid value 0"):
        load_model_definition(path)


def test_model_file_not_found(tmp_path, models):
    path = tmp_path / "m.emd"
    path.write_text(json.dumps({"ModelType": "ImageClassification", "ModelFile": "nothere.onnx"}))
    expected = f"ModelFile 'nothere.onnx' points to '{tmp_path / 'nothere.onnx'}', which does not exist"
    with pytest.raises(ModelDefinitionError, match=expected.replace(".", r"\.")):
        load_model_definition(path)


def test_model_file_is_text(models):
    with pytest.raises(
        ModelDefinitionError, match="ModelFile '.*model.txt' cannot be used.*not an ONNX model"
    ):
        load_model_definition(emd_text(models["text"]))


def test_model_file_is_a_pytorch_checkpoint(models):
    with pytest.raises(ModelDefinitionError, match="PyTorch checkpoint.*torch.onnx.export"):
        load_model_definition(emd_text(models["pytorch"]))


def test_pytorch_checkpoint_given_directly(models):
    with pytest.raises(ModelDefinitionError, match="PyTorch checkpoint"):
        load_model_definition(models["pytorch"])


def test_json_syntax_error_has_line_and_column(tmp_path):
    path = tmp_path / "bad.emd"
    path.write_text('{\n  "ModelType": "ImageClassification",\n  "ModelFile": "m.onnx",,\n}')
    with pytest.raises(ModelDefinitionError, match=r"bad.emd' is not valid JSON: .* line 3, column 25"):
        load_model_definition(path)


def test_json_string_syntax_error():
    with pytest.raises(ModelDefinitionError, match="The JSON model definition is not valid JSON.*line 1"):
        load_model_definition('{"ModelType": ImageClassification}')


@pytest.mark.parametrize(("text", "kind"), [("[1, 2]", "list"), ('"model.onnx"', "string"), ("42", "number")])
def test_json_not_an_object(tmp_path, text, kind):
    path = tmp_path / "list.emd"
    path.write_text(text)
    with pytest.raises(ModelDefinitionError, match=f"must be a JSON object .*not a JSON {kind}"):
        load_model_definition(path)


def test_missing_source_and_empty_source(tmp_path):
    with pytest.raises(ModelDefinitionError, match="'.*nothing.emd' does not exist"):
        load_model_definition(tmp_path / "nothing.emd")
    with pytest.raises(ModelDefinitionError, match="No model definition was given"):
        load_model_definition("   ")
    with pytest.raises(ModelDefinitionError, match="not int"):
        load_model_definition(12)  # type: ignore[arg-type]


def test_truncated_dlpk_via_the_loader(tmp_path, models):
    package = tmp_path / "cut.dlpk"
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("m/m.emd", emd_text(Path("m.onnx")))
        archive.writestr("m/m.onnx", models["seg"].read_bytes())
    package.write_bytes(package.read_bytes()[:-30])
    with pytest.raises(ModelDefinitionError, match="'cut.dlpk' is not a valid zip archive"):
        load_model_definition(package, cache_root=tmp_path / "cache")


def test_emd_inside_dlpk_errors_name_the_package(tmp_path, models):
    package = tmp_path / "p.dlpk"
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("m/m.emd", emd_text(Path("m.onnx"), BatchSize=-2))
        archive.writestr("m/m.onnx", models["seg"].read_bytes())
    with pytest.raises(ModelDefinitionError, match="In 'm.emd' in the package 'p.dlpk', BatchSize"):
        load_model_definition(package, cache_root=tmp_path / "cache")


@pytest.mark.parametrize(
    ("meta", "fragment"),
    [
        ({"tiles_overlap": 150}, "metadata of 'm.onnx', tiles_overlap has the invalid value 150"),
        ({"tiles_size": -5}, "tiles_size has the invalid value -5"),
        ({"class_names": {"a": "x"}}, "class_names has the invalid value"),
        ({"class_names": 7}, "class_names has the invalid value 7"),
        ({"model_type": 3}, "model_type has the invalid value 3"),
        ({"seg_thresh": 2}, "seg_thresh has the invalid value 2"),
        ({"resolution": 0}, "resolution has the invalid value 0"),
        ({"standardization_mean": [0.5, 0.5, 0.5]}, "standardization_mean.*partner"),
        ({"standardization_mean": [0.5, 0.5], "standardization_std": [1, 1]}, "a list of 3 numbers"),
        ({"standardization_mean": [0.5], "standardization_std": [0]}, "positive numbers"),
    ],
)
def test_malformed_onnx_metadata(tmp_path, meta, fragment):
    with pytest.raises(ModelDefinitionError, match=fragment):
        load_model_definition(scale_model(tmp_path / "m.onnx", metadata=meta))


# --------------------------------------------------------------------------- property-based

_SCALARS = st.none() | st.booleans() | st.integers(-(10**20), 10**20) | st.floats() | st.text(max_size=8)
_JSON = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)
_PLAUSIBLE = {
    "ImageHeight": st.integers(-5, 600),
    "ImageWidth": st.integers(-5, 600),
    "ExtractBands": st.lists(st.integers(-2, 6), max_size=5),
    "ModelPadding": st.integers(-2, 300),
    "BatchSize": st.integers(-1, 64),
    "DataRange": st.lists(st.integers(-300, 300), min_size=2, max_size=2),
    "Threshold": st.floats(-0.5, 1.5),
    "Classes": st.lists(
        st.fixed_dictionaries(
            {"Value": st.integers(-1, 5) | st.text(max_size=2), "Name": st.text(max_size=4)},
            optional={"Color": st.lists(st.integers(-2, 300), min_size=2, max_size=4)},
        ),
        max_size=4,
    ),
    "NormalizationStats": st.dictionaries(
        st.sampled_from(["band_min_values", "band_max_values", "scaled_mean_values", "scaled_std_values"]),
        st.lists(st.integers(-3, 300), max_size=6) | _SCALARS,
    ),
    "MinCellSize": st.fixed_dictionaries({"x": _SCALARS}),
}


def _random_value(key: str):
    """Mostly near-valid values of the key's own type, sometimes any JSON at all."""
    if key in _PLAUSIBLE:
        return st.one_of(_PLAUSIBLE[key], _PLAUSIBLE[key], _PLAUSIBLE[key], _JSON)
    return _JSON


_RANDOM_KEYS = st.sampled_from([*EMD_KEYS, "Version", "modelpadding", "Whatever"])


@st.composite
def random_emds(draw, model: str) -> dict:
    data = {}
    for key in draw(st.lists(_RANDOM_KEYS, max_size=8, unique=True)):
        data[key] = draw(_random_value(key))
    odd_file = st.sampled_from(["missing.onnx", "~nobody_xyz/m.onnx", "a" * 300, "bad\0name"]) | _JSON
    if draw(st.integers(0, 9)) != 9 or "ModelFile" not in data:
        data["ModelFile"] = model if draw(st.integers(0, 5)) != 5 else draw(odd_file)
    if draw(st.integers(0, 9)) != 9 or "ModelType" not in data:
        valid = st.sampled_from(["ImageClassification", "objectdetection", "ObjectClassification", "Pix2Pix"])
        data["ModelType"] = draw(valid) if draw(st.integers(0, 5)) != 5 else draw(_JSON)
    return data


@pytest.fixture(scope="module")
def property_model(tmp_path_factory) -> str:
    return str(band_threshold_segmenter(tmp_path_factory.mktemp("property") / "p.onnx"))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_emds_raise_only_model_definition_errors(property_model, data):
    emd = data.draw(random_emds(property_model))
    try:
        definition = load_model_definition(json.dumps(emd))
    except ModelDefinitionError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert isinstance(definition, ModelDefinition)
    assert 2 * definition.model_padding < min(definition.image_height, definition.image_width)
    assert len(set(c.value for c in definition.classes)) == len(definition.classes)


@st.composite
def valid_emds(draw) -> dict:
    size = draw(st.integers(8, 512))
    bands = draw(st.permutations(range(6)).map(lambda p: p[:3]))
    values = draw(st.lists(st.integers(0, 255), unique=True, max_size=5))
    emd = {
        "ModelType": draw(
            st.sampled_from(["ImageClassification", "objectdetection", "ObjectClassification"])
        ),
        "ImageHeight": size,
        "ImageWidth": size,
        "ExtractBands": list(bands),
        "ModelPadding": draw(st.integers(0, (size - 1) // 2)),
        "BatchSize": draw(st.integers(1, 64)),
        "Threshold": draw(st.floats(0, 1)),
        "Classes": [{"Value": v, "Name": f"c{v}", "Color": [v, 0, 255 - v]} for v in values],
    }
    if draw(st.booleans()):
        low = draw(st.integers(-1000, 1000))
        emd["DataRange"] = [low, low + draw(st.integers(1, 5000))]
    return emd


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(emd=valid_emds())
def test_valid_emds_load_with_their_values(property_model, emd):
    d = load_model_definition(json.dumps({**emd, "ModelFile": property_model}))
    assert d.image_height == d.image_width == emd["ImageHeight"]
    assert d.extract_bands == tuple(emd["ExtractBands"])
    assert d.model_padding == emd["ModelPadding"]
    assert d.batch_size == emd["BatchSize"]
    assert d.threshold == emd["Threshold"]
    assert [c.value for c in d.classes] == [c["Value"] for c in emd["Classes"]]
    assert d.normalization.source == ("data_range" if "DataRange" in emd else "imagenet")
    assert d.argument_defaults["batch_size"] == emd["BatchSize"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(meta=st.dictionaries(st.sampled_from(DEEPNESS_KEYS), _JSON, max_size=5))
def test_random_onnx_metadata_raises_only_model_definition_errors(tmp_path_factory, meta):
    path = scale_model(tmp_path_factory.mktemp("meta") / "m.onnx", metadata=meta)
    try:
        assert isinstance(load_model_definition(path), ModelDefinition)
    except ModelDefinitionError as exc:
        assert "\n" not in str(exc)
