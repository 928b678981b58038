"""Rectangular versions of the test models of :mod:`tests.onnx_models` (models trained on W x H images)."""

from __future__ import annotations

from pathlib import Path

import onnx


def fix_input_size(path: Path, height: int, width: int) -> Path:
    """Fix the height and width of the model's (N, C, H, W) input, and of any output dimension named
    like them, in place: a model exported for ``width`` x ``height`` images only."""
    model = onnx.load(str(path))
    names = set()
    for value in model.graph.input:
        dims = value.type.tensor_type.shape.dim
        for dim, size in ((dims[2], height), (dims[3], width)):
            if dim.dim_param:
                names.add((dim.dim_param, size))
            dim.ClearField("dim_param")
            dim.dim_value = size
    fixed = dict(names)
    for value in model.graph.output:
        for dim in value.type.tensor_type.shape.dim:
            if dim.dim_param in fixed:
                size = fixed[dim.dim_param]
                dim.ClearField("dim_param")
                dim.dim_value = size
    onnx.checker.check_model(model)
    onnx.save(model, str(path))
    return Path(path)
