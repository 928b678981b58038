"""Build a validated :class:`ModelDefinition` from an .emd, a JSON string, a .dlpk or a bare .onnx.

Model definitions are hand-edited or come from other tools, so every field is
checked here once, with messages naming the key, the bad value and the file;
the tools then trust the result. Esri keys are read as ``arcgis.learn`` reads
them (FORMATS.md section 3); bare ONNX files are read through the Deepness /
GeoDeep ``metadata_props`` keys (section 5).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .definition_fields import (
    FRACTION,
    Fields,
    band_list,
    boolean,
    cell_size,
    class_names,
    classes,
    configuration,
    data_range,
    image_space,
    int_in,
    invalid,
    is_number,
    number_in,
    number_list,
    short,
    stats_dict,
    string,
    value_of,
    value_or,
)
from .dlpk import default_cache_root, extract_dlpk, remove_extracted
from .errors import ModelDefinitionError
from .model_definition import (
    IMAGENET_MEAN,
    IMAGENET_STD,
    ClassInfo,
    ModelDefinition,
    ModelType,
    Normalization,
)
from .onnx_inspect import OnnxModelInfo, inspect_onnx

#: Tile size used when neither the definition nor the ONNX input fixes it.
DEFAULT_TILE_SIZE = 256
#: Batch size used when neither the definition nor the ONNX input fixes it.
DEFAULT_BATCH_SIZE = 4
#: Sanity bounds that catch typos before they turn into huge allocations.
MAX_TILE_SIZE = 32768
MAX_BATCH_SIZE = 4096

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
_PIXEL_TYPES = {
    ModelType.PIXEL_CLASSIFICATION,
    ModelType.CHANGE_DETECTION,
    ModelType.SUPER_RESOLUTION,
    ModelType.IMAGE_TRANSLATION,
    ModelType.REGRESSION,
}
_DETECTION_TYPES = {ModelType.OBJECT_DETECTION, ModelType.INSTANCE_DETECTION}

#: Esri keys read into typed fields; everything else lands in ``ModelDefinition.extra``.
EMD_KEYS = (
    "ModelType", "ModelFile", "ImageHeight", "ImageWidth", "ExtractBands", "ModelPadding", "BatchSize",
    "DataRange", "Threshold", "NMSThreshold", "nms_overlap", "Classes", "CropSizeFixed",
    "BlackenAroundFeature", "ImageSpaceUsed", "MinCellSize", "MaxCellSize", "SupportsVariableTileSize",
    "ModelConfiguration", "ModelName", "Framework", "NormalizationStats",
)  # fmt: skip
#: Deepness/GeoDeep ``metadata_props`` keys read from a bare ONNX model.
DEEPNESS_KEYS = (
    "model_type", "class_names", "resolution", "tiles_size", "tiles_overlap", "standardization_mean",
    "standardization_std", "seg_thresh", "det_conf", "det_iou_thresh", "det_type",
)  # fmt: skip


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
            f"A model definition must be a file path or a JSON text, not {type(source).__name__}."
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
            f"The model definition '{path}' does not exist or is not a file. "
            "Choose an existing .emd, .dlpk or .onnx file."
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
        raise ModelDefinitionError(f"The deep learning package '{path.name}' holds no usable .emd file.")
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
            f"In {where}, ModelFile '{_printable(entry)}' points outside the package (to '{target}'): a "
            "package may only use the files it contains. Put the model file in the package."
        )


def _from_emd(data: Any, base: Path, where: str, source: str, kind: str) -> ModelDefinition:
    if not isinstance(data, dict):
        raise ModelDefinitionError(
            f'{_cap(where)} must be a JSON object ({{"ModelFile": ..., "ModelType": ...}}), '
            f"not a JSON {_json_type(data)}."
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
    }
    return _build(model_type, model_file, info, settings, where, source, kind, fields.extra(), bare=False)


def _from_onnx(path: Path) -> ModelDefinition:
    info = inspect_onnx(path)
    where = f"the metadata of '{path.name}'"
    data = {key: _decode_metadata(value) for key, value in info.metadata.items()}
    fields = Fields(data, where, case_insensitive=False)
    model_type = value_of(fields.take("model_type", _deepness_type)) or _infer_type(info)
    tile = fields.take("tiles_size", int_in(1, MAX_TILE_SIZE))
    overlap = fields.take("tiles_overlap", number_in(0.0, 100.0, upper_open=True, text="a percentage"))
    mean = fields.take("standardization_mean", number_list)
    std = fields.take("standardization_std", number_list)
    seg_thresh = fields.take("seg_thresh", FRACTION)
    det_conf = fields.take("det_conf", FRACTION)
    if model_type in _DETECTION_TYPES:
        threshold = det_conf or seg_thresh
    else:
        threshold = seg_thresh or det_conf
    resolution = fields.take("resolution", number_in(0.0, None, lower_open=True, text="a positive number"))
    cell = (resolution[0], resolution[1] / 100.0) if resolution else None
    settings = {
        "image_height": tile,
        "image_width": tile,
        "padding": None,
        "threshold": threshold,
        "nms": fields.take("det_iou_thresh", FRACTION),
        "classes": fields.take("class_names", class_names),
        "min_cell": cell,
        "max_cell": cell,
        "detection_format": fields.take("det_type", string),
        "standardization": (mean, std) if mean or std else None,
    }
    if overlap:
        size = tile[1] if tile else min(d or DEFAULT_TILE_SIZE for d in _input_dims(info)[2:])
        settings["padding"] = ("tiles_overlap", min(round(size * overlap[1] / 200.0), (size - 1) // 2))
    return _build(model_type, path, info, settings, where, str(path), "onnx", fields.extra(), bare=True)


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
        normalization = _emd_normalization(s.get("stats"), data_range, bands, where)

    classes = value_of(s.get("classes"))
    if classes is None:
        classes = _default_classes(model_type, info)
    threshold = value_of(s.get("threshold"))
    nms = value_of(s.get("nms"))
    model_padding = value_of(padding_entry)
    channels = info.outputs[0].shape[1] if info.outputs and len(info.outputs[0].shape) == 4 else None
    many = len(classes) > 2 or (channels or 0) > 2
    defaults = _argument_defaults(model_type, height, width, model_padding, batch, threshold, nms, many)
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
        model_name=value_or(s.get("model_name"), "") or _default_name(model_file),
        framework=value_or(s.get("framework"), "" if not bare else "ONNX"),
        model_configuration=value_or(s.get("configuration"), ""),
        source=source,
        source_kind=kind,
        argument_defaults=MappingProxyType(defaults),
        extra=MappingProxyType(extra),
    )


def _input_dims(info: OnnxModelInfo) -> tuple[int | None, int | None, int | None, int | None]:
    """(batch, channels, height, width) fixed by the first input (NCHW), None where dynamic."""
    shape = info.inputs[0].shape
    if len(shape) != 4:
        return None, None, None, None
    return tuple(d if d else None for d in shape)  # type: ignore[return-value]


def _emd_normalization(
    stats: tuple[str, dict] | None, data_range: tuple[float, float] | None, bands: tuple[int, ...], where: str
) -> Normalization:
    """NormalizationStats, else DataRange, else x/255; ImageNet mean/std after the last two for RGB.

    Without mean/std the source stays "imagenet" (or "data_range"): "none" would mean no scaling.
    """
    count = len(bands)
    if stats:
        return _stats_normalization(stats[1], bands, where)
    imagenet = count == 3
    mean = IMAGENET_MEAN if imagenet else ()
    std = IMAGENET_STD if imagenet else ()
    if data_range:
        low, high = data_range
        return Normalization((low,) * count, (high - low,) * count, mean, std, "data_range")
    return Normalization((0.0,) * count, (255.0,) * count, mean, std, "imagenet")


def _stats_normalization(stats: dict, bands: tuple[int, ...], where: str) -> Normalization:
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
            f"In {where}, NormalizationStats lacks {', '.join(missing)}: it needs band_min_values and "
            "band_max_values, and either both or neither of scaled_mean_values and scaled_std_values. "
            "Complete NormalizationStats or remove it."
        )
    scale = tuple(high - low for low, high in zip(lows, highs))
    for index, value in enumerate(scale):
        if value <= 0:
            raise ModelDefinitionError(
                f"In {where}, NormalizationStats gives band {bands[index]} a band_max_values "
                f"({highs[index]}) not above its band_min_values ({lows[index]}), which would divide by "
                "zero. Correct the band statistics."
            )
    if std and any(value <= 0 for value in std):
        raise ModelDefinitionError(
            f"In {where}, NormalizationStats.scaled_std_values {list(std)} holds a value <= 0. "
            "Standard deviations must be positive: correct them."
        )
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


def _argument_defaults(
    model_type: ModelType,
    height: int,
    width: int,
    padding: int | None,
    batch: int,
    threshold: float | None,
    nms: float | None,
    many_classes: bool = False,
) -> dict[str, Any]:
    """Default values of the tools' Arguments table (FORMATS.md section 4) for this model type.

    The pixel threshold defaults to 0.5 for two-class and sigmoid models and to 0
    (plain argmax) with more classes, where 0.5 would blank out uncertain pixels.
    """
    pad = padding if padding is not None else min(height, width) // 4
    pixel = {
        "padding": pad,
        "batch_size": batch,
        "predict_background": True,
        "test_time_augmentation": False,
        "merge_policy": "mean",
        "tile_size": height,
        "threshold": threshold if threshold is not None else (0.0 if many_classes else 0.5),
        "return_probability_raster": False,
    }
    detection = {
        "padding": pad,
        "threshold": threshold if threshold is not None else 0.1,
        "nms_overlap": nms if nms is not None else 0.1,
        "batch_size": batch,
        "exclude_pad_detections": True,
        "test_time_augmentation": False,
        "tile_size": height,
        "merge_policy": "mean",
    }
    classification = {
        "batch_size": batch,
        "test_time_augmentation": False,
        "score_threshold": threshold if threshold is not None else 0.5,
    }
    if model_type in _PIXEL_TYPES:
        return pixel
    if model_type in _DETECTION_TYPES:
        return detection
    if model_type == ModelType.OBJECT_CLASSIFICATION:
        return classification
    return {**classification, **detection, **pixel}


# --------------------------------------------------------------------------- emd specifics


def _emd_model_type(fields: Fields) -> ModelType:
    entry = fields.take("ModelType", string)
    if entry is None:
        raise ModelDefinitionError(
            f'{_cap(fields.where)} has no ModelType. Add "ModelType" with one of: {_known_types()}.'
        )
    key, value = entry
    found = _TYPE_NAMES.get(value.strip().lower())
    if found is None:
        raise invalid(fields.where, key, value, f"one of {_known_types()}")
    return found


def _known_types() -> str:
    names = [member.value for member in ModelType] + ["PixelClassification", "Segmentation", "CycleGAN"]
    return ", ".join(names)


def _emd_model_file(fields: Fields, base: Path) -> tuple[Path, OnnxModelInfo]:
    entry = fields.take("ModelFile", string)
    if entry is None or not entry[1].strip():
        raise ModelDefinitionError(
            f'{_cap(fields.where)} has no ModelFile. Add "ModelFile": the path of the .onnx model, '
            "relative to the definition's folder or absolute."
        )
    key, value = entry
    path = _resolve(value.strip(), base)
    if not _is_file(path):
        raise ModelDefinitionError(
            f"In {fields.where}, {key} '{_printable(value)}' points to '{path}', which does not exist "
            "or is not a file. Put the model file there or correct ModelFile."
        )
    try:
        return path, inspect_onnx(path)
    except ModelDefinitionError as exc:
        raise ModelDefinitionError(
            f"In {fields.where}, {key} '{_printable(value)}' cannot be used. {exc}"
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
        f"In {where}, {key} = {short(value)} does not fit the model '{info.path.name}': {why}. "
        f"Set {key} to {short(fix)} or remove it."
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
            f"{_cap(where)} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}. "
            "Fix the syntax (quotes, commas, brackets) there."
        ) from exc
    except (ValueError, RecursionError) as exc:
        raise ModelDefinitionError(f"{_cap(where)} is not usable JSON: {exc}.") from exc


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ModelDefinitionError(f"Cannot read the model definition '{path}': {exc}.") from exc
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
