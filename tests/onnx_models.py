"""Small ONNX models with known behaviour, built with the ``onnx`` helper API.

Tests build their models here instead of shipping binaries, so what a model
computes is visible in the code that checks it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 13
_DTYPES = {"float32": TensorProto.FLOAT, "uint8": TensorProto.UINT8, "float16": TensorProto.FLOAT16}


def _save(graph: onnx.GraphProto, path: Path, metadata: Mapping[str, object] | None) -> Path:
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])
    model.ir_version = 8
    for key, value in (metadata or {}).items():
        entry = model.metadata_props.add()
        entry.key = key
        entry.value = value if isinstance(value, str) else json.dumps(value)
    onnx.checker.check_model(model)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(model, str(path))
    return path


def _dims(batch: int | None, channels: int, size: int | None) -> list:
    return [batch if batch else "N", channels, size if size else "H", size if size else "W"]


def scale_model(
    path: Path,
    bands: int = 3,
    factor: float = 2.0,
    batch: int | None = None,
    size: int | None = None,
    dtype: str = "float32",
    metadata: Mapping[str, object] | None = None,
) -> Path:
    """``y = x * factor`` (cast to float32 first): checks preprocessing and batching exactly."""
    shape = _dims(batch, bands, size)
    x = helper.make_tensor_value_info("input", _DTYPES[dtype], shape)
    y = helper.make_tensor_value_info("output", TensorProto.FLOAT, shape)
    k = numpy_helper.from_array(np.array(factor, dtype=np.float32), "factor")
    nodes = [
        helper.make_node("Cast", ["input"], ["xf"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["xf", "factor"], ["output"]),
    ]
    return _save(helper.make_graph(nodes, "scale", [x], [y], [k]), path, metadata)


def band_threshold_segmenter(
    path: Path,
    bands: int = 3,
    band: int = 0,
    threshold: float = 0.5,
    batch: int | None = None,
    size: int | None = None,
    metadata: Mapping[str, object] | None = None,
) -> Path:
    """Two-class softmax segmenter: class 1 where input band ``band`` > ``threshold``.

    Output ``[N, 2, H, W]`` holds probabilities ``softmax([0, 20 * (x_b - t)])``.
    """
    x = helper.make_tensor_value_info("input", TensorProto.FLOAT, _dims(batch, bands, size))
    y = helper.make_tensor_value_info("output", TensorProto.FLOAT, _dims(batch, 2, size))
    inits = [
        numpy_helper.from_array(np.array([band], dtype=np.int64), "idx"),
        numpy_helper.from_array(np.array(threshold, dtype=np.float32), "t"),
        numpy_helper.from_array(np.array(20.0, dtype=np.float32), "gain"),
        numpy_helper.from_array(np.array(0.0, dtype=np.float32), "zero"),
    ]
    nodes = [
        helper.make_node("Gather", ["input", "idx"], ["xb"], axis=1),
        helper.make_node("Sub", ["xb", "t"], ["d"]),
        helper.make_node("Mul", ["d", "gain"], ["logit1"]),
        helper.make_node("Mul", ["logit1", "zero"], ["logit0"]),
        helper.make_node("Concat", ["logit0", "logit1"], ["logits"], axis=1),
        helper.make_node("Softmax", ["logits"], ["output"], axis=1),
    ]
    return _save(helper.make_graph(nodes, "threshold", [x], [y], inits), path, metadata)


def mean_brightness_classifier(
    path: Path,
    bands: int = 3,
    thresholds: Sequence[float] = (0.5,),
    size: int | None = None,
    metadata: Mapping[str, object] | None = None,
) -> Path:
    """Image classifier: logits ``[N, len(thresholds)+1]`` peaking at the brightness bin.

    Logit k is ``-|mean(x) - centre_k|`` scaled, where the centres are the
    midpoints of the bins that ``thresholds`` cut from the mean brightness.
    """
    edges = [0.0, *thresholds, 1.0]
    centres = np.array([(a + b) / 2 for a, b in zip(edges[:-1], edges[1:])], dtype=np.float32)
    x = helper.make_tensor_value_info("input", TensorProto.FLOAT, _dims(None, bands, size))
    y = helper.make_tensor_value_info("output", TensorProto.FLOAT, ["N", len(centres)])
    inits = [
        numpy_helper.from_array(centres.reshape(1, -1), "centres"),
        numpy_helper.from_array(np.array(-50.0, dtype=np.float32), "gain"),
    ]
    nodes = [
        helper.make_node("ReduceMean", ["input"], ["m"], axes=[1, 2, 3], keepdims=0),
        helper.make_node("Unsqueeze", ["m", "one"], ["m2"]),
        helper.make_node("Sub", ["m2", "centres"], ["d"]),
        helper.make_node("Abs", ["d"], ["ad"]),
        helper.make_node("Mul", ["ad", "gain"], ["output"]),
    ]
    inits.append(numpy_helper.from_array(np.array([1], dtype=np.int64), "one"))
    return _save(helper.make_graph(nodes, "brightness", [x], [y], inits), path, metadata)


def conv_segmenter(
    path: Path,
    bands: int = 3,
    classes: int = 3,
    hidden: int = 8,
    layers: int = 3,
    seed: int = 0,
    size: int | None = None,
    metadata: Mapping[str, object] | None = None,
) -> Path:
    """Fully convolutional net of ``layers`` 3x3 convolutions (ReLU between), random fixed weights.

    Output ``[N, classes, H, W]`` holds logits; the receptive field reaches
    ``layers`` pixels from each output pixel.
    """
    rng = np.random.default_rng(seed)
    widths = [bands] + [hidden] * (layers - 1) + [classes]
    x = helper.make_tensor_value_info("input", TensorProto.FLOAT, _dims(None, bands, size))
    y = helper.make_tensor_value_info("output", TensorProto.FLOAT, _dims(None, classes, size))
    nodes, inits, current = [], [], "input"
    for layer, (fan_in, fan_out) in enumerate(zip(widths[:-1], widths[1:])):
        weight = rng.normal(0.0, (2.0 / (9 * fan_in)) ** 0.5, (fan_out, fan_in, 3, 3)).astype(np.float32)
        bias = rng.normal(0.0, 0.1, fan_out).astype(np.float32)
        inits += [numpy_helper.from_array(weight, f"w{layer}"), numpy_helper.from_array(bias, f"b{layer}")]
        last = layer == layers - 1
        conv = "output" if last else f"c{layer}"
        nodes.append(helper.make_node("Conv", [current, f"w{layer}", f"b{layer}"], [conv], pads=[1, 1, 1, 1]))
        if not last:
            nodes.append(helper.make_node("Relu", [conv], [f"r{layer}"]))
            current = f"r{layer}"
    return _save(helper.make_graph(nodes, "conv", [x], [y], inits), path, metadata)


def centre_crop_segmenter(
    path: Path, crop: int, bands: int = 3, band: int = 0, threshold: float = 0.5
) -> Path:
    """:func:`band_threshold_segmenter` whose output drops ``crop`` pixels at each side."""
    inner = band_threshold_segmenter(path.with_suffix(".full.onnx"), bands, band, threshold)
    model = onnx.load(str(inner))
    graph = model.graph
    graph.node[-1].output[0] = "full"
    graph.initializer.extend(
        [
            numpy_helper.from_array(np.array([crop, crop], dtype=np.int64), "starts"),
            numpy_helper.from_array(np.array([-crop, -crop], dtype=np.int64), "ends"),
            numpy_helper.from_array(np.array([2, 3], dtype=np.int64), "axes"),
        ]
    )
    graph.node.append(helper.make_node("Slice", ["full", "starts", "ends", "axes"], ["output"]))
    del graph.output[:]
    graph.output.append(helper.make_tensor_value_info("output", TensorProto.FLOAT, ["N", 2, "h", "w"]))
    return _save(graph, path, None)


def sigmoid_segmenter(
    path: Path, bands: int = 3, band: int = 0, threshold: float = 0.5, logits: bool = False
) -> Path:
    """One output channel ``sigmoid(20 * (x_band - threshold))``, or its logit when ``logits``."""
    x = helper.make_tensor_value_info("input", TensorProto.FLOAT, _dims(None, bands, None))
    y = helper.make_tensor_value_info("output", TensorProto.FLOAT, _dims(None, 1, None))
    inits = [
        numpy_helper.from_array(np.array([band], dtype=np.int64), "idx"),
        numpy_helper.from_array(np.array(threshold, dtype=np.float32), "t"),
        numpy_helper.from_array(np.array(20.0, dtype=np.float32), "gain"),
    ]
    nodes = [
        helper.make_node("Gather", ["input", "idx"], ["xb"], axis=1),
        helper.make_node("Sub", ["xb", "t"], ["d"]),
        helper.make_node("Mul", ["d", "gain"], ["output" if logits else "logit"]),
    ]
    if not logits:
        nodes.append(helper.make_node("Sigmoid", ["logit"], ["output"]))
    return _save(helper.make_graph(nodes, "sigmoid", [x], [y], inits), path, None)


def column_ramp_model(path: Path, size: int, bands: int = 3) -> Path:
    """Fixed-size model whose single probability channel is ``column / (size - 1)``, whatever the input.

    Its output follows the tile's x axis, so flips and rotations change it:
    a test model for test-time augmentation.
    """
    ramp = np.broadcast_to(np.linspace(0.0, 1.0, size, dtype=np.float32), (1, 1, size, size))
    x = helper.make_tensor_value_info("input", TensorProto.FLOAT, _dims(None, bands, size))
    y = helper.make_tensor_value_info("output", TensorProto.FLOAT, _dims(None, 1, size))
    inits = [
        numpy_helper.from_array(np.array([0], dtype=np.int64), "idx"),
        numpy_helper.from_array(np.array(0.0, dtype=np.float32), "zero"),
        numpy_helper.from_array(np.ascontiguousarray(ramp), "ramp"),
    ]
    nodes = [
        helper.make_node("Gather", ["input", "idx"], ["xb"], axis=1),
        helper.make_node("Mul", ["xb", "zero"], ["z"]),
        helper.make_node("Add", ["z", "ramp"], ["output"]),
    ]
    return _save(helper.make_graph(nodes, "ramp", [x], [y], inits), path, None)


def dense_detector(
    path: Path,
    layout: str = "ultralytics",
    classes: int = 2,
    bands: int = 3,
    stride: int = 8,
    window: int = 16,
    box: tuple[float, float] | None = None,
    angle: float = 0.0,
    label_offset: int = 0,
    batch: int | None = None,
    size: int | None = None,
    metadata: Mapping[str, object] | None = None,
) -> Path:
    """A detector of bright squares: one candidate per ``window`` x ``window`` cell, every ``stride`` pixels.

    Cell (i, j) covers rows ``stride * i`` and columns ``stride * j`` to ``+ window``: its class
    score ``p_c`` is the mean of input band ``c`` over the cell (AveragePool), its box is centred
    on the cell, ``box`` (w, h) wide (default: the cell). Layouts: ``yolov5`` ``[N, cells, 5 + C]``
    with objectness ``max_c p_c`` and class scores ``p_c`` (score ``max_c p_c * p_c``);
    ``ultralytics`` ``[N, 4 + C, cells]``; ``ultralytics_obb`` adds the constant ``angle`` row;
    ``nms`` gives ``boxes [N, cells, 4]``, ``scores [N, cells]`` = ``max_c p_c`` and int64
    ``labels [N, cells]`` = ``argmax_c p_c + label_offset``; ``nms_unbatched`` the same without
    the batch axis (the input batch is then fixed to 1). Cells are numbered row by row.
    """
    box_w, box_h = box if box is not None else (float(window), float(window))
    unbatched = layout == "nms_unbatched"
    input_dims = _dims(1 if unbatched else batch, bands, size)
    x = helper.make_tensor_value_info("input", TensorProto.FLOAT, input_dims)
    consts = {
        "starts": np.array([0], np.int64),
        "ends": np.array([classes], np.int64),
        "axis1": np.array([1], np.int64),
        "idx2": np.array(2, np.int64),
        "idx3": np.array(3, np.int64),
        "zero_i": np.array(0, np.int64),
        "one_i": np.array(1, np.int64),
        "stride": np.array(float(stride), np.float32),
        "half": np.array(window / 2.0, np.float32),
        "zero": np.array(0.0, np.float32),
        "half_w": np.array(box_w / 2.0, np.float32),
        "half_h": np.array(box_h / 2.0, np.float32),
        "box_w": np.array(box_w, np.float32),
        "box_h": np.array(box_h, np.float32),
        "angle": np.array(angle, np.float32),
        "row_shape": np.array([1, 1, 1, -1], np.int64),
        "col_shape": np.array([1, 1, -1, 1], np.int64),
        "offset": np.array(label_offset, np.int64),
    }
    inits = [numpy_helper.from_array(value, name) for name, value in consts.items()]
    node = helper.make_node
    nodes = [
        node("AveragePool", ["input"], ["pooled"], kernel_shape=[window, window], strides=[stride, stride]),
        node("Slice", ["pooled", "starts", "ends", "axis1"], ["p"]),
        node("ReduceMax", ["p"], ["best"], axes=[1], keepdims=1),
        node("Mul", ["best", "zero"], ["z"]),
        node("Shape", ["p"], ["shape"]),
        node("Gather", ["shape", "idx2"], ["h"]),
        node("Gather", ["shape", "idx3"], ["w"]),
        node("Range", ["zero_i", "w", "one_i"], ["cols"]),
        node("Range", ["zero_i", "h", "one_i"], ["rows"]),
        node("Cast", ["cols"], ["cols_f"], to=TensorProto.FLOAT),
        node("Cast", ["rows"], ["rows_f"], to=TensorProto.FLOAT),
        node("Mul", ["cols_f", "stride"], ["cols_s"]),
        node("Mul", ["rows_f", "stride"], ["rows_s"]),
        node("Add", ["cols_s", "half"], ["cx1"]),
        node("Add", ["rows_s", "half"], ["cy1"]),
        node("Reshape", ["cx1", "row_shape"], ["cx2"]),
        node("Reshape", ["cy1", "col_shape"], ["cy2"]),
        node("Add", ["z", "cx2"], ["cx"]),
        node("Add", ["z", "cy2"], ["cy"]),
    ]

    def flat(name: str, rows: int | str, out: str) -> None:
        """``name`` [N, rows, h, w] -> ``out`` [N, rows, cells]."""
        shape_name = f"{out}_shape"
        inits.append(numpy_helper.from_array(np.array([0, rows, -1], np.int64), shape_name))
        nodes.append(node("Reshape", [name, shape_name], [out]))

    if layout in ("yolov5", "ultralytics", "ultralytics_obb"):
        nodes += [node("Add", ["z", "box_w"], ["bw"]), node("Add", ["z", "box_h"], ["bh"])]
        parts = ["cx", "cy", "bw", "bh"] + (["best"] if layout == "yolov5" else []) + ["p"]
        if layout == "ultralytics_obb":
            nodes.append(node("Add", ["z", "angle"], ["ang"]))
            parts.append("ang")
        rows = 4 + classes + (1 if layout != "ultralytics" else 0)
        nodes.append(node("Concat", parts, ["maps"], axis=1))
        if layout == "yolov5":
            flat("maps", rows, "rows_first")
            nodes.append(node("Transpose", ["rows_first"], ["output"], perm=[0, 2, 1]))
            out_shape = [batch or "N", "cells", rows]
        else:
            flat("maps", rows, "output")
            out_shape = [batch or "N", rows, "cells"]
        outputs = [helper.make_tensor_value_info("output", TensorProto.FLOAT, out_shape)]
    elif layout in ("nms", "nms_unbatched"):
        nodes += [
            node("Sub", ["cx", "half_w"], ["x0"]),
            node("Sub", ["cy", "half_h"], ["y0"]),
            node("Add", ["cx", "half_w"], ["x1"]),
            node("Add", ["cy", "half_h"], ["y1"]),
            node("Concat", ["x0", "y0", "x1", "y1"], ["corners"], axis=1),
            node("ArgMax", ["p"], ["arg"], axis=1, keepdims=1),
            node("Add", ["arg", "offset"], ["label_map"]),
        ]
        flat("corners", 4, "corners_flat")
        flat("best", 1, "scores_3d")
        flat("label_map", 1, "labels_3d")
        suffix = "_b" if unbatched else ""
        nodes += [
            node("Transpose", ["corners_flat"], [f"boxes{suffix}"], perm=[0, 2, 1]),
            node("Squeeze", ["scores_3d", "axis1"], [f"scores{suffix}"]),
            node("Squeeze", ["labels_3d", "axis1"], [f"labels{suffix}"]),
        ]
        lead = [] if unbatched else [batch or "N"]
        if unbatched:
            inits.append(numpy_helper.from_array(np.array([0], np.int64), "axis0"))
            names = ("boxes", "scores", "labels")
            nodes += [node("Squeeze", [f"{name}_b", "axis0"], [name]) for name in names]
        outputs = [
            helper.make_tensor_value_info("boxes", TensorProto.FLOAT, [*lead, "cells", 4]),
            helper.make_tensor_value_info("scores", TensorProto.FLOAT, [*lead, "cells"]),
            helper.make_tensor_value_info("labels", TensorProto.INT64, [*lead, "cells"]),
        ]
    else:
        raise ValueError(f"unknown layout {layout}")
    used = {name for item in nodes for name in item.input}
    inits = [init for init in inits if init.name in used]
    return _save(helper.make_graph(nodes, "detector", [x], outputs, inits), path, metadata)


def band_sigmoids(
    path: Path,
    channels: Sequence[tuple[int, float]] = ((0, 0.5),),
    bands: int = 3,
    gain: float = 20.0,
    squeeze: bool = False,
    second_output: Sequence[tuple[int, float]] | None = None,
    batch_one: bool = False,
    metadata: Mapping[str, object] | None = None,
) -> Path:
    """Independent per-channel probabilities: channel k is ``sigmoid(gain * (x[band_k] - t_k))``.

    ``squeeze`` drops the channel axis of a one-channel output ([N, H, W]); ``second_output``
    adds an output "second" built the same way; ``batch_one`` reshapes the result to batch 1,
    as graphs exported with a fixed batch do, so that only batches of one image run.
    """
    x = helper.make_tensor_value_info("input", TensorProto.FLOAT, _dims(None, bands, None))
    inits: list = []
    nodes: list = []
    outputs = []

    def head(name: str, spec: Sequence[tuple[int, float]]) -> None:
        bands_used = np.array([band for band, _ in spec], dtype=np.int64)
        limits = np.array([t for _, t in spec], dtype=np.float32).reshape(1, -1, 1, 1)
        inits.extend(
            [
                numpy_helper.from_array(bands_used, f"{name}_idx"),
                numpy_helper.from_array(limits, f"{name}_t"),
                numpy_helper.from_array(np.array(gain, dtype=np.float32), f"{name}_gain"),
            ]
        )
        last = f"{name}_p"
        nodes.extend(
            [
                helper.make_node("Gather", ["input", f"{name}_idx"], [f"{name}_x"], axis=1),
                helper.make_node("Sub", [f"{name}_x", f"{name}_t"], [f"{name}_d"]),
                helper.make_node("Mul", [f"{name}_d", f"{name}_gain"], [f"{name}_l"]),
                helper.make_node("Sigmoid", [f"{name}_l"], [last]),
            ]
        )
        shape: list = ["N", len(spec), "H", "W"]
        if batch_one:
            inits.append(numpy_helper.from_array(np.array([1, 0, 0, 0], np.int64), f"{name}_one"))
            nodes.append(helper.make_node("Reshape", [last, f"{name}_one"], [f"{name}_b"]))
            last, shape[0] = f"{name}_b", 1
        if squeeze:
            inits.append(numpy_helper.from_array(np.array([1], np.int64), f"{name}_axis"))
            nodes.append(helper.make_node("Squeeze", [last, f"{name}_axis"], [name]))
            shape = [shape[0], "H", "W"]
        else:
            nodes.append(helper.make_node("Identity", [last], [name]))
        outputs.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, shape))

    head("output", channels)
    if second_output:
        head("second", second_output)
    return _save(helper.make_graph(nodes, "sigmoids", [x], outputs, inits), path, metadata)
