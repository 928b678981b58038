"""The tools' engines from Python, without QGIS: for notebooks, scripts and batch jobs.

``classify_pixels`` does what the Classify Pixels tool (``rasterdl:classifypixels``) does for a raster
file on its own grid, through the GDAL-only adapter: the same class raster (class values, colour
table, raster attribute table, a .qml style beside it) and the same probability raster. Errors are
the engine's :class:`~rasterdl.core.errors.RasterDLError` subclasses with the tool's messages; a
failed or cancelled run (:class:`~rasterdl.core.engine.contracts.Cancelled`) leaves no output.
``export_training_data`` (api_export.py) is the Export Training Data tool's.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import numpy as np

from .api_export import export_training_data
from .core.adapters.gdal.crs import grid_frame
from .core.adapters.gdal.formats import check_raster_format
from .core.adapters.gdal.grid import raster_grid
from .core.adapters.gdal.polygon_mask import PolygonMask
from .core.adapters.gdal.raster_reader import RasterReader, open_raster
from .core.adapters.gdal.vector_writer import write_polygons
from .core.adapters.gdal.vectors import read_geometries_wkb
from .core.adapters.gdal.vrt_writer import open_raster_writer
from .core.cluster.connect import open_cluster
from .core.cluster.pixel_blocks import classify_on_cluster, cluster_blocks, make_job
from .core.engine.classified_raster import ClassifiedRasterFiles, ClassRaster, processing_grids
from .core.engine.contracts import Cancelled
from .core.engine.input_items import raster_outputs
from .core.engine.pixel_classifier import (
    PROBABILITY_NODATA,
    classify_raster,
    nodata_value,
    output_classes,
    output_dtype,
)
from .core.engine.read_resolution import choose_read_resolution, model_cell_range
from .core.errors import ModelDefinitionError, ModelInputError
from .core.model.arguments import arguments_to_matrix, matrix_text, parse_model_arguments, pixel_arguments
from .core.model.definition import ModelDefinition, ModelType
from .core.model.execution import ProcessorType
from .core.model.loader import load_model_definition
from .core.model.output_selection import OutputSession, select_output
from .core.model.preprocess import validate_input
from .core.model.runtime import OnnxSession
from .core.output.class_colors import with_colors
from .core.output.guard import OutputSet, check_outputs
from .core.output.writable import check_writable

#: The detections' fixed field names, as the tool writes them (algorithms/detect_objects.py).
VALUE_FIELD = "ClassValue"
IMAGE_FIELD = "Image"

__all__ = ["Cancelled", "classify_objects", "classify_pixels", "detect_objects", "export_training_data"]

PathLike = str | os.PathLike


class _CallbackProgress:
    """The engine's :class:`~rasterdl.core.engine.contracts.Progress` from two plain callables."""

    def __init__(self, progress: Callable[[float], Any] | None, cancel: Callable[[], bool] | None) -> None:
        self._progress = progress
        self._cancel = cancel

    def is_canceled(self) -> bool:
        return bool(self._cancel()) if self._cancel is not None else False

    def set_progress(self, percent: float) -> None:
        if self._progress is not None:
            self._progress(percent)


def classify_pixels(
    input: PathLike,  # noqa: A002 (the tool's parameter name)
    model: PathLike,
    output: PathLike,
    model_arguments: Mapping[str, Any] | Iterable[Any] | None = None,
    output_probabilities: PathLike | None = None,
    extent: tuple[float, float, float, float] | None = None,
    mask: PathLike | None = None,
    processor: str = "CPU",
    progress: Callable[[float], Any] | None = None,
    cancel: Callable[[], bool] | None = None,
    gpu_id: int = 0,
    client: Any = None,
) -> dict[str, Any]:
    """Classify every pixel of the raster file ``input`` with ``model`` into the GeoTIFF ``output``.

    As ``rasterdl:classifypixels`` does for a file on its own grid: ``model`` is an .emd, .dlpk,
    .onnx or JSON definition; ``model_arguments`` a {name: value} mapping (or the tool's flat
    [name, value, ...] table); ``output_probabilities`` an optional float32 raster, one band per
    class; ``extent`` (xmin, ymin, xmax, ymax) in the input's CRS; ``mask`` a polygon vector file
    (pixels outside it are nodata); ``processor`` "AUTO", "CPU" or "GPU". The input is read at
    its own cell size (the tool's CELL_SIZE and the model's training cell size do not apply).
    ``progress(percent)`` is called as tiles finish; ``cancel()`` returning True stops the run
    with :class:`~rasterdl.core.engine.contracts.Cancelled`, leaving no output.

    ``client`` runs the blocks on a Dask cluster: a ``distributed.Client``, or the tools' CLUSTER
    text (``"local:N"`` for N worker processes here, or a scheduler address such as
    ``"tcp://host:8786"``); None (default) runs in this process. Every worker must be able to
    open ``input``, ``model`` and the output's folder by the same paths. The result is the same
    pixels; ``progress`` then counts finished blocks.

    Returns the tool's results: OUTPUT, OUTPUT_PROBABILITIES (when written), OUTPUT_FILES,
    EXECUTION_PROVIDER, and TILES (tiles classified); BLOCKS too with a cluster.
    """
    source, output = os.fspath(input), os.fspath(output)
    probabilities = os.fspath(output_probabilities) if output_probabilities else ""
    whole = _model(os.fspath(model), ModelType.PIXEL_CLASSIFICATION)
    parsed = parse_model_arguments(_argument_rows(model_arguments), whole.argument_defaults)
    definition, output_index = select_output(whole, parsed)
    args = pixel_arguments(parsed, definition)
    want_probabilities = bool(probabilities) or bool(args.return_probability_raster)
    check_writable(output)
    job = raster_outputs(output, probabilities, want_probabilities, None)[0]
    inputs = {"INPUT": [source], "MASK": [os.fspath(mask)] if mask else []}
    check_outputs(inputs, {"OUTPUT": [job.classes], "OUTPUT_PROBABILITIES": [job.probabilities]})
    check_raster_format(job.classes, 1, output_dtype(definition), "OUTPUT")
    if job.probabilities:
        check_raster_format(
            job.probabilities, len(output_classes(definition)), "float32", "OUTPUT_PROBABILITIES"
        )
    session = OnnxSession(definition.model_file, _processor(processor), gpu_id)
    run_session = OutputSession(session, output_index) if len(whole.outputs) > 1 else session
    validate_input(definition, open_raster(source).RasterCount, args.tile_shape)
    grids = processing_grids(lambda cell: raster_grid(source, extent, cell), None, True)
    grid = grids[0]
    _warn_model_cell_size(definition, grid)
    mask_wkbs = read_geometries_wkb(os.fspath(mask), grid.crs_wkt) if mask else None
    polygons = PolygonMask(mask_wkbs, grid.crs_wkt) if mask_wkbs is not None else None
    reader = RasterReader(source, grid, None, polygons)
    classes = with_colors([(c.value, c.name, c.color) for c in output_classes(definition)])
    raster = ClassRaster(output_dtype(definition), nodata_value(definition), classes, PROBABILITY_NODATA)
    run_progress = _CallbackProgress(progress, cancel)
    with open_cluster(client) as cluster, OutputSet() as outputs:
        files = ClassifiedRasterFiles(open_raster_writer, raster, grids, job.classes, job.probabilities)
        if cluster is None:
            stats = files.write(
                outputs,
                lambda writer: classify_raster(
                    reader, run_session, definition, args, writer, run_progress, files.with_probabilities
                ),
                lambda: None,
            )
        else:
            work = make_job(
                source,
                grid,
                mask_wkbs,
                os.fspath(model),
                _processor(processor).value,
                gpu_id,
                parsed,
                files.with_probabilities,
                raster.dtype,
                raster.nodata,
                len(classes),
                PROBABILITY_NODATA,
            )
            blocks = cluster_blocks(work, args)
            stats = files.write(
                outputs,
                lambda writer: classify_on_cluster(
                    cluster,
                    work,
                    blocks,
                    job.classes,
                    writer,
                    run_progress,
                    "The classification was cancelled.",
                ),
                lambda: None,
            )
        outputs.commit()
    results: dict[str, Any] = {
        "OUTPUT": job.classes,
        "OUTPUT_FILES": job.classes,
        "EXECUTION_PROVIDER": session.provider,
        "TILES": stats.tiles,
    }
    if cluster is not None:
        results["BLOCKS"] = stats.blocks
    if job.probabilities:
        results["OUTPUT_PROBABILITIES"] = job.probabilities
    return results


def detect_objects(
    input: PathLike,  # noqa: A002 (the tool's parameter name)
    model: PathLike,
    output: PathLike,
    model_arguments: Mapping[str, Any] | Iterable[Any] | None = None,
    run_nms: bool = True,
    max_overlap_ratio: float = 0.0,
    class_field: str = "Class",
    confidence_field: str = "Confidence",
    extent: tuple[float, float, float, float] | None = None,
    mask: PathLike | None = None,
    processor: str = "CPU",
    progress: Callable[[float], Any] | None = None,
    cancel: Callable[[], bool] | None = None,
    gpu_id: int = 0,
    client: Any = None,
) -> dict[str, Any]:
    """Detect objects in the raster file ``input`` with ``model`` into the GeoPackage ``output``.

    As ``rasterdl:detectobjects`` does for a file on its own grid: one polygon layer named after
    the file, in the raster's CRS, with the fields ``class_field`` (class name), ClassValue and
    ``confidence_field`` (rounded to 4 decimals); an existing file is replaced once the run
    succeeded. The other parameters are those of :func:`classify_pixels`; with ``client`` the
    blocks of tiles run on the Dask cluster and give the same objects.

    Returns OUTPUT, EXECUTION_PROVIDER, OBJECTS (features written) and TILES; BLOCKS too with a
    cluster.
    """
    from .core.cluster.detect_blocks import cluster_detection_blocks, detect_on_cluster, make_detection_job
    from .core.engine.object_detector import detect_objects as detect
    from .core.engine.object_detector import detections_in_map
    from .core.model.arguments import detection_arguments

    source, output = os.fspath(input), os.fspath(output)
    definition = _model(os.fspath(model), ModelType.OBJECT_DETECTION)
    parsed = parse_model_arguments(_argument_rows(model_arguments), definition.argument_defaults)
    args = detection_arguments(parsed, definition)
    class_field = class_field.strip() or "Class"
    confidence_field = confidence_field.strip() or "Confidence"
    names = {class_field.lower(), confidence_field.lower(), VALUE_FIELD.lower(), IMAGE_FIELD.lower()}
    if len(names) < 4:
        raise ModelInputError(
            "The class and confidence field names must differ from each other and from {value} and {image}.",
            value=VALUE_FIELD,
            image=IMAGE_FIELD,
        )
    check_writable(output)
    check_outputs({"INPUT": [source], "MASK": [os.fspath(mask)] if mask else []}, {"OUTPUT": [output]})
    session = OnnxSession(definition.model_file, _processor(processor), gpu_id)
    grid = raster_grid(source, extent)
    mask_wkbs = read_geometries_wkb(os.fspath(mask), grid.crs_wkt) if mask else None
    polygons = PolygonMask(mask_wkbs, grid.crs_wkt) if mask_wkbs is not None else None
    run_progress = _CallbackProgress(progress, cancel)
    blocks = None
    with open_cluster(client) as cluster:
        if cluster is None:
            reader = RasterReader(source, grid, None, polygons)
            detections = detect(reader, session, definition, args, run_progress, run_nms, max_overlap_ratio)
        else:
            job = make_detection_job(
                source, grid, mask_wkbs, os.fspath(model), _processor(processor).value, gpu_id, args
            )
            blocks = cluster_detection_blocks(job)
            detections, _ = detect_on_cluster(
                cluster, job, blocks, definition, run_progress, run_nms, max_overlap_ratio
            )
    indexes, wkbs = detections_in_map(detections, grid.geotransform, mask_wkbs)
    class_names, values = detections.class_names, detections.class_values.tolist()
    scores = np.round(detections.scores.astype(float), 4).tolist()
    rows = [
        (wkbs[i], [class_names[index], int(values[index]), scores[index]]) for i, index in enumerate(indexes)
    ]
    with OutputSet() as outputs:
        partial = outputs.stage(output, ".gpkg")
        write_polygons(
            partial,
            Path(output).stem,
            grid.crs_wkt,
            [(class_field, "string"), (VALUE_FIELD, "int"), (confidence_field, "real")],
            rows,
        )
        outputs.commit()
    results: dict[str, Any] = {
        "OUTPUT": output,
        "EXECUTION_PROVIDER": session.provider,
        "OBJECTS": len(rows),
        "TILES": detections.stats.tiles,
    }
    if blocks is not None:
        results["BLOCKS"] = len(blocks)
    return results


def classify_objects(
    input: PathLike,  # noqa: A002 (the tool's parameter name)
    model: PathLike,
    output: PathLike,
    input_features: PathLike | None = None,
    model_arguments: Mapping[str, Any] | Iterable[Any] | None = None,
    class_label_field: str = "ClassLabel",
    processor: str = "CPU",
    progress: Callable[[float], Any] | None = None,
    cancel: Callable[[], bool] | None = None,
    gpu_id: int = 0,
    client: Any = None,
) -> dict[str, Any]:
    """Give each feature of ``input_features`` a class from the image classifier ``model`` on the raster
    file ``input``, written to the GeoPackage ``output``.

    As ``rasterdl:classifyobjects`` does for one raster: the output holds the first layer of
    ``input_features`` (geometry, attributes, fids of a GeoPackage) plus ``class_label_field`` (class
    name), Confidence and ClassValue; without features one row for the whole image, with its
    footprint and an Image field. ``client`` runs the features in parts on a Dask cluster, as in
    :func:`classify_pixels`; the results are the same. The other parameters are those of
    :func:`classify_pixels`.

    Returns OUTPUT, EXECUTION_PROVIDER (empty with a cluster), FEATURES (rows written), LABELLED
    (rows with a label) and CHIPS; PARTS too with a cluster.
    """
    from .core.adapters.gdal.feature_copy import (
        check_result_fields,
        feature_geometries,
        write_copy_with_fields,
    )
    from .core.engine.object_classifier import classify_objects as classify
    from .core.export.grid_geometry import wkbs_to_grid_pixels
    from .core.model.arguments import object_arguments

    source, output = os.fspath(input), os.fspath(output)
    features = os.fspath(input_features) if input_features else None
    definition = _model(os.fspath(model), ModelType.OBJECT_CLASSIFICATION)
    parsed = parse_model_arguments(_argument_rows(model_arguments), definition.argument_defaults)
    args = object_arguments(parsed, definition)
    label = class_label_field.strip() or "ClassLabel"
    fields = [(label, "string"), ("Confidence", "real"), (VALUE_FIELD, "int")]
    check_writable(output)
    check_outputs({"INPUT": [source], "INPUT_FEATURES": [features] if features else []}, {"OUTPUT": [output]})
    validate_input(definition, open_raster(source).RasterCount)
    grid = raster_grid(source)
    if features:
        check_result_fields(features, fields)
        wkbs = feature_geometries(features, grid.crs_wkt)
        present = [index for index, wkb in enumerate(wkbs) if wkb is not None]
        pixels = wkbs_to_grid_pixels([wkbs[index] for index in present], grid.geotransform)
        items: list = list(zip(present, pixels))
    else:
        wkbs, items = [], [(0, None)]
    run_progress = _CallbackProgress(progress, cancel)
    extra: dict[str, Any] = {}
    with open_cluster(client) as cluster:
        if cluster is None:
            session = OnnxSession(definition.model_file, _processor(processor), gpu_id)
            results = classify(RasterReader(source, grid), session, definition, args, items, run_progress)
            extra["EXECUTION_PROVIDER"] = session.provider
        else:
            from .core.cluster.object_parts import classify_objects_on_cluster, make_object_job, object_parts

            job = make_object_job(source, grid, os.fspath(model), _processor(processor).value, gpu_id, args)
            parts = object_parts(job, definition, items)
            done = classify_objects_on_cluster(
                cluster, job, items, parts, run_progress, "The object classification was cancelled."
            )
            results = done.results
            extra.update(EXECUTION_PROVIDER="", PARTS=done.parts)
    by_index = {result.feature_index: result for result in results}
    rows = [
        [r.class_name, r.confidence, r.class_value] if r is not None else [None, None, None]
        for r in (by_index.get(index) for index in range(len(wkbs) if features else 1))
    ]
    with OutputSet() as outputs:
        partial = outputs.stage(output, ".gpkg")
        if features:
            write_copy_with_fields(features, partial, Path(output).stem, fields, rows)
        else:
            footprint = _footprint_wkb(grid)
            write_polygons(
                partial,
                Path(output).stem,
                grid.crs_wkt,
                [*fields, (IMAGE_FIELD, "string")],
                [(footprint, [*rows[0], Path(source).stem])],
            )
        outputs.commit()
    return {
        "OUTPUT": output,
        "FEATURES": len(rows),
        "LABELLED": sum(row[0] is not None for row in rows),
        "CHIPS": results.stats.chips,
        **extra,
    }


def _footprint_wkb(grid) -> bytes:
    """The grid's extent as polygon WKB, from its lower left corner anticlockwise as QGIS writes it."""
    from shapely.geometry import Polygon

    x0, y1 = grid.x0, grid.y0
    x1, y0 = x0 + grid.width * grid.dx, y1 - grid.height * grid.dy
    return Polygon([(x0, y0), (x1, y0), (x1, y1), (x0, y1)]).wkb


def _warn_model_cell_size(definition: ModelDefinition, grid) -> None:
    """Warn when the tool would read the input at the model's training cell size: the API reads the
    input on its own grid, so its result then differs from the tool's."""
    trained = model_cell_range(definition.min_cell_size, definition.max_cell_size)
    decision = choose_read_resolution(grid.dx, False, grid_frame(grid), trained)
    if decision.cell_size is None or trained is None:
        return
    low, high = trained
    warnings.warn(
        f"The model was trained at a cell size of {low if low == high else f'{low}-{high}'} m on the ground; "
        f"the input ({grid.dx:.6g} map units) is read at its own cell size here, where the QGIS tool "
        f"reads it at {decision.cell_size:.6g} map units. Resample the input to that cell size to get "
        "the tool's result.",
        RuntimeWarning,
        stacklevel=3,
    )


def _model(source: str, accepted: ModelType) -> ModelDefinition:
    """The model definition, refused (with the tool's message) unless it is of type ``accepted``."""
    definition = load_model_definition(source)
    if definition.model_type not in (accepted, ModelType.UNKNOWN):
        raise ModelDefinitionError(
            "This tool needs a model of type '{accepted}'; this model is of type '{found}'.",
            accepted=accepted.label,
            found=definition.model_type.label,
        )
    return definition


def _argument_rows(arguments: Mapping[str, Any] | Iterable[Any] | None) -> list[str]:
    """The flat [name, value, ...] table the tool's MODEL_ARGUMENTS parameter gives the parser."""
    if arguments is None:
        return []
    if isinstance(arguments, Mapping):
        return arguments_to_matrix(arguments)
    return [matrix_text(value) for value in arguments]


def _processor(name: str) -> ProcessorType:
    """The processor type named "AUTO", "CPU" or "GPU" (any case)."""
    try:
        return ProcessorType[str(name).strip().upper()]
    except KeyError:
        raise ModelInputError("Unknown processor '{name}': use AUTO, CPU or GPU.", name=name) from None
