"""Export Training Data For Deep Learning on real GeoTIFFs, read back with GDAL, lxml and json."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from lxml import etree
from osgeo import gdal, osr
from qgis.core import QgsProcessingException

from tests.qgis.conftest import run_qgis_process
from tests.qgis.rasters import CELL, ORIGIN, UTM, pixel_box_wkt, read_raster, write_polygons, write_raster
from tests.qgis.test_classify_pixels import CancelAfter

# Samples as pixel boxes (col0, row0, col1, row1) of the 200 x 160 test raster, with class values.
BOXES = [(10, 12, 40, 30), (70, 20, 90, 60), (150, 100, 190, 150)]
VALUES = [1, 2, 1]


@pytest.fixture()
def scene(tmp_path: Path):
    rng = np.random.default_rng(5)
    pixels = rng.integers(1, 255, size=(3, 160, 200), dtype=np.uint8)
    image = write_raster(tmp_path / "image.tif", pixels)
    labels = write_polygons(
        tmp_path / "labels.gpkg",
        [pixel_box_wkt(*b) for b in BOXES],
        fields={"Classvalue": VALUES, "Classname": ["Tree", "Roof", "Tree"]},
    )
    return image, labels, pixels


def export(params: dict, feedback=None) -> dict:
    import processing

    base = {"TILE_SIZE_X": 64, "TILE_SIZE_Y": 64, "STRIDE_X": 64, "STRIDE_Y": 64}
    return processing.run("rasterdl:exporttrainingdata", {**base, **params}, feedback=feedback)


def chip_origin(path: Path) -> tuple[int, int]:
    """Pixel origin (col, row) of a chip in the test raster, from its georeference."""
    gt = gdal.Open(str(path)).GetGeoTransform()
    return round((gt[0] - ORIGIN[0]) / CELL), round((ORIGIN[1] - gt[3]) / CELL)


def map_lines(folder: Path) -> list[list[str]]:
    return [line.split() for line in (folder / "map.txt").read_text().splitlines()]


def test_kitti_chips_equal_the_source_and_boxes_are_exact(rasterdl_plugin, tmp_path, scene):
    image, labels, pixels = scene
    out = tmp_path / "kitti"
    result = export({"INPUT": str(image), "INPUT_CLASS_DATA": str(labels), "OUTPUT": str(out)})
    chips = sorted((out / "images").glob("*.tif"))
    assert result["CHIP_COUNT"] == len(chips) > 0
    for chip in chips:
        data, ds = read_raster(chip)
        col, row = chip_origin(chip)
        np.testing.assert_array_equal(data, pixels[:, row : row + 64, col : col + 64])
        assert ds.GetGeoTransform()[1] == CELL and ds.GetSpatialRef().GetAuthorityCode(None) == str(UTM)
    origins = {chip_origin(c): c.stem for c in chips}
    # Origins step by 64; the last column of chips is flush with the right edge (200 - 64 = 136).
    assert {c for c, _ in origins} <= {0, 64, 128, 136} and (136, 96) in origins
    lines = (out / "labels" / f"{origins[(0, 0)]}.txt").read_text().splitlines()
    assert [line.split()[0] for line in lines] == ["1"]
    columns = lines[0].split()
    assert len(columns) == 15 and columns[4:8] == ["10.00", "12.00", "40.00", "30.00"]
    assert all(float(v) >= 0 for v in columns)
    first = map_lines(out)[0]
    assert first[0].startswith("images\\") and first[1].startswith("labels\\") and first[1].endswith(".txt")
    stats = json.loads((out / "esri_accumulated_stats.json").read_text())
    assert stats["MetaDataMode"] == "KITTI_rectangles" and stats["NumTiles"] == len(chips)
    assert stats["NumBands"] == 3 and stats["FeatureStats"]["NumFeaturesTotal"] == result["FEATURE_COUNT"]
    emd = json.loads((out / "esri_model_definition.emd").read_text())
    assert [(c["Value"], c["Name"]) for c in emd["Classes"]] == [(1, "Tree"), (2, "Roof")]
    assert all("Color" in c for c in emd["Classes"])


def test_pascal_voc_xml_has_numeric_names_and_clipped_boxes(rasterdl_plugin, tmp_path, scene):
    image, labels, _ = scene
    out = tmp_path / "voc"
    export(
        {
            "INPUT": str(image),
            "INPUT_CLASS_DATA": str(labels),
            "OUTPUT": str(out),
            "METADATA_FORMAT": 1,
            "IMAGE_CHIP_FORMAT": 1,
        }
    )
    chips = {chip_origin(p): p for p in (out / "images").glob("*.png")}
    stem = chips[(64, 0)].stem
    root = etree.parse(str(out / "labels" / f"{stem}.xml")).getroot()
    assert root.tag == "annotation" and root.findtext("filename") == f"{stem}.png"
    boxes = [
        (o.findtext("name"), [o.findtext(f"bndbox/{k}") for k in ("xmin", "ymin", "xmax", "ymax")])
        for o in root.findall("object")
    ]
    assert boxes == [("2", ["6.00", "20.00", "26.00", "60.00"])]
    assert (out / "images" / f"{stem}.pgw").read_text().splitlines()[
        4
    ] == f"{ORIGIN[0] + 64 * CELL + CELL / 2:.10f}"
    assert (
        "PROJCS" in (out / "images" / f"{stem}.png.aux.xml").read_text()
        or "PROJCRS" in (out / "images" / f"{stem}.png.aux.xml").read_text()
    )


def test_classified_tiles_rasterise_by_pixel_centre(rasterdl_plugin, tmp_path, scene):
    image, labels, _ = scene
    out = tmp_path / "classified"
    export({"INPUT": str(image), "INPUT_CLASS_DATA": str(labels), "OUTPUT": str(out), "METADATA_FORMAT": 2})
    chips = {chip_origin(p): p.stem for p in (out / "images").glob("*.tif")}
    label, _ = read_raster(out / "labels" / f"{chips[(0, 0)]}.tif")
    expected = np.zeros((64, 64), dtype=np.uint8)
    expected[12:30, 10:40] = 1
    expected[20:60, 70 - 64 + 64 :] = 0
    expected[20:60, 70:64] = 2
    np.testing.assert_array_equal(label[0], expected)
    label, _ = read_raster(out / "labels" / f"{chips[(64, 0)]}.tif")
    assert (label[0, 20:60, 6:26] == 2).all() and label[0].sum() == 2 * 40 * 20


def test_png_chips_keep_their_class_tiles_in_geotiff(rasterdl_plugin, tmp_path, scene):
    image, labels, pixels = scene
    out = tmp_path / "classified_png"
    export(
        {
            "INPUT": str(image),
            "INPUT_CLASS_DATA": str(labels),
            "OUTPUT": str(out),
            "METADATA_FORMAT": 2,
            "IMAGE_CHIP_FORMAT": 1,
        }
    )
    chips = {chip_origin(p): p for p in (out / "images").glob("*.png")}
    assert chips and not list((out / "images").glob("*.tif"))
    chip = gdal.Open(str(chips[(0, 0)]))
    assert chip.GetDriver().ShortName == "PNG"
    np.testing.assert_array_equal(chip.ReadAsArray(), pixels[:, :64, :64])
    label = gdal.Open(str(out / "labels" / f"{chips[(0, 0)].stem}.tif"))
    assert label.GetDriver().ShortName == "GTiff"
    assert (label.ReadAsArray()[12:30, 10:40] == 1).all()
    assert label.GetGeoTransform() == gdal.Open(str(image)).GetGeoTransform()


def test_rcnn_masks_give_each_instance_its_own_value(rasterdl_plugin, tmp_path):
    pixels = np.full((3, 80, 80), 100, dtype=np.uint8)
    image = write_raster(tmp_path / "image.tif", pixels)
    labels = write_polygons(
        tmp_path / "l.gpkg",
        [pixel_box_wkt(5, 5, 20, 20), pixel_box_wkt(30, 30, 50, 40)],
        fields={"value": [3, 3], "Classname": ["Car", "Car"]},
    )
    out = tmp_path / "rcnn"
    export(
        {
            "INPUT": str(image),
            "INPUT_CLASS_DATA": str(labels),
            "OUTPUT": str(out),
            "METADATA_FORMAT": 3,
            "TILE_SIZE_X": 80,
            "TILE_SIZE_Y": 80,
        }
    )
    mask, _ = read_raster(out / "labels" / "Car" / "000000000.tif")
    assert sorted(np.unique(mask)) == [0, 1, 2]
    assert (mask[0, 5:20, 5:20] != 0).all() and (mask[0, 30:40, 30:50] != 0).all()
    assert mask[0, 10, 10] != mask[0, 35, 40]


def test_labeled_tiles_fixed_and_bounding_box_with_blackening(rasterdl_plugin, tmp_path, scene):
    image, labels, pixels = scene
    out = tmp_path / "labeled"
    export(
        {
            "INPUT": str(image),
            "INPUT_CLASS_DATA": str(labels),
            "OUTPUT": str(out),
            "METADATA_FORMAT": 4,
            "TILE_SIZE_X": 32,
            "TILE_SIZE_Y": 32,
        }
    )
    chips = sorted((out / "images").glob("*.tif"))
    assert len(chips) == 3
    names = [
        etree.parse(str(out / "labels" / f"{c.stem}.xml")).getroot().findtext("object/name") for c in chips
    ]
    assert names == ["1", "2", "1"]
    col, row = chip_origin(chips[1])
    assert (col + 16, row + 16) == (80, 40)
    out_bb = tmp_path / "labeled_bb"
    export(
        {
            "INPUT": str(image),
            "INPUT_CLASS_DATA": str(labels),
            "OUTPUT": str(out_bb),
            "METADATA_FORMAT": 4,
            "CROP_MODE": 1,
            "BLACKEN_AROUND_FEATURE": True,
        }
    )
    data, ds = read_raster(out_bb / "images" / "000000000.tif")
    assert (ds.RasterXSize, ds.RasterYSize) == (30, 18)
    np.testing.assert_array_equal(data, pixels[:, 12:30, 10:40])


def test_mask_polygons_keep_only_chips_inside(rasterdl_plugin, tmp_path, scene):
    image, labels, _ = scene
    mask = write_polygons(tmp_path / "mask.gpkg", [pixel_box_wkt(0, 0, 130, 70)])
    out = tmp_path / "masked"
    export(
        {
            "INPUT": str(image),
            "INPUT_CLASS_DATA": str(labels),
            "OUTPUT": str(out),
            "MASK_POLYGONS": str(mask),
            "OUTPUT_NOFEATURE_TILES": True,
        }
    )
    assert sorted(chip_origin(p) for p in (out / "images").glob("*.tif")) == [(0, 0), (64, 0)]


def test_rotation_writes_rotated_chips_with_rotated_labels(rasterdl_plugin, tmp_path):
    pixels = np.full((3, 200, 200), 50, dtype=np.uint8)
    pixels[:, 90:100, 100:120] = 250
    image = write_raster(tmp_path / "image.tif", pixels)
    labels = write_polygons(tmp_path / "l.gpkg", [pixel_box_wkt(100, 90, 120, 100)])
    out2 = tmp_path / "rotated2"
    mask = write_polygons(tmp_path / "m.gpkg", [pixel_box_wkt(70, 60, 150, 130)])
    result = export(
        {
            "INPUT": str(image),
            "INPUT_CLASS_DATA": str(labels),
            "OUTPUT": str(out2),
            "TILE_SIZE_X": 40,
            "TILE_SIZE_Y": 40,
            "STRIDE_X": 10,
            "STRIDE_Y": 10,
            "ROTATION_ANGLE": 90,
            "MASK_POLYGONS": str(mask),
        }
    )
    chips = sorted((out2 / "images").glob("*.tif"))
    assert result["CHIP_COUNT"] == len(chips) and len(chips) % 4 == 0 and chips
    for chip in chips:
        data, _ = read_raster(chip)
        line = (out2 / "labels" / f"{chip.stem}.txt").read_text().split()
        x0, y0, x1, y1 = (round(float(v)) for v in line[4:8])
        assert (data[0, y0:y1, x0:x1] == 250).all()
        assert (data[0] == 250).sum() == (x1 - x0) * (y1 - y0)


def test_start_index_appends_and_merges_statistics(rasterdl_plugin, tmp_path, scene):
    image, labels, _ = scene
    out = tmp_path / "append"
    first = export({"INPUT": str(image), "INPUT_CLASS_DATA": str(labels), "OUTPUT": str(out)})
    with pytest.raises(QgsProcessingException, match="START_INDEX"):
        export({"INPUT": str(image), "INPUT_CLASS_DATA": str(labels), "OUTPUT": str(out)})
    n = first["CHIP_COUNT"]
    second = export(
        {"INPUT": str(image), "INPUT_CLASS_DATA": str(labels), "OUTPUT": str(out), "START_INDEX": n}
    )
    assert len(list((out / "images").glob("*.tif"))) == 2 * n == second["CHIP_COUNT"] * 2
    stats = json.loads((out / "esri_accumulated_stats.json").read_text())
    assert stats["NumTiles"] == 2 * n and stats["NextTileIndex"] == 2 * n
    assert stats["BandStatsState"][0]["Num"] == 2 * n * 64 * 64
    assert len(map_lines(out)) == 2 * n and map_lines(out)[n][0] == f"images\\{n:09d}.tif"
    with pytest.raises(QgsProcessingException, match="KITTI_rectangles"):
        export(
            {
                "INPUT": str(image),
                "INPUT_CLASS_DATA": str(labels),
                "OUTPUT": str(out),
                "METADATA_FORMAT": 1,
                "START_INDEX": 2 * n,
            }
        )


def test_labels_in_another_crs_are_reprojected(rasterdl_plugin, tmp_path, scene):
    image, _, _ = scene
    utm, wgs = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(UTM)
    wgs.ImportFromEPSG(4326)
    for srs in (utm, wgs):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(utm, wgs)
    col0, row0, col1, row1 = BOXES[0]
    corners = [
        (ORIGIN[0] + c * CELL, ORIGIN[1] - r * CELL)
        for c, r in ((col0, row0), (col1, row0), (col1, row1), (col0, row1))
    ]
    ring = ",".join(f"{x} {y}" for x, y, _ in (transform.TransformPoint(*p) for p in corners + corners[:1]))
    labels = write_polygons(tmp_path / "wgs.gpkg", [f"POLYGON(({ring}))"], epsg=4326)
    out = tmp_path / "crs"
    export({"INPUT": str(image), "INPUT_CLASS_DATA": str(labels), "OUTPUT": str(out)})
    line = (out / "labels" / "000000000.txt").read_text().split()
    assert [abs(float(a) - b) < 0.05 for a, b in zip(line[4:8], (10, 12, 40, 30))] == [True] * 4


def test_raster_class_data_and_nodata(rasterdl_plugin, tmp_path):
    pixels = np.full((3, 64, 128), 120, dtype=np.uint8)
    pixels[:, :, 64:] = 0
    image = write_raster(tmp_path / "image.tif", pixels, nodata=0)
    classes = np.zeros((1, 64, 128), dtype=np.uint8)
    classes[0, 10:20, 5:30] = 4
    class_raster = write_raster(tmp_path / "classes.tif", classes)
    out = tmp_path / "raster_labels"
    result = export(
        {
            "INPUT": str(image),
            "INPUT_CLASS_RASTER": str(class_raster),
            "OUTPUT": str(out),
            "METADATA_FORMAT": 2,
            "OUTPUT_NOFEATURE_TILES": True,
        }
    )
    assert result["CHIP_COUNT"] == 1
    label, _ = read_raster(out / "labels" / "000000000.tif")
    np.testing.assert_array_equal(label, classes[:, :, :64])
    stats = json.loads((out / "esri_accumulated_stats.json").read_text())
    assert stats["ClassPixelStats"]["NumPixelsPerClass"] == [250]


def test_multiple_inputs_share_one_sequence(rasterdl_plugin, tmp_path, scene):
    image, labels, pixels = scene
    second = write_raster(tmp_path / "second.tif", pixels[:, :, ::-1].copy())
    out = tmp_path / "multi"
    single = export({"INPUT": str(image), "INPUT_CLASS_DATA": str(labels), "OUTPUT": str(tmp_path / "one")})
    both = export(
        {
            "INPUT": str(image),
            "MORE_INPUTS": [str(second)],
            "PROCESSING_MODE": 1,
            "INPUT_CLASS_DATA": str(labels),
            "OUTPUT": str(out),
        }
    )
    assert both["CHIP_COUNT"] > single["CHIP_COUNT"]
    stems = sorted(p.stem for p in (out / "images").glob("*.tif"))
    assert stems == [f"{i:09d}" for i in range(both["CHIP_COUNT"])]


def test_coco_and_yolo_files(rasterdl_plugin, tmp_path, scene):
    image, labels, _ = scene
    coco_out, yolo_out = tmp_path / "coco", tmp_path / "yolo"
    export(
        {"INPUT": str(image), "INPUT_CLASS_DATA": str(labels), "OUTPUT": str(coco_out), "METADATA_FORMAT": 7}
    )
    coco = json.loads((coco_out / "annotations.json").read_text())
    files = {img["id"]: img["file_name"] for img in coco["images"]}
    assert all((coco_out / name).exists() for name in files.values())
    first = next(a for a in coco["annotations"] if files[a["image_id"]].endswith("000000000.tif"))
    assert first["bbox"] == [10.0, 12.0, 30.0, 18.0] and first["category_id"] == 1 and first["iscrowd"] == 0
    assert {c["id"]: c["name"] for c in coco["categories"]} == {1: "Tree", 2: "Roof"}
    export(
        {"INPUT": str(image), "INPUT_CLASS_DATA": str(labels), "OUTPUT": str(yolo_out), "METADATA_FORMAT": 8}
    )
    yaml_text = (yolo_out / "dataset.yaml").read_text()
    assert '0: "Tree"' in yaml_text and '1: "Roof"' in yaml_text
    rows = [
        list(map(float, line.split()))
        for line in (yolo_out / "labels" / "000000000.txt").read_text().splitlines()
    ]
    assert rows[0][0] == 0 and all(0 <= v <= 1 for v in rows[0][1:]) and len(rows[0]) >= 7
    xs, ys = rows[0][1::2], rows[0][2::2]
    assert (min(xs) * 64, min(ys) * 64, max(xs) * 64, max(ys) * 64) == pytest.approx(
        (10, 12, 40, 30), abs=1e-3
    )


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"TILE_SIZE_X": 0}, "tile"),
        ({"STRIDE_Y": -1}, "stride"),
        ({"TILE_SIZE_X": 500}, "larger than the raster"),
        ({"IMAGE_CHIP_FORMAT": 1, "BANDS": [1, 2, 3, 1]}, "at most 3 bands"),
        ({"INPUT_CLASS_DATA": None}, "class data"),
    ],
)
def test_bad_parameters_are_refused(rasterdl_plugin, tmp_path, scene, params, message):
    image, labels, _ = scene
    out = tmp_path / "bad"
    with pytest.raises(QgsProcessingException, match=message):
        export({"INPUT": str(image), "INPUT_CLASS_DATA": str(labels), "OUTPUT": str(out), **params})
    assert not out.exists() or not any(out.iterdir())


def test_jpeg_refuses_16_bit_imagery(rasterdl_plugin, tmp_path, scene):
    _, labels, _ = scene
    deep = write_raster(tmp_path / "deep.tif", np.full((3, 160, 200), 4000, dtype=np.uint16))
    with pytest.raises(QgsProcessingException, match="8-bit"):
        export(
            {
                "INPUT": str(deep),
                "INPUT_CLASS_DATA": str(labels),
                "OUTPUT": str(tmp_path / "j"),
                "IMAGE_CHIP_FORMAT": 2,
            }
        )
    out = tmp_path / "png16"
    export({"INPUT": str(deep), "INPUT_CLASS_DATA": str(labels), "OUTPUT": str(out), "IMAGE_CHIP_FORMAT": 1})
    data, ds = read_raster(out / "images" / "000000000.png")
    assert ds.GetRasterBand(1).DataType == gdal.GDT_UInt16 and (data == 4000).all()


def test_bad_label_data_is_refused(rasterdl_plugin, tmp_path, scene):
    image, _, _ = scene
    far = write_polygons(tmp_path / "far.gpkg", [pixel_box_wkt(5000, 5000, 5010, 5010)])
    with pytest.raises(QgsProcessingException, match="overlaps"):
        export({"INPUT": str(image), "INPUT_CLASS_DATA": str(far), "OUTPUT": str(tmp_path / "a")})
    text = write_polygons(tmp_path / "text.gpkg", [pixel_box_wkt(1, 1, 9, 9)], fields={"value": ["tree"]})
    with pytest.raises(QgsProcessingException, match="not a whole number"):
        export({"INPUT": str(image), "INPUT_CLASS_DATA": str(text), "OUTPUT": str(tmp_path / "b")})
    empty = write_polygons(tmp_path / "empty.gpkg", [])
    with pytest.raises(QgsProcessingException, match="no feature"):
        export({"INPUT": str(image), "INPUT_CLASS_DATA": str(empty), "OUTPUT": str(tmp_path / "c")})


def test_unwritable_output_folder(rasterdl_plugin, tmp_path, scene):
    image, labels, _ = scene
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(QgsProcessingException, match="folder"):
        export({"INPUT": str(image), "INPUT_CLASS_DATA": str(labels), "OUTPUT": str(blocker / "out")})


def test_cancel_leaves_a_consistent_folder(rasterdl_plugin, tmp_path):
    pixels = np.random.default_rng(2).integers(1, 255, size=(3, 400, 400), dtype=np.uint8)
    image = write_raster(tmp_path / "image.tif", pixels)
    labels = write_polygons(tmp_path / "l.gpkg", [pixel_box_wkt(0, 0, 400, 400)])
    out = tmp_path / "cancelled"
    with pytest.raises(QgsProcessingException, match="Cancel"):
        export(
            {
                "INPUT": str(image),
                "INPUT_CLASS_DATA": str(labels),
                "OUTPUT": str(out),
                "TILE_SIZE_X": 16,
                "TILE_SIZE_Y": 16,
                "STRIDE_X": 16,
                "STRIDE_Y": 16,
            },
            feedback=CancelAfter(30),
        )
    chips = sorted(p.stem for p in (out / "images").glob("*.tif"))
    assert 0 < len(chips) < 625
    assert [line[0] for line in map_lines(out)] == [f"images\\{s}.tif" for s in chips]
    assert sorted(p.stem for p in (out / "labels").glob("*.txt")) == chips
    stats = json.loads((out / "esri_accumulated_stats.json").read_text())
    assert stats["NumTiles"] == len(chips)


def test_qgis_process_export(tmp_path, scene):
    image, labels, _ = scene
    out = tmp_path / "cli"
    done = run_qgis_process(
        "run",
        "rasterdl:exporttrainingdata",
        "--",
        f"INPUT={image}",
        f"INPUT_CLASS_DATA={labels}",
        f"OUTPUT={out}",
        "METADATA_FORMAT=1",
        "TILE_SIZE_X=64",
        "TILE_SIZE_Y=64",
        "STRIDE_X=64",
        "STRIDE_Y=64",
        profile=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert len(list((out / "labels").glob("*.xml"))) == len(list((out / "images").glob("*.tif"))) > 0


def test_web_xyz_layer_is_read_as_rgb(rasterdl_plugin, tmp_path):
    """An XYZ tile layer (web layer) exports RGB chips close to the source it was tiled from."""
    from qgis.core import QgsRasterLayer

    from tests.qgis.rasters import write_xyz_tiles

    source = Path(__file__).resolve().parents[2] / "data" / "sample" / "OSBS_029.tif"
    mercator = tmp_path / "mercator.tif"
    gdal.Warp(str(mercator), str(source), dstSRS="EPSG:3857", xRes=0.25, yRes=0.25)
    layer = QgsRasterLayer(write_xyz_tiles(mercator, tmp_path / "tiles"), "xyz", "wms")
    assert layer.isValid()
    ds = gdal.Open(str(mercator))
    gt = ds.GetGeoTransform()
    x0, y1 = gt[0] + 20 * 0.25, gt[3] - 20 * 0.25
    extent = f"{x0},{x0 + 64 * 0.25},{y1 - 64 * 0.25},{y1} [EPSG:3857]"
    out = tmp_path / "web"
    with pytest.raises(QgsProcessingException, match="extent"):
        export({"INPUT": layer, "OUTPUT": str(tmp_path / "noextent"), "METADATA_FORMAT": 6})
    result = export(
        {
            "INPUT": layer,
            "OUTPUT": str(out),
            "METADATA_FORMAT": 6,
            "EXTENT": extent,
            "CELL_SIZE": 0.25,
            "TILE_SIZE_X": 64,
            "TILE_SIZE_Y": 64,
        }
    )
    assert result["CHIP_COUNT"] == 1
    chip, chip_ds = read_raster(out / "images" / "000000000.tif")
    assert chip.shape == (3, 64, 64) and chip_ds.GetGeoTransform()[0] == pytest.approx(x0)
    reference = ds.ReadAsArray(20, 20, 64, 64)[:3].astype(float)
    # Tiles are resampled (zoom 19 is 0.3 m), so compare the picture, not the pixels.
    assert np.corrcoef(chip.astype(float).ravel(), reference.ravel())[0, 1] > 0.7
    assert np.abs(chip.mean(axis=(1, 2)) - reference.mean(axis=(1, 2))).max() < 10
