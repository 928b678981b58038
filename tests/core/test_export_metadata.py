"""Export folder metadata: every key arcgis.learn needs, map.txt, stats.txt, continuation rules."""

import json
import os

import numpy as np
import pytest
from rasterdl.core.errors import RasterDLError
from rasterdl.core.export.metadata import (
    EMD_FILE,
    MAP_FILE,
    METADATA_MODES,
    STATS_FILE,
    WELL_KNOWN_KEY,
    ExportClass,
    ExportFolderError,
    ExportSummary,
    check_continuation,
    continued_classes,
    read_existing_export,
    well_known_band_names,
    write_accumulated_stats,
    write_export_metadata,
    write_map_txt,
    write_model_definition,
    write_stats_txt,
)
from rasterdl.core.export.statistics import BandStatistics, ClassPixelStatistics, FeatureStatistics

STATS_KEYS = {
    "Version",
    "NumBands",
    "TileSizeX",
    "TileSizeY",
    "NumClasses",
    "NumTiles",
    "NumTilesAsDouble",
    "NextTileIndex",
    "OutputFeatures",
    "MetaDataMode",
    "MinCellSize",
    "MaxCellSize",
    "Classes",
    "InputRastersProps",
    "BandStatsState",
}
EMD_KEYS = {
    "Framework",
    "ModelConfiguration",
    "ModelFile",
    "ImageHeight",
    "ImageWidth",
    "MetaDataMode",
    "BlackenAroundFeature",
    "CropTileMode",
    "ImageSpaceUsed",
    "IsMultidimensional",
    "MinCellSize",
    "MaxCellSize",
    "Classes",
    "InputRastersProps",
    "AllTilesStats",
    WELL_KNOWN_KEY,
}
CLASSES = [(1, "Palm", (0, 200, 0)), (4, "House", None)]


def summary_for(mode, **changes):
    options = {
        "metadata_mode": mode,
        "tile_size": (256, 128),
        "band_count": 3,
        "band_names": ["Red", "Green", "Blue"],
        "classes": [] if mode == "Export_Tiles" else CLASSES,
        "cell_size": (0.5, 0.5),
        "wkid": 32631,
    }
    options.update(changes)
    return ExportSummary(**options)


def band_stats(seed=0, chips=3):
    rng = np.random.default_rng(seed)
    stats = BandStatistics(3)
    for _ in range(chips):
        stats.update(rng.integers(0, 256, (3, 8, 8)).astype(np.uint8))
    return stats


def label_stats(mode):
    if mode == "Export_Tiles":
        return None
    if mode == "Classified_Tiles":
        stats = ClassPixelStatistics([1, 4])
        stats.add_chip(np.array([[0, 1], [4, 4]], np.uint8))
        return stats
    stats = FeatureStatistics([4, 1])
    stats.add_chip([1, 1, 4], [2.0, 3.0, 10.0])
    return stats


def write_folder(folder, mode, num_tiles=3, next_index=3, **changes):
    summary = summary_for(mode, **changes)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "images").mkdir(exist_ok=True)
    entries = []
    for index in range(num_tiles):
        image = f"images/{index:09d}.{summary.image_extension}"
        (folder / image).write_bytes(b"chip")
        label = None if summary.label_extension is None else f"labels/{index:09d}.{summary.label_extension}"
        entries.append((image, label))
    write_map_txt(folder, entries, append=False)
    write_export_metadata(folder, summary, band_stats(), label_stats(mode), num_tiles, next_index)
    return summary


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def first_two_column_line(path):
    """What prepare_data does: the first line of map.txt with at least two columns."""
    for line in path.read_text().splitlines():
        if len(line.split()) >= 2:
            return line.split()
    raise AssertionError("no line with two columns: prepare_data would hang")


@pytest.mark.parametrize("mode", METADATA_MODES)
def test_every_key_is_written_for_every_mode(tmp_path, mode):
    write_folder(tmp_path, mode)
    stats = load(tmp_path / STATS_FILE)
    emd = load(tmp_path / EMD_FILE)
    assert STATS_KEYS <= stats.keys()
    assert EMD_KEYS <= emd.keys()
    assert stats["MetaDataMode"] == emd["MetaDataMode"] == mode
    assert ("ClassPixelStats" in stats) == (mode == "Classified_Tiles")
    assert ("FeatureStats" in stats) == (mode != "Classified_Tiles")
    assert stats["Version"] == 1 and stats["NumBands"] == 3
    assert (stats["TileSizeX"], stats["TileSizeY"]) == (256, 128)
    assert (emd["ImageWidth"], emd["ImageHeight"]) == (256, 128)
    assert stats["NumTiles"] == 3 and stats["NumTilesAsDouble"] == 3.0 and stats["NextTileIndex"] == 3
    assert stats["OutputFeatures"] is (mode != "Export_Tiles")
    cell = {"x": 0.5, "y": 0.5, "spatialReference": {"wkid": 32631, "latestWkid": 32631}}
    assert stats["MinCellSize"] == stats["MaxCellSize"] == emd["MinCellSize"] == cell
    assert stats["InputRastersProps"] == {
        "RasterCount": 1,
        "SensorName": "",
        "BandNames": ["Red", "Green", "Blue"],
    }
    assert len(stats["BandStatsState"]) == len(emd["AllTilesStats"]) == 3
    assert all(set(s) == {"BandName", "Min", "Max", "Mean", "StdDev"} for s in emd["AllTilesStats"])
    assert [s["BandName"] for s in emd["AllTilesStats"]] == ["Red", "Green", "Blue"]
    assert emd[WELL_KNOWN_KEY] == ["Red", "Green", "Blue"]
    assert (tmp_path / "stats.txt").is_file()
    assert (tmp_path / STATS_FILE).read_text().startswith('{\n  "Version": 1,')


@pytest.mark.parametrize("mode", [m for m in METADATA_MODES if m != "Export_Tiles"])
def test_classes_have_int_values_names_and_colors(tmp_path, mode):
    write_folder(tmp_path, mode)
    emd = load(tmp_path / EMD_FILE)
    assert emd["Classes"] == [
        {"Value": 1, "Name": "Palm", "Color": [0, 200, 0]},
        {"Value": 4, "Name": "House", "Color": [-1, -1, -1]},
    ]
    assert all(type(c["Value"]) is int for c in emd["Classes"])
    stats = load(tmp_path / STATS_FILE)
    assert stats["NumClasses"] == 2
    assert stats["Classes"] == [
        {"ClassValue": 1, "ClassName": "Palm", "Color": [0, 200, 0]},
        {"ClassValue": 4, "ClassName": "House", "Color": [-1, -1, -1]},
    ]
    if mode == "Classified_Tiles":
        assert stats["ClassPixelStats"]["NumPixelsPerClass"] == [1, 2]
    else:
        assert stats["FeatureStats"]["NumFeaturesPerClass"] == [2, 1]


def test_export_tiles_has_no_classes_but_mergeable_feature_stats(tmp_path):
    write_folder(tmp_path, "Export_Tiles")
    stats = load(tmp_path / STATS_FILE)
    assert stats["Classes"] == [] and stats["NumClasses"] == 0
    assert (
        stats["FeatureStats"]["NumImagesPerClass"] == []
        and stats["FeatureStats"]["NumFeaturesPerClass"] == []
    )
    assert load(tmp_path / EMD_FILE)["Classes"] == []


@pytest.mark.parametrize("mode", METADATA_MODES)
def test_map_txt_first_line_has_two_columns_for_every_mode(tmp_path, mode):
    summary = write_folder(tmp_path, mode, num_tiles=2)
    image, label = first_two_column_line(tmp_path / MAP_FILE)
    assert image == "images\\000000000.tif"
    assert (tmp_path / image.replace("\\", os.sep)).is_file()
    expected = image if summary.label_extension is None else f"labels\\000000000.{summary.label_extension}"
    assert label == expected


def test_map_txt_append_and_validation(tmp_path):
    write_map_txt(tmp_path, [("images/000000000.png", "labels/000000000.xml")], append=False)
    write_map_txt(tmp_path, [("images\\000000001.png", "labels\\000000001.xml")], append=True)
    assert (tmp_path / MAP_FILE).read_text() == (
        "images\\000000000.png labels\\000000000.xml\nimages\\000000001.png labels\\000000001.xml\n"
    )
    write_map_txt(tmp_path, [("images/000000005.png", None)], append=False)
    assert (tmp_path / MAP_FILE).read_text() == "images\\000000005.png images\\000000005.png\n"
    with pytest.raises(ValueError):
        write_map_txt(tmp_path, [("images/a b.png", None)], append=True)


def test_stats_txt_for_features_and_pixels(tmp_path):
    summary = summary_for("KITTI_rectangles")
    text = write_stats_txt(tmp_path, summary, label_stats("KITTI_rectangles"), 482).read_text()
    lines = text.splitlines()
    assert lines[0] == "images = 482 *3*128*256"
    assert lines[1] == "features = 3"
    assert lines[2] == "features per image = [min = 3, mean = 3.00, max = 3]"
    assert lines[3] == "classes = 2"
    assert lines[4].split() == "cls name cls value images features min size mean size max size".split()
    assert lines[5].split() == ["Palm", "1", "1", "2", "2.00", "2.50", "3.00"]
    assert lines[6].split() == ["House", "4", "1", "1", "10.00", "10.00", "10.00"]

    raster = write_stats_txt(tmp_path, summary_for("Classified_Tiles"), label_stats("Classified_Tiles"), 1)
    lines = raster.read_text().splitlines()
    assert lines[1] == "pixels = 3"
    assert lines[2].startswith("classes per image = [min = 2")
    assert "pixels" in lines[4].split()


def test_summary_defaults_and_validation():
    summary = ExportSummary("YOLO", (64, 64), 2, classes=[(1, "a")], crop_mode="bounding_box")
    assert summary.band_names == ["Band_1", "Band_2"]
    assert summary.classes == [ExportClass(1, "a", None)]
    assert summary.label_extension == "txt"
    assert summary.crop_mode == "BOUNDING_BOX"
    with pytest.raises(ValueError):
        ExportSummary("Yolo", (64, 64), 2)
    with pytest.raises(ValueError):
        ExportSummary("YOLO", (64, 64), 2, band_names=["a"])
    with pytest.raises(ValueError):
        ExportSummary("YOLO", (64, 64), 2, classes=[(1, "a"), (1, "b")])
    with pytest.raises(ValueError):
        ExportSummary("YOLO", (64, 64), 2, image_space="IMAGE_SPACE")


def test_emd_settings_crs_without_wkid_and_extra_keys(tmp_path):
    summary = summary_for(
        "Labeled_Tiles",
        wkid=None,
        crs_wkt='LOCAL_CS["x"]',
        blacken_around_feature=True,
        crop_mode="BOUNDING_BOX",
        image_space="PIXEL_SPACE",
        extra_emd={"RotationAngle": 90},
        max_cell_size=(2.0, 2.0),
    )
    emd = load(write_model_definition(tmp_path, summary, None))
    assert emd["BlackenAroundFeature"] == 1 and emd["CropSizeFixed"] == 0
    assert emd["CropTileMode"] == "Bounding_Box" and emd["ImageSpaceUsed"] == "PIXEL_SPACE"
    assert emd["MinCellSize"]["spatialReference"] == {"wkt": 'LOCAL_CS["x"]'}
    assert emd["MaxCellSize"]["x"] == 2.0
    assert emd["RotationAngle"] == 90
    assert all(s["Min"] == 0 and s["StdDev"] == 0 for s in emd["AllTilesStats"])


def test_well_known_band_names_skip_generic_names():
    names = ["Band_1", "Red", "NearInfrared_1", "ShortWaveInfrared_2", "Alpha", "b4", "Coastal"]
    assert well_known_band_names(names) == ["Red", "NearInfrared_1", "ShortWaveInfrared_2", "Coastal"]


def test_stats_with_wrong_band_count_or_classes_are_refused(tmp_path):
    summary = summary_for("KITTI_rectangles")
    with pytest.raises(ValueError):
        write_accumulated_stats(tmp_path, summary, BandStatistics(2), None, 0, 0)
    with pytest.raises(ValueError):
        write_accumulated_stats(tmp_path, summary, None, FeatureStatistics([1, 9]), 0, 0)


# --- reading back and continuing -----------------------------------------------------------------------


def test_missing_or_empty_folder_holds_no_export(tmp_path):
    assert read_existing_export(tmp_path / "missing") is None
    assert read_existing_export(tmp_path) is None
    (tmp_path / "images").mkdir()
    assert read_existing_export(tmp_path) is None


def test_folder_with_files_but_no_export_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(ExportFolderError, match="no readable training-data export"):
        read_existing_export(tmp_path)
    (tmp_path / STATS_FILE).write_text('{"Version": 1,')
    with pytest.raises(ExportFolderError, match="cannot be read"):
        read_existing_export(tmp_path)
    (tmp_path / STATS_FILE).write_text('{"Version": 1}')
    with pytest.raises(ExportFolderError):
        read_existing_export(tmp_path)
    assert issubclass(ExportFolderError, RasterDLError)


def test_folder_in_another_format_is_refused(tmp_path):
    write_folder(tmp_path, "KITTI_rectangles")
    with pytest.raises(ExportFolderError) as error:
        read_existing_export(tmp_path, "PASCAL_VOC_rectangles")
    assert str(error.value) == (
        "The folder already holds a KITTI_rectangles export; "
        "choose an empty folder or the same metadata format to continue it"
    )
    existing = read_existing_export(tmp_path)
    with pytest.raises(ExportFolderError, match="already holds a KITTI_rectangles export"):
        check_continuation(existing, summary_for("YOLO"), 3)


@pytest.mark.parametrize("mode", ["PASCAL_VOC_rectangles", "Classified_Tiles", "Export_Tiles"])
def test_existing_export_is_read_back(tmp_path, mode):
    write_folder(tmp_path, mode, num_tiles=3, next_index=3)
    existing = read_existing_export(tmp_path, mode)
    assert existing.metadata_mode == mode
    assert existing.next_index == 3 and existing.num_tiles == 3
    assert existing.tile_size == (256, 128) and existing.band_count == 3
    assert existing.band_names == ["Red", "Green", "Blue"]
    assert existing.image_extension == "tif"
    assert existing.band_stats.to_state() == load(tmp_path / STATS_FILE)["BandStatsState"]
    if mode == "Export_Tiles":
        assert existing.classes == [] and existing.feature_stats is not None
    else:
        assert existing.classes == [ExportClass(1, "Palm", (0, 200, 0)), ExportClass(4, "House", None)]
        kind = ClassPixelStatistics if mode == "Classified_Tiles" else FeatureStatistics
        assert isinstance(existing.label_stats, kind)
        assert existing.label_stats.class_values == (1, 4)


def test_next_index_never_below_the_chips_on_disk(tmp_path):
    write_folder(tmp_path, "KITTI_rectangles", num_tiles=2, next_index=2)
    (tmp_path / "images" / "000000007.tif").write_bytes(b"chip")
    (tmp_path / "images" / "000000007.tfw").write_text("1")
    assert read_existing_export(tmp_path).next_index == 8
    stats = load(tmp_path / STATS_FILE)
    del stats["NextTileIndex"]
    (tmp_path / STATS_FILE).write_text(json.dumps(stats))
    assert read_existing_export(tmp_path).next_index == 8


def test_continuation_rules(tmp_path):
    write_folder(tmp_path, "KITTI_rectangles", num_tiles=3, next_index=3)
    existing = read_existing_export(tmp_path, "KITTI_rectangles")
    check_continuation(existing, summary_for("KITTI_rectangles"), 3)
    check_continuation(existing, summary_for("KITTI_rectangles"), 10)
    check_continuation(None, summary_for("KITTI_rectangles"), 0)
    with pytest.raises(ExportFolderError, match="up to 000000002; set START_INDEX to 3"):
        check_continuation(existing, summary_for("KITTI_rectangles"), 0)
    with pytest.raises(ExportFolderError, match="same tile size"):
        check_continuation(existing, summary_for("KITTI_rectangles", tile_size=(256, 256)), 3)
    with pytest.raises(ExportFolderError, match="same bands"):
        check_continuation(
            existing, summary_for("KITTI_rectangles", band_count=4, band_names=["a", "b", "c", "d"]), 3
        )
    with pytest.raises(ExportFolderError):
        check_continuation(None, summary_for("KITTI_rectangles"), -1)


def test_continued_export_merges_statistics_and_classes(tmp_path):
    write_folder(tmp_path, "PASCAL_VOC_rectangles", num_tiles=3, next_index=3)
    existing = read_existing_export(tmp_path, "PASCAL_VOC_rectangles")
    classes = continued_classes(existing, [(7, "Car", None), (1, "Renamed palm", None)])
    assert [(c.value, c.name) for c in classes] == [(1, "Palm"), (4, "House"), (7, "Car")]

    new_bands = band_stats(seed=1, chips=2)
    new_labels = FeatureStatistics([7, 1])
    new_labels.add_chip([7, 1], [1.0, 1.0])
    merged_bands = existing.band_stats.merge(new_bands)
    merged_labels = existing.label_stats.merge(new_labels)
    summary = summary_for("PASCAL_VOC_rectangles", classes=classes)
    write_map_txt(tmp_path, [("images/000000003.tif", "labels/000000003.xml")], append=True)
    write_export_metadata(tmp_path, summary, merged_bands, merged_labels, 4, 4)

    stats = load(tmp_path / STATS_FILE)
    assert stats["NumTiles"] == 4 and stats["NextTileIndex"] == 4 and stats["NumClasses"] == 3
    assert stats["FeatureStats"]["NumFeaturesPerClass"] == [3, 1, 1]
    assert stats["FeatureStats"]["NumImagesTotal"] == 2
    assert stats["BandStatsState"][0]["Num"] == 5 * 64
    whole = band_stats(0, 3).merge(band_stats(1, 2))
    assert stats["BandStatsState"] == whole.to_state()
    assert len((tmp_path / MAP_FILE).read_text().splitlines()) == 4


def test_metadata_writes_leave_no_temporary_files(tmp_path):
    write_folder(tmp_path, "RCNN_Masks")
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted([EMD_FILE, STATS_FILE, MAP_FILE, "stats.txt", "images"])
