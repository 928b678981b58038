"""The plugin loads, registers one provider, unloads, and translates."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QSettings


def _provider_count() -> int:
    registry = QgsApplication.processingRegistry()
    return sum(1 for p in registry.providers() if p.id() == "rasterdl")


def test_init_processing_twice_registers_one_provider(qgis_processing):
    import rasterdl

    plugin = rasterdl.classFactory(None)
    plugin.initProcessing()
    plugin.initProcessing()
    assert _provider_count() == 1
    provider = QgsApplication.processingRegistry().providerById("rasterdl")
    assert provider.name() == "Raster Deep Learning"
    assert provider.algorithm("modelinfo") is not None
    plugin.unload()
    assert _provider_count() == 0


def test_second_plugin_instance_reuses_the_registered_provider(qgis_processing):
    import rasterdl

    first = rasterdl.classFactory(None)
    first.initProcessing()
    second = rasterdl.classFactory(None)
    second.initProcessing()
    assert _provider_count() == 1
    first.unload()
    assert _provider_count() == 0
    second.unload()


def test_french_locale_translates_the_provider_name(qgis_processing):
    import rasterdl

    settings = QSettings()
    saved = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_FR")
    try:
        plugin = rasterdl.classFactory(None)
        plugin.initProcessing()
        provider = QgsApplication.processingRegistry().providerById("rasterdl")
        assert provider.name() == "Apprentissage profond raster"
        assert provider.algorithm("modelinfo").displayName().startswith("Interroger")
        plugin.unload()
        assert QCoreApplication.translate("RasterDeepLearningProvider", "Raster Deep Learning") == (
            "Raster Deep Learning"
        )
    finally:
        for key, value in zip(("locale/overrideFlag", "locale/userLocale"), saved):
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)


@pytest.mark.parametrize(
    ("translation", "override", "expected"), [("fr", "en_US", "fr"), ("", "fr_FR", "fr")]
)
def test_locale_follows_the_language_qgis_runs_with(qgis_processing, translation, override, expected):
    """``qgis --lang fr`` sets the translation, which wins over the locale settings; else they count."""
    from rasterdl.plugin import user_locale

    settings = QSettings()
    saved = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    before = QgsApplication.instance().translation()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", override)
    QgsApplication.setTranslation(translation)
    plugin = None
    try:
        assert user_locale() == expected
        import rasterdl

        plugin = rasterdl.classFactory(None)
        plugin.initProcessing()
        provider = QgsApplication.processingRegistry().providerById("rasterdl")
        assert provider.name() == "Apprentissage profond raster"
    finally:
        if plugin is not None:
            plugin.unload()
        QgsApplication.setTranslation(before)
        for key, value in zip(("locale/overrideFlag", "locale/userLocale"), saved):
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)


def test_every_tool_has_its_own_icon_and_sits_directly_under_the_provider(qgis_processing):
    from qgis.PyQt.QtGui import QImage
    from rasterdl.algorithms import all_algorithms

    tools = all_algorithms()
    icons = {tool.name(): tool.svgIconPath() for tool in tools}
    assert len(set(icons.values())) == len(tools)
    for name, path in icons.items():
        assert not QImage(path).isNull(), f"{name}: {path} is not a readable image"
        assert not path.endswith("rasterdl.svg")
    assert {(tool.group(), tool.groupId()) for tool in tools} == {("", "")}
    names = [tool.displayName() for tool in tools]
    assert all(word[:1].isupper() for name in names for word in name.split() if len(word) > 3), names
