"""Every tool's help: each parameter and output explained, safe HTML, and the README's names."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.qgis.conftest import run_qgis_process

REPO = Path(__file__).resolve().parents[2]
#: The tags shortHelpString may hold; any other ``<...>`` would be swallowed by the help panel.
ALLOWED_TAGS = re.compile(r"</?(?:h3|b)>")


def _algorithms():
    from rasterdl.algorithms import all_algorithms

    algorithms = all_algorithms()
    for algorithm in algorithms:
        algorithm.initAlgorithm()
    return algorithms


def _readme_section(tool: str) -> str:
    """The README section of ``rasterdl:<tool>``, from its heading to the next ``## ``."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    start = re.search(rf"^## .*\(`rasterdl:{re.escape(tool)}`\)$", text, re.MULTILINE)
    assert start, f"README.md has no section for rasterdl:{tool}"
    end = text.find("\n## ", start.end())
    return text[start.end() : end if end >= 0 else len(text)]


@pytest.fixture(scope="module")
def algorithms(rasterdl_plugin):
    return _algorithms()


def test_every_tool_is_checked(algorithms):
    names = {a.name() for a in algorithms}
    assert names == {
        "modelinfo",
        "exporttrainingdata",
        "classifypixels",
        "classifyobjects",
        "detectobjects",
        "installdependencies",
    }


def test_every_parameter_has_help(algorithms):
    for algorithm in algorithms:
        for parameter in algorithm.parameterDefinitions():
            assert parameter.help().strip(), f"{algorithm.name()}: {parameter.name()} has no help"


def test_short_help_lists_every_parameter_and_output(algorithms):
    for algorithm in algorithms:
        text = algorithm.shortHelpString()
        outputs = algorithm.output_help()
        for parameter in algorithm.parameterDefinitions():
            entry = f"<b>{html.escape(parameter.description(), quote=False)}</b> ({parameter.name()}): "
            assert entry + html.escape(parameter.help(), quote=False) in text, (
                f"{algorithm.name()}: {parameter.name()} is not in the help"
            )
        for output in algorithm.outputDefinitions():
            assert outputs.get(output.name(), "").strip(), f"{algorithm.name()}: output {output.name()}"
            entry = f"<b>{html.escape(output.description(), quote=False)}</b> ({output.name()}): "
            assert entry + html.escape(outputs[output.name()], quote=False) in text
        names = [p.name() for p in algorithm.parameterDefinitions()]
        positions = [text.index(f"({name}): ") for name in names]
        assert positions == sorted(positions), f"{algorithm.name()}: parameters out of order"


def test_short_help_is_safe_html(algorithms):
    for algorithm in algorithms:
        text = ALLOWED_TAGS.sub("", algorithm.shortHelpString())
        assert "<" not in text and ">" not in text, f"{algorithm.name()}: unescaped < or > in the help"
        assert not re.search(r"&(?!(?:lt|gt|amp);)", text), f"{algorithm.name()}: stray & in the help"


def test_classify_pixels_help_shows_the_item_output_name(algorithms):
    pixels = next(a for a in algorithms if a.name() == "classifypixels")
    assert "&lt;output&gt;_&lt;input name&gt;" in pixels.shortHelpString()
    assert "<output>_<input name>" in pixels.parameterDefinition("PROCESSING_MODE").help()


def test_short_help_works_before_init(rasterdl_plugin):
    from rasterdl.algorithms import all_algorithms

    for fresh, initialised in zip(all_algorithms(), _algorithms()):
        assert fresh.shortHelpString() == initialised.shortHelpString()


def test_every_parameter_and_output_is_in_the_readme(algorithms):
    for algorithm in algorithms:
        section = _readme_section(algorithm.name())
        documented = set(re.findall(r"`([A-Z][A-Z0-9_]*)`", section))
        names = [p.name() for p in algorithm.parameterDefinitions()]
        names += [o.name() for o in algorithm.outputDefinitions()]
        missing = sorted(set(names) - documented)
        assert not missing, f"README section of rasterdl:{algorithm.name()} lacks {missing}"


def test_qgis_process_help_prints_the_parameter_help(algorithms):
    pixels = next(a for a in algorithms if a.name() == "classifypixels")
    result = run_qgis_process("help", "rasterdl:classifypixels")
    assert result.returncode == 0, result.stderr
    for name in ("CELL_SIZE", "MODEL_ARGUMENTS"):
        assert f"{name}: " in result.stdout
        assert pixels.parameterDefinition(name).help() in result.stdout
