"""ONNX models for the benchmarks in bench/, built with the ``onnx`` helper API (a dev dependency).

* :func:`unet` - a small U-Net-like segmenter: 3 input channels,
  conv3x3(16)-relu-conv3x3(16)-relu, maxpool 2, conv3x3(32)-relu, nearest x2
  upsample (Resize), concat with the skip, conv3x3(16)-relu, conv1x1(n_classes).
  Output: logits ``[N, C, H, W]`` (or softmax probabilities with ``softmax=True``,
  which GeoDeep needs because it thresholds the raw output). Batch, height and
  width are dynamic unless ``size`` fixes height and width (GeoDeep reads its
  tile size from the input's last dimension, so it needs a fixed one).
  Weights are He-initialised from a fixed seed: the same file every time. The 1x1 head is then
  shifted and scaled so that every class wins somewhere on the benchmark image
  (:func:`synthetic_rows`) with a confident softmax, for the input scaling its consumer applies.
* :func:`pointwise` - a 1x1 convolution, 3 -> n_classes: almost free to run, so
  the memory benchmark measures the tool's buffers and not the model.
* :func:`write_emd` - an Esri .emd beside a model.
* :func:`object_classifier` - the image classifier of ``bench_classify_objects.py``: three 3x3
  stride-2 convolutions, global average pool, Gemm -> 3 logits, with its ObjectClassification .emd.
* :func:`square_detector` - the fixed-weight YOLO-like detector of bright squares of
  ``bench_detect_objects.py`` (Ultralytics layout), with :func:`detector_emd`.

Run ``python bench/models.py OUTDIR`` to write ``unet.onnx``/``unet.emd`` and
``pointwise.onnx``/``pointwise.emd`` into OUTDIR.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 13
IR_VERSION = 8
SEED = 20240601

#: Class names and colours of the benchmark models (n_classes picks the first ones).
CLASSES = (
    ("background", (0, 0, 0)),
    ("water", (30, 90, 220)),
    ("forest", (30, 140, 50)),
    ("built", (220, 60, 40)),
    ("field", (240, 210, 90)),
    ("bare", (150, 120, 90)),
)


def _conv(
    rng: np.random.Generator,
    name: str,
    cin: int,
    cout: int,
    k: int,
    inp: str,
    out: str,
    inits: list,
    nodes: list,
    relu: bool = True,
) -> None:
    """A ``k x k`` convolution (same padding) with He-initialised weights, optionally followed by ReLU."""
    w = rng.normal(0.0, np.sqrt(2.0 / (cin * k * k)), size=(cout, cin, k, k)).astype(np.float32)
    b = rng.normal(0.0, 0.05, size=(cout,)).astype(np.float32)
    inits += [numpy_helper.from_array(w, f"{name}_w"), numpy_helper.from_array(b, f"{name}_b")]
    conv_out = f"{name}_pre" if relu else out
    nodes.append(
        helper.make_node(
            "Conv",
            [inp, f"{name}_w", f"{name}_b"],
            [conv_out],
            kernel_shape=[k, k],
            pads=[k // 2] * 4,
            name=name,
        )
    )
    if relu:
        nodes.append(helper.make_node("Relu", [conv_out], [out], name=f"{name}_relu"))


def _strided_conv(name: str, inp: str, weight: np.ndarray, bias: np.ndarray, inits: list, nodes: list) -> str:
    """A 3x3 stride-2 convolution (padding 1) with the given weights, then ReLU; returns its output name."""
    inits += [
        numpy_helper.from_array(weight.astype(np.float32), f"{name}_w"),
        numpy_helper.from_array(bias.astype(np.float32), f"{name}_b"),
    ]
    nodes += [
        helper.make_node(
            "Conv",
            [inp, f"{name}_w", f"{name}_b"],
            [name],
            kernel_shape=[3, 3],
            strides=[2, 2],
            pads=[1, 1, 1, 1],
        ),
        helper.make_node("Relu", [name], [f"{name}_relu"]),
    ]
    return f"{name}_relu"


# --------------------------------------------------------------------------- synthetic imagery

#: (diagonal period x, diagonal period y, ripple period, fine period) of each band, in pixels.
_PERIODS = (
    (1700.0, 2300.0, 900.0, 230.0),
    (2900.0, 1300.0, 1100.0, 170.0),
    (1900.0, 3100.0, 700.0, 290.0),
    (2500.0, 1500.0, 800.0, 200.0),
)


def synthetic_rows(top: int, rows: int, width: int, bands: int = 3, seed: int = 0) -> np.ndarray:
    """Rows ``top .. top + rows`` of the benchmark image, (bands, rows, width) uint8.

    Smooth waves at a few scales (features a hundred to a few thousand pixels across) plus +-5 of
    noise: compressible, and varied enough for a segmenter to draw many class boundaries. The waves
    do not depend on the raster size; the noise is seeded by (seed, top, rows, width), so a raster
    written in the same strips is the same every time.
    """
    xs = np.arange(width, dtype=np.float32)[None, :]
    ys = np.arange(top, top + rows, dtype=np.float32)[:, None]
    rng = np.random.default_rng([seed, top, rows, width])
    out = np.empty((bands, rows, width), dtype=np.uint8)
    for b in range(bands):
        px, py, pw, pf = _PERIODS[b % len(_PERIODS)]
        value = (
            128.0
            + 60.0 * np.sin(2 * np.pi * (xs / px + ys / py) + b)
            + 30.0 * np.cos(2 * np.pi * ys / pw) * np.sin(2 * np.pi * xs / (pw * 1.3) + 2 * b)
            + 25.0 * np.sin(2 * np.pi * xs / pf + b) * np.cos(2 * np.pi * ys / (pf * 1.1))
        )
        value += rng.integers(-5, 6, size=value.shape, dtype=np.int8)
        out[b] = np.clip(value, 0, 255).astype(np.uint8)
    return out


IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)


def normalise(x: np.ndarray, normalization: str) -> np.ndarray:
    """uint8 (N, 3, H, W) -> float32 model input, as the consumer prepares it.

    ``unit``: x / 255 (GeoDeep; the plugin for a bare .onnx); ``imagenet``: then ImageNet mean/std
    (the plugin for an .emd with 3 bands and neither DataRange nor NormalizationStats).
    """
    x = x.astype(np.float32) / 255.0
    if normalization == "imagenet":
        mean = np.asarray(IMAGENET_MEAN, dtype=np.float32).reshape(1, -1, 1, 1)
        std = np.asarray(IMAGENET_STD, dtype=np.float32).reshape(1, -1, 1, 1)
        x = (x - mean) / std
    elif normalization != "unit":
        raise ValueError(f"unknown normalization {normalization!r}")
    return x


def _calibrate_head(model: onnx.ModelProto, normalization: str, n_classes: int, size: int = 1024) -> None:
    """Shift and scale the 1x1 head (in place) so that, on the benchmark image, each class wins on
    about 1/n of the pixels and the winning softmax probability has a median of about 0.8.

    Random weights alone give one or two classes almost everywhere, which would make a comparison
    of class maps meaningless. The head is linear, so its input features are computed once.
    """
    import onnxruntime as ort

    inits = {t.name: t for t in model.graph.initializer}
    w = numpy_helper.to_array(inits["head_w"]).reshape(n_classes, -1)
    probe = onnx.ModelProto()
    probe.CopyFrom(model)
    del probe.graph.output[:]
    probe.graph.output.append(helper.make_tensor_value_info("d1", TensorProto.FLOAT, None))
    fixed = model.graph.input[0].type.tensor_type.shape.dim[2].dim_value
    session = ort.InferenceSession(probe.SerializeToString(), providers=["CPUExecutionProvider"])
    crops = [synthetic_rows(top, fixed or size, fixed or size) for top in range(0, size, fixed or size)]
    feats = [session.run(["d1"], {"input": normalise(c[None], normalization)})[0][0] for c in crops]
    d1 = np.concatenate([f.reshape(f.shape[0], -1) for f in feats], axis=1)
    logits = w @ d1  # (classes, pixels), without bias
    bias = -logits.mean(axis=1)
    spread = float(logits.std())
    for _ in range(200):
        shares = np.bincount((logits + bias[:, None]).argmax(0), minlength=n_classes) / logits.shape[1]
        if shares.min() > 0.6 / n_classes and shares.max() < 1.6 / n_classes:
            break
        bias -= 0.05 * spread * np.log(np.maximum(shares, 1e-3) * n_classes)
    z = logits + bias[:, None]
    low, high = 1e-3, 1e3
    for _ in range(60):
        scale = (low * high) ** 0.5
        e = np.exp(scale * (z - z.max(0)))
        if np.median((e / e.sum(0)).max(0)) < 0.8:
            low = scale
        else:
            high = scale
    scale = (low * high) ** 0.5
    head_w = (scale * numpy_helper.to_array(inits["head_w"])).astype(np.float32)
    inits["head_w"].CopyFrom(numpy_helper.from_array(head_w, "head_w"))
    inits["head_b"].CopyFrom(numpy_helper.from_array((scale * bias).astype(np.float32), "head_b"))


def _save(
    graph: onnx.GraphProto,
    path: Path,
    metadata: Mapping[str, object] | None = None,
    calibrate: tuple[str, int] | None = None,
) -> Path:
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="rasterdl-bench"
    )
    model.ir_version = IR_VERSION
    if calibrate:
        _calibrate_head(model, *calibrate)
    for key, value in (metadata or {}).items():
        entry = model.metadata_props.add()
        entry.key = key
        entry.value = value if isinstance(value, str) else json.dumps(value)
    onnx.checker.check_model(model)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(model, str(path))
    return path


def _io_dims(channels: int, size: int | None) -> list:
    return ["N", channels, size or "H", size or "W"]


def unet(
    path: Path,
    n_classes: int = 4,
    bands: int = 3,
    size: int | None = None,
    softmax: bool = False,
    metadata: Mapping[str, object] | None = None,
    seed: int = SEED,
    normalization: str | None = "imagenet",
) -> Path:
    """Write the small U-Net described in the module docstring to ``path``.

    ``normalization`` (``imagenet``, ``unit`` or None): the input scaling the consumer applies, for
    which the head is calibrated so that all classes occur on the benchmark image (see
    :func:`_calibrate_head`); None keeps the raw random head.
    """
    rng = np.random.default_rng(seed)
    inits: list = []
    nodes: list = []
    _conv(rng, "enc1a", bands, 16, 3, "input", "e1a", inits, nodes)
    _conv(rng, "enc1b", 16, 16, 3, "e1a", "e1", inits, nodes)
    nodes.append(
        helper.make_node("MaxPool", ["e1"], ["p1"], kernel_shape=[2, 2], strides=[2, 2], name="pool")
    )
    _conv(rng, "enc2", 16, 32, 3, "p1", "e2", inits, nodes)
    inits.append(numpy_helper.from_array(np.array([1.0, 1.0, 2.0, 2.0], dtype=np.float32), "up_scales"))
    nodes.append(
        helper.make_node(
            "Resize",
            ["e2", "", "up_scales"],
            ["u2"],
            mode="nearest",
            coordinate_transformation_mode="asymmetric",
            nearest_mode="floor",
            name="up",
        )
    )
    nodes.append(helper.make_node("Concat", ["e1", "u2"], ["cat"], axis=1, name="concat"))
    _conv(rng, "dec1", 48, 16, 3, "cat", "d1", inits, nodes)
    head_out = "logits" if softmax else "output"
    _conv(rng, "head", 16, n_classes, 1, "d1", head_out, inits, nodes, relu=False)
    if softmax:
        nodes.append(helper.make_node("Softmax", ["logits"], ["output"], axis=1, name="softmax"))
    x = helper.make_tensor_value_info("input", TensorProto.FLOAT, _io_dims(bands, size))
    y = helper.make_tensor_value_info("output", TensorProto.FLOAT, _io_dims(n_classes, size))
    graph = helper.make_graph(nodes, "bench_unet", [x], [y], inits)
    return _save(graph, path, metadata, (normalization, n_classes) if normalization else None)


def pointwise(path: Path, n_classes: int = 2, bands: int = 3, seed: int = SEED) -> Path:
    """A single 1x1 convolution ``bands -> n_classes`` (logits), dynamic batch/height/width."""
    rng = np.random.default_rng(seed)
    inits: list = []
    nodes: list = []
    _conv(rng, "head", bands, n_classes, 1, "input", "output", inits, nodes, relu=False)
    x = helper.make_tensor_value_info("input", TensorProto.FLOAT, _io_dims(bands, None))
    y = helper.make_tensor_value_info("output", TensorProto.FLOAT, _io_dims(n_classes, None))
    return _save(helper.make_graph(nodes, "bench_pointwise", [x], [y], inits), path)


def class_list(n_classes: int) -> list[dict]:
    """The .emd ``Classes`` of the first ``n_classes`` benchmark classes (Value = output index)."""
    return [
        {"Value": i, "Name": name, "Color": list(color)}
        for i, (name, color) in enumerate(CLASSES[:n_classes])
    ]


def write_emd(model_path: Path, n_classes: int, tile: int = 256, bands: int = 3, **extra: object) -> Path:
    """``<model>.emd`` beside ``model_path`` describing it as an ImageClassification model."""
    model_path = Path(model_path)
    emd = {
        "Framework": "ONNX",
        "ModelType": "ImageClassification",
        "ModelFile": model_path.name,
        "ModelName": f"Benchmark {model_path.stem}",
        "ImageHeight": tile,
        "ImageWidth": tile,
        "ExtractBands": list(range(bands)),
        "Classes": class_list(n_classes),
    }
    emd.update(extra)
    path = model_path.with_suffix(".emd")
    path.write_text(json.dumps(emd, indent=2))
    return path


def geodeep_metadata(
    n_classes: int,
    tile: int,
    overlap_percent: float,
    resolution_cm: float,
    seg_small_segment: int = 0,
    seg_thresh: float = 0.0,
) -> dict[str, str]:
    """GeoDeep/Deepness ONNX metadata_props for a segmenter (values JSON-encoded as GeoDeep reads them).

    GeoDeep reads the tile size from the input shape; ``tiles_size`` is written too
    for tools that read it from the metadata.
    """
    return {
        "model_type": json.dumps("Segmentor"),
        "class_names": json.dumps({str(i): CLASSES[i][0] for i in range(n_classes)}),
        "tiles_size": str(tile),
        "tiles_overlap": str(overlap_percent),
        "resolution": str(resolution_cm),
        "seg_thresh": str(seg_thresh),
        "seg_small_segment": str(seg_small_segment),
    }


def object_classifier(folder: Path, chip: int = 64, width: int = 1, seed: int = 7) -> Path:
    """``folder/cls.onnx`` (conv3x3/2 x3 16-32-64 channels times ``width``, ReLU, GAP, Flatten, Gemm
    -> 3 logits; input [N,3,chip,chip]) and its ``cls.emd`` (ObjectClassification); returns the .emd."""
    rng = np.random.default_rng(seed)
    inits: list = []
    nodes: list = []
    previous, channels = "input", 3
    for index, out_channels in enumerate((16 * width, 32 * width, 64 * width)):
        weight = rng.normal(0.0, np.sqrt(2.0 / (channels * 9)), (out_channels, channels, 3, 3))
        bias = rng.normal(0.0, 0.05, out_channels)
        previous, channels = _strided_conv(f"conv{index}", previous, weight, bias, inits, nodes), out_channels
    inits += [
        numpy_helper.from_array(rng.normal(0.0, 0.2, (3, channels)).astype(np.float32), "fc_w"),
        numpy_helper.from_array(np.zeros(3, dtype=np.float32), "fc_b"),
    ]
    nodes += [
        helper.make_node("GlobalAveragePool", [previous], ["gap"]),
        helper.make_node("Flatten", ["gap"], ["flat"], axis=1),
        helper.make_node("Gemm", ["flat", "fc_w", "fc_b"], ["logits"], transB=1),
    ]
    graph = helper.make_graph(
        nodes,
        "bench_object_classifier",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", 3, chip, chip])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["N", 3])],
        inits,
    )
    folder = Path(folder)
    _save(graph, folder / "cls.onnx")
    emd = {
        "ModelType": "ObjectClassification",
        "ModelFile": "cls.onnx",
        "ImageHeight": chip,
        "ImageWidth": chip,
        "ExtractBands": [0, 1, 2],
        "CropSizeFixed": 1,
        "Classes": [
            {"Value": 1, "Name": "a", "Color": [255, 0, 0]},
            {"Value": 2, "Name": "b", "Color": [0, 255, 0]},
            {"Value": 3, "Name": "c", "Color": [0, 0, 255]},
        ],
    }
    (folder / "cls.emd").write_text(json.dumps(emd, indent=1))
    return folder / "cls.emd"


def square_detector(
    path: Path,
    widths: tuple[int, ...] = (8, 16, 16),
    metadata: Mapping[str, object] | None = None,
    tile: int = 640,
    stride: int = 8,
    box: float = 32.0,
    n_classes: int = 2,
) -> Path:
    """A fixed-weight YOLO-like detector of bright squares, Ultralytics layout [N, 4 + 2, (tile/stride)^2].

    Each conv averages its 3x3 x C_in window (all output channels alike), so the stride-8 feature is
    the local mean brightness (x in [0, 1]); class 0 score = sigmoid(40 (f - 0.75)), class 1 ~ 0.
    Box: centre of the cell, ``box`` x ``box`` pixels.
    """
    inits: list = []
    nodes: list = []
    prev, cin = "input", 3
    for i, cout in enumerate(widths):
        weight = np.full((cout, cin, 3, 3), 1.0 / (cin * 9), np.float32)
        prev, cin = _strided_conv(f"c{i}", prev, weight, np.zeros(cout, np.float32), inits, nodes), cout
    grid = tile // stride
    # 1x1 head: class logits (2 channels)
    hw = np.zeros((2, cin, 1, 1), np.float32)
    hw[0, :, 0, 0] = 40.0 / cin
    hb = np.array([-40.0 * 0.75, -20.0], np.float32)
    inits += [numpy_helper.from_array(hw, "hw"), numpy_helper.from_array(hb, "hb")]
    nodes.append(helper.make_node("Conv", [prev, "hw", "hb"], ["logits"], kernel_shape=[1, 1]))
    nodes.append(helper.make_node("Sigmoid", ["logits"], ["scores4d"]))
    # boxes from the grid: constant [1, 4, grid, grid] + 0 * input-dependent broadcast (batch from input)
    ys, xs = np.meshgrid(np.arange(grid, dtype=np.float32), np.arange(grid, dtype=np.float32), indexing="ij")
    boxes = np.stack(
        [xs * stride + stride / 2, ys * stride + stride / 2, np.full_like(xs, box), np.full_like(xs, box)]
    )[None]
    inits += [
        numpy_helper.from_array(boxes.astype(np.float32), "grid_boxes"),
        numpy_helper.from_array(np.array([0.0], np.float32), "zero"),
        numpy_helper.from_array(np.array([0, 0, -1], np.int64), "shape3"),
    ]
    nodes += [
        helper.make_node("ReduceMax", ["scores4d"], ["smax"], axes=[1], keepdims=1),
        helper.make_node("Mul", ["smax", "zero"], ["z"]),
        helper.make_node("Add", ["grid_boxes", "z"], ["boxes4d"]),  # [N, 4, g, g]
        helper.make_node("Concat", ["boxes4d", "scores4d"], ["out4d"], axis=1),  # [N, 6, g, g]
        helper.make_node("Reshape", ["out4d", "shape3"], ["output0"]),  # [N, 6, g*g]
    ]
    x = helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", 3, tile, tile])
    y = helper.make_tensor_value_info("output0", TensorProto.FLOAT, ["batch", 4 + n_classes, grid * grid])
    return _save(helper.make_graph(nodes, "bright_square_yolo", [x], [y], inits), path, metadata)


def detector_emd(model: Path, tile: int, classes: list[str]) -> Path:
    """``<model>.emd``: an ObjectDetection YOLO_Ultralytics model whose input is x / 255 exactly, as GeoDeep
    prepares its input."""
    emd = {
        "Framework": "ONNX",
        "ModelType": "ObjectDetection",
        "ModelConfiguration": "YOLO_Ultralytics",
        "ModelFile": model.name,
        "ImageHeight": tile,
        "ImageWidth": tile,
        "ExtractBands": [0, 1, 2],
        "NormalizationStats": {
            "band_min_values": [0, 0, 0],
            "band_max_values": [255, 255, 255],
            "scaled_mean_values": [0, 0, 0],
            "scaled_std_values": [1, 1, 1],
        },
        "Classes": [{"Value": i + 1, "Name": n, "Color": [255, 0, 0]} for i, n in enumerate(classes)],
    }
    path = model.with_suffix(".emd")
    path.write_text(json.dumps(emd, indent=2))
    return path


def build_all(out: Path, n_classes: int = 4) -> dict[str, Path]:
    """Write the U-Net and the pointwise model with their .emd files into ``out``."""
    out = Path(out)
    unet_path = unet(out / "unet.onnx", n_classes=n_classes)
    point_path = pointwise(out / "pointwise.onnx", n_classes=2)
    return {
        "unet": unet_path,
        "unet_emd": write_emd(unet_path, n_classes),
        "pointwise": point_path,
        "pointwise_emd": write_emd(point_path, 2, tile=512),
    }


if __name__ == "__main__":
    for name, written in build_all(Path(sys.argv[1] if len(sys.argv) > 1 else ".build/bench/models")).items():
        print(f"{name}: {written}")
