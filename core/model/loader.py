"""Build a validated :class:`ModelDefinition` from an .emd, a JSON string, a .dlpk or a bare .onnx.

Model definitions are hand-edited or come from other tools, so every field is
checked here once, with messages naming the key, the bad value and the file;
the tools then trust the result. Esri keys are read as ``arcgis.learn`` reads
them (docs/FORMATS.md section 3); bare ONNX files are read through the Deepness /
GeoDeep ``metadata_props`` keys (section 5).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..errors import ModelDefinitionError
from .argument_spec import (
    DETECTION_TYPES,
    MAX_BATCH_SIZE,
    MAX_TILE_SIZE,
    PIXEL_TYPES,
    ModelFacts,
    model_argument_defaults,
)
from .definition import (
    IMAGENET_MEAN,
    IMAGENET_STD,
    ClassInfo,
    ModelDefinition,
    ModelType,
    Normalization,
)
from .definition_fields import (
    FRACTION,
    Fields,
    band_list,
    boolean,
    cell_size,
    channel_list,
    class_names_per_output,
    classes,
    configuration,
    data_range,
    image_size,
    image_space,
    int_in,
    invalid,
    is_number,
    number_in,
    number_list,
    short,
    stats_dict,
    string,
    ultralytics_names,
    value_of,
    value_or,
)
from .dlpk import default_cache_root, extract_dlpk, remove_extracted
from .esri_inference import background_default
from .onnx_inspect import OnnxModelInfo, inspect_onnx

#: Tile size used when neither the definition nor the ONNX input fixes it.
DEFAULT_TILE_SIZE = 256
#: Batch size used when neither the definition nor the ONNX input fixes it.
DEFAULT_BATCH_SIZE = 4
#: Deepness's default probability threshold of a segmentation model without ``seg_thresh``.
DEEPNESS_SEGMENTATION_THRESHOLD = 0.5
#: Ultralytics' predict defaults: confidence and NMS IoU thresholds.
ULTRALYTICS_CONFIDENCE = 0.25
ULTRALYTICS_IOU = 0.7
#: Ultralytics tasks read as object detection, with the layout of their raw output.
_ULTRALYTICS_TASKS = {"detect": "ultralytics", "segment": "ultralytics", "obb": "ultralytics_obb"}

_TYPE_NAMES = {member.value.lower(): member for member in ModelType}
_TYPE_NAMES.update(
    {
        "pixelclassification": ModelType.PIXEL_CLASSIFICATION,
        "segmentation": ModelType.PIXEL_CLASSIFICATION,
        "cyclegan": ModelType.IMAGE_TRANSLATION,
    }
)
_DEEPNESS_TYPES = {
    "segmentor": ModelType.PIXEL_CLASSIFICATION,
    "detector": ModelType.OBJECT_DETECTION,
    "classifier": ModelType.OBJECT_CLASSIFICATION,
    "regressor": ModelType.REGRESSION,
    "superresolution": ModelType.SUPER_RESOLUTION,
}
#: arcgis.learn models whose inference code scales by 255 without ImageNet statistics.
_SCALE_ONLY_MODELS = frozenset({"maskrcnn", "yolov3"})

#: Esri keys read into typed fields; everything else lands in ``ModelDefinition.extra``.
EMD_KEYS = (
    "ModelType", "ModelFile", "ImageHeight", "ImageWidth", "ExtractBands", "ModelPadding", "BatchSize",
    "DataRange", "Threshold", "NMSThreshold", "nms_overlap", "Classes", "CropSizeFixed",
    "BlackenAroundFeature", "ImageSpaceUsed", "MinCellSize", "MaxCellSize", "SupportsVariableTileSize",
    "ModelConfiguration", "ModelName", "Framework", "NormalizationStats", "IsImageNetNormalization",
    "DoNormalize", "IsMultispectral", "ignore_mapped_class", "backend",
)  # fmt: skip
#: Deepness/GeoDeep ``metadata_props`` keys read from a bare ONNX model.
DEEPNESS_KEYS = (
    "model_type", "class_names", "resolution", "tiles_size", "tiles_overlap", "standardization_mean",
    "standardization_std", "seg_thresh", "det_conf", "det_iou_thresh", "det_type",
)  # fmt: skip
#: Ultralytics ``metadata_props`` keys read from a bare ONNX model.
ULTRALYTICS_KEYS = ("names", "imgsz", "task", "end2end")


def load_model_definition(source: str | os.PathLike, cache_root: Path | None = None) -> ModelDefinition:
    """Load and validate a model definition.

    ``source`` is a path to an .emd/.json file, a .dlpk package or an .onnx
    model, or a JSON text (stripped, it starts with ``{``). ``cache_root`` is
    where .dlpk packages are extracted (default: the per-user cache).
    Raises :class:`ModelDefinitionError` for anything invalid.
    """
    if isinstance(source, str) and source.strip().startswith("{"):
        where = "the JSON model definition"
        data = _parse_json(source, where)
        return _from_emd(data, Path.cwd(), where, source=source, kind="json")
    try:
        text = os.fspath(source)
    except TypeError as exc:
        raise ModelDefinitionError(
            "A model definition must be a file path or a JSON text, not {name}.", name=type(source).__name__
        ) from exc
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    if not text.strip():
        raise ModelDefinitionError(
            "No model definition was given. Choose an .emd, .dlpk or .onnx file, or paste the JSON."
        )
    path = _expand(text.strip().strip('"'))
    if not _is_file(path):
        raise ModelDefinitionError(
            "The model definition '{path}' does not exist or is not a file. "
            "Choose an existing .emd, .dlpk or .onnx file.",
            path=path,
        )
    suffix = path.suffix.lower()
    if suffix in (".dlpk", ".zip"):
        return _from_dlpk(path, cache_root)
    if suffix in (".emd", ".json") or (suffix != ".onnx" and _looks_like_json(path)):
        data = _parse_json(_read_text(path), f"'{path}'")
        return _from_emd(data, path.parent, f"'{path}'", source=str(path), kind="emd")
    return _from_onnx(path)


# --------------------------------------------------------------------------- sources


def _from_dlpk(path: Path, cache_root: Path | None) -> ModelDefinition:
    folder = extract_dlpk(path, cache_root)
    emds = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".emd" and p.is_file())
    emd = next((p for p in emds if not p.name.startswith("._")), None)
    if emd is None:
        raise ModelDefinitionError(
            "The deep learning package '{name}' holds no usable .emd file.", name=path.name
        )
    where = f"'{emd.name}' in the package '{path.name}'"
    try:
        data = _parse_json(_read_text(emd), where)
        _refuse_model_file_outside(data, folder, _package_root(folder, cache_root), where)
        return _from_emd(data, folder, where, source=str(path), kind="dlpk")
    except ModelDefinitionError:
        # A refused package does not stay extracted in the cache.
        remove_extracted(folder, cache_root)
        raise


def _package_root(folder: Path, cache_root: Path | None) -> Path:
    """The extracted package's own folder in the cache (the .emd may sit in a subfolder of it)."""
    cache = Path(os.path.realpath(cache_root or default_cache_root()))
    real = Path(os.path.realpath(folder))
    try:
        return cache / real.relative_to(cache).parts[0]
    except (ValueError, IndexError):
        return real


def _refuse_model_file_outside(data, folder: Path, root: Path, where: str) -> None:
    """Refuse a package whose ModelFile leaves the package (``../../x.onnx``, an absolute path, a link)."""
    if not isinstance(data, dict):
        return
    entry = next((v for k, v in data.items() if str(k).lower() == "modelfile"), None)
    if not isinstance(entry, str) or not entry.strip():
        return
    target = Path(os.path.realpath(_resolve(entry.strip(), folder)))
    if target != root and root not in target.parents:
        raise ModelDefinitionError(
            "In {where}, ModelFile '{printable}' points outside the package (to '{target}'): a "
            "package may only use the files it contains. Put the model file in the package.",
            where=where,
            printable=_printable(entry),
            target=target,
        )


def _from_emd(data: Any, base: Path, where: str, source: str, kind: str) -> ModelDefinition:
    if not isinstance(data, dict):
        raise ModelDefinitionError(
            '{where} must be a JSON object ({{"ModelFile": ..., "ModelType": ...}}), not a JSON {json_type}.',
            where=_cap(where),
            json_type=_json_type(data),
        )
    fields = Fields(data, where)
    model_type = _emd_model_type(fields)
    model_file, info = _emd_model_file(fields, base)
    settings = {
        "image_height": fields.take("ImageHeight", int_in(1, MAX_TILE_SIZE)),
        "image_width": fields.take("ImageWidth", int_in(1, MAX_TILE_SIZE)),
        "extract_bands": fields.take("ExtractBands", band_list),
        "padding": fields.take("ModelPadding", int_in(0, None)),
        "batch_size": fields.take("BatchSize", int_in(1, MAX_BATCH_SIZE)),
        "data_range": fields.take("DataRange", data_range),
        "threshold": fields.take("Threshold", FRACTION),
        "nms": fields.take("NMSThreshold", FRACTION) or fields.take("nms_overlap", FRACTION),
        "classes": fields.take("Classes", classes),
        "crop_size_fixed": fields.take("CropSizeFixed", boolean),
        "blacken": fields.take("BlackenAroundFeature", boolean),
        "image_space": fields.take("ImageSpaceUsed", image_space),
        "min_cell": fields.take("MinCellSize", cell_size),
        "max_cell": fields.take("MaxCellSize", cell_size),
        "variable_tile": fields.take("SupportsVariableTileSize", boolean),
        "configuration": fields.take("ModelConfiguration", configuration),
        "model_name": fields.take("ModelName", string),
        "framework": fields.take("Framework", string),
        "stats": fields.take("NormalizationStats", stats_dict),
        "imagenet": fields.take("IsImageNetNormalization", boolean),
        "do_normalize": fields.take("DoNormalize", boolean),
        "multispectral": fields.take("IsMultispectral", boolean),
        "ignore_mapped_class": (
            fields.take("ignore_mapped_class", channel_list)
            if model_type == ModelType.PIXEL_CLASSIFICATION
            else None
        ),
        "backend": _emd_backend(fields),
    }
    return _build(model_type, model_file, info, settings, where, source, kind, fields.extra(), bare=False)


def _from_onnx(path: Path) -> ModelDefinition:
    info = inspect_onnx(path)
    where = f"the metadata of '{path.name}'"
    data = {key: _decode_metadata(value) for key, value in info.metadata.items()}
    fields = Fields(data, where, case_insensitive=False)
    ultra = _ultralytics(fields, info)
    declared = fields.take("model_type", _deepness_type)
    model_type = value_of(declared) or (ultra or {}).get("type") or _infer_type(info)
    tile = fields.take("tiles_size", int_in(1, MAX_TILE_SIZE))
    overlap = fields.take("tiles_overlap", number_in(0.0, 100.0, upper_open=True, text="a percentage"))
    mean = fields.take("standardization_mean", number_list)
    std = fields.take("standardization_std", number_list)
    seg_thresh = fields.take("seg_thresh", FRACTION)
    det_conf = fields.take("det_conf", FRACTION)
    if model_type in DETECTION_TYPES:
        threshold = det_conf or seg_thresh
    else:
        threshold = seg_thresh or det_conf
    if threshold is None and declared and model_type == ModelType.PIXEL_CLASSIFICATION:
        threshold = ("model_type", DEEPNESS_SEGMENTATION_THRESHOLD)  # Deepness's default
    resolution = fields.take("resolution", number_in(0.0, None, lower_open=True, text="a positive number"))
    cell = (resolution[0], resolution[1] / 100.0) if resolution else None
    per_output = fields.take("class_names", class_names_per_output)
    height = width = tile
    if tile is None and ultra and ultra.get("imgsz"):
        key, (size_h, size_w) = ultra["imgsz"]
        height, width = (key, size_h), (key, size_w)
    settings = {
        "image_height": height,
        "image_width": width,
        "padding": None,
        "threshold": threshold or (ultra or {}).get("threshold"),
        "nms": fields.take("det_iou_thresh", FRACTION) or (ultra or {}).get("nms"),
        "classes": (per_output[0], per_output[1][0]) if per_output else (ultra or {}).get("names"),
        "output_classes": per_output,
        "min_cell": cell,
        "max_cell": cell,
        "detection_format": fields.take("det_type", string) or (ultra or {}).get("layout"),
        "standardization": (mean, std) if mean or std else None,
    }
    if overlap:
        dims = (height[1], width[1]) if height and width else _input_dims(info)[2:]
        size = min(d or DEFAULT_TILE_SIZE for d in dims)
        settings["padding"] = ("tiles_overlap", min(round(size * overlap[1] / 200.0), (size - 1) // 2))
    return _build(model_type, path, info, settings, where, str(path), "onnx", fields.extra(), bare=True)


def _ultralytics(fields: Fields, info: OnnxModelInfo) -> dict[str, Any] | None:
    """What an Ultralytics export's metadata says (names, imgsz, task, end2end), or None.

    Ultralytics writes Python literals (``{0: 'person'}``): they are parsed with
    ``ast.literal_eval``, never evaluated. Inputs are RGB x/255, as for every bare ONNX model.
    """
    author = str(info.metadata.get("author", "")).lower()
    if "names" not in info.metadata or not ("task" in info.metadata or "ultralytics" in author):
        return None
    found: dict[str, Any] = {"names": fields.take("names", ultralytics_names)}
    found["imgsz"] = fields.take("imgsz", image_size)
    task_entry = fields.take("task", string)
    task = (value_of(task_entry) or "detect").strip().lower()
    end2end = value_or(fields.take("end2end", boolean), False)
    if task == "classify":  # Ultralytics takes the top class, however low its score
        found.update(type=ModelType.OBJECT_CLASSIFICATION, threshold=("task", 0.0))
        return found
    if task not in _ULTRALYTICS_TASKS:
        raise invalid(fields.where, "task", task, f"one of {', '.join(sorted(_ULTRALYTICS_TASKS))}")
    layout = _ULTRALYTICS_TASKS[task]
    if end2end:
        layout = "end2end_obb" if task == "obb" else "end2end"
    found.update(
        type=ModelType.OBJECT_DETECTION,
        layout=("task", layout),
        threshold=("task", ULTRALYTICS_CONFIDENCE),
        nms=("task", ULTRALYTICS_IOU),
    )
    return found


# --------------------------------------------------------------------------- assembly


def _build(
    model_type: ModelType,
    model_file: Path,
    info: OnnxModelInfo,
    s: dict[str, tuple[str, Any] | None],
    where: str,
    source: str,
    kind: str,
    extra: dict[str, Any],
    bare: bool,
) -> ModelDefinition:
    """Cross-check the validated settings against the ONNX input and fill in defaults."""
    fixed_batch, fixed_bands, fixed_h, fixed_w = _input_dims(info)
    height = value_of(s.get("image_height"))
    width = value_of(s.get("image_width"))
    for entry, fixed, what in (
        (s.get("image_height"), fixed_h, "height"),
        (s.get("image_width"), fixed_w, "width"),
    ):
        if entry and fixed and entry[1] != fixed:
            raise _mismatch(where, entry, f"the ONNX input has a fixed {what} of {fixed}", info, fixed)
    height = fixed_h or height or width or DEFAULT_TILE_SIZE
    width = fixed_w or width or height

    bands_entry = s.get("extract_bands")
    if bands_entry:
        bands = tuple(bands_entry[1])
        if fixed_bands and len(bands) != fixed_bands:
            raise _mismatch(
                where, bands_entry, f"the ONNX input takes {fixed_bands} bands, so it must list "
                f"{fixed_bands} band indexes", info, list(range(fixed_bands)),
            )  # fmt: skip
    else:
        bands = tuple(range(fixed_bands or 3))

    padding_entry = s.get("padding")
    if padding_entry and 2 * padding_entry[1] >= min(height, width):
        raise invalid(where, *padding_entry, f"smaller than half the tile ({height} x {width} pixels)")
    batch = fixed_batch or value_of(s.get("batch_size")) or DEFAULT_BATCH_SIZE

    data_range = value_of(s.get("data_range"))
    if bare:
        normalization = _bare_normalization(s.get("standardization"), bands, where)
    else:
        normalization = _emd_normalization(s, model_type, bands, where)

    classes = value_of(s.get("classes"))
    if classes is None:
        classes = _default_classes(model_type, info)
    threshold = value_of(s.get("threshold"))
    nms = value_of(s.get("nms"))
    model_padding = value_of(padding_entry)
    channels = info.outputs[0].shape[1] if info.outputs and len(info.outputs[0].shape) == 4 else None
    many = len(classes) > 2 or (channels or 0) > 2
    ignored = _ignored_channels(s.get("ignore_mapped_class"), channels, classes, where)
    heads = sum(1 for o in info.outputs if len(o.shape) in (3, 4))  # several: the user picks one
    facts = ModelFacts(
        tile_height=height,
        tile_width=width,
        padding=model_padding,
        batch_size=batch,
        threshold=threshold,
        nms=nms,
        many_classes=many,
        predict_background=background_default(classes, esri=not bare).value_default,
        several_outputs=model_type in PIXEL_TYPES and heads > 1,
    )
    defaults = model_argument_defaults(model_type, facts)
    return ModelDefinition(
        model_type=model_type,
        model_file=model_file,
        inputs=info.inputs,
        outputs=info.outputs,
        extract_bands=bands,
        image_height=height,
        image_width=width,
        model_padding=model_padding or 0,
        batch_size=batch,
        classes=tuple(classes),
        normalization=normalization,
        data_range=data_range,
        threshold=threshold,
        nms_threshold=nms,
        crop_size_fixed=value_or(s.get("crop_size_fixed"), True),
        blacken_around_feature=value_or(s.get("blacken"), False),
        image_space_used=value_or(s.get("image_space"), "MAP_SPACE"),
        min_cell_size=value_of(s.get("min_cell")),
        max_cell_size=value_of(s.get("max_cell")),
        supports_variable_tile_size=value_or(s.get("variable_tile"), False),
        detection_format=value_of(s.get("detection_format")),
        ignore_mapped_class=ignored,
        backend=value_or(s.get("backend"), ""),
        model_name=value_or(s.get("model_name"), "") or _default_name(model_file),
        framework=value_or(s.get("framework"), "" if not bare else "ONNX"),
        model_configuration=value_or(s.get("configuration"), ""),
        source=source,
        source_kind=kind,
        argument_defaults=MappingProxyType(defaults),
        output_class_names=value_or(s.get("output_classes"), ()),
        extra=MappingProxyType(extra),
    )


def _input_dims(info: OnnxModelInfo) -> tuple[int | None, int | None, int | None, int | None]:
    """(batch, channels, height, width) fixed by the first input (NCHW), None where dynamic."""
    shape = info.inputs[0].shape
    if len(shape) != 4:
        return None, None, None, None
    return tuple(d if d else None for d in shape)  # type: ignore[return-value]


def _emd_normalization(
    s: dict[str, tuple[str, Any] | None], model_type: ModelType, bands: tuple[int, ...], where: str
) -> Normalization:
    """The input normalisation of an .emd, as arcgis.learn's inference code applies it.

    NormalizationStats: ``(x - band_min) / (band_max - band_min)``, then the scaled mean/std
    (skipped for ``"DoNormalize": false`` and for MaskRCNN, which arcgis.learn trains without it).
    Else DataRange: ``(x - a) / (b - a)`` and nothing more. Else x/255, then ImageNet mean/std
    for 3 bands, except for MaskRCNN and YOLOv3 (x/255 only, as arcgis.learn's inference does).
    """
    count = len(bands)
    stats, data_range = s.get("stats"), value_of(s.get("data_range"))
    name = (value_of(s.get("model_name")) or "").strip().lower()
    if stats:
        standardise = value_or(s.get("do_normalize"), True) and name != "maskrcnn"
        return _stats_normalization(stats[1], bands, where, standardise)
    if data_range:
        low, high = data_range
        return Normalization((low,) * count, (high - low,) * count, (), (), "data_range")
    for entry, needs in ((s.get("imagenet"), False), (s.get("multispectral"), True)):
        if entry and entry[1] == needs:
            raise ModelDefinitionError(
                "In {where}, {entry} is {needs}: the model was trained on imagery "
                "normalised with its band statistics, but the definition has no NormalizationStats. "
                'Add the NormalizationStats arcgis.learn wrote, or a "DataRange": [min, max] that '
                "scales the bands as in training.",
                where=where,
                entry=entry[0],
                needs=str(needs).lower(),
            )
    if count == 3 and name not in _SCALE_ONLY_MODELS and model_type != ModelType.INSTANCE_DETECTION:
        return Normalization((0.0,) * count, (255.0,) * count, IMAGENET_MEAN, IMAGENET_STD, "imagenet")
    return Normalization((0.0,) * count, (255.0,) * count, (), (), "scale")


def _stats_normalization(
    stats: dict, bands: tuple[int, ...], where: str, standardise: bool = True
) -> Normalization:
    """Esri NormalizationStats: ``(x - band_min) / (band_max - band_min)``, then scaled mean/std."""
    per_band = {
        name: _per_band(stats, name, bands, where)
        for name in ("band_min_values", "band_max_values", "scaled_mean_values", "scaled_std_values")
    }
    lows, highs = per_band["band_min_values"], per_band["band_max_values"]
    mean, std = per_band["scaled_mean_values"], per_band["scaled_std_values"]
    if (lows is None) != (highs is None) or (mean is None) != (std is None) or lows is None:
        missing = [name for name, values in per_band.items() if values is None]
        raise ModelDefinitionError(
            "In {where}, NormalizationStats lacks {missing}: it needs band_min_values and "
            "band_max_values, and either both or neither of scaled_mean_values and scaled_std_values. "
            "Complete NormalizationStats or remove it.",
            where=where,
            missing=", ".join(missing),
        )
    scale = tuple(high - low for low, high in zip(lows, highs))
    for index, value in enumerate(scale):
        if value <= 0:
            raise ModelDefinitionError(
                "In {where}, NormalizationStats gives band {bands} a band_max_values "
                "({highs}) not above its band_min_values ({lows}), which would divide by "
                "zero. Correct the band statistics.",
                where=where,
                bands=bands[index],
                highs=highs[index],
                lows=lows[index],
            )
    if std and any(value <= 0 for value in std):
        raise ModelDefinitionError(
            "In {where}, NormalizationStats.scaled_std_values {std} holds a value <= 0. "
            "Standard deviations must be positive: correct them.",
            where=where,
            std=list(std),
        )
    if not standardise:
        mean = std = None
    return Normalization(lows, scale, mean or (), std or (), "normalization_stats")


def _per_band(stats: dict, name: str, bands: tuple[int, ...], where: str) -> tuple[float, ...] | None:
    """The list ``stats[name]`` for the extracted bands (indexed by source band when longer)."""
    raw = stats.get(name)
    if raw is None:
        return None
    key = f"NormalizationStats.{name}"
    if is_number(raw):
        raw = [raw] * len(bands)
    values = number_list(key, raw, where)
    if len(values) == len(bands):
        return values
    if len(values) > len(bands) and len(values) > max(bands):
        return tuple(values[band] for band in bands)
    raise invalid(
        where, key, raw, f"a list with one number per extracted band ({len(bands)}), or one per source "
        f"band covering the ExtractBands {list(bands)}",
    )  # fmt: skip


def _bare_normalization(standardization: tuple | None, bands: tuple[int, ...], where: str) -> Normalization:
    """Deepness/GeoDeep models take RGB / 255, then the optional standardization mean/std.

    The source is "standardization" even without mean/std: "none" means no scaling at all.
    """
    count = len(bands)
    if standardization:
        mean_entry, std_entry = standardization
        if not mean_entry or not std_entry:
            given = mean_entry or std_entry
            raise invalid(where, *given, "given together with its standardization_mean/_std partner")
        mean = _broadcast(mean_entry, count, where)
        std = _broadcast(std_entry, count, where)
        if any(value <= 0 for value in std):
            raise invalid(where, *std_entry, "a list of positive numbers")
        return Normalization((0.0,) * count, (255.0,) * count, mean, std, "standardization")
    return Normalization((0.0,) * count, (255.0,) * count, (), (), "standardization")


def _broadcast(entry: tuple[str, tuple[float, ...]], count: int, where: str) -> tuple[float, ...]:
    key, values = entry
    if len(values) == 1:
        return values * count
    if len(values) != count:
        raise invalid(where, key, list(values), f"a list of {count} numbers, one per input band")
    return values


def _default_classes(model_type: ModelType, info: OnnxModelInfo) -> tuple[ClassInfo, ...]:
    """'Class k' for each output channel of a segmenter, or each output of a classifier."""
    if not info.outputs:
        return ()
    shape = info.outputs[0].shape
    count = None
    if model_type == ModelType.PIXEL_CLASSIFICATION and len(shape) == 4:
        count = shape[1]
    elif model_type == ModelType.OBJECT_CLASSIFICATION and len(shape) == 2:
        count = shape[1]
    if not count or count > 1024:
        return ()
    return tuple(ClassInfo(k, f"Class {k}") for k in range(count))


# --------------------------------------------------------------------------- emd specifics


def _emd_model_type(fields: Fields) -> ModelType:
    entry = fields.take("ModelType", string)
    if entry is None:
        raise ModelDefinitionError(
            '{where} has no ModelType. Add "ModelType" with one of: {known_types}.',
            where=_cap(fields.where),
            known_types=_known_types(),
        )
    key, value = entry
    found = _TYPE_NAMES.get(value.strip().lower())
    if found is None:
        raise invalid(fields.where, key, value, f"one of {_known_types()}")
    return found


def _known_types() -> str:
    names = [member.value for member in ModelType] + ["PixelClassification", "Segmentation", "CycleGAN"]
    return ", ".join(names)


def _emd_backend(fields: Fields) -> tuple[str, str] | None:
    """arcgis.learn's ``backend`` (top level, else ``ModelParameters.backend``), lower-cased.

    Only "pytorch" is accepted: a TensorFlow-trained model took channels-last input with its own
    preprocessing, which this plugin does not reproduce (and arcgis.learn 2.4.2 dropped it).
    """
    entry = fields.take("backend", string)
    if entry is None:
        parameters = fields.data.get("ModelParameters")
        if isinstance(parameters, dict) and parameters.get("backend") is not None:
            entry = (
                "ModelParameters.backend",
                string("ModelParameters.backend", parameters["backend"], fields.where),
            )
    if entry is None:
        return None
    key, value = entry
    name = value.strip().lower()
    if name not in ("pytorch", "torch", ""):
        raise ModelDefinitionError(
            "In {where}, {key} is '{printable}': this plugin runs models trained with "
            "arcgis.learn's PyTorch backend only (a TensorFlow model took channels-last input with other "
            "preprocessing, and arcgis.learn dropped that backend in 2.4.2). Retrain with backend='pytorch', "
            'or set {key} to "pytorch" if the ONNX model takes channels-first (NCHW) input prepared as '
            "arcgis.learn prepares it for PyTorch.",
            where=fields.where,
            key=key,
            printable=_printable(value),
        )
    return key, name or "pytorch"


def _ignored_channels(
    entry: tuple[str, tuple[int, ...]] | None,
    channels: int | None,
    classes: tuple[ClassInfo, ...],
    where: str,
) -> tuple[int, ...]:
    """ignore_mapped_class checked against the output channels. Read for pixel classifiers only: Esri's
    other inference functions do not use it, so elsewhere it stays among the ignored keys."""
    if not entry or not entry[1]:
        return ()
    key, ignored = entry
    count = channels or (len(classes) + (0 if any(c.value == 0 for c in classes) else 1))
    if ignored[-1] >= count:
        raise invalid(
            where, key, list(ignored), f"a list of output channel indexes below {count} (the model has "
            f"{count} class channels, channel 0 the background)",
        )  # fmt: skip
    if len(ignored) >= count:
        raise invalid(where, key, list(ignored), "a list that leaves at least one output channel to predict")
    return ignored


def _emd_model_file(fields: Fields, base: Path) -> tuple[Path, OnnxModelInfo]:
    entry = fields.take("ModelFile", string)
    if entry is None or not entry[1].strip():
        raise ModelDefinitionError(
            '{where} has no ModelFile. Add "ModelFile": the path of the .onnx model, '
            "relative to the definition's folder or absolute.",
            where=_cap(fields.where),
        )
    key, value = entry
    path = _resolve(value.strip(), base)
    if not _is_file(path):
        raise ModelDefinitionError(
            "In {where}, {key} '{printable}' points to '{path}', which does not exist "
            "or is not a file. Put the model file there or correct ModelFile.",
            where=fields.where,
            key=key,
            printable=_printable(value),
            path=_printable(str(path)),
        )
    try:
        return path, inspect_onnx(path)
    except ModelDefinitionError as exc:
        raise ModelDefinitionError(
            "In {where}, {key} '{printable}' cannot be used. {error}",
            where=fields.where,
            key=key,
            printable=_printable(value),
            error=exc,
        ) from exc


def _resolve(value: str, base: Path) -> Path:
    candidate = _expand(value)
    if not candidate.is_absolute():
        candidate = base / candidate
    if not _is_file(candidate) and "\\" in value:
        alternative = _expand(value.replace("\\", "/"))
        alternative = alternative if alternative.is_absolute() else base / alternative
        if _is_file(alternative):
            return alternative
    return candidate


# --------------------------------------------------------------------------- onnx metadata specifics


def _decode_metadata(value: str) -> Any:
    """Deepness stores JSON-encoded values; plain strings are kept as they are."""
    try:
        return json.loads(value)
    except (ValueError, RecursionError):
        return value


def _deepness_type(key: str, value: Any, where: str) -> ModelType:
    if not isinstance(value, str):
        raise invalid(where, key, value, 'a string such as "Segmentor", "Detector" or "Classifier"')
    name = value.strip().lower()
    return _DEEPNESS_TYPES.get(name) or _TYPE_NAMES.get(name) or ModelType.UNKNOWN


def _infer_type(info: OnnxModelInfo) -> ModelType:
    """Guess the model type from the first output's rank when the metadata does not say it."""
    if not info.outputs:
        return ModelType.UNKNOWN
    rank = len(info.outputs[0].shape)
    return {
        4: ModelType.PIXEL_CLASSIFICATION,
        2: ModelType.OBJECT_CLASSIFICATION,
        3: ModelType.OBJECT_DETECTION,
    }.get(rank, ModelType.UNKNOWN)


# --------------------------------------------------------------------------- messages and files


def _mismatch(
    where: str, entry: tuple[str, Any], why: str, info: OnnxModelInfo, fix: Any
) -> ModelDefinitionError:
    key, value = entry
    return ModelDefinitionError(
        "In {where}, {key} = {value} does not fit the model '{name}': {why}. "
        "Set {key} to {fix} or remove it.",
        where=where,
        key=key,
        value=short(value),
        name=info.path.name,
        why=why,
        fix=short(fix),
    )


def _printable(text: str) -> str:
    """``text`` with control characters escaped, so a message stays on one readable line."""
    return text if text.isprintable() else repr(text)[1:-1]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _json_type(value: Any) -> str:
    if isinstance(value, list):
        return "list"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool) or value is None:
        return "literal"
    return "number"


def _parse_json(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ModelDefinitionError(
            "{where} is not valid JSON: {error} at line {line}, column {column}. "
            "Fix the syntax (quotes, commas, brackets) there.",
            where=_cap(where),
            error=exc.msg,
            line=exc.lineno,
            column=exc.colno,
        ) from exc
    except (ValueError, RecursionError) as exc:
        raise ModelDefinitionError(
            "{where} is not usable JSON: {error}.", where=_cap(where), error=exc
        ) from exc


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ModelDefinitionError(
            "Cannot read the model definition '{path}': {error}.", path=path, error=exc
        ) from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _looks_like_json(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            head = handle.read(64)
    except OSError:
        return False
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def _expand(text: str) -> Path:
    """``Path(text)`` with ``~`` expanded; an unknown ``~user`` is left as written."""
    try:
        return Path(text).expanduser()
    except RuntimeError:
        return Path(text)


def _is_file(path: Path) -> bool:
    """``path.is_file()``, False instead of an error for names the OS rejects (too long, NUL)."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def _default_name(model_file: Path) -> str:
    return model_file.stem
