"""Each model tool's Arguments table and help follow its argument spec (core.model.argument_spec)."""

from __future__ import annotations

import re

import pytest


def _model_tools():
    from rasterdl.algorithms import all_algorithms
    from rasterdl.algorithms.model_tool import ModelToolAlgorithm

    tools = [algorithm for algorithm in all_algorithms() if isinstance(algorithm, ModelToolAlgorithm)]
    for tool in tools:
        tool.initAlgorithm()
    return tools


@pytest.fixture(scope="module")
def tools(rasterdl_plugin):
    return {tool.name(): tool for tool in _model_tools()}


def test_every_model_tool_has_its_spec(tools):
    from rasterdl.core.model.argument_spec import DETECTION_ARGUMENTS, OBJECT_ARGUMENTS, PIXEL_ARGUMENTS

    assert {name: tool.ARGUMENT_SPEC for name, tool in tools.items()} == {
        "classifypixels": PIXEL_ARGUMENTS,
        "detectobjects": DETECTION_ARGUMENTS,
        "classifyobjects": OBJECT_ARGUMENTS,
    }


def test_the_table_lists_the_spec_names_with_empty_values(tools):
    for tool in tools.values():
        default = tool.parameterDefinition(tool.MODEL_ARGUMENTS).defaultValue()
        assert default == [item for name in tool.ARGUMENT_SPEC.names for item in (name, "")], tool.name()


def _segments(text: str, names) -> dict[str, str]:
    """The help text of each argument: from ``name (`` to the next argument's."""
    starts = {}
    for name in names:
        found = re.search(rf"\b{re.escape(name)} \(", text)
        assert found, f"{name} is not in the help"
        starts[name] = found.start()
    order = sorted(starts, key=starts.get)
    ends = [starts[name] for name in order[1:]] + [len(text)]
    return {name: text[starts[name] : end] for name, end in zip(order, ends)}


def _shown(value) -> str:
    from rasterdl.gui.argument_table import format_value

    return format_value(value)


def test_the_help_explains_every_argument_in_table_order_with_its_default(tools):
    from rasterdl.core.model.argument_spec import FromModel

    for tool in tools.values():
        spec = tool.ARGUMENT_SPEC
        text = tool.model_arguments_help()
        named = [*spec.names, *(s.name for s in spec.arguments if not s.listed and s.name in text)]
        segments = _segments(text, named)
        positions = [text.index(segments[name]) for name in spec.names]
        assert positions == sorted(positions), f"{tool.name()}: arguments out of table order"
        for argument in spec.arguments:
            if argument.name not in segments:
                continue
            segment, rule = segments[argument.name], argument.default
            assert "default" in segment, (tool.name(), argument.name)
            if isinstance(rule, FromModel):
                if isinstance(rule.fallback, (int, float)):
                    assert f"default the model's, else {_shown(rule.fallback)}" in segment, argument.name
            elif not callable(rule):
                assert f"default {_shown(rule)}" in segment, (tool.name(), argument.name)
        assert tool.parameterDefinition(tool.MODEL_ARGUMENTS).help().count(text) == 1
