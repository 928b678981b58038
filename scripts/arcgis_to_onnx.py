#!/usr/bin/env python3
"""Convert a model trained in Esri's arcgis.learn (.emd + .pth, or a .dlpk) to ONNX for this plugin.

Run it with the Python that has arcgis.learn (ArcGIS Pro's arcgispro-py3, or the venv of
``../shared/arcgis/setup_env.sh``), never with QGIS's Python: the plugin's own runtime needs
neither torch nor arcgis::

    python scripts/arcgis_to_onnx.py MODEL.emd|MODEL.dlpk OUT_DIR [--check-image CHIP.tif]

It loads the model with ``arcgis.learn.<ModelName>.from_model`` (the class the .emd names),
exports the torch network with ``torch.onnx.export``, and writes to OUT_DIR:

- ``<name>.onnx``: pixel classifiers output raw scores ``[N, classes, H, W]`` (channel 0 the
  background, as arcgis.learn trains them), FeatureClassifier ``[N, classes]`` logits, and
  RetinaNet runs its own decode and non-maximum suppression inside the graph and outputs
  ``boxes [K, 4]`` (x0, y0, x1, y1 in input pixels), ``scores [K]`` and ``labels [K]``
  (1-based class indexes, 0 the background), one image per run;
- ``<name>.emd``: Esri's .emd with every key kept, ModelFile pointing at the .onnx, Framework
  ``ONNX`` and a ``ConvertedFrom`` record (source, versions, the check below);
- ``<name>.dlpk``: a zip of the two. No code from the source package is copied: a .dlpk's
  ``.py`` inference function is never carried over (and the plugin never runs one).

Before writing anything it runs the ONNX model with onnxruntime and the torch model on one chip
(``--check-image``, else a seeded random one) normalised as arcgis.learn's inference does, prints
the largest absolute difference and fails (exit status 1, nothing written) when it exceeds
``--tolerance`` relative to the largest torch output. Detectors are also checked against
arcgis.learn's own decode + NMS (``_analyze_pred``): same boxes, scores and labels.

Backbones are built with random weights (their ImageNet weights are never downloaded): the
trained weights in the .pth replace them all.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sys
import tempfile
import warnings
import zipfile
from pathlib import Path

import numpy as np

#: arcgis.learn model classes this script converts, by the kind of network they hold.
PIXEL_MODELS = ("UnetClassifier", "DeepLab", "PSPNetClassifier")
CLASSIFIER_MODELS = ("FeatureClassifier",)
DETECTOR_MODELS = ("RetinaNet",)
SUPPORTED = PIXEL_MODELS + CLASSIFIER_MODELS + DETECTOR_MODELS
#: ImageNet statistics on 0-255 values, as arcgis.learn's inference functions apply them.
IMAGENET_MEAN = 255 * np.array([0.485, 0.456, 0.406], dtype=np.float32)
IMAGENET_STD = 255 * np.array([0.229, 0.224, 0.225], dtype=np.float32)


class ConversionError(Exception):
    """The model cannot be converted; the message says why and what to do."""


# --------------------------------------------------------------------------- environment


def import_arcgis_learn():
    """``arcgis.learn``, after the compatibility shims of the shared recipe when they are found.

    Esri's own environments (ArcGIS Pro) need no shims; PyPI's fastai 1.0.61 on a recent torch
    and numpy does (``../shared/arcgis/arcgis_compat.py``, or ``ARCGIS_COMPAT_DIR``).
    """
    warnings.filterwarnings("ignore")
    for folder in filter(None, (os.environ.get("ARCGIS_COMPAT_DIR"), "/work/shared/arcgis")):
        if (Path(folder) / "arcgis_compat.py").is_file():
            sys.path.insert(0, folder)
            import arcgis_compat

            arcgis_compat.apply()
            break
    try:
        with contextlib.redirect_stdout(sys.stderr):  # arcgis prints notices on import
            import arcgis.learn
    except ImportError as exc:
        raise ConversionError(
            f"arcgis.learn cannot be imported ({exc}). Run this script with the Python that has "
            "arcgis.learn: ArcGIS Pro's arcgispro-py3, or the venv of ../shared/arcgis/setup_env.sh."
        ) from exc
    return arcgis.learn


class _NoWeights(dict):
    """Stands for ImageNet weights that are not downloaded: loading it changes nothing."""


@contextlib.contextmanager
def random_backbone_weights():
    """Build backbones with random weights instead of downloading pretrained ones.

    torchvision's ``WeightsEnum.get_state_dict`` and ``torch.hub.load_state_dict_from_url``
    return an empty marker while this is active, and ``Module.load_state_dict`` skips it. Only
    the trained weights that arcgis.learn loads afterwards (from the .pth) matter.
    """
    import torch
    from torchvision.models import _api

    original_get = _api.WeightsEnum.get_state_dict
    original_hub = torch.hub.load_state_dict_from_url
    original_load = torch.nn.Module.load_state_dict

    def get_state_dict(self, *args, **kwargs):
        return _NoWeights()

    def load_state_dict(self, state_dict, *args, **kwargs):
        if isinstance(state_dict, _NoWeights):
            return torch.nn.modules.module._IncompatibleKeys([], [])
        return original_load(self, state_dict, *args, **kwargs)

    _api.WeightsEnum.get_state_dict = get_state_dict
    torch.hub.load_state_dict_from_url = lambda *args, **kwargs: _NoWeights()
    torch.nn.Module.load_state_dict = load_state_dict
    try:
        yield
    finally:
        _api.WeightsEnum.get_state_dict = original_get
        torch.hub.load_state_dict_from_url = original_hub
        torch.nn.Module.load_state_dict = original_load


# --------------------------------------------------------------------------- source model


def read_source(source: Path, work: Path) -> tuple[Path, dict]:
    """The .emd path (a .dlpk is unpacked into ``work``, its .py files left out) and its JSON."""
    if not source.is_file():
        raise ConversionError(f"'{source}' does not exist or is not a file: give an .emd or a .dlpk.")
    if source.suffix.lower() == ".dlpk":
        try:
            with zipfile.ZipFile(source) as package:
                for member in package.infolist():
                    name = Path(member.filename)
                    if member.is_dir() or name.suffix.lower() == ".py":
                        continue
                    if name.is_absolute() or ".." in name.parts:
                        raise ConversionError(f"The package '{source}' holds the unsafe path '{name}'.")
                    package.extract(member, work)
        except zipfile.BadZipFile as exc:
            raise ConversionError(f"'{source}' is not a deep learning package (not a zip: {exc}).") from exc
        emds = sorted(p for p in work.rglob("*.emd") if not p.name.startswith("._"))
        if len(emds) != 1:
            raise ConversionError(f"The package '{source}' holds {len(emds)} .emd files; it must hold one.")
        emd_path = emds[0]
    elif source.suffix.lower() == ".emd":
        emd_path = source
    else:
        raise ConversionError(f"'{source}' is neither an .emd nor a .dlpk file.")
    try:
        emd = json.loads(emd_path.read_text(encoding="utf-8-sig"))
    except ValueError as exc:
        raise ConversionError(f"'{emd_path}' is not valid JSON: {exc}.") from exc
    if not isinstance(emd, dict):
        raise ConversionError(f"'{emd_path}' is not an Esri model definition (a JSON object).")
    name = emd.get("ModelName")
    if name not in SUPPORTED:
        raise ConversionError(
            f"'{emd_path.name}' has ModelName {name!r}; this script converts {', '.join(SUPPORTED)}."
        )
    framework = str(emd.get("Framework", "PyTorch")).lower()
    if framework and not framework.startswith(("pytorch", "arcgis.learn")):
        raise ConversionError(
            f"'{emd_path.name}' has Framework {emd.get('Framework')!r}: only arcgis.learn PyTorch models "
            "are converted."
        )
    return emd_path, emd


def load_model(learn_module, emd_path: Path, emd: dict):
    """The arcgis.learn model object the .emd describes, loaded through its own ``from_model``."""
    model_class = getattr(learn_module, emd["ModelName"])
    with random_backbone_weights(), contextlib.redirect_stdout(sys.stderr):
        model = model_class.from_model(str(emd_path))
    model.learn.model.eval()
    return model


# --------------------------------------------------------------------------- chips


def chip_pixels(emd: dict, check_image: Path | None, seed: int) -> np.ndarray:
    """One raw chip (1, bands, H, W) float32: a window of ``check_image`` or seeded random values."""
    height, width = int(emd["ImageHeight"]), int(emd["ImageWidth"])
    bands = emd.get("ExtractBands") or [0, 1, 2]
    if check_image is not None:
        from osgeo import gdal

        dataset = gdal.Open(str(check_image))
        if dataset is None:
            raise ConversionError(f"The check image '{check_image}' cannot be opened with GDAL.")
        if dataset.RasterXSize < width or dataset.RasterYSize < height:
            raise ConversionError(
                f"The check image '{check_image}' is smaller than the model's {width} x {height} chips."
            )
        data = dataset.ReadAsArray(0, 0, width, height)
        data = data[None] if data.ndim == 2 else data
        if max(bands) >= data.shape[0]:
            raise ConversionError(
                f"The check image '{check_image}' lacks band {max(bands) + 1} (ExtractBands)."
            )
        return data[list(bands)][None].astype(np.float32)
    stats = emd.get("NormalizationStats") or {}
    low = np.asarray(stats.get("band_min_values") or [0.0] * (max(bands) + 1), dtype=np.float64)[bands]
    high = np.asarray(stats.get("band_max_values") or [255.0] * (max(bands) + 1), dtype=np.float64)[bands]
    rng = np.random.default_rng(seed)
    unit = rng.random((1, len(bands), height, width))
    return np.rint(low.reshape(1, -1, 1, 1) + unit * (high - low).reshape(1, -1, 1, 1)).astype(np.float32)


def normalise(chip: np.ndarray, emd: dict) -> np.ndarray:
    """``chip`` normalised as arcgis.learn's inference functions do (NormalizationStats, else ImageNet)."""
    stats = emd.get("NormalizationStats")
    if stats:
        bands = emd.get("ExtractBands") or list(range(chip.shape[1]))

        def per_band(name: str) -> np.ndarray:
            return np.asarray(stats[name], dtype=np.float64)[bands].reshape(1, -1, 1, 1)

        scaled = (chip - per_band("band_min_values")) / (
            per_band("band_max_values") - per_band("band_min_values")
        )
        if stats.get("scaled_mean_values") is not None:
            scaled = (scaled - per_band("scaled_mean_values")) / per_band("scaled_std_values")
        return scaled.astype(np.float32)
    return (
        ((chip.transpose(0, 2, 3, 1) - IMAGENET_MEAN) / IMAGENET_STD).transpose(0, 3, 1, 2).astype(np.float32)
    )


# --------------------------------------------------------------------------- networks


def _first_tensor(output):
    """The main output of a network that may return a tuple/list/dict (auxiliary heads)."""
    if isinstance(output, dict):
        output = output.get("out", next(iter(output.values())))
    while isinstance(output, (tuple, list)):
        output = output[0]
    return output


def pixel_network(model):
    """The segmentation network returning its main ``[N, classes, H, W]`` scores."""
    import torch

    class PixelScores(torch.nn.Module):
        def __init__(self, net):
            super().__init__()
            self.net = net

        def forward(self, x):
            return _first_tensor(self.net(x))

    return PixelScores(model.learn.model).eval()


def classifier_network(model):
    """The image classifier returning ``[N, classes]`` logits."""
    return pixel_network(model)


def retinanet_network(model, height: int, width: int, nms_overlap: float, score_floor: float):
    """arcgis.learn's RetinaNet with its decode and NMS (``_retinanet_utils.get_predictions``) in the graph.

    The same steps in the same order: anchors decoded (arcgis.learn's ``activ_to_bbox``), boxes
    clipped to the chip, sigmoid class scores, the best class per anchor, boxes above
    ``score_floor`` and of non-zero size kept, then class-agnostic NMS at ``nms_overlap``.
    Boxes come out as x0, y0, x1, y1 in input pixels and labels 1-based (0 the background).
    """
    import torch
    import torchvision
    from arcgis.learn.models._retinanet_utils import create_anchors

    crit = model._loss_f
    anchors = create_anchors(crit.sizes, crit.ratios, crit.scales).float()

    class RetinaNetWithNMS(torch.nn.Module):
        def __init__(self, net):
            super().__init__()
            self.net = net
            self.register_buffer("anchors", anchors)
            self.register_buffer("act_scale", torch.tensor([[0.1, 0.1, 0.2, 0.2]]))
            # fastai boxes are (top, left, bottom, right) in [-1, 1]: to x0, y0, x1, y1 pixels
            self.register_buffer("to_pixels", torch.tensor([width / 2, height / 2, width / 2, height / 2]))

        def forward(self, x):
            clas, bbox = self.net(x)
            acts = bbox[0] * self.act_scale
            centers = self.anchors[:, 2:] * acts[:, :2] + self.anchors[:, :2]
            sizes = self.anchors[:, 2:] * torch.exp(acts[:, :2])
            tlbr = torch.clamp(torch.cat([centers - sizes / 2, centers + sizes / 2], 1), min=-1, max=1)
            scores, classes = torch.sigmoid(clas[0]).max(1)
            extent = tlbr[:, 2:] - tlbr[:, :2]
            keep = (scores > score_floor) & ((extent[:, 0] * extent[:, 1]) != 0)
            tlbr, scores, classes = tlbr[keep], scores[keep], classes[keep]
            chosen = torchvision.ops.nms(tlbr, scores, nms_overlap)
            tlbr, scores, classes = tlbr[chosen], scores[chosen], classes[chosen]
            xyxy = torch.stack([tlbr[:, 1], tlbr[:, 0], tlbr[:, 3], tlbr[:, 2]], 1)
            return (xyxy + 1) * self.to_pixels, scores, classes + 1

    return RetinaNetWithNMS(model.learn.model).eval()


def static_adaptive_pooling(network) -> list:
    """Replace each ``nn.AdaptiveAvgPool2d`` in ``network`` by explicit bin means, which ONNX exports
    for any input size (PSPNet's pyramid pools to 1, 2, 3 and 6 bins, rarely factors of the feature
    size). The bins are PyTorch's own: ``floor(i * n / out)`` to ``ceil((i + 1) * n / out)``.
    Returns the (parent, name, original module) swaps, to put the originals back."""
    import math

    import torch

    class BinMeans(torch.nn.Module):
        def __init__(self, output_size):
            super().__init__()
            size = output_size if isinstance(output_size, (tuple, list)) else (output_size, output_size)
            self.size = tuple(size)

        def forward(self, x):
            height, width = int(x.shape[-2]), int(x.shape[-1])
            out_h = self.size[0] or height
            out_w = self.size[1] or width
            rows = []
            for i in range(out_h):
                top, bottom = (i * height) // out_h, math.ceil((i + 1) * height / out_h)
                cells = []
                for j in range(out_w):
                    left, right = (j * width) // out_w, math.ceil((j + 1) * width / out_w)
                    cells.append(x[:, :, top:bottom, left:right].mean(dim=(2, 3)))
                rows.append(torch.stack(cells, -1))
            return torch.stack(rows, -2)

    swaps = []
    for parent in list(network.modules()):
        for name, child in list(parent.named_children()):
            if isinstance(child, torch.nn.AdaptiveAvgPool2d):
                setattr(parent, name, BinMeans(child.output_size))
                swaps.append((parent, name, child))
    return swaps


def export(network, example: np.ndarray, path: Path, kind: str, opset: int) -> None:
    """``torch.onnx.export`` with a dynamic batch axis (a single image for detectors)."""
    import torch

    if kind == "detector":
        names = ["boxes", "scores", "labels"]
        dynamic = {"boxes": {0: "detections"}, "scores": {0: "detections"}, "labels": {0: "detections"}}
    else:
        names = ["scores" if kind == "pixel" else "logits"]
        dynamic = {"input": {0: "batch"}, names[0]: {0: "batch"}}
    kwargs = {
        "input_names": ["input"],
        "output_names": names,
        "dynamic_axes": dynamic,
        "opset_version": opset,
        "do_constant_folding": True,
    }
    if "dynamo" in torch.onnx.export.__code__.co_varnames:
        kwargs["dynamo"] = False
    with torch.no_grad(), warnings.catch_warnings(), contextlib.redirect_stdout(sys.stderr):
        warnings.simplefilter("ignore")
        try:
            torch.onnx.export(network, torch.from_numpy(example), str(path), **kwargs)
        except Exception as exc:  # the exporter raises many types; report it in one line
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ConversionError(f"torch.onnx.export failed: {first}") from exc


# --------------------------------------------------------------------------- checks


def run_onnx(path: Path, x: np.ndarray) -> list[np.ndarray]:
    import onnxruntime

    session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    return session.run(None, {session.get_inputs()[0].name: x})


def check_dense(network, onnx_path: Path, x: np.ndarray, tolerance: float, kind: str) -> dict:
    """Largest |ONNX - torch| over the scores of a batch of two chips, and the argmax agreement."""
    import torch

    batch = np.concatenate([x, x[:, :, ::-1].copy()])
    with torch.no_grad():
        reference = network(torch.from_numpy(batch)).numpy()
    converted = run_onnx(onnx_path, batch)[0]
    if converted.shape != reference.shape:
        raise ConversionError(f"The ONNX output has shape {converted.shape}, torch gives {reference.shape}.")
    diff = float(np.max(np.abs(converted - reference)))
    scale = max(1.0, float(np.max(np.abs(reference))))
    same = float(np.mean(np.argmax(converted, axis=1) == np.argmax(reference, axis=1)))
    return {
        "max_abs_diff": diff,
        "max_abs_torch": float(np.max(np.abs(reference))),
        "tolerance": tolerance * scale,
        "argmax_equal": same,
        "shape": list(reference.shape),
        "passed": diff <= tolerance * scale and same == 1.0,
    }


def check_detector(
    model, network, onnx_path: Path, x: np.ndarray, tolerance: float, emd: dict, nms_overlap: float
) -> dict:
    """ONNX boxes/scores/labels against the torch wrapper and against arcgis.learn's own decode + NMS."""
    import torch

    threshold = float(network_threshold(emd))
    with torch.no_grad():
        boxes, scores, labels = (t.numpy() for t in network(torch.from_numpy(x)))
        clas, bbox = model.learn.model(torch.from_numpy(x))
        esri = model._analyze_pred(pred=(clas[0], bbox[0]), thresh=threshold, nms_overlap=nms_overlap)
    onnx_boxes, onnx_scores, onnx_labels = run_onnx(onnx_path, x)
    report = {"detections_torch": int(len(scores)), "detections_onnx": int(len(onnx_scores))}
    passed = len(scores) == len(onnx_scores) and np.array_equal(labels, onnx_labels)
    diff = 0.0
    if passed and len(scores):
        diff = float(max(np.max(np.abs(boxes - onnx_boxes)), np.max(np.abs(scores - onnx_scores))))
    # arcgis.learn: (top, left, bottom, right) in [-1, 1], labels 1-based, scores; at `threshold`
    esri_boxes, esri_labels, esri_scores = (np.asarray(t.cpu()) for t in esri)
    height, width = x.shape[2], x.shape[3]
    above = onnx_scores > threshold
    esri_xyxy = (
        np.stack([esri_boxes[:, 1], esri_boxes[:, 0], esri_boxes[:, 3], esri_boxes[:, 2]], 1) + 1
    ) * np.array([width / 2, height / 2, width / 2, height / 2])
    esri_equal = int(above.sum()) == len(esri_scores) and np.array_equal(onnx_labels[above], esri_labels)
    esri_diff = 0.0
    if esri_equal and len(esri_scores):
        esri_diff = float(
            max(
                np.max(np.abs(onnx_boxes[above] - esri_xyxy)),
                np.max(np.abs(onnx_scores[above] - esri_scores)),
            )
        )
    report.update(
        {
            "max_abs_diff": diff,
            "tolerance": tolerance * max(width, height),
            "threshold": threshold,
            "detections_arcgis": int(len(esri_scores)),
            "max_abs_diff_arcgis": esri_diff,
            "passed": bool(
                passed
                and diff <= tolerance * max(width, height)
                and esri_equal
                and esri_diff <= tolerance * max(width, height)
            ),
        }
    )
    return report


def network_threshold(emd: dict) -> float:
    """The detection threshold of the check: the .emd's Threshold, else the tools' default 0.1."""
    value = emd.get("Threshold")
    return float(value) if isinstance(value, (int, float)) and 0 < value < 1 else 0.1


# --------------------------------------------------------------------------- outputs


def converted_emd(
    emd: dict, onnx_name: str, source: Path, check: dict, kind: str, extra: dict, versions: dict
) -> dict:
    """Esri's .emd with every key kept, ModelFile at the .onnx and a record of the conversion."""
    out = dict(emd)
    out["ModelFile"] = onnx_name
    out["Framework"] = "ONNX"
    out["ConvertedFrom"] = {
        "File": source.name,
        "ModelFile": emd.get("ModelFile"),
        "Framework": emd.get("Framework", "PyTorch"),
        **versions,
        "Converter": "rasterdl scripts/arcgis_to_onnx.py",
        "OnnxOutputs": kind,
        "Check": check,
        **extra,
    }
    return out


def write_outputs(out_dir: Path, stem: str, onnx_tmp: Path, emd: dict) -> dict:
    """Write <stem>.onnx, <stem>.emd and <stem>.dlpk into ``out_dir``, each replaced whole."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {ext: out_dir / f"{stem}.{ext}" for ext in ("onnx", "emd", "dlpk")}
    staged = {ext: path.with_name(path.name + ".part") for ext, path in paths.items()}
    shutil.copyfile(onnx_tmp, staged["onnx"])
    staged["emd"].write_text(json.dumps(emd, indent=2) + "\n", encoding="utf-8")
    with zipfile.ZipFile(staged["dlpk"], "w", zipfile.ZIP_DEFLATED) as package:
        package.write(staged["emd"], paths["emd"].name)
        package.write(staged["onnx"], paths["onnx"].name)
    for ext, path in paths.items():
        os.replace(staged[ext], path)
    return {ext: str(path) for ext, path in paths.items()}


def convert(
    source: Path,
    out_dir: Path,
    check_image: Path | None = None,
    tolerance: float = 1e-3,
    opset: int = 17,
    nms_overlap: float = 0.1,
    score_floor: float = 0.01,
    seed: int = 0,
) -> dict:
    """Convert ``source`` into ``out_dir``; returns the report (outputs, check figures)."""
    learn_module = import_arcgis_learn()
    with tempfile.TemporaryDirectory(prefix="arcgis_to_onnx_") as tmp:
        work = Path(tmp)
        emd_path, emd = read_source(source, work / "package")
        model = load_model(learn_module, emd_path, emd)
        name = emd["ModelName"]
        raw = chip_pixels(emd, check_image, seed)
        x = normalise(raw, emd)
        onnx_tmp = work / "model.onnx"
        extra: dict = {}
        if name in DETECTOR_MODELS:
            kind = "detector"
            network = retinanet_network(model, x.shape[2], x.shape[3], nms_overlap, score_floor)
            export(network, x, onnx_tmp, kind, opset)
            check = check_detector(model, network, onnx_tmp, x, tolerance, emd, nms_overlap)
            extra = {"NmsOverlapInModel": nms_overlap, "ScoreFloorInModel": score_floor}
            outputs = "boxes [K, 4] x0 y0 x1 y1 pixels, scores [K], labels [K] 1-based; one image per run"
        else:
            kind = "pixel" if name in PIXEL_MODELS else "classifier"
            network = pixel_network(model) if kind == "pixel" else classifier_network(model)
            swaps = static_adaptive_pooling(network) if name == "PSPNetClassifier" else []
            try:
                export(network, x, onnx_tmp, kind, opset)
            finally:  # the check runs the untouched torch network
                for parent, child_name, original in swaps:
                    setattr(parent, child_name, original)
            if swaps:
                extra = {"AdaptivePoolsReplacedForExport": len(swaps)}
            check = check_dense(network, onnx_tmp, x, tolerance, kind)
            outputs = (
                "scores [N, classes, H, W], channel 0 the background"
                if kind == "pixel"
                else "logits [N, classes]"
            )
        check["chip"] = str(check_image) if check_image else f"random, seed {seed}"
        if not check["passed"]:
            raise ConversionError(f"The ONNX model does not match the torch model: {json.dumps(check)}")
        stem = source.stem
        import arcgis
        import torch

        versions = {"arcgis": arcgis.__version__, "torch": torch.__version__}
        definition = converted_emd(emd, f"{stem}.onnx", source, check, outputs, extra, versions)
        written = write_outputs(out_dir, stem, onnx_tmp, definition)
    return {"model": name, "source": str(source), "outputs": written, "check": check}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "model", type=Path, help="the arcgis.learn model: its .emd (beside its .pth) or .dlpk"
    )
    parser.add_argument("out_dir", type=Path, help="folder for <name>.onnx, <name>.emd and <name>.dlpk")
    parser.add_argument(
        "--check-image", type=Path, help="raster whose top-left chip checks ONNX against torch"
    )
    parser.add_argument(
        "--tolerance",
        type=float,
        default=1e-3,
        help="largest |ONNX - torch| allowed, "
        "relative to the largest torch output (detectors: to the chip size); default 1e-3",
    )
    parser.add_argument("--opset", type=int, default=17, help="ONNX opset (default 17)")
    parser.add_argument(
        "--nms-overlap",
        type=float,
        default=0.1,
        help="detectors: IoU above which NMS drops the weaker box (arcgis.learn's default 0.1)",
    )
    parser.add_argument(
        "--score-floor",
        type=float,
        default=0.01,
        help="detectors: lowest score the model returns (the tools' threshold applies after)",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the random check chip")
    args = parser.parse_args(argv)
    try:
        report = convert(
            args.model,
            args.out_dir,
            args.check_image,
            args.tolerance,
            args.opset,
            args.nms_overlap,
            args.score_floor,
            args.seed,
        )
    except ConversionError as exc:
        print(f"arcgis_to_onnx: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
