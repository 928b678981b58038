"""Pick one output of a pixel model that has several (one per head, as some Deepness models do).

The engine reads the first output of each run; :func:`select_output` gives it a definition of
the chosen output, with that output's own class names, and :class:`OutputSession` hands it that
output's arrays, so that no output is ignored without the user choosing it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

import numpy as np

from ..errors import ModelInputError
from .definition import ModelDefinition

#: The model argument that chooses the output of a model with several.
OUTPUT_INDEX = "output_index"


def pixel_output_indexes(definition: ModelDefinition) -> tuple[int, ...]:
    """The outputs shaped like class maps: [N, C, H, W] or [N, H, W]."""
    return tuple(i for i, info in enumerate(definition.outputs) if len(info.shape) in (3, 4))


def select_output(definition: ModelDefinition, arguments: Mapping[str, Any]) -> tuple[ModelDefinition, int]:
    """The definition seen through output ``arguments["output_index"]`` (default 0) and that index.

    The chosen output's class names come from the definition's per-output class lists when it
    has them; another output without names gets the default names of its channels.
    """
    index = arguments.get(OUTPUT_INDEX, 0)
    count = len(definition.outputs)
    if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < count:
        raise ModelInputError(
            "The model argument output_index is {index!r} but the model has {count} output"
            "{plural} (0 to {last}). Choose one of them.",
            index=index,
            count=count,
            plural="s" if count != 1 else "",
            last=count - 1,
        )
    if index == 0 and len(definition.output_class_names) <= 1:
        return definition, 0
    names = definition.output_class_names
    classes = names[index] if index < len(names) else (definition.classes if index == 0 else ())
    outputs = (definition.outputs[index],) + tuple(o for i, o in enumerate(definition.outputs) if i != index)
    return dataclasses.replace(definition, outputs=outputs, classes=classes), index


class OutputSession:
    """A session whose runs return output ``index`` first; everything else is the wrapped session's."""

    def __init__(self, session: Any, index: int) -> None:
        self._session = session
        self._index = index

    def run(self, batch: np.ndarray) -> list[np.ndarray]:
        outputs = self._session.run(batch)
        return [outputs[self._index]] + [o for i, o in enumerate(outputs) if i != self._index]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session, name)
