"""Translations: every tr() string is translated in French, German and Spanish, and the plugin
speaks the QGIS user-interface language.

The completeness test fails as soon as a tr() string is added or changed without its
translations: run ``scripts/update_translations.py`` and translate the new messages.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QSettings

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "i18n"
SCRIPT = REPO / "scripts" / "update_translations.py"
LANGUAGES = ("fr", "de", "es")
LOCALE_KEYS = ("locale/overrideFlag", "locale/userLocale")
PROVIDER_KEY = ("RasterDeepLearningProvider", "Raster Deep Learning")


@pytest.fixture(scope="module")
def ut():
    """``scripts/update_translations.py`` as a module."""
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


@pytest.fixture(scope="module")
def compiled_translations():
    """The .qm files, compiled as ``make translations`` does when one is missing or stale."""
    lrelease = shutil.which("lrelease") or "/usr/lib/qt5/bin/lrelease"
    for language in LANGUAGES:
        ts, qm = I18N / f"rasterdl_{language}.ts", I18N / f"rasterdl_{language}.qm"
        if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if not Path(lrelease).is_file():
            pytest.fail(f"{qm.name} is missing and lrelease is not installed: run `make translations`")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture
def ui_language(qgis_processing, compiled_translations):
    """Start the plugin as QGIS does with a given UI language; settings and translators restored after."""
    import rasterdl

    settings = QSettings()
    saved = {key: settings.value(key) for key in LOCALE_KEYS}
    plugins = []

    def start(language: str):
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", language)
        plugin = rasterdl.classFactory(None)
        plugins.append(plugin)
        return plugin

    try:
        yield start
    finally:
        for plugin in plugins:
            plugin.unload()
        for key, value in saved.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)


def _texts():
    """Provider name and, per tool, display name, group and processing-mode options, as shown now."""
    from rasterdl.algorithms import all_algorithms
    from rasterdl.algorithms.classify_pixels import ClassifyPixelsAlgorithm
    from rasterdl.provider.provider import RasterDeepLearningProvider

    tools = {a.name(): (a.displayName(), a.group()) for a in all_algorithms()}
    pixels = ClassifyPixelsAlgorithm()
    pixels.initAlgorithm()
    mode = pixels.parameterDefinition("PROCESSING_MODE")
    return RasterDeepLearningProvider().name(), tools, (mode.description(), *mode.options())


@pytest.mark.parametrize("language", LANGUAGES)
def test_plugin_shows_the_translations_of_the_qgis_language(language, ui_language, ut):
    english_provider, english_tools, english_mode = _texts()
    assert english_provider == "Raster Deep Learning"
    expected = ut.translations(language)

    plugin = ui_language(language)
    assert plugin.translator is not None, f"rasterdl_{language}.qm was not loaded"
    provider, tools, mode = _texts()

    assert provider == expected[PROVIDER_KEY] != english_provider
    for name, (display_name, group) in english_tools.items():
        assert tools[name][0] == expected[("RasterDL", display_name)] != display_name
        assert tools[name][1] == (expected[("RasterDL", group)] if group else "")
    assert list(mode) == [expected[("RasterDL", text)] for text in english_mode]
    assert mode != english_mode

    plugin.unload()
    assert _texts() == (english_provider, english_tools, english_mode)


def test_english_interface_loads_no_translation(ui_language):
    plugin = ui_language("en_US")
    assert plugin.translator is None
    assert _texts()[0] == "Raster Deep Learning"


def test_every_message_is_translated_in_every_language(ut):
    messages, problems = ut.extract_messages()
    assert len(messages) > 100
    assert {"RasterDL", "RasterDeepLearningProvider"} <= {m.context for m in messages}
    languages = ut.present_languages()
    assert set(LANGUAGES) <= set(languages)
    errors = ut.check(messages, problems, languages)
    assert not errors, "run scripts/update_translations.py and translate:\n" + "\n".join(errors)


def test_check_command_passes():
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "messages translated in de, es, fr" in result.stdout


def test_calls_that_cannot_be_translated_are_reported(ut):
    source = textwrap.dedent(
        """\
        class Tool:
            def tr(self, text):
                return QCoreApplication.translate("RasterDL", text)

            def run(self, count, name):
                self.tr("Raster {0} of {1}").format(count, 2)
                self.tr(f"Raster {count}")
                self.tr("Raster " + name)
                self.tr(name)
                self.tr("Raster {}".format(count))
                QCoreApplication.translate("Other", "Literal")
                QCoreApplication.translate("Other", "x %s" % name)
                QCoreApplication.translate(name, "Literal")


        def _tr(text):
            # a wrapper with its own context
            return QCoreApplication.translate("Plugin", text)


        MENU = _tr("&Menu")
        LABEL = _tr(MENU)
        """
    )
    found, problems = ut.extract_from_source(source, "tool.py", {"tr": "RasterDL"})
    assert found == [("RasterDL", "Raster {0} of {1}", 6), ("Other", "Literal", 11), ("Plugin", "&Menu", 21)]
    assert [p.line for p in problems] == [7, 8, 9, 10, 12, 13, 22]
    assert "f-string" in str(problems[0]) and str(problems[0]).startswith("tool.py:7: ")


def test_update_keeps_translations_and_check_finds_gaps(ut, tmp_path):
    messages = [
        ut.Message("RasterDL", "Raster {0} of {1}", [("algorithms/a.py", 3)]),
        ut.Message("RasterDL", "New", [("algorithms/a.py", 9)]),
    ]
    old = [
        ut.Entry("RasterDL", "Raster {0} of {1}", "Raster {0} sur {1}", None),
        ut.Entry("RasterDL", "Gone", "Parti", None),
        ut.Entry("RasterDL", "Gone untranslated", "", "unfinished"),
    ]
    merged = ut.merge(messages, old)
    assert [(e.source, e.translation, e.kind) for e in merged] == [
        ("Raster {0} of {1}", "Raster {0} sur {1}", None),
        ("New", "", "unfinished"),
        ("Gone", "Parti", "vanished"),
    ]
    assert [e.source for e in ut.merge(messages, old, drop_obsolete=True)] == ["Raster {0} of {1}", "New"]

    path = ut.ts_path("fr", tmp_path)
    path.write_text(ut.render_ts("fr", merged, path), encoding="utf-8")
    assert [(e.source, e.translation, e.kind) for e in ut.read_ts(path)] == [
        (e.source, e.translation, e.kind) for e in merged
    ]
    errors = ut.check(messages, [], ["fr", "de"], tmp_path)
    assert len(errors) == 2
    assert "unfinished (algorithms/a.py:9) 'New'" in errors[0]
    assert errors[1].startswith("rasterdl_de.ts: missing")

    merged[0].translation = "Raster {0} sur {2}"
    merged[1].translation, merged[1].kind = "Nouveau", None
    path.write_text(ut.render_ts("fr", merged, path), encoding="utf-8")
    errors = ut.check(messages, [], ["fr"], tmp_path)
    assert len(errors) == 1 and "placeholders" in errors[0]


def test_placeholders_allow_reordering(ut):
    assert ut.placeholders("{} of {}") == ut.placeholders("{1} / {0}") == ["{0}", "{1}"]
    assert ut.placeholders("{0:.1f} s") != ut.placeholders("{0} s")
