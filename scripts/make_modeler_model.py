"""Build the graphical-modeler model shipped in ``modeler/`` with the QGIS API.

The .model3 file is committed; this script is how it was made and how to
remake it after a parameter change, so nobody edits the XML by hand:

    .venv/bin/python scripts/make_modeler_model.py modeler/export_then_classify.model3

The model chains two tools: it exports Classified_Tiles training data from an
image and labelled polygons, then classifies the same image's pixels with a
model, so one run gives both the dataset to train on and a prediction to check
the labels against.
"""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildDependency,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QPointF

REPO = Path(__file__).resolve().parents[1]
MODEL_NAME = "Export training data, then classify pixels"
MODEL_GROUP = "Raster Deep Learning workflows"
MODEL_GROUP_ID = "rasterdlworkflows"
#: Layout: model inputs on the top row, the two steps below them, each step's output under it.
INPUT_ROW, STEP_ROW, OUTPUT_ROW = 80.0, 260.0, 380.0


def new_model() -> QgsProcessingModelAlgorithm:
    """An empty model whose outputs get the same parameter names on every supported QGIS.

    A model made new on QGIS 3.40 is of the newer format (``internal_version``
    Version2) and names its outputs after their descriptions
    (``training_data_folder``); 3.22 names them child:output
    (``export:training_data``), the names users pass. A model loaded from the
    older format keeps the older names on both, so start from one.
    """
    model = QgsProcessingModelAlgorithm()
    model.loadVariant(
        {
            "model_name": MODEL_NAME,
            "model_group": MODEL_GROUP,
            "groupId": MODEL_GROUP_ID,
            "internal_version": "Version1",
        }
    )
    return model


def _input(model: QgsProcessingModelAlgorithm, parameter, x: float) -> None:
    component = QgsProcessingModelParameter(parameter.name())
    component.setPosition(QPointF(x, INPUT_ROW))
    model.addModelParameter(parameter, component)


def _set_remaining_defaults(child: QgsProcessingModelChildAlgorithm) -> None:
    """Give every mandatory parameter the step does not set its tool's default as a static value.

    The modeler marks a step invalid ("Parameter ... is mandatory") for each
    mandatory parameter without a source, even where the tool has a default.
    """
    algorithm = QgsApplication.processingRegistry().algorithmById(child.algorithmId())
    if algorithm is None:
        raise SystemExit(f"{child.algorithmId()} is not registered: is the rasterdl provider loaded?")
    for parameter in algorithm.parameterDefinitions():
        optional = parameter.flags() & QgsProcessingParameterDefinition.FlagOptional
        if parameter.isDestination() or optional or parameter.name() in child.parameterSources():
            continue
        child.addParameterSources(parameter.name(), _static(parameter.defaultValue()))


def _from_input(name: str) -> list:
    return [QgsProcessingModelChildParameterSource.fromModelParameter(name)]


def _static(value) -> list:
    return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]


def _output(
    child: QgsProcessingModelChildAlgorithm,
    name: str,
    description: str,
    child_output: str,
    x: float,
    y: float,
) -> None:
    output = QgsProcessingModelOutput(name, description)
    output.setChildId(child.childId())
    output.setChildOutputName(child_output)
    output.setPosition(QPointF(x, y))
    outputs = dict(child.modelOutputs())
    outputs[name] = output
    child.setModelOutputs(outputs)


def build_model() -> QgsProcessingModelAlgorithm:
    """The export -> classify model, with its inputs, two children and outputs."""
    model = new_model()
    model.setHelpContent(
        {
            "ALG_DESC": (
                "Exports Classified_Tiles training data from an image and labelled polygons, then "
                "classifies the pixels of the same image with a segmentation model. Use it to build a "
                "dataset and, in the same run, see what a model predicts on that image."
            ),
            "image": "The image to cut chips from and to classify.",
            "labels": "Labelled polygons (a Classvalue or value field, or every feature is class 1).",
            "tile_size": "Chip size in pixels; the stride is the same (no overlap).",
            "model": "A pixel classification model: .emd, .dlpk or .onnx.",
            "export:training_data": "Folder of the exported Classified_Tiles training data.",
            "classify:classified": "The model's classes on the image's grid, styled by class.",
        }
    )
    _input(model, QgsProcessingParameterRasterLayer("image", "Image"), 120)
    _input(model, QgsProcessingParameterVectorLayer("labels", "Labelled polygons"), 340)
    _input(
        model,
        QgsProcessingParameterNumber(
            "tile_size", "Tile size (pixels)", QgsProcessingParameterNumber.Integer, 128, False, 16
        ),
        560,
    )
    _input(
        model,
        QgsProcessingParameterFile(
            "model",
            "Pixel classification model",
            QgsProcessingParameterFile.File,
            "",
            None,
            False,
            "Deep learning models (*.emd *.dlpk *.onnx)",
        ),
        780,
    )

    export = QgsProcessingModelChildAlgorithm("rasterdl:exporttrainingdata")
    export.setChildId("export")
    export.setDescription("Export training data (Classified_Tiles)")
    export.setPosition(QPointF(230, STEP_ROW))
    export.addParameterSources("INPUT", _from_input("image"))
    export.addParameterSources("INPUT_CLASS_DATA", _from_input("labels"))
    export.addParameterSources("METADATA_FORMAT", _static(2))
    export.addParameterSources("IMAGE_CHIP_FORMAT", _static(0))
    for name in ("TILE_SIZE_X", "TILE_SIZE_Y", "STRIDE_X", "STRIDE_Y"):
        export.addParameterSources(name, _from_input("tile_size"))
    _set_remaining_defaults(export)
    _output(export, "training_data", "Training data folder", "OUTPUT", 230, OUTPUT_ROW)
    model.addChildAlgorithm(export)

    classify = QgsProcessingModelChildAlgorithm("rasterdl:classifypixels")
    classify.setChildId("classify")
    classify.setDescription("Classify pixels")
    classify.setPosition(QPointF(670, STEP_ROW))
    classify.addParameterSources("INPUT", _from_input("image"))
    classify.addParameterSources("MODEL", _from_input("model"))
    classify.addParameterSources("PROCESSOR_TYPE", _static(0))
    classify.setDependencies([QgsProcessingModelChildDependency("export")])
    _set_remaining_defaults(classify)
    _output(classify, "classified", "Classified raster", "OUTPUT", 670, OUTPUT_ROW)
    model.addChildAlgorithm(classify)

    model.updateDestinationParameters()
    return model


def main(path: Path) -> None:
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, str(REPO / ".build" / "plugins"))
    from rasterdl.provider.provider import RasterDeepLearningProvider

    provider = RasterDeepLearningProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    try:
        model = build_model()
        path.parent.mkdir(parents=True, exist_ok=True)
        if not model.toFile(str(path)):
            raise SystemExit(f"could not write {path}")
        del model
    finally:
        app.exitQgis()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
