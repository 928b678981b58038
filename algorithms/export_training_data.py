"""Export Training Data For Deep Learning (``rasterdl:exporttrainingdata``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBand,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)

from ..core.adapters.gdal.chip_writer import ChipFileWriter
from ..core.adapters.qgis.crs import crs_wkid
from ..core.adapters.qgis.grid import layer_grid
from ..core.adapters.qgis.layers import gdal_path, raster_band_count, raster_classes
from ..core.adapters.qgis.raster_reader import LayerReader
from ..core.adapters.qgis.vectors import read_features, read_geometries_wkb
from ..core.adapters.qgis.virtual_rasters import reprojected
from ..core.export.classes import (
    ClassValueError,
    UnknownFieldError,
    class_fields,
    classes_from_rows,
    raster_export_classes,
)
from ..core.export.metadata import METADATA_MODES, ExportClass
from ..core.install.dependencies import require
from .chip_footprints import ChipFootprintSink
from .layer_styles import OutlineStyle, style_on_load
from .model_tool import ImageryAlgorithm, ProgressAdapter

if TYPE_CHECKING:
    from ..core.export.exporter import ExportOptions

CHIP_FORMATS = ("TIFF", "PNG", "JPEG", "MRF")
CROP_MODES = ("FIXED_SIZE", "BOUNDING_BOX")
REFERENCE_SYSTEMS = ("MAP_SPACE", "PIXEL_SPACE")


class ExportTrainingDataAlgorithm(ImageryAlgorithm):
    """Cuts image chips and labels from imagery and labelled samples into a training-data folder."""

    INPUT_CLASS_DATA = "INPUT_CLASS_DATA"
    INPUT_CLASS_RASTER = "INPUT_CLASS_RASTER"
    CLASS_VALUE_FIELD = "CLASS_VALUE_FIELD"
    OUTPUT = "OUTPUT"
    IMAGE_CHIP_FORMAT = "IMAGE_CHIP_FORMAT"
    TILE_SIZE_X = "TILE_SIZE_X"
    TILE_SIZE_Y = "TILE_SIZE_Y"
    STRIDE_X = "STRIDE_X"
    STRIDE_Y = "STRIDE_Y"
    OUTPUT_NOFEATURE_TILES = "OUTPUT_NOFEATURE_TILES"
    METADATA_FORMAT = "METADATA_FORMAT"
    START_INDEX = "START_INDEX"
    BUFFER_RADIUS = "BUFFER_RADIUS"
    MASK_POLYGONS = "MASK_POLYGONS"
    ROTATION_ANGLE = "ROTATION_ANGLE"
    REFERENCE_SYSTEM = "REFERENCE_SYSTEM"
    BLACKEN_AROUND_FEATURE = "BLACKEN_AROUND_FEATURE"
    CROP_MODE = "CROP_MODE"
    EXTENT = "EXTENT"
    CELL_SIZE = "CELL_SIZE"
    BANDS = "BANDS"
    OUTPUT_FOOTPRINTS = "OUTPUT_FOOTPRINTS"
    CHIP_COUNT = "CHIP_COUNT"
    FEATURE_COUNT = "FEATURE_COUNT"

    #: The layer parameters, none of which may be the output.
    LAYER_INPUTS = (
        ImageryAlgorithm.INPUT,
        ImageryAlgorithm.MORE_INPUTS,
        INPUT_CLASS_DATA,
        INPUT_CLASS_RASTER,
        MASK_POLYGONS,
    )

    ICON = "export_training_data.svg"

    def name(self) -> str:
        return "exporttrainingdata"

    def displayName(self) -> str:
        return self.tr("Export Training Data For Deep Learning")

    def help_paragraphs(self) -> list[str]:
        return [
            self.tr(
                "Cuts image chips and labels from imagery and labelled samples (a vector layer of points, "
                "lines or polygons, or a classified raster) into a training-data folder: images/, labels/, "
                "map.txt, stats.txt, esri_accumulated_stats.json and esri_model_definition.emd; COCO adds "
                "annotations.json, YOLO adds dataset.yaml."
            ),
            self.tr(
                "Which tool reads each format unchanged: KITTI_rectangles, PASCAL_VOC_rectangles, "
                "Classified_Tiles, RCNN_Masks, Labeled_Tiles and MultiLabeled_Tiles are for Esri's "
                "arcgis.learn (prepare_data) and ArcGIS Pro's Train Deep Learning Model; COCO is for "
                "pycocotools and torchvision's CocoDetection (annotations.json; arcgis.learn does not read "
                "it); YOLO is for Ultralytics (dataset.yaml; detection takes each polygon's box, "
                "segmentation the polygon; arcgis.learn does not read it); Export_Tiles holds images only."
            ),
            self.tr(
                "Chips step by the stride from the top-left corner, and where the last step would run past "
                "the right or bottom edge one more chip is placed flush with that edge, so no part of the "
                "raster is left out. Pixels are copied unchanged (no resampling unless a cell size is given) "
                "and each chip keeps its window's georeference (GeoTIFF tags; a world file and .aux.xml for "
                "PNG and JPEG). Chips that are entirely nodata are not written."
            ),
            self.tr(
                "Polygons are rasterised by the pixel-centre rule (as GDAL); where samples overlap in "
                "Classified_Tiles the smaller one wins. Boxes are the feature's extent clipped to the chip. "
                "map.txt, stats.txt and the statistics are rewritten as the export runs, so that after a "
                "cancel or an error they describe exactly the chips on disk."
            ),
        ]

    def parameter_help(self) -> dict[str, str]:
        return {
            **super().parameter_help(),
            self.MORE_INPUTS: self.tr(
                "Optional. More images; all chips go into one sequence and one set of statistics."
            ),
            self.INPUT_CLASS_DATA: self.tr(
                "Optional. The labelled samples: points, lines or polygons in any CRS (reprojected to the "
                "raster's). Class names and colours come from Classname and RED/GREEN/BLUE fields when the "
                "layer has them."
            ),
            self.INPUT_CLASS_RASTER: self.tr(
                "Optional. A classified raster whose pixel values are the classes, for Classified_Tiles; "
                "class names and colours come from its attribute or colour table. Give this or the input "
                "class data, not both."
            ),
            self.CLASS_VALUE_FIELD: self.tr(
                "Optional. The numeric field holding each sample's class value, a whole number of 0 or "
                "more. Default: a field named classvalue or value (any case), else class 1 for every feature."
            ),
            self.OUTPUT: self.tr(
                "The export folder: empty, or holding an export of the same format to continue (see Start "
                "index). A folder holding an export in another format is refused. Required: a temporary "
                "folder would be deleted when QGIS closes."
            ),
            self.OUTPUT_FOOTPRINTS: self.tr(
                "Optional, created by default in the dialog. A polygon layer with one outline per chip "
                "written: its index, image file name, number of labels and input raster, so the map shows "
                "what was exported."
            ),
            self.IMAGE_CHIP_FORMAT: self.tr(
                "0 TIFF (default), 1 PNG, 2 JPEG, 3 MRF. PNG and JPEG hold at most 3 bands, JPEG only 8-bit "
                "data."
            ),
            self.TILE_SIZE_X: self.tr("Chip width in pixels (default 256)."),
            self.TILE_SIZE_Y: self.tr("Chip height in pixels (default 256)."),
            self.STRIDE_X: self.tr(
                "Horizontal step between chips in pixels (default 128); a stride below the tile size makes "
                "chips overlap."
            ),
            self.STRIDE_Y: self.tr("Vertical step between chips in pixels (default 128)."),
            self.OUTPUT_NOFEATURE_TILES: self.tr(
                "Also write chips without samples (default false: only chips holding samples are written; "
                "Export_Tiles writes every chip)."
            ),
            self.METADATA_FORMAT: self.tr(
                "The label format: 0 KITTI_rectangles (default), 1 PASCAL_VOC_rectangles, 2 "
                "Classified_Tiles, 3 RCNN_Masks, 4 Labeled_Tiles (one chip per feature, centred on it or "
                "cut to its bounding box), 5 MultiLabeled_Tiles (each chip's class names, comma "
                "separated), 6 Export_Tiles (images only, no labels needed), 7 COCO (for pycocotools and "
                "torchvision), 8 YOLO (for Ultralytics: polygon label lines, usable for detection and "
                "segmentation). 0-5 are for arcgis.learn. A class raster feeds Classified_Tiles only."
            ),
            self.START_INDEX: self.tr(
                "The number of the first chip (default 0). To continue an existing export of the same "
                "format, tile size and bands, give its next chip number: the folder's statistics are merged "
                "and no chip is overwritten."
            ),
            self.BUFFER_RADIUS: self.tr(
                "Buffer around points and lines, in the input raster's map units, that makes them sample "
                "areas (default 0: a point becomes a one-pixel square, a line a band one pixel wide)."
            ),
            self.MASK_POLYGONS: self.tr("Optional. Only chips completely inside these polygons are written."),
            self.ROTATION_ANGLE: self.tr(
                "Default 0 (no rotation). Also writes each chip rotated by every multiple of this angle "
                "below 360 degrees, its labels rotated with it, keeping only rotations that lie inside the "
                "image data."
            ),
            self.REFERENCE_SYSTEM: self.tr(
                "0 MAP_SPACE (default): chips keep their map coordinates; 1 PIXEL_SPACE: chips are "
                "georeferenced in the raw image grid. Written to the .emd as ImageSpaceUsed."
            ),
            self.BLACKEN_AROUND_FEATURE: self.tr(
                "Labeled_Tiles only: set the pixels outside the feature to 0 (default false)."
            ),
            self.CROP_MODE: self.tr(
                "Labeled_Tiles only: 0 FIXED_SIZE (default): a chip of the tile size centred on each "
                "feature; 1 BOUNDING_BOX: the chip is cut to the feature's bounding box."
            ),
            self.EXTENT: self.tr(
                "Optional. Only the part of the raster inside this extent is exported (snapped outwards to "
                "the raster's pixels); needed for a web layer. Default: the whole raster."
            ),
            self.CELL_SIZE: self.tr(
                "Optional. Resample the raster to this cell size, in its map units. Empty (default): the "
                "raster's own pixels, unchanged."
            ),
            self.BANDS: self.tr("Optional. The bands to export, in this order (default: all bands)."),
        }

    def output_help(self) -> dict[str, str]:
        return {
            self.OUTPUT: self.tr("The export folder."),
            self.OUTPUT_FOOTPRINTS: self.tr("The chip footprints, when asked for."),
            self.CHIP_COUNT: self.tr("The number of chips written."),
            self.FEATURE_COUNT: self.tr(
                "The number of labelled features written, counted in every chip they appear in."
            ),
        }

    def initAlgorithm(self, config=None) -> None:
        self.add_input_parameters()
        for definition in self._tool_parameters():
            self.addParameter(definition)
        self.add_cluster_parameter()
        self.addOutput(QgsProcessingOutputNumber(self.CHIP_COUNT, self.tr("Chips written")))
        self.addOutput(QgsProcessingOutputNumber(self.FEATURE_COUNT, self.tr("Features written")))

    def _tool_parameters(self) -> list[QgsProcessingParameterDefinition]:
        """The parameters after the inputs, in their order: scripts and models depend on it."""
        return [
            QgsProcessingParameterFeatureSource(
                self.INPUT_CLASS_DATA,
                self.tr("Input class data (labelled samples)"),
                [QgsProcessing.TypeVectorAnyGeometry],
                optional=True,
            ),
            QgsProcessingParameterRasterLayer(
                self.INPUT_CLASS_RASTER, self.tr("Input class raster (classified)"), optional=True
            ),
            QgsProcessingParameterField(
                self.CLASS_VALUE_FIELD,
                self.tr("Class value field"),
                parentLayerParameterName=self.INPUT_CLASS_DATA,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            ),
            QgsProcessingParameterFolderDestination(self.OUTPUT, self.tr("Output folder")),
            _enum(self.IMAGE_CHIP_FORMAT, self.tr("Image chip format"), CHIP_FORMATS),
            _integer(self.TILE_SIZE_X, self.tr("Tile size X (pixels)"), 256),
            _integer(self.TILE_SIZE_Y, self.tr("Tile size Y (pixels)"), 256),
            _integer(self.STRIDE_X, self.tr("Stride X (pixels)"), 128),
            _integer(self.STRIDE_Y, self.tr("Stride Y (pixels)"), 128),
            _boolean(self.OUTPUT_NOFEATURE_TILES, self.tr("Output tiles without features")),
            _enum(self.METADATA_FORMAT, self.tr("Metadata format"), METADATA_MODES),
            _integer(self.START_INDEX, self.tr("Start index"), 0),
            QgsProcessingParameterDistance(
                self.BUFFER_RADIUS, self.tr("Buffer radius"), 0.0, self.INPUT, minValue=0.0
            ),
            QgsProcessingParameterFeatureSource(
                self.MASK_POLYGONS, self.tr("Mask polygons"), [QgsProcessing.TypeVectorPolygon], optional=True
            ),
            QgsProcessingParameterNumber(
                self.ROTATION_ANGLE,
                self.tr("Rotation angle (degrees)"),
                QgsProcessingParameterNumber.Double,
                0.0,
                minValue=0.0,
                maxValue=359.999,
            ),
            _enum(self.REFERENCE_SYSTEM, self.tr("Reference system"), REFERENCE_SYSTEMS),
            _boolean(self.BLACKEN_AROUND_FEATURE, self.tr("Blacken around feature")),
            _enum(self.CROP_MODE, self.tr("Crop mode"), CROP_MODES),
            QgsProcessingParameterExtent(self.EXTENT, self.tr("Processing extent"), optional=True),
            QgsProcessingParameterNumber(
                self.CELL_SIZE,
                self.tr("Cell size (resample to)"),
                QgsProcessingParameterNumber.Double,
                optional=True,
                minValue=0.0,
            ),
            QgsProcessingParameterBand(
                self.BANDS, self.tr("Bands"), None, self.INPUT, optional=True, allowMultiple=True
            ),
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_FOOTPRINTS,
                self.tr("Chip footprints"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
                createByDefault=True,
            ),
        ]

    def checkParameterValues(self, parameters: dict, context) -> tuple[bool, str]:  # noqa: N802 (QGIS name)
        """Refuse a temporary output folder: QGIS deletes it on exit, and the training data with it."""
        value = parameters.get(self.OUTPUT)
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = value.sink.staticValue()
        if value in (None, "") or str(value) == QgsProcessing.TEMPORARY_OUTPUT:
            return False, self.tr(
                "Choose an output folder for the training data: a temporary folder is deleted when QGIS "
                "closes."
            )
        return super().checkParameterValues(parameters, context)

    def cancelled_text(self, feedback) -> str:
        """A cancelled export keeps the chips written before, described by its metadata: say how many."""
        exporter = getattr(self, "_exporter", None)
        if exporter is not None:
            feedback.reportError(
                self.tr(
                    "Cancelled: the folder holds the {0} chips written before, described by map.txt and "
                    "the statistics."
                ).format(exporter.result.chip_count),
                False,
            )
        return super().cancelled_text(feedback)

    def run_tool(self, parameters: dict, context, feedback) -> dict[str, Any]:
        require("shapely")
        from ..core.export.exporter import validate_options

        options = self._options(parameters, context)
        layers = self.processed_inputs(*self.input_layers(parameters, context), feedback)
        labels = self._labels(parameters, context)
        bands = [b - 1 for b in self._bands(parameters, raster_band_count(layers[0]))]
        band_count = len(bands) or raster_band_count(layers[0])
        has_class_raster = labels.class_layer is not None
        validate_options(options, band_count, labels.vector is not None or has_class_raster, has_class_raster)

        extent, cell_size = self._grid_choice(parameters, context, layers[0])
        labels.buffer_radius = self.parameterAsDouble(parameters, self.BUFFER_RADIUS, context)

        self._warn_about_crs(layers[0], labels.vector, labels.class_layer, feedback)
        classes = self._classes(parameters, context, labels, layers[0], feedback)
        labels.mask_source = self.parameterAsSource(parameters, self.MASK_POLYGONS, context)
        self.refuse_overlapping_outputs(
            parameters,
            context,
            self.LAYER_INPUTS,
            {self.OUTPUT: [self.parameterAsString(parameters, self.OUTPUT, context)]},
        )
        on_cluster = bool(self.parameterAsString(parameters, self.CLUSTER, context).strip())
        inputs, sources = [], []
        for layer in layers:
            item = self._export_input(layer, extent, cell_size, options, bands, labels, context, feedback)
            inputs.append(item)
            if on_cluster:
                sources.append(self._cluster_source(layer, item, bands))
        if labels.rows is not None and not any(item.features for item in inputs):
            raise QgsProcessingException(
                self.tr(
                    "No labelled sample overlaps the input raster: check that the class data covers the "
                    "raster (and its processing extent)."
                )
            )
        folder = Path(self.parameterAsString(parameters, self.OUTPUT, context))
        with self.open_cluster(parameters, context, feedback) as cluster:
            return self._export(
                parameters,
                context,
                feedback,
                folder,
                options,
                classes,
                bands,
                band_count,
                inputs,
                cluster,
                sources,
            )

    def _cluster_source(self, layer, item, bands: list[int]):
        """How cluster workers open ``item``: file paths on the raster's own grid (core.cluster.inputs)."""
        from ..core.cluster.export_ranges import ExportSource
        from ..core.cluster.inputs import cluster_input_path

        reader = item.reader.reader if bands else item.reader
        path = cluster_input_path(gdal_path(layer), layer.providerType(), not reader.reads_with_gdal)
        class_path = ""
        if item.class_reader is not None:
            class_layer = item.class_reader.layer
            class_path = gdal_path(class_layer)
            if (
                class_layer.providerType() != "gdal"
                or class_path.startswith("/vsimem/")
                or not item.class_reader.reads_with_gdal
            ):
                raise QgsProcessingException(
                    self.tr(
                        "With CLUSTER the workers read the class raster with GDAL on the input raster's "
                        "pixels, and '{0}' is not a file on that pixel grid: warp it to the input's CRS, "
                        "cell size and alignment first (Raster > Projections > Warp), or leave CLUSTER empty."
                    ).format(class_layer.name())
                )
        return ExportSource(
            layer.name(), path, reader.grid, item.geotransform, item.crs_wkt, tuple(bands), class_path
        )

    def _options(self, parameters: dict, context) -> ExportOptions:
        """The exporter's settings from the parameters (enum indexes as the engine's names)."""
        from ..core.export.exporter import ExportOptions

        return ExportOptions(
            metadata_mode=METADATA_MODES[self.parameterAsEnum(parameters, self.METADATA_FORMAT, context)],
            chip_format=CHIP_FORMATS[self.parameterAsEnum(parameters, self.IMAGE_CHIP_FORMAT, context)],
            tile_x=self.parameterAsInt(parameters, self.TILE_SIZE_X, context),
            tile_y=self.parameterAsInt(parameters, self.TILE_SIZE_Y, context),
            stride_x=self.parameterAsInt(parameters, self.STRIDE_X, context),
            stride_y=self.parameterAsInt(parameters, self.STRIDE_Y, context),
            output_nofeature_tiles=self.parameterAsBool(parameters, self.OUTPUT_NOFEATURE_TILES, context),
            start_index=self.parameterAsInt(parameters, self.START_INDEX, context),
            rotation_angle=self.parameterAsDouble(parameters, self.ROTATION_ANGLE, context),
            blacken_around_feature=self.parameterAsBool(parameters, self.BLACKEN_AROUND_FEATURE, context),
            crop_mode=CROP_MODES[self.parameterAsEnum(parameters, self.CROP_MODE, context)],
            image_space=REFERENCE_SYSTEMS[self.parameterAsEnum(parameters, self.REFERENCE_SYSTEM, context)],
        )

    def _labels(self, parameters: dict, context) -> _Labels:
        """The class data, a vector layer or a class raster (not both)."""
        labels = _Labels(
            self.parameterAsSource(parameters, self.INPUT_CLASS_DATA, context),
            self.parameterAsRasterLayer(parameters, self.INPUT_CLASS_RASTER, context),
        )
        if labels.vector is not None and labels.class_layer is not None:
            raise QgsProcessingException(
                self.tr("Give either input class data (vector) or an input class raster, not both.")
            )
        return labels

    def _grid_choice(self, parameters: dict, context, layer) -> tuple[Any, float | None]:
        """The processing extent (in ``layer``'s CRS) and the cell size to resample to; None if not given."""
        from ..core.export.plan import resample_cell_size

        extent = None
        if parameters.get(self.EXTENT):
            extent = self.parameterAsExtent(parameters, self.EXTENT, context, layer.crs())
        cell_size = None
        if parameters.get(self.CELL_SIZE) not in (None, ""):
            cell_size = resample_cell_size(self.parameterAsDouble(parameters, self.CELL_SIZE, context))
        return extent, cell_size

    def _export_input(
        self, layer, extent, cell_size: float | None, options, bands: list[int], labels, context, feedback
    ):
        """One raster on its processing grid, with its samples, class raster and mask in grid pixels."""
        from ..core.export.exporter import ExportInput, SelectedBands
        from ..core.export.plan import check_chip_grid, check_resampled_size, chip_format_holds, tile_fits
        from ..core.export.samples import mask_tree

        if cell_size:
            native = layer_grid(layer, extent)
            check_resampled_size(native.width, native.height, native.dx, native.dy, cell_size)
        grid = layer_grid(layer, extent, cell_size)
        check_chip_grid(grid.width, grid.height, options)
        if not tile_fits(grid.width, grid.height, options):
            raise QgsProcessingException(
                self.tr(
                    "The tile size {0} x {1} is larger than the raster '{2}' ({3} x {4} pixels): use a "
                    "smaller tile size."
                ).format(options.tile_x, options.tile_y, layer.name(), grid.width, grid.height)
            )
        reader = LayerReader(layer, grid)
        if not chip_format_holds(options.chip_format, reader.dtype):
            raise QgsProcessingException(
                self.tr("JPEG chips hold 8-bit data but '{0}' is {1}: choose TIFF, PNG or MRF.").format(
                    layer.name(), reader.dtype
                )
            )
        item = ExportInput(
            name=layer.name(),
            reader=SelectedBands(reader, bands) if bands else reader,
            geotransform=grid.geotransform,
            crs_wkt=grid.crs_wkt,
        )
        if labels.rows is not None:
            item.features = self._grid_features(labels, grid, feedback)
        if labels.class_layer is not None:
            item.class_reader = LayerReader(self._class_raster_in(labels.class_layer, layer), grid)
        if labels.mask_source is not None:
            masks = read_geometries_wkb(
                labels.mask_source, grid.crs_wkt, context.transformContext(), feedback
            )
            item.mask = mask_tree(masks, grid.geotransform)
        return item

    def _export(
        self,
        parameters,
        context,
        feedback,
        folder: Path,
        options,
        classes,
        bands,
        band_count,
        inputs,
        cluster=None,
        sources=(),
    ) -> dict[str, Any]:
        """Run the exporter over the inputs into ``folder`` (here, or in ranges on ``cluster``), write the
        footprints and report the result."""
        from ..core.export.exporter import TrainingDataExporter
        from ..core.export.plan import band_names

        first = inputs[0]
        footprints = ChipFootprintSink.create(self, parameters, context, first.crs_wkt)
        try:
            exporter = TrainingDataExporter(
                folder,
                options,
                classes,
                band_count,
                band_names(bands, band_count),
                (abs(first.geotransform[1]), abs(first.geotransform[5])),
                crs_wkid(first.crs_wkt),
                first.crs_wkt,
                ChipFileWriter(options.chip_format),
                ProgressAdapter(feedback),
                feedback.pushInfo,
            )
        except PermissionError as exc:
            raise self._unwritable(folder, exc) from None
        exporter.keep_footprints = footprints is not None
        self._exporter = exporter
        try:
            if cluster is None:
                result = exporter.run(inputs)
            else:
                result = self._export_on_cluster(cluster, exporter, inputs, sources, feedback)
        except PermissionError as exc:
            raise self._unwritable(folder, exc) from None
        return self._report(result, folder, footprints, context, feedback)

    def _export_on_cluster(self, cluster, exporter, inputs, sources, feedback):
        """Export in ranges of chips on ``cluster``; the folder is the one a run here writes."""
        from ..core.cluster.export_ranges import export_on_cluster
        from ..core.export.ranges import chips_per_range

        feedback.pushInfo(
            self.tr(
                "The chips go to the cluster in ranges of up to {0} chips; progress counts finished ranges."
            ).format(chips_per_range())
        )
        stats = export_on_cluster(cluster, exporter, inputs, sources, self.tr("The export was cancelled."))
        feedback.pushInfo(
            self.tr("{0} ranges ran on {1} workers in {2:.1f} s.").format(
                stats.ranges, stats.workers, stats.seconds
            )
        )
        return exporter.result

    def _report(self, result, folder: Path, footprints, context, feedback) -> dict[str, Any]:
        """Log what was written, add the chip footprints layer, and give the tool's results."""
        if result.chip_count == 0:
            feedback.pushWarning(
                self.tr(
                    "No chip was written: no tile holds a labelled pixel. Check that the labels cover the "
                    "raster, that a class raster uses class values above 0, and their coordinate reference "
                    "systems."
                )
            )
        feedback.pushInfo(
            self.tr(
                "{0} chips and {1} features written to {2} in {3:.1f} s ({4} chips all nodata skipped, {5} "
                "rotations outside the image skipped)."
            ).format(
                result.chip_count,
                result.feature_count,
                folder,
                result.seconds,
                result.skipped_nodata,
                result.skipped_rotations,
            )
        )
        results = {
            self.OUTPUT: str(folder),
            self.CHIP_COUNT: result.chip_count,
            self.FEATURE_COUNT: result.feature_count,
        }
        if footprints is not None:
            footprints.write(result.footprints, context)
            results[self.OUTPUT_FOOTPRINTS] = footprints.dest_id
            style_on_load(context, footprints.dest_id, OutlineStyle())
        feedback.pushInfo(
            self.tr("Output folder: {0}; chips: {1}; features: {2}.").format(
                folder, result.chip_count, result.feature_count
            )
        )
        return results

    def _unwritable(self, folder: Path, exc: PermissionError) -> QgsProcessingException:
        """The error for an output folder the system refuses to write into."""
        return QgsProcessingException(
            self.tr("The output folder '{0}' cannot be written ({1}): choose another folder.").format(
                folder, exc.strerror
            )
        )

    def _warn_about_crs(self, layer, vector, class_layer, feedback) -> None:
        """Say when a coordinate reference system is missing (and assumed) or differs between inputs."""
        from ..core.export.plan import CrsWarning, crs_warning

        labels = vector.sourceCrs() if vector is not None else class_layer.crs() if class_layer else None
        warning = crs_warning(
            layer.crs().isValid(),
            labels.isValid() if labels is not None else None,
            class_layer.crs() == layer.crs() if class_layer is not None else None,
            class_layer is not None and class_layer.providerType() == "gdal",
        )
        if warning is CrsWarning.RASTER_WITHOUT_CRS:
            feedback.pushWarning(
                self.tr(
                    "The raster '{0}' has no coordinate reference system: the labels' coordinates ({1}) are "
                    "assumed to be in the raster's. Assign the raster its CRS if the chips come out empty."
                ).format(layer.name(), labels.authid() or labels.description())
            )
        elif warning is CrsWarning.CLASS_RASTER_WARPED:
            feedback.pushWarning(
                self.tr(
                    "The class raster is in {0} but the input raster in {1}: it is reprojected to {1} "
                    "(nearest neighbour) to cut the labels."
                ).format(class_layer.crs().authid(), layer.crs().authid())
            )
        elif warning is CrsWarning.CLASS_RASTER_ON_GRID:
            feedback.pushWarning(
                self.tr(
                    "The class raster is in {0} but the input raster in {1}: it is read on the input's "
                    "grid. Reproject it to {1} if the chips come out empty."
                ).format(class_layer.crs().authid(), layer.crs().authid())
            )

    @staticmethod
    def _class_raster_in(class_layer, layer):
        """The class raster in ``layer``'s CRS: a file raster in another (valid) CRS is warped on the fly."""
        from ..core.export.plan import warp_class_raster

        if not warp_class_raster(
            layer.crs().isValid(), class_layer.crs().isValid(), class_layer.crs() == layer.crs()
        ):
            return class_layer
        return reprojected(class_layer, layer.crs().toWkt())

    def _bands(self, parameters: dict, band_count: int) -> list[int]:
        """The 1-based bands the user asked for, checked against the raster; the error echoes their value."""
        from ..core.export.plan import BandListError, parse_bands

        try:
            return parse_bands(parameters.get(self.BANDS), band_count)
        except BandListError as exc:
            raise QgsProcessingException(
                self.tr(
                    "BANDS {0}: the input raster has bands 1 to {1}; give band numbers in that range, "
                    "separated by commas."
                ).format(exc.given, exc.band_count)
            ) from None

    def _classes(self, parameters, context, labels: _Labels, layer, feedback) -> list[ExportClass]:
        """The class list; the rows (WKB, attributes) and class values of vector labels go into ``labels``."""
        if labels.class_layer is not None:
            classes = raster_export_classes(raster_classes(labels.class_layer))
            feedback.pushInfo(
                self.tr("Classes from the class raster: {0}").format(
                    ", ".join(f"{c.value}={c.name}" for c in classes)
                )
            )
            return classes
        if labels.vector is None:
            return []
        value_field = self.parameterAsString(parameters, self.CLASS_VALUE_FIELD, context)
        try:
            fields = class_fields([f.name() for f in labels.vector.fields()], value_field)
        except UnknownFieldError as exc:
            raise QgsProcessingException(
                self.tr(
                    "CLASS_VALUE_FIELD '{0}' is not a field of the input class data (its fields: {1}): "
                    "choose one of them."
                ).format(exc.field, ", ".join(exc.fields) or "-")
            ) from None
        rows = read_features(
            labels.vector, layer.crs().toWkt(), context.transformContext(), fields.wanted(), feedback
        )
        if not rows:
            raise QgsProcessingException(self.tr("The input class data holds no feature with a geometry."))
        feedback.pushInfo(
            self.tr("Class values from the field '{0}'.").format(fields.value)
            if fields.value
            else self.tr("No class value field: every feature is class 1.")
        )
        try:
            classes, labels.values = classes_from_rows([attributes for _wkb, attributes in rows], fields)
        except ClassValueError as exc:
            raise QgsProcessingException(
                self.tr(
                    "The class value field '{0}' holds '{1}', which is not a whole number >= 0: choose a "
                    "numeric class field."
                ).format(exc.field, exc.raw)
            ) from None
        labels.rows = rows
        return classes

    def _grid_features(self, labels: _Labels, grid, feedback) -> list:
        """The samples as LabelFeatures in the grid's pixels (points and lines buffered into areas).

        Invalid polygons (QGIS's invalid-geometry setting lets them through unless it
        skips or refuses them) are repaired with make_valid and counted in the log.
        """
        from ..core.export.samples import grid_pixel_geometries, label_features

        geometries, repaired = grid_pixel_geometries([w for w, _ in labels.rows], grid.geotransform)
        if repaired:
            feedback.pushWarning(
                self.tr(
                    "{0} label geometries were invalid (e.g. self-intersecting) and were repaired with "
                    "make_valid: features {1}. Fix them in the layer, or set Processing's invalid "
                    "features filtering to skip them."
                ).format(len(repaired), ", ".join(str(index + 1) for index in repaired[:20]))
            )
        return label_features(
            geometries, labels.values, labels.buffer_radius, grid.dx, grid.width, grid.height
        )


@dataclass
class _Labels:
    """What the chips are labelled from: vector samples or a class raster, and the mask polygons.

    The rows (WKB in the raster's CRS, attributes) and class values of vector
    samples are filled in once read.
    """

    vector: Any = None
    class_layer: Any = None
    rows: list | None = None
    values: list[int] | None = None
    buffer_radius: float = 0.0
    mask_source: Any = None


def _enum(name: str, description: str, options) -> QgsProcessingParameterEnum:
    """An enum parameter whose first option is the default."""
    return QgsProcessingParameterEnum(name, description, list(options), defaultValue=0)


def _integer(name: str, description: str, default: int) -> QgsProcessingParameterNumber:
    """A whole-number parameter."""
    return QgsProcessingParameterNumber(name, description, QgsProcessingParameterNumber.Integer, default)


def _boolean(name: str, description: str) -> QgsProcessingParameterBoolean:
    """A yes/no parameter, no by default."""
    return QgsProcessingParameterBoolean(name, description, False)
