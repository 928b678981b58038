"""Errors raised by the engine reach the user in the QGIS language (core stays free of Qt)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

REPO = Path(__file__).resolve().parents[2]
MISSING = (
    "The model definition '{path}' does not exist or is not a file. "
    "Choose an existing .emd, .dlpk or .onnx file."
)
FRENCH = (
    "La définition de modèle « {path} » n'existe pas. Choisissez un fichier .emd, .dlpk ou .onnx existant."
)
UNKNOWN = "Unknown model argument '{name}'. The known arguments are: {known}."


def compiled(tmp_path: Path, messages: dict[str, str]) -> Path:
    """A .qm holding ``messages`` (template -> translation) in the engine's context."""
    from xml.sax.saxutils import escape

    body = "".join(
        f"<message><source>{escape(s)}</source><translation>{escape(t)}</translation></message>"
        for s, t in messages.items()
    )
    ts = tmp_path / "core_fr.ts"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr_FR">'
        f"<context><name>RasterDLCore</name>{body}</context></TS>",
        encoding="utf-8",
    )
    qm = tmp_path / "core_fr.qm"
    lrelease = shutil.which("lrelease") or "/usr/lib/qt5/bin/lrelease"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.fixture()
def french(tmp_path):
    translator = QTranslator()
    assert translator.load(str(compiled(tmp_path, {MISSING: FRENCH, UNKNOWN: "Argument inconnu « {nom} »."})))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_a_core_error_is_shown_translated_with_its_values(rasterdl_plugin, french, tmp_path):
    import processing

    missing = tmp_path / "nowhere.emd"
    with pytest.raises(QgsProcessingException) as error:
        processing.run("rasterdl:modelinfo", {"MODEL": str(missing)})
    assert FRENCH.format(path=missing) in str(error.value)


def test_a_translation_with_other_placeholders_falls_back_to_english(rasterdl_plugin, french, tmp_path):
    from rasterdl.algorithms.classify_pixels import ClassifyPixelsAlgorithm
    from rasterdl.core.errors import ModelInputError

    error = ModelInputError(UNKNOWN, name="pading", known="padding")
    assert str(error) == "Unknown model argument 'pading'. The known arguments are: padding."
    assert ClassifyPixelsAlgorithm().error_text(error) == str(error)
    assert ClassifyPixelsAlgorithm().error_text(ModelInputError("Built {beforehand}")) == "Built {beforehand}"


def test_core_templates_are_collected_for_the_translators():
    spec = importlib.util.spec_from_file_location(
        "update_translations", REPO / "scripts" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
        messages, problems = module.extract_messages()
    finally:
        sys.modules.pop(spec.name, None)
    assert not problems
    core = {m.source: m.locations for m in messages if m.context == "RasterDLCore"}
    assert MISSING in core and UNKNOWN in core
    assert core[MISSING][0][0] == "core/model/loader.py"


def test_templates_of_errors_built_by_helpers_are_collected(rasterdl_plugin):
    """``invalid()`` returns the error its callers raise: its template reaches the translators too."""
    from rasterdl.core.model.definition_fields import invalid

    spec = importlib.util.spec_from_file_location(
        "update_translations", REPO / "scripts" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
        messages, _ = module.extract_messages()
    finally:
        sys.modules.pop(spec.name, None)
    core = {m.source: m.locations for m in messages if m.context == "RasterDLCore"}
    error = invalid("model.emd", "ImageHeight", -1, "a positive integer")
    assert str(error) == (
        "In model.emd, ImageHeight has the invalid value -1: it must be a positive integer. "
        "Correct ImageHeight and load the model again."
    )
    assert error.template in core
    assert core[error.template][0][0] == "core/model/definition_fields.py"
