"""One QgsProcessingAlgorithm per tool; each is thin and delegates to ``core``."""

from __future__ import annotations


def all_algorithms() -> list:
    """New instances of every tool the provider lists."""
    from .classify_objects import ClassifyObjectsAlgorithm
    from .classify_pixels import ClassifyPixelsAlgorithm
    from .detect_objects import DetectObjectsAlgorithm
    from .export_training_data import ExportTrainingDataAlgorithm
    from .install_dependencies import InstallDependenciesAlgorithm
    from .model_info import ModelInfoAlgorithm

    return [
        ModelInfoAlgorithm(),
        ExportTrainingDataAlgorithm(),
        ClassifyPixelsAlgorithm(),
        ClassifyObjectsAlgorithm(),
        DetectObjectsAlgorithm(),
        InstallDependenciesAlgorithm(),
    ]
