"""Export Training Data from Python, without QGIS: ``rasterdl.export_training_data``.

What the Export Training Data tool (``rasterdl:exporttrainingdata``) does for raster files, through
the GDAL-only adapter: the same folder, file by file. The checks and their order are the tool's
(algorithms/export_training_data.py), its messages raised as
:class:`~rasterdl.core.export.chip_grid.ExportError`; with ``client`` the chip ranges run on a Dask
cluster as the tool's CLUSTER runs them (core/cluster/export_ranges.py). Kept apart from api.py,
which holds the model tools.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .core.export.chip_grid import ExportError
from .core.export.metadata import METADATA_MODES

PathLike = str | os.PathLike

#: The tool's IMAGE_CHIP_FORMAT, CROP_MODE and REFERENCE_SYSTEM options, in its order (an index is
#: accepted as in processing.run).
CHIP_FORMATS = ("TIFF", "PNG", "JPEG", "MRF")
CROP_MODES = ("FIXED_SIZE", "BOUNDING_BOX")
REFERENCE_SYSTEMS = ("MAP_SPACE", "PIXEL_SPACE")

__all__ = ["export_training_data"]


def export_training_data(
    input: PathLike | Sequence[PathLike],  # noqa: A002 (the tool's parameter name)
    output: PathLike,
    class_data: PathLike | None = None,
    class_raster: PathLike | None = None,
    class_value_field: str = "",
    metadata_format: str | int = "KITTI_rectangles",
    image_format: str | int = "TIFF",
    tile_size_x: int = 256,
    tile_size_y: int = 256,
    stride_x: int = 128,
    stride_y: int = 128,
    output_nofeature_tiles: bool = False,
    start_index: int = 0,
    buffer_radius: float = 0.0,
    mask: PathLike | None = None,
    rotation_angle: float = 0.0,
    reference_system: str | int = "MAP_SPACE",
    blacken_around_feature: bool = False,
    crop_mode: str | int = "FIXED_SIZE",
    extent: tuple[float, float, float, float] | None = None,
    bands: Sequence[int] | str | None = None,
    progress: Callable[[float], Any] | None = None,
    cancel: Callable[[], bool] | None = None,
    client: Any = None,
) -> dict[str, Any]:
    """Cut image chips and labels from the raster file ``input`` into the training-data folder ``output``.

    As ``rasterdl:exporttrainingdata`` does: ``class_data`` is a vector file of labelled samples
    (its first layer; class values from ``class_value_field``, else a field named classvalue or
    value, else class 1), ``class_raster`` a classified raster on the input's pixels (same CRS,
    cell size and alignment); give one, or neither for Export_Tiles. ``metadata_format``,
    ``image_format``, ``reference_system`` and ``crop_mode`` take the tool's option names (or their
    index); ``bands`` the 1-based bands to export ([3, 1] or "3,1"); ``extent`` (xmin, ymin, xmax,
    ymax) in the input's CRS; ``mask`` a polygon vector file (MASK_POLYGONS). Several inputs (a list
    of paths) are exported one after the other into one chip sequence, as the tool's processing
    mode 1 (each raster separately) does. Left out, as they need QGIS: CELL_SIZE (resampling),
    mosaics of several inputs, class rasters off the input's pixels, and the chip footprints layer.

    ``progress(percent)`` is called as chips are planned; ``cancel()`` returning True stops the
    run with :class:`~rasterdl.core.engine.contracts.Cancelled`, and, as the tool, keeps the chips
    written before, described by map.txt and the statistics. ``client`` exports ranges of chips on a
    Dask cluster (a ``distributed.Client``, or the tool's CLUSTER text: ``"local:N"`` or a
    scheduler address); every worker must open the rasters and the output folder by the same paths.
    The folder is the same file by file.

    Returns the tool's results: OUTPUT (the folder), CHIP_COUNT and FEATURE_COUNT; RANGES too with
    a cluster.
    """
    from .api import _CallbackProgress
    from .core.adapters.gdal.chip_writer import ChipFileWriter
    from .core.adapters.gdal.crs import crs_wkid
    from .core.adapters.gdal.raster_reader import open_raster
    from .core.cluster.connect import open_cluster
    from .core.export.exporter import ExportOptions, TrainingDataExporter, validate_options
    from .core.export.plan import band_names
    from .core.install.dependencies import require
    from .core.output.guard import check_outputs

    require("shapely")
    options = ExportOptions(
        metadata_mode=_choice(metadata_format, METADATA_MODES, "metadata format"),
        chip_format=_choice(image_format, CHIP_FORMATS, "image chip format"),
        tile_x=int(tile_size_x),
        tile_y=int(tile_size_y),
        stride_x=int(stride_x),
        stride_y=int(stride_y),
        output_nofeature_tiles=bool(output_nofeature_tiles),
        start_index=int(start_index),
        rotation_angle=float(rotation_angle),
        blacken_around_feature=bool(blacken_around_feature),
        crop_mode=_choice(crop_mode, CROP_MODES, "crop mode"),
        image_space=_choice(reference_system, REFERENCE_SYSTEMS, "reference system"),
    )
    paths = [os.fspath(input)] if isinstance(input, (str, os.PathLike)) else [os.fspath(p) for p in input]
    if not paths:
        raise ExportError("Give at least one input raster.")
    if not os.fspath(output):
        raise ExportError("Give the output folder for the training data.")
    first = open_raster(paths[0])
    vector = os.fspath(class_data) if class_data else None
    classified = os.fspath(class_raster) if class_raster else None
    if vector is not None and classified is not None:
        raise ExportError("Give either input class data (vector) or an input class raster, not both.")
    selected = [band - 1 for band in _bands(bands, first.RasterCount)]
    band_count = len(selected) or first.RasterCount
    validate_options(
        options, band_count, vector is not None or classified is not None, classified is not None
    )
    _check_crs(paths[0], first.GetProjection(), vector, classified)
    run_progress = _CallbackProgress(progress, cancel)
    classes, rows, values = _classes(
        vector, classified, class_value_field, first.GetProjection(), run_progress
    )
    mask_path = os.fspath(mask) if mask else None
    check_outputs(
        {
            "INPUT": paths[:1],
            "MORE_INPUTS": paths[1:],
            "INPUT_CLASS_DATA": [vector] if vector else [],
            "INPUT_CLASS_RASTER": [classified] if classified else [],
            "MASK_POLYGONS": [mask_path] if mask_path else [],
        },
        {"OUTPUT": [os.fspath(output)]},
    )
    inputs = [
        _export_input(
            path, extent, options, selected, rows, values, float(buffer_radius), classified, mask_path
        )
        for path in paths
    ]
    if rows is not None and not any(item.features for item in inputs):
        raise ExportError(
            "No labelled sample overlaps the input raster: check that the class data covers the raster "
            "(and its processing extent)."
        )
    folder = Path(os.fspath(output))
    ranges = None
    with open_cluster(client) as cluster:
        sources = [_cluster_source(item, selected, classified) for item in inputs] if cluster else []
        try:
            exporter = TrainingDataExporter(
                folder,
                options,
                classes,
                band_count,
                band_names(selected, band_count),
                (abs(inputs[0].geotransform[1]), abs(inputs[0].geotransform[5])),
                crs_wkid(inputs[0].crs_wkt),
                inputs[0].crs_wkt,
                ChipFileWriter(options.chip_format),
                run_progress,
            )
            if cluster is None:
                result = exporter.run(inputs)
            else:
                from .core.cluster.export_ranges import export_on_cluster

                ranges = export_on_cluster(
                    cluster, exporter, inputs, sources, "The export was cancelled."
                ).ranges
                result = exporter.result
        except PermissionError as exc:
            raise ExportError(
                "The output folder '{folder}' cannot be written ({reason}): choose another folder.",
                folder=folder,
                reason=exc.strerror,
            ) from None
    if result.chip_count == 0:
        warnings.warn(
            "No chip was written: no tile holds a labelled pixel. Check that the labels cover the raster, "
            "that a class raster uses class values above 0, and their coordinate reference systems.",
            RuntimeWarning,
            stacklevel=2,
        )
    results: dict[str, Any] = {
        "OUTPUT": str(folder),
        "CHIP_COUNT": result.chip_count,
        "FEATURE_COUNT": result.feature_count,
    }
    if ranges is not None:
        results["RANGES"] = ranges
    return results


def _export_input(
    path: str,
    extent: tuple[float, float, float, float] | None,
    options,
    bands: list[int],
    rows: list | None,
    values: list[int] | None,
    buffer_radius: float,
    class_raster: str | None,
    mask: str | None,
):
    """One raster on its own grid (cut to ``extent``), with its samples, class raster and mask in grid
    pixels: the tool's ``_export_input`` for a file."""
    from .core.adapters.gdal.grid import raster_grid
    from .core.adapters.gdal.raster_reader import RasterReader
    from .core.adapters.gdal.vectors import read_geometries_wkb
    from .core.export.exporter import ExportInput, SelectedBands
    from .core.export.plan import check_chip_grid, chip_format_holds, tile_fits
    from .core.export.samples import mask_tree

    name = layer_name(path)
    grid = raster_grid(path, extent)
    check_chip_grid(grid.width, grid.height, options)
    if not tile_fits(grid.width, grid.height, options):
        raise ExportError(
            "The tile size {tile_x} x {tile_y} is larger than the raster '{name}' ({width} x {height} "
            "pixels): use a smaller tile size.",
            tile_x=options.tile_x,
            tile_y=options.tile_y,
            name=name,
            width=grid.width,
            height=grid.height,
        )
    reader = RasterReader(path, grid)
    if not chip_format_holds(options.chip_format, reader.dtype):
        raise ExportError(
            "JPEG chips hold 8-bit data but '{name}' is {dtype}: choose TIFF, PNG or MRF.",
            name=name,
            dtype=reader.dtype,
        )
    item = ExportInput(
        name=name,
        reader=SelectedBands(reader, bands) if bands else reader,
        geotransform=grid.geotransform,
        crs_wkt=grid.crs_wkt,
    )
    if rows is not None:
        item.features = _grid_features(rows, values, buffer_radius, grid)
    if class_raster is not None:
        item.class_reader = _class_reader(class_raster, grid)
    if mask is not None:
        item.mask = mask_tree(read_geometries_wkb(mask, grid.crs_wkt), grid.geotransform)
    return item


def _classes(vector: str | None, class_raster: str | None, value_field: str, crs_wkt: str, progress):
    """The class list, and the samples' rows (WKB in ``crs_wkt``, attributes) and class values (None
    for a class raster or no labels)."""
    from .core.adapters.gdal.class_table import read_class_table
    from .core.adapters.gdal.vectors import field_names, read_features
    from .core.export.classes import (
        ClassValueError,
        UnknownFieldError,
        class_fields,
        classes_from_rows,
        raster_export_classes,
    )

    if class_raster is not None:
        return raster_export_classes(read_class_table(class_raster)), None, None
    if vector is None:
        return [], None, None
    try:
        fields = class_fields(field_names(vector), value_field or "")
    except UnknownFieldError as exc:
        raise ExportError(
            "CLASS_VALUE_FIELD '{field}' is not a field of the input class data (its fields: {fields}): "
            "choose one of them.",
            field=exc.field,
            fields=", ".join(exc.fields) or "-",
        ) from None
    rows = read_features(vector, crs_wkt, fields.wanted(), progress=progress)
    if not rows:
        raise ExportError("The input class data holds no feature with a geometry.")
    try:
        classes, values = classes_from_rows([attributes for _wkb, attributes in rows], fields)
    except ClassValueError as exc:
        raise ExportError(
            "The class value field '{field}' holds '{raw}', which is not a whole number >= 0: choose a "
            "numeric class field.",
            field=exc.field,
            raw=exc.raw,
        ) from None
    return classes, rows, values


def _grid_features(rows: list, values: list[int], buffer_radius: float, grid) -> list:
    """The samples as LabelFeatures in the grid's pixels; invalid polygons repaired (and warned about)."""
    from .core.export.samples import grid_pixel_geometries, label_features

    geometries, repaired = grid_pixel_geometries([wkb for wkb, _ in rows], grid.geotransform)
    if repaired:
        warnings.warn(
            f"{len(repaired)} label geometries were invalid (e.g. self-intersecting) and were repaired "
            f"with make_valid: features {', '.join(str(index + 1) for index in repaired[:20])}. Fix them "
            "in the layer.",
            RuntimeWarning,
            stacklevel=4,
        )
    return label_features(geometries, values, buffer_radius, grid.dx, grid.width, grid.height)


def _class_reader(path: str, grid):
    """A reader of the class raster on the input's grid; refused unless it lies on the input's pixels."""
    from osgeo import osr

    from .core.adapters.gdal.raster_reader import RasterReader, native_offset, open_raster

    dataset = open_raster(path)
    projection = dataset.GetProjection()
    same_crs = True
    if projection and grid.crs_wkt:
        ours, theirs = osr.SpatialReference(), osr.SpatialReference()
        same_crs = not ours.ImportFromWkt(projection) and not theirs.ImportFromWkt(grid.crs_wkt)
        same_crs = same_crs and bool(ours.IsSame(theirs))
    if not same_crs or native_offset(dataset.GetGeoTransform(), grid) is None:
        raise ExportError(
            "The class raster '{name}' is not on the input raster's pixels (another CRS, cell size or "
            "alignment), which only the QGIS tool can read: warp it to the input's CRS, cell size and "
            "alignment first (gdalwarp, or Raster > Projections > Warp).",
            name=layer_name(path),
        )
    return RasterReader(path, grid)


def _cluster_source(item, bands: list[int], class_raster: str | None):
    """How cluster workers open ``item``: its path on its own grid, the bands and the class raster."""
    from .core.cluster.export_ranges import ExportSource
    from .core.cluster.inputs import cluster_input_path

    reader = item.reader.reader if bands else item.reader
    return ExportSource(
        item.name,
        cluster_input_path(reader.path, "gdal", False),
        reader.grid,
        item.geotransform,
        item.crs_wkt,
        tuple(bands),
        class_raster or "",
    )


def _check_crs(raster: str, raster_crs: str, vector: str | None, class_raster: str | None) -> None:
    """The tool's warning when the raster has no CRS and the labels have one (their coordinates are then
    taken as the raster's)."""
    from .core.adapters.gdal.vectors import spatial_reference_name

    if raster_crs:
        return
    labels = None
    if vector is not None:
        labels = spatial_reference_name(vector)
    elif class_raster is not None:
        from .core.adapters.gdal.raster_reader import open_raster

        labels = _crs_name(open_raster(class_raster).GetProjection())
    if labels:
        warnings.warn(
            f"The raster '{layer_name(raster)}' has no coordinate reference system: the labels' "
            f"coordinates ({labels}) are assumed to be in the raster's. Assign the raster its CRS if the "
            "chips come out empty.",
            RuntimeWarning,
            stacklevel=3,
        )


def _crs_name(crs_wkt: str) -> str | None:
    """A CRS's authority id (``EPSG:32617``) or name; None without one."""
    from osgeo import osr

    srs = osr.SpatialReference()
    if not crs_wkt or srs.ImportFromWkt(crs_wkt) != 0:
        return None
    authority, code = srs.GetAuthorityName(None), srs.GetAuthorityCode(None)
    return f"{authority}:{code}" if authority and code else srs.GetName()


def _bands(bands: Sequence[int] | str | None, band_count: int) -> list[int]:
    """The 1-based bands asked for, checked against the raster, refused with the tool's message."""
    from .core.export.plan import BandListError, parse_bands

    try:
        return parse_bands(list(bands) if isinstance(bands, (tuple, range)) else bands, band_count)
    except BandListError as exc:
        raise ExportError(
            "BANDS {given}: the input raster has bands 1 to {band_count}; give band numbers in that range, "
            "separated by commas.",
            given=exc.given,
            band_count=exc.band_count,
        ) from None


def _choice(value: str | int, options: Sequence[str], parameter: str) -> str:
    """The option named ``value`` (any case), or numbered ``value`` as the tool's enum parameter."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(options):
        return options[value]
    for option in options:
        if str(value).strip().lower() == option.lower():
            return option
    raise ExportError(
        "Unknown {parameter} '{value}': use one of {options}.",
        parameter=parameter,
        value=value,
        options=", ".join(options),
    )


def layer_name(path: str) -> str:
    """The name QGIS gives a raster or vector file it loads: the file name up to its first dot."""
    return Path(path).name.split(".")[0]
