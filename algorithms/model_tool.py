"""Parameters and steps shared by the tools that read imagery and run a model."""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..core.adapters.qgis.crs import map_frame
from ..core.adapters.qgis.grid import layer_cell_size, layer_resolutions
from ..core.adapters.qgis.virtual_rasters import build_mosaic
from ..core.cluster.connect import Cluster, open_cluster
from ..core.engine.read_resolution import ReadResolution, choose_read_resolution, model_cell_range
from ..core.model.argument_spec import ToolArguments
from ..core.model.arguments import parse_model_arguments
from ..core.model.definition import ModelDefinition, ModelType
from ..core.model.execution import ProcessorType
from ..core.model.loader import load_model_definition
from ..core.model.runtime import OnnxSession
from ..core.output.guard import data_source
from .base import RasterDLAlgorithm
from .parameters import ModelSourceParameter

#: The dialog's widget for MODEL_ARGUMENTS, as a path Processing imports when it opens a dialog.
ARGUMENTS_WIDGET = f"{__package__.rpartition('.')[0]}.gui.model_arguments_widget.ModelArgumentsWrapper"


class ProgressAdapter:
    """Lets the engine report progress and see cancellation through Processing's feedback."""

    def __init__(self, feedback, start: float = 0.0, span: float = 100.0) -> None:
        self.feedback = feedback
        self.start = start
        self.span = span

    def is_canceled(self) -> bool:
        return self.feedback.isCanceled()

    def set_progress(self, percent: float) -> None:
        self.feedback.setProgress(self.start + self.span * percent / 100.0)


class NewOutputFile:
    """Remembers whether an output file existed before the run, to remove it on failure only if it did not.

    QGIS creates a feature sink's file when the sink is made; a run that fails
    afterwards must not leave that new, empty or partial file behind.
    """

    def __init__(self, destination: str) -> None:
        source = data_source(destination)
        self.path = Path(source.path) if source is not None else None
        self.existed = self.path is None or self.path.exists()

    def remove(self) -> None:
        """Delete the file (and SQLite's -wal/-shm/-journal companions) when this run created it."""
        if self.existed or self.path is None:
            return
        for suffix in ("", "-wal", "-shm", "-journal", ".aux.xml"):
            candidate = Path(str(self.path) + suffix)
            try:
                candidate.unlink()
            except OSError:
                pass
        if self.path.suffix.lower() == ".shp":
            for sidecar in (".shx", ".dbf", ".prj", ".cpg", ".qpj"):
                try:
                    self.path.with_suffix(sidecar).unlink()
                except OSError:
                    pass


@dataclass
class ModelRun:
    """What the steps of one model-tool run share, in place of long argument lists.

    Each tool extends it with its own settings; ``session`` is set once the model is opened.
    """

    parameters: dict
    context: Any
    feedback: Any
    definition: ModelDefinition
    args: Any
    layers: list
    separately: bool
    session: OnnxSession | None = None
    #: The Dask cluster the run's blocks go to (CLUSTER); None runs here.
    cluster: Cluster | None = None
    #: The model arguments as parsed (name: value), which cluster workers parse into the tool's own.
    parsed_arguments: dict = field(default_factory=dict)


class ImageryAlgorithm(RasterDLAlgorithm):
    """A tool reading one or more rasters, as a mosaic or each separately."""

    INPUT = "INPUT"
    MORE_INPUTS = "MORE_INPUTS"
    PROCESSING_MODE = "PROCESSING_MODE"
    EXTENT = "EXTENT"
    CLUSTER = "CLUSTER"
    #: Whether the log says how many rasters a mosaic joins and names each raster as its turn comes.
    ANNOUNCE_INPUTS = False

    def parameter_help(self) -> dict[str, str]:
        return {
            self.INPUT: self.tr(
                "The raster to process: GeoTIFF, VRT, GeoPackage raster or any other raster QGIS opens, or a "
                "web layer (WMS/XYZ, read as RGB; give a processing extent)."
            ),
            self.MORE_INPUTS: self.tr(
                "Optional. More rasters, processed with the input raster as the processing mode says."
            ),
            self.PROCESSING_MODE: self.tr(
                "0 Process as mosaicked image (default): the input and the additional rasters are read as "
                "one mosaic, which needs file rasters sharing one CRS and the same bands. 1 Process all "
                "raster items separately: {0}"
            ).format(self.separate_mode_help()),
            self.CLUSTER: self.tr(
                "Advanced, optional. Run the work on a Dask cluster, in blocks that give the same result as "
                "a run here: empty (default) runs here; local:N starts N worker processes on this machine "
                "(a many-core workstation); a scheduler address such as tcp://host:8786 uses the workers of "
                "a running 'dask scheduler'. Every worker must open the input rasters, the model and the "
                "output folder by the same paths (a shared file system, or GDAL paths such as /vsis3/). "
                "Needs the Python packages dask and distributed (Install Python Dependencies offers them). "
                "The log names the cluster, its workers and the blocks; progress counts finished blocks."
            ),
        }

    def separate_mode_help(self) -> str:
        """What processing mode 1 (each raster separately) does in this tool."""
        return self.tr("each raster is processed on its own.")

    def add_input_parameters(self) -> None:
        """INPUT, MORE_INPUTS and PROCESSING_MODE (0 mosaic, 1 each item separately)."""
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Input raster")))
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.MORE_INPUTS, self.tr("Additional input rasters"), QgsProcessing.TypeRaster, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.PROCESSING_MODE,
                self.tr("Processing mode"),
                [self.tr("Process as mosaicked image"), self.tr("Process all raster items separately")],
                defaultValue=0,
            )
        )

    def input_layers(self, parameters: dict, context) -> tuple[list, bool]:
        """The input rasters and whether they are processed separately (mode 1 with several inputs)."""
        first = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if first is None or not first.isValid():
            raise QgsProcessingException(self.tr("The input raster could not be opened."))
        layers = [first, *self.parameterAsLayerList(parameters, self.MORE_INPUTS, context)]
        separately = self.parameterAsEnum(parameters, self.PROCESSING_MODE, context) == 1 and len(layers) > 1
        return layers, separately

    def processed_inputs(self, layers: list, separately: bool, feedback) -> list:
        """What the input loop runs on: every input when processed separately, else one mosaic of them all."""
        if separately or len(layers) == 1:
            return layers
        mosaic = build_mosaic(layers)
        if self.ANNOUNCE_INPUTS:
            feedback.pushInfo(self.tr("Processing {0} rasters as one mosaic.").format(len(layers)))
        return [mosaic]

    def add_cluster_parameter(self) -> None:
        """CLUSTER (advanced, optional string): a Dask scheduler address, local:N, or empty to run here."""
        cluster = QgsProcessingParameterString(
            self.CLUSTER, self.tr("Dask cluster (empty: run here)"), defaultValue="", optional=True
        )
        cluster.setFlags(cluster.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(cluster)

    @contextmanager
    def open_cluster(self, parameters: dict, context, feedback) -> Iterator[Cluster | None]:
        """The cluster CLUSTER names, open for the ``with`` block (None when empty: run here); the log
        names it and its workers (policy: core.cluster.connect)."""
        text = self.parameterAsString(parameters, self.CLUSTER, context).strip()
        if not text:
            yield None
            return
        feedback.pushInfo(self.tr("Opening the Dask cluster '{0}'...").format(text))
        with open_cluster(text) as cluster:
            feedback.pushInfo(
                self.tr("Cluster: {0}; {1} workers ({2}).").format(
                    cluster.description, len(cluster.workers), ", ".join(cluster.workers)
                )
            )
            yield cluster

    def each_input(self, layers: list, feedback) -> Iterator[tuple[int, Any, ProgressAdapter]]:
        """The one input loop of every tool: ``(number, raster, its share of the progress bar)`` in turn."""
        for number, layer in enumerate(layers):
            if self.ANNOUNCE_INPUTS and len(layers) > 1:
                feedback.pushInfo(
                    self.tr("Raster {0} of {1}: {2}").format(number + 1, len(layers), layer.name())
                )
            yield number, layer, ProgressAdapter(feedback, 100.0 * number / len(layers), 100.0 / len(layers))

    def extent_in(self, parameters: dict, context, layer):
        """The processing extent (parameter EXTENT) in ``layer``'s CRS; None when none is given."""
        if not parameters.get(self.EXTENT):
            return None
        return self.parameterAsExtent(parameters, self.EXTENT, context, layer.crs())


class ModelToolAlgorithm(ImageryAlgorithm):
    """A tool that runs an ONNX model: model, model arguments and processor parameters."""

    MODEL = "MODEL"
    MODEL_ARGUMENTS = "MODEL_ARGUMENTS"
    PROCESSOR_TYPE = "PROCESSOR_TYPE"
    GPU_ID = "GPU_ID"
    #: The model type the tool runs (a model of unknown type is accepted too).
    ACCEPTED_MODEL_TYPE = ModelType.UNKNOWN
    #: The tool's model arguments (core.model.argument_spec): the names its table lists.
    ARGUMENT_SPEC: ToolArguments | None = None

    def parameter_help(self) -> dict[str, str]:
        return {
            **super().parameter_help(),
            self.MODEL: self.tr("The {0} model: {1}").format(
                self.model_type_label(self.ACCEPTED_MODEL_TYPE), self.model_source_help()
            ),
            self.MODEL_ARGUMENTS: self.tr(
                "Name/Value table of model arguments: {0}. An empty value keeps the model's default; an "
                "unknown name is an error listing the known ones. With qgis_process give name,value pairs "
                "separated by commas, e.g. batch_size,8."
            ).format(self.model_arguments_help()),
            self.PROCESSOR_TYPE: self.tr(
                "0 Auto (default): the best available onnxruntime execution provider (TensorRT, CUDA, "
                "DirectML, CoreML, ROCm, OpenVINO, then CPU); 1 CPU; 2 GPU: fails, listing the providers "
                "that exist, when none is available. The log names the provider that runs."
            ),
            self.GPU_ID: self.tr(
                "Advanced. The GPU to run on where there are several: 0 (default) for the first. Used by "
                "the processor types Auto and GPU."
            ),
        }

    def model_arguments_help(self) -> str:
        """The tool's model arguments, each with its meaning and default."""
        return ""

    def add_model_parameters(self) -> None:
        """MODEL and the MODEL_ARGUMENTS Name/Value table listing the names of the tool's argument spec
        (empty value = the model's default)."""
        argument_names = self.ARGUMENT_SPEC.names if self.ARGUMENT_SPEC else ()
        self.addParameter(
            ModelSourceParameter(self.MODEL, self.tr("Model definition (.emd, .dlpk, .onnx or JSON)"))
        )
        arguments = QgsProcessingParameterMatrix(
            self.MODEL_ARGUMENTS,
            self.tr("Model arguments (empty value = model default)"),
            numberRows=len(argument_names),
            hasFixedNumberRows=False,
            headers=[self.tr("Name"), self.tr("Value")],
            defaultValue=[item for name in argument_names for item in (name, "")],
            optional=True,
        )
        # The dialog fills the table from the chosen model (gui/, imported only by the dialog).
        arguments.setMetadata({"widget_wrapper": {"class": ARGUMENTS_WIDGET}})
        self.addParameter(arguments)

    def add_processor_parameters(self) -> None:
        """PROCESSOR_TYPE (0 Auto, 1 CPU, 2 GPU) and GPU_ID (advanced)."""
        self.addParameter(
            QgsProcessingParameterEnum(
                self.PROCESSOR_TYPE,
                self.tr("Processor type"),
                [self.tr("Auto"), self.tr("CPU"), self.tr("GPU")],
                defaultValue=0,
            )
        )
        gpu = QgsProcessingParameterNumber(
            self.GPU_ID, self.tr("GPU id"), QgsProcessingParameterNumber.Integer, defaultValue=0, minValue=0
        )
        gpu.setFlags(gpu.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(gpu)

    def load_model(self, parameters: dict, context) -> ModelDefinition:
        """The model definition, refused unless its type is the tool's (or unknown)."""
        accepted = self.ACCEPTED_MODEL_TYPE
        definition = load_model_definition(self.parameterAsString(parameters, self.MODEL, context))
        if definition.model_type not in (accepted, ModelType.UNKNOWN):
            raise QgsProcessingException(
                self.tr("This tool needs a model of type '{1}'; this model is of type '{0}'.").format(
                    self.model_type_label(definition.model_type), self.model_type_label(accepted)
                )
            )
        return definition

    def model_arguments(self, parameters: dict, context, definition: ModelDefinition) -> dict:
        """The Name/Value table parsed against the model's defaults (unknown names are an error)."""
        matrix = self.parameterAsMatrix(parameters, self.MODEL_ARGUMENTS, context)
        return parse_model_arguments(matrix, definition.argument_defaults)

    def open_session(self, definition: ModelDefinition, parameters: dict, context, feedback) -> OnnxSession:
        """An onnxruntime session on the requested processor; the log names the provider that runs."""
        processor = ProcessorType(self.parameterAsEnum(parameters, self.PROCESSOR_TYPE, context))
        feedback.pushInfo(self.tr("Model file: {0}").format(definition.model_file))
        session = OnnxSession(
            definition.model_file, processor, self.parameterAsInt(parameters, self.GPU_ID, context)
        )
        feedback.pushInfo(self.tr("Execution provider: {0}").format(session.provider))
        if session.fell_back:
            feedback.reportError(
                self.tr("The requested provider could not run the model; running on {0} ({1}).").format(
                    session.provider, session.fallback_reason or ""
                ),
                False,
            )
        return session

    def write_new_sink(self, parameters: dict, context, fields, geometry_type, crs, write: Callable):
        """Create the OUTPUT sink and return ``write(sink, dest_id)``'s result.

        On any failure the sink is closed and a file this run created is removed,
        so a failed or cancelled run leaves no empty or partial layer behind.
        """
        created = NewOutputFile(self.parameterAsOutputLayer(parameters, self.OUTPUT, context))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, geometry_type, crs)
        if sink is None:
            raise QgsProcessingException(self.tr("The output layer could not be created."))
        try:
            return write(sink, dest_id)
        except BaseException as exc:
            # The traceback's frames hold the sink: clear them so that the file is closed before removal.
            traceback.clear_frames(exc.__traceback__)
            del sink
            created.remove()
            raise

    def report_cluster_blocks(self, feedback, count: int, width: int, height: int) -> None:
        """Say how many blocks (of at most ``width`` x ``height`` pixels) go to the cluster."""
        feedback.pushInfo(
            self.tr(
                "{0} blocks of up to {1} x {2} pixels go to the cluster; progress counts finished blocks."
            ).format(count, width, height)
        )

    def report_cluster_stats(self, feedback, stats) -> None:
        """Say how the blocks ran on the cluster (core.cluster.pixel_blocks.ClusterStats)."""
        feedback.pushInfo(
            self.tr(
                "{0} blocks ran on {1} workers: {2} tiles in {3:.1f} s ({4:.1f} tiles/s); "
                "model time {5:.1f} s."
            ).format(
                stats.blocks,
                stats.workers,
                stats.tiles,
                stats.seconds,
                stats.tiles_per_second,
                stats.session_seconds,
            )
        )

    def report_batch_one(self, session: OnnxSession, feedback) -> None:
        """Say so when the model only ran one image at a time (its graph fixes the batch to 1)."""
        if session.batch_one_reason:
            feedback.pushInfo(
                self.tr(
                    "The model failed on a batch of several images but runs on one: its graph only works "
                    "at batch size 1, so it went on one image at a time. Set batch_size to 1 to skip "
                    "this check."
                )
            )

    def read_cell_size(
        self, layer, extent, definition: ModelDefinition, requested: float | None, feedback
    ) -> ReadResolution:
        """The cell size (map units) to read ``layer`` at (None for its own grid) and how; the log says
        which resolution, on the ground and as a web-map zoom, and why
        (policy: core.engine.read_resolution)."""
        native = layer_cell_size(layer)
        frame = map_frame(layer, extent)
        decision = choose_read_resolution(
            native,
            layer.width() <= 0,
            frame,
            model_cell_range(definition.min_cell_size, definition.max_cell_size),
            requested,
            layer_resolutions(layer),
        )
        self._log_read_resolution(decision, native, frame.latitude, feedback)
        return decision

    def _log_read_resolution(self, decision: ReadResolution, native, latitude, feedback) -> None:
        """Say at which resolution the input is read, on the ground and as a web-map zoom, and why."""
        trained = decision.model_range
        if trained is not None:
            low, high = trained
            trained_text = str(low) if low == high else f"{low}-{high}"
        if decision.reason == "model" and native and decision.cell_size and trained is not None:
            feedback.pushInfo(
                self.tr(
                    "The model was trained at a cell size of {0} m on the ground; the input ({1:.6g} map "
                    "units) is read at {2:.6g} map units. Set a cell size to override."
                ).format(trained_text, native, decision.cell_size)
            )
        elif decision.reason == "geographic" and trained is not None:
            feedback.reportError(
                self.tr(
                    "The model was trained at a cell size of {0} m, but the input's CRS is in degrees: it is "
                    "read at its own cell size. Reproject the input to a projected CRS to read it at the "
                    "model's scale."
                ).format(trained_text),
                False,
            )
        elif decision.reason == "finest":
            feedback.pushInfo(
                self.tr(
                    "The model states no training cell size: the web layer is read at its finest "
                    "resolution. Give a cell size to read it at another scale."
                )
            )
        read = decision.cell_size or native
        if not read:
            return
        ground = ""
        if decision.ground is not None:
            ground = self.tr(", {0:.4g} m on the ground").format(decision.ground)
            if decision.zoom is not None and latitude is not None:
                ground += self.tr(" at {0:.1f} degrees of latitude").format(latitude)
        zoom = ""
        if decision.zoom is not None:
            zoom = self.tr(", web-map zoom {0:.1f}").format(decision.zoom)
        feedback.pushInfo(
            self.tr("Input read at a cell size of {0:.6g} map units{1}{2}.").format(read, ground, zoom)
        )
        if decision.oversample > 1.0:
            fine = read / decision.oversample
            feedback.pushInfo(
                self.tr(
                    "The web layer's tiles are read at {0:.6g} map units per pixel (its nearest finer zoom "
                    "level) and averaged down, so the model never sees enlarged tiles."
                ).format(fine)
            )
