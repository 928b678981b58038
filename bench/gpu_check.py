"""GPU check for a lent device machine: the CUDA provider runs classify pixels and detect objects.

The device machines have no QGIS or GDAL, so this drives the engines of core/ directly, with the
in-memory readers of the tests, once on the CPU and once on the GPU (PROCESSOR_TYPE 2), and checks
what issue 4 asks: the GPU provider runs (a run that falls back is a failure here), it names itself,
its throughput (tiles/s) and its results agree with the CPU's. Exit status 0 only when all of that
holds. Needs numpy, onnx, onnxruntime-gpu and shapely; see bench/README.md ("GPU check") for carrying
onnxruntime-gpu onto the machine.

Run from the repository root: ``python3 bench/gpu_check.py [--size 4096] [--gpu-id 0]``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent


def _import_path() -> None:
    """Make the checkout importable as the ``rasterdl`` package (as QGIS installs it) and as ``tests``."""
    link_dir = Path(tempfile.mkdtemp(prefix="rasterdl-gpu-"))
    (link_dir / "rasterdl").symlink_to(REPO, target_is_directory=True)
    sys.path[:0] = [str(link_dir), str(REPO), str(HERE)]


_import_path()

import onnxruntime as ort  # noqa: E402
from rasterdl.core.engine.object_detector import detect_objects  # noqa: E402
from rasterdl.core.engine.pixel_classifier import classify_raster  # noqa: E402
from rasterdl.core.errors import ExecutionProviderError  # noqa: E402
from rasterdl.core.model.arguments import (  # noqa: E402
    detection_arguments,
    parse_model_arguments,
    pixel_arguments,
)
from rasterdl.core.model.execution import ProcessorType  # noqa: E402
from rasterdl.core.model.loader import load_model_definition  # noqa: E402
from rasterdl.core.model.runtime import OnnxSession  # noqa: E402

import models  # noqa: E402  (bench/models.py: the benchmark U-Net)
from tests.core.fakes import ArrayReader, Progress, RecordingWriter, SyntheticReader  # noqa: E402
from tests.onnx_models import dense_detector  # noqa: E402

#: The processors compared; ``--dry-run`` makes the second one the CPU too, to try the script without a GPU.
PROCESSORS = [ProcessorType.CPU, ProcessorType.GPU]


def session(model: Path, processor: ProcessorType, gpu_id: int) -> OnnxSession:
    try:
        opened = OnnxSession(model, processor, gpu_id)
    except ExecutionProviderError as exc:
        raise SystemExit(f"GPU check: FAILED - {exc}") from None
    if processor == ProcessorType.GPU and (opened.fell_back or opened.provider == "CPUExecutionProvider"):
        raise SystemExit(
            f"GPU check: FAILED - the GPU request ran on {opened.provider} ({opened.fallback_reason})"
        )
    return opened


def classify_pixels(folder: Path, size: int, gpu_id: int) -> bool:
    """The benchmark U-Net over a synthetic ``size``² raster on CPU and GPU; True when they agree."""
    onnx_path = models.unet(folder / "unet.onnx")
    definition = load_model_definition(str(models.write_emd(onnx_path, 4)))
    parsed = parse_model_arguments({"padding": 32, "batch_size": 8}, definition.argument_defaults)
    args = pixel_arguments(parsed, definition)
    classes = []
    for processor in PROCESSORS:
        runner = session(onnx_path, processor, gpu_id)
        reader = SyntheticReader(size, size)
        writer = RecordingWriter(size, size)
        stats = classify_raster(reader, runner, definition, args, writer, Progress(), False)
        classes.append(writer.classes)
        print(
            f"classify pixels on {runner.provider}: {stats.tiles} tiles in {stats.seconds:.2f} s "
            f"({stats.tiles / stats.seconds:.1f} tiles/s); model time {stats.session_seconds:.2f} s"
        )
    equal = float(np.mean(classes[0] == classes[1]))
    print(f"classify pixels: {100 * equal:.3f} % of the pixels get the same class on CPU and GPU")
    return equal >= 0.999


def detect(folder: Path, size: int, gpu_id: int) -> bool:
    """A bright-square detector over a ``size``² raster of squares; True when the GPU found the same boxes."""
    onnx_path = dense_detector(folder / "detector.onnx", "ultralytics")
    stats = {
        "band_min_values": [0, 0, 0],
        "band_max_values": [255, 255, 255],
        "scaled_mean_values": [0, 0, 0],
        "scaled_std_values": [1, 1, 1],
    }
    definition = load_model_definition(
        json.dumps(
            {
                "ModelType": "ObjectDetection",
                "ModelFile": str(onnx_path),
                "ImageHeight": 256,
                "NormalizationStats": stats,
                "Classes": [{"Value": 1, "Name": "Red"}, {"Value": 2, "Name": "Green"}],
            }
        )
    )
    data = np.zeros((3, size, size), np.uint8)
    for y in range(8, size - 24, 64):
        for x in range(8, size - 24, 64):
            data[(x // 64 + y // 64) % 2, y : y + 16, x : x + 16] = 255
    values = {"padding": 32, "threshold": 0.6, "nms_overlap": 0.1, "batch_size": 8}
    args = detection_arguments(parse_model_arguments(values, definition.argument_defaults), definition)
    found = []
    for processor in PROCESSORS:
        runner = session(onnx_path, processor, gpu_id)
        result = detect_objects(ArrayReader(data), runner, definition, args, Progress())
        found.append((np.round(result.boxes, 2), result.class_index))
        print(f"detect objects on {runner.provider}: {len(result.boxes)} objects")
    (cpu_boxes, cpu_class), (gpu_boxes, gpu_class) = found
    same = cpu_boxes.shape == gpu_boxes.shape and np.array_equal(cpu_class, gpu_class)
    same = same and np.allclose(cpu_boxes, gpu_boxes, atol=0.05)
    print(f"detect objects: CPU and GPU boxes {'agree' if same else 'DIFFER'}")
    return bool(same)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=4096, help="raster width = height (default 4096)")
    parser.add_argument("--gpu-id", type=int, default=0)
    parser.add_argument("--dry-run", action="store_true", help="compare the CPU with itself (no GPU needed)")
    opts = parser.parse_args()
    if opts.dry_run:
        PROCESSORS[1] = ProcessorType.CPU
    print(f"onnxruntime {ort.__version__}; providers: {', '.join(ort.get_available_providers())}")
    if hasattr(ort, "preload_dlls"):
        ort.preload_dlls()  # CUDA/cuDNN from the nvidia-* wheels, where that is how CUDA is installed
    with tempfile.TemporaryDirectory() as tmp:
        ok = classify_pixels(Path(tmp), opts.size, opts.gpu_id)
        ok = detect(Path(tmp), min(opts.size, 2048), opts.gpu_id) and ok
    print("GPU check: PASSED" if ok else "GPU check: FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
