"""Export Training Data For Deep Learning (``rasterdl:exporttrainingdata``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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

from ..core.adapters.qgis_io import (
    ChipFileWriter,
    LayerReader,
    build_mosaic,
    crs_wkid,
    layer_grid,
    raster_band_count,
    raster_classes,
    read_features,
    read_geometries_wkb,
    reprojected,
)
from ..core.export.metadata import METADATA_MODES, ExportClass
from ..core.install.dependencies import require
from ..core.output.guard import check_chip_count, check_grid_size, estimated_chip_count
from .chip_footprints import ChipFootprintSink
from .layer_styles import OutlineStyle, style_on_load
from .model_tool import ImageryAlgorithm, ProgressAdapter

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

    def run_tool(self, parameters: dict, context, feedback) -> dict[str, Any]:
        require("shapely")
        from ..core.export.chip_grid import build_mask_tree
        from ..core.export.chip_labels import repair_geometries
        from ..core.export.exporter import (
            PER_FEATURE_MODES,
            ExportCancelled,
            ExportInput,
            ExportOptions,
            SelectedBands,
            TrainingDataExporter,
            validate_options,
        )
        from ..core.export.grid_geometry import wkbs_to_grid_pixels

        mode = METADATA_MODES[self.parameterAsEnum(parameters, self.METADATA_FORMAT, context)]
        options = ExportOptions(
            metadata_mode=mode,
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
        layers, separately = self.input_layers(parameters, context)
        if not separately and len(layers) > 1:
            layers = [build_mosaic(layers)]
        vector = self.parameterAsSource(parameters, self.INPUT_CLASS_DATA, context)
        class_layer = self.parameterAsRasterLayer(parameters, self.INPUT_CLASS_RASTER, context)
        if vector is not None and class_layer is not None:
            raise QgsProcessingException(
                self.tr("Give either input class data (vector) or an input class raster, not both.")
            )
        bands = [b - 1 for b in self._bands(parameters, context, raster_band_count(layers[0]))]
        band_count = len(bands) or raster_band_count(layers[0])
        validate_options(
            options, band_count, vector is not None or class_layer is not None, class_layer is not None
        )

        extent = None
        if parameters.get(self.EXTENT):
            extent = self.parameterAsExtent(parameters, self.EXTENT, context, layers[0].crs())
        cell_size = None
        if parameters.get(self.CELL_SIZE) not in (None, ""):
            cell_size = self.parameterAsDouble(parameters, self.CELL_SIZE, context) or None
        buffer_radius = self.parameterAsDouble(parameters, self.BUFFER_RADIUS, context)

        self._warn_about_crs(layers[0], vector, class_layer, feedback)
        classes, rows, values = self._classes(parameters, context, vector, class_layer, layers[0], feedback)
        mask_source = self.parameterAsSource(parameters, self.MASK_POLYGONS, context)
        self.refuse_overlapping_outputs(
            parameters,
            context,
            (
                self.INPUT,
                self.MORE_INPUTS,
                self.INPUT_CLASS_DATA,
                self.INPUT_CLASS_RASTER,
                self.MASK_POLYGONS,
            ),
            {self.OUTPUT: [self.parameterAsString(parameters, self.OUTPUT, context)]},
        )
        inputs = []
        for layer in layers:
            if cell_size:
                native = layer_grid(layer, extent)
                check_grid_size(
                    native.width * native.dx / cell_size, native.height * native.dy / cell_size, cell_size
                )
            grid = layer_grid(layer, extent, cell_size)
            if options.metadata_mode not in PER_FEATURE_MODES:
                tile, stride = (options.tile_x, options.tile_y), (options.stride_x, options.stride_y)
                check_chip_count(estimated_chip_count(grid.width, grid.height, tile, stride), tile, stride)
            if options.tile_x > grid.width or options.tile_y > grid.height:
                raise QgsProcessingException(
                    self.tr(
                        "The tile size {0} x {1} is larger than the raster '{2}' ({3} x {4} pixels): use a "
                        "smaller tile size."
                    ).format(options.tile_x, options.tile_y, layer.name(), grid.width, grid.height)
                )
            reader = LayerReader(layer, grid)
            if options.chip_format == "JPEG" and reader.dtype != "uint8":
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
            if rows is not None:
                item.features = self._grid_features(rows, values, grid, buffer_radius, feedback)
            if class_layer is not None:
                item.class_reader = LayerReader(self._class_raster_in(class_layer, layer), grid)
            if mask_source is not None:
                masks = read_geometries_wkb(mask_source, grid.crs_wkt, context.transformContext(), feedback)
                mask_pixels, _repaired = repair_geometries(
                    list(wkbs_to_grid_pixels(masks, grid.geotransform))
                )
                item.mask = build_mask_tree(mask_pixels)
            inputs.append(item)
        if rows is not None and not any(item.features for item in inputs):
            raise QgsProcessingException(
                self.tr(
                    "No labelled sample overlaps the input raster: check that the class data covers the "
                    "raster (and its processing extent)."
                )
            )

        folder = Path(self.parameterAsString(parameters, self.OUTPUT, context))
        first = inputs[0]
        footprints = ChipFootprintSink.create(self, parameters, context, first.crs_wkt)
        try:
            exporter = TrainingDataExporter(
                folder,
                options,
                classes,
                band_count,
                [f"Band_{b + 1}" for b in (bands or range(band_count))],
                (abs(first.geotransform[1]), abs(first.geotransform[5])),
                crs_wkid(first.crs_wkt),
                first.crs_wkt,
                ChipFileWriter(options.chip_format),
                ProgressAdapter(feedback),
                feedback.pushInfo,
            )
        except PermissionError as exc:
            raise QgsProcessingException(
                self.tr("The output folder '{0}' cannot be written ({1}): choose another folder.").format(
                    folder, exc.strerror
                )
            ) from None
        exporter.keep_footprints = footprints is not None
        try:
            result = exporter.run(inputs)
        except ExportCancelled:
            feedback.reportError(
                self.tr(
                    "Cancelled: the folder holds the {0} chips written before, described by map.txt and "
                    "the statistics."
                ).format(exporter.result.chip_count),
                False,
            )
            raise QgsProcessingException(self.tr("Cancelled.")) from None
        except PermissionError as exc:
            raise QgsProcessingException(
                self.tr("The output folder '{0}' cannot be written ({1}): choose another folder.").format(
                    folder, exc.strerror
                )
            ) from None
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

    def _warn_about_crs(self, layer, vector, class_layer, feedback) -> None:
        """Say when a coordinate reference system is missing (and assumed) or differs between inputs."""
        labels = vector.sourceCrs() if vector is not None else class_layer.crs() if class_layer else None
        if labels is None:
            return
        if not layer.crs().isValid() and labels.isValid():
            feedback.pushWarning(
                self.tr(
                    "The raster '{0}' has no coordinate reference system: the labels' coordinates ({1}) are "
                    "assumed to be in the raster's. Assign the raster its CRS if the chips come out empty."
                ).format(layer.name(), labels.authid() or labels.description())
            )
        elif class_layer is not None and class_layer.crs() != layer.crs():
            if class_layer.providerType() == "gdal" and class_layer.crs().isValid() and layer.crs().isValid():
                feedback.pushWarning(
                    self.tr(
                        "The class raster is in {0} but the input raster in {1}: it is reprojected to {1} "
                        "(nearest neighbour) to cut the labels."
                    ).format(class_layer.crs().authid(), layer.crs().authid())
                )
            else:
                feedback.pushWarning(
                    self.tr(
                        "The class raster is in {0} but the input raster in {1}: it is read on the input's "
                        "grid. Reproject it to {1} if the chips come out empty."
                    ).format(class_layer.crs().authid(), layer.crs().authid())
                )

    @staticmethod
    def _class_raster_in(class_layer, layer):
        """The class raster in ``layer``'s CRS: a file raster in another (valid) CRS is warped on the fly."""
        if class_layer.crs() == layer.crs() or not class_layer.crs().isValid() or not layer.crs().isValid():
            return class_layer
        return reprojected(class_layer, layer.crs().toWkt())

    def _bands(self, parameters: dict, context, band_count: int) -> list[int]:
        """The 1-based bands the user asked for, checked against the raster; the error echoes their value."""
        raw = parameters.get(self.BANDS)
        if raw in (None, "", []):
            return []
        items = raw if isinstance(raw, (list, tuple)) else str(raw).replace(";", ",").split(",")
        given = ",".join(str(item).strip() for item in items)
        try:
            bands = [int(str(item).strip()) for item in items if str(item).strip()]
        except ValueError:
            bands = []
        if not bands or any(band < 1 or band > band_count for band in bands):
            raise QgsProcessingException(
                self.tr(
                    "BANDS {0}: the input raster has bands 1 to {1}; give band numbers in that range, "
                    "separated by commas."
                ).format(given, band_count)
            )
        return bands

    def _classes(self, parameters, context, vector, class_layer, layer, feedback):
        """The class list, and the vector rows (WKB, attributes) and class values when labels are vectors."""
        if class_layer is not None:
            classes = [ExportClass(v, n, c) for v, n, c in raster_classes(class_layer)]
            feedback.pushInfo(
                self.tr("Classes from the class raster: {0}").format(
                    ", ".join(f"{c.value}={c.name}" for c in classes)
                )
            )
            return classes, None, None
        if vector is None:
            return [], None, None
        names = [f.name() for f in vector.fields()]
        lower = {n.lower(): n for n in names}
        value_field = self.parameterAsString(parameters, self.CLASS_VALUE_FIELD, context)
        if value_field and value_field not in names:
            raise QgsProcessingException(
                self.tr(
                    "CLASS_VALUE_FIELD '{0}' is not a field of the input class data (its fields: {1}): "
                    "choose one of them."
                ).format(value_field, ", ".join(names) or "-")
            )
        if not value_field:
            value_field = lower.get("classvalue") or lower.get("value") or ""
        name_field = lower.get("classname")
        rgb = [lower.get(c) for c in ("red", "green", "blue")]
        wanted = [value_field, name_field] + (rgb if None not in rgb else [])
        rows = read_features(
            vector, layer.crs().toWkt(), context.transformContext(), [w for w in wanted if w], feedback
        )
        if not rows:
            raise QgsProcessingException(self.tr("The input class data holds no feature with a geometry."))
        feedback.pushInfo(
            self.tr("Class values from the field '{0}'.").format(value_field)
            if value_field
            else self.tr("No class value field: every feature is class 1.")
        )
        classes: dict[int, ExportClass] = {}
        values = []
        for _wkb, attributes in rows:
            raw = attributes.get(value_field, 1) if value_field else 1
            try:
                value = int(float(raw))
                if value != float(raw) or value < 0:
                    raise ValueError
            except (TypeError, ValueError):
                raise QgsProcessingException(
                    self.tr(
                        "The class value field '{0}' holds '{1}', which is not a whole number >= 0: choose a "
                        "numeric class field."
                    ).format(value_field, raw)
                ) from None
            values.append(value)
            if value not in classes:
                name = attributes.get(name_field) if name_field else None
                color = (
                    tuple(int(attributes[c]) for c in rgb)
                    if None not in rgb and all(attributes.get(c) is not None for c in rgb)
                    else None
                )
                classes[value] = ExportClass(value, str(name) if name else str(value), color)
        return [classes[v] for v in sorted(classes)], rows, values

    def _grid_features(self, rows, values, grid, buffer_radius: float, feedback) -> list:
        """Samples as LabelFeatures in the grid's pixels (points and lines buffered into areas).

        Invalid polygons (QGIS's invalid-geometry setting lets them through unless it
        skips or refuses them) are repaired with make_valid and counted in the log.
        """
        from ..core.export.chip_grid import LabelFeature
        from ..core.export.chip_labels import repair_geometries, sample_areas
        from ..core.export.grid_geometry import window_box, wkbs_to_grid_pixels

        geometries = wkbs_to_grid_pixels([w for w, _ in rows], grid.geotransform)
        geometries, repaired = repair_geometries(list(geometries))
        if repaired:
            feedback.pushWarning(
                self.tr(
                    "{0} label geometries were invalid (e.g. self-intersecting) and were repaired with "
                    "make_valid: features {1}. Fix them in the layer, or set Processing's invalid "
                    "features filtering to skip them."
                ).format(len(repaired), ", ".join(str(index + 1) for index in repaired[:20]))
            )
        geometries = sample_areas(list(geometries), buffer_radius / abs(grid.dx))
        raster = window_box(0, 0, grid.width, grid.height)
        return [
            LabelFeature(index, value, geometry)
            for index, (geometry, value) in enumerate(zip(geometries, values))
            if not geometry.is_empty and geometry.intersects(raster)
        ]


def _enum(name: str, description: str, options) -> QgsProcessingParameterEnum:
    """An enum parameter whose first option is the default."""
    return QgsProcessingParameterEnum(name, description, list(options), defaultValue=0)


def _integer(name: str, description: str, default: int) -> QgsProcessingParameterNumber:
    """A whole-number parameter."""
    return QgsProcessingParameterNumber(name, description, QgsProcessingParameterNumber.Integer, default)


def _boolean(name: str, description: str) -> QgsProcessingParameterBoolean:
    """A yes/no parameter, no by default."""
    return QgsProcessingParameterBoolean(name, description, False)
