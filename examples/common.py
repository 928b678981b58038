"""Helpers the three training examples share: reproducible set-up, ONNX export and its check."""

from __future__ import annotations

import json
import os
import random
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import onnx
import torch

#: ONNX opset of the exported models (onnxruntime 1.16, the oldest the plugin accepts, runs it).
OPSET = 17


def setup(seed: int, threads: int) -> np.random.Generator:
    """Seed python, numpy and torch, fix the thread count; returns the numpy generator to use."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.set_num_threads(max(1, threads))
    torch.use_deterministic_algorithms(True)
    os.environ.setdefault("PYTHONHASHSEED", str(seed))
    return np.random.default_rng(seed)


def parameter_count(model: torch.nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())


def export_onnx(
    model: torch.nn.Module,
    example: np.ndarray,
    path: Path,
    output_names: Sequence[str],
    dynamic_axes: dict,
    metadata: dict | None = None,
) -> Path:
    """Export ``model`` (eval mode) with the legacy TorchScript exporter, opset :data:`OPSET`.

    ``metadata`` is stored in the ONNX ``metadata_props`` (JSON-encoded values, as Deepness
    and GeoDeep read them), so the bare .onnx file carries its settings too.
    """
    model.eval()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with torch.no_grad():
        torch.onnx.export(
            model,
            (torch.from_numpy(example),),
            str(path),
            dynamo=False,
            opset_version=OPSET,
            input_names=["input"],
            output_names=list(output_names),
            dynamic_axes=dynamic_axes,
            do_constant_folding=True,
        )
    proto = onnx.load(str(path))
    # Shape inference loses static sizes behind a Resize to a computed size (the class channels
    # of a segmenter, for instance): write every axis that is not dynamic into the graph outputs,
    # so that readers see e.g. [N, 2, H, W] rather than four unknown sizes.
    with torch.no_grad():
        traced = model(torch.from_numpy(example))
    traced = traced if isinstance(traced, (tuple, list)) else (traced,)
    for info, tensor in zip(proto.graph.output, traced):
        dynamic = dynamic_axes.get(info.name, {})
        for axis, dim in enumerate(info.type.tensor_type.shape.dim):
            if axis not in dynamic:
                dim.Clear()
                dim.dim_value = int(tensor.shape[axis])
    for key, value in (metadata or {}).items():
        entry = proto.metadata_props.add()
        entry.key = key
        entry.value = value if isinstance(value, str) else json.dumps(value)
    onnx.checker.check_model(proto)
    onnx.save(proto, str(path))
    return path


def check_onnx(model: torch.nn.Module, path: Path, batch: np.ndarray, atol: float = 1e-3) -> float:
    """Run ``batch`` through torch and onnxruntime; return the largest difference (fail above ``atol``)."""
    import onnxruntime as ort

    model.eval()
    with torch.no_grad():
        expected = model(torch.from_numpy(batch))
    expected = expected if isinstance(expected, (tuple, list)) else (expected,)
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    got = session.run(None, {session.get_inputs()[0].name: batch})
    diff = max(float(np.max(np.abs(e.numpy() - g))) if e.numel() else 0.0 for e, g in zip(expected, got))
    if not diff <= atol:
        raise SystemExit(f"ONNX and torch disagree on {path.name}: largest difference {diff:.2e} > {atol}.")
    return diff


class Timer:
    def __init__(self) -> None:
        self.start = time.perf_counter()

    def __str__(self) -> str:
        return f"{time.perf_counter() - self.start:.1f} s"

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.start


def write_report(path: Path, report: dict) -> None:
    """Save the training report (settings, timings, validation numbers) as JSON."""
    Path(path).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
