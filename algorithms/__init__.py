"""One QgsProcessingAlgorithm per tool; each is thin and delegates to ``core``."""

from __future__ import annotations


def all_algorithms() -> list:
    """New instances of every tool the provider lists."""
    from .model_info import ModelInfoAlgorithm

    return [ModelInfoAlgorithm()]
