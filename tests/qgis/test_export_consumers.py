"""Exports read back as their consumers read them: MultiLabeled_Tiles as arcgis.learn's reader takes
its labels (class names split on commas)."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tests.qgis.test_export_training_data import export, scene  # noqa: F401 (pytest fixture)


def test_multilabeled_tiles_name_the_classes(rasterdl_plugin, tmp_path: Path, scene):  # noqa: F811
    image, labels, _ = scene
    out = tmp_path / "multi"
    export(
        {
            "INPUT": str(image),
            "INPUT_CLASS_DATA": str(labels),
            "OUTPUT": str(out),
            "METADATA_FORMAT": 5,
            "STRIDE_X": 32,
        }
    )
    found = {}
    for path in sorted((out / "labels").glob("*.xml")):
        # What arcgis.learn's _get_multi_lbls does: the first object's name, split on commas.
        found[path.stem] = etree.parse(str(path)).getroot().find("object").findtext("name").split(",")
    assert found and set().union(*found.values()) == {"Tree", "Roof"}
    assert found["000000000"] == ["Tree"]
    assert any(names == ["Roof"] for names in found.values())
    assert any(sorted(names) == ["Roof", "Tree"] for names in found.values())
