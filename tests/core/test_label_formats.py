"""Label files: KITTI columns, PASCAL VOC as ArcGIS writes it, YOLO normalisation, COCO round trip."""

import json
import os
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from rasterdl.core.export.label_formats import (
    CocoWriter,
    kitti_line,
    voc_xml,
    write_atomic,
    write_kitti,
    write_labeled_tile,
    write_multilabeled_tile,
    write_voc,
    write_yolo,
    write_yolo_dataset_yaml,
    yolo_box_line,
    yolo_dataset_yaml,
    yolo_polygon_line,
)

TWO_DECIMALS = re.compile(r"^\d+\.\d{2}$")


def parse_voc(data: bytes) -> etree._Element:
    """Parse as an XML reader would; fails on anything not well-formed."""
    return etree.fromstring(data)


# --- KITTI ---------------------------------------------------------------------------------------------


def test_kitti_line_has_15_columns_numeric_class_and_box_in_columns_5_to_8():
    line = kitti_line(3, (31.854, 101.5, 256, 256.0))
    columns = line.split(" ")
    assert len(columns) == 15
    assert columns[0] == "3"
    assert columns[4:8] == ["31.85", "101.50", "256.00", "256.00"]
    assert columns[1:4] == ["0.00"] * 3 and columns[8:] == ["0.00"] * 7


def test_kitti_never_writes_negative_numbers():
    line = kitti_line(1, (-0.0, -1e-9, 0.0, 4))
    assert "-" not in line
    assert line.split()[4:8] == ["0.00", "0.00", "0.00", "4.00"]


@pytest.mark.parametrize("value", ["Palm", 1.5, -1, True, None])
def test_kitti_refuses_non_numeric_or_fractional_classes(value):
    with pytest.raises(ValueError):
        kitti_line(value, (0, 0, 1, 1))


def test_kitti_accepts_integral_floats_and_numpy_ints():
    assert kitti_line(2.0, (0, 0, 1, 1)).split()[0] == "2"
    assert kitti_line(np.int64(7), (0, 0, 1, 1)).split()[0] == "7"


@pytest.mark.parametrize("bbox", [(5, 0, 4, 1), (0, 0, float("nan"), 1), (0, 0, 1)])
def test_kitti_refuses_malformed_boxes(bbox):
    with pytest.raises(ValueError):
        kitti_line(1, bbox)


def test_write_kitti_one_line_per_object(tmp_path):
    path = write_kitti(tmp_path / "000000000.txt", [(1, (0, 0, 10, 10)), (2, (5.5, 6.25, 7, 8))])
    lines = path.read_text().splitlines()
    assert len(lines) == 2
    assert all(len(line.split()) == 15 for line in lines)
    assert lines[1].split()[:1] + lines[1].split()[4:8] == ["2", "5.50", "6.25", "7.00", "8.00"]


# --- PASCAL VOC ----------------------------------------------------------------------------------------


def test_voc_xml_is_well_formed_with_arcgis_structure():
    root = parse_voc(voc_xml("000000001.tif", 256, 128, 3, [(1, (31.854, 101.516, 300, 256))]))
    assert root.tag == "annotation"
    assert root.findtext("filename") == "000000001.tif"
    assert root.findtext("source/annotation") == "ESRI ArcGIS Pro"
    assert [root.findtext(f"size/{k}") for k in ("width", "height", "depth")] == ["256", "128", "3"]
    (obj,) = root.findall("object")
    assert obj.findtext("name") == "1"
    box = [obj.findtext(f"bndbox/{k}") for k in ("xmin", "ymin", "xmax", "ymax")]
    assert box == ["31.85", "101.52", "256.00", "128.00"]


def test_voc_names_are_numeric_values_and_coordinates_have_2_decimals():
    objects = [(1, (0, 0, 10, 10)), ("2", (1.005, 2, 3.333, 4.999)), (np.int32(17), (0.1, 0.2, 0.3, 0.4))]
    root = parse_voc(voc_xml("a.tif", 64, 64, 4, objects))
    assert [o.findtext("name") for o in root.iter("object")] == ["1", "2", "17"]
    for box in root.iter("bndbox"):
        assert [child.tag for child in box] == ["xmin", "ymin", "xmax", "ymax"]
        assert all(TWO_DECIMALS.match(child.text) for child in box)


def test_voc_refuses_class_names():
    with pytest.raises(ValueError):
        voc_xml("a.tif", 8, 8, 3, [("Palm", (0, 0, 1, 1))])


def test_voc_starts_with_xml_declaration_and_is_utf8(tmp_path):
    path = write_voc(tmp_path / "x.xml", "é.tif", 8, 8, 1, [])
    data = path.read_bytes()
    assert data.startswith(b'<?xml version="1.0"')
    assert parse_voc(data).findtext("filename") == "é.tif"
    assert parse_voc(data).findall("object") == []


def test_labeled_tile_has_one_object_with_the_chip_class(tmp_path):
    path = write_labeled_tile(tmp_path / "l.xml", "000000005.tif", 128, 128, 3, 4, (10, 12, 100, 90.5))
    root = parse_voc(path.read_bytes())
    (obj,) = root.findall("object")
    assert obj.findtext("name") == "4"
    assert obj.findtext("bndbox/ymax") == "90.50"


def test_multilabeled_tile_lists_names_in_the_first_object(tmp_path):
    path = write_multilabeled_tile(
        tmp_path / "m.xml", "c.tif", 64, 32, 3, ["tree", "building", "tree", "Dry grass"]
    )
    root = parse_voc(path.read_bytes())
    (obj,) = root.findall("object")
    # arcgis.learn's _get_multi_lbls: the first object's name split on commas gives the labels themselves
    assert obj.findtext("name").split(",") == ["tree", "building", "Dry grass"]
    assert [obj.findtext(f"bndbox/{k}") for k in ("xmin", "ymin", "xmax", "ymax")] == [
        "0.00",
        "0.00",
        "64.00",
        "32.00",
    ]


@pytest.mark.parametrize("name", ["a,b", " ", ""])
def test_multilabeled_tile_refuses_names_the_reader_would_split(tmp_path, name):
    with pytest.raises(ValueError, match="comma"):
        write_multilabeled_tile(tmp_path / "m.xml", "c.tif", 8, 8, 3, ["ok", name])
    assert not (tmp_path / "m.xml").exists()


def test_multilabeled_tile_needs_a_value(tmp_path):
    with pytest.raises(ValueError):
        write_multilabeled_tile(tmp_path / "m.xml", "c.tif", 8, 8, 3, [])


# --- YOLO ----------------------------------------------------------------------------------------------


def test_yolo_box_line_is_normalised_centre_and_size():
    assert yolo_box_line(0, (10, 20, 30, 60), 100, 200) == "0 0.200000 0.200000 0.200000 0.200000"


def test_yolo_box_line_clamps_to_the_chip():
    parts = yolo_box_line(2, (90, 0, 120, 10), 100, 100).split()
    assert parts[0] == "2"
    assert [float(v) for v in parts[1:]] == pytest.approx([0.95, 0.05, 0.1, 0.1])


@settings(max_examples=60, deadline=None)
@given(
    st.tuples(*[st.floats(0, 512, allow_nan=False)] * 4),
    st.integers(1, 512),
    st.integers(1, 512),
)
def test_yolo_box_values_stay_in_unit_range(corners, width, height):
    x0, y0, x1, y1 = corners
    bbox = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
    values = [float(v) for v in yolo_box_line(1, bbox, width, height).split()[1:]]
    assert all(0.0 <= v <= 1.0 for v in values)
    assert all(re.match(r"^\d\.\d{6}$", v) for v in yolo_box_line(1, bbox, width, height).split()[1:])


def test_yolo_polygon_line_drops_the_closing_vertex_and_normalises():
    ring = [(0, 0), (50, 0), (50, 100), (0, 0)]
    assert yolo_polygon_line(1, ring, 100, 200) == "1 0.000000 0.000000 0.500000 0.000000 0.500000 0.500000"


def test_yolo_polygon_needs_three_vertices():
    with pytest.raises(ValueError):
        yolo_polygon_line(0, [(0, 0), (1, 1), (0, 0)], 10, 10)


def test_write_yolo_and_dataset_yaml(tmp_path):
    yaml = pytest.importorskip("yaml")
    label = write_yolo(tmp_path / "000000000.txt", [yolo_box_line(0, (0, 0, 5, 5), 10, 10)])
    assert label.read_text() == "0 0.250000 0.250000 0.500000 0.500000\n"
    root = tmp_path / 'ex "port"\\dir'
    text = yolo_dataset_yaml(root, "images", ["Palm", "Tree: big", "été"])
    document = yaml.safe_load(text)
    assert document == {
        "path": str(root),
        "train": "images",
        "val": "images",
        "nc": 3,
        "names": {0: "Palm", 1: "Tree: big", 2: "été"},
    }
    path = write_yolo_dataset_yaml(tmp_path / "dataset.yaml", tmp_path, "images", [], val_dir="val")
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["val"] == "val"
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["names"] == {}


# --- COCO ----------------------------------------------------------------------------------------------


def test_coco_writer_records_images_annotations_and_categories(tmp_path):
    coco = CocoWriter([(1, "Palm"), (5, "House")])
    image = coco.add_image("images\\000000000.tif", 256, 256, image_id=0)
    square = [(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)]
    triangle = np.array([[20.0, 20.0], [30.0, 20.0], [20.0, 30.0]])
    first = coco.add_annotation(image, 5, polygons=[square, triangle])
    second = coco.add_annotation(image, 1, bbox=(1, 2, 4, 8))
    path = coco.write(tmp_path / "annotations.json")
    document = json.loads(path.read_text())
    assert set(document) >= {"images", "annotations", "categories", "info", "licenses"}
    assert document["images"] == [{"id": 0, "file_name": "images/000000000.tif", "width": 256, "height": 256}]
    assert document["categories"] == [
        {"id": 1, "name": "Palm", "supercategory": "none"},
        {"id": 5, "name": "House", "supercategory": "none"},
    ]
    one, two = document["annotations"]
    assert (one["id"], two["id"]) == (first, second) == (1, 2)
    assert one["category_id"] == 5 and one["image_id"] == 0 and one["iscrowd"] == 0
    assert one["bbox"] == [0.0, 0.0, 30.0, 30.0]
    assert one["area"] == pytest.approx(100 + 50)
    assert one["segmentation"] == [[0, 0, 10, 0, 10, 10, 0, 10], [20, 20, 30, 20, 20, 30]]
    assert two["bbox"] == [1.0, 2.0, 3.0, 6.0] and two["area"] == pytest.approx(18)
    assert two["segmentation"] == []
    assert all(isinstance(v, float) for v in one["bbox"])


def test_coco_load_continues_without_duplicating_ids(tmp_path):
    first = CocoWriter([(1, "Palm")])
    for index in range(3):
        image = first.add_image(f"images/{index:09d}.tif", 64, 64, image_id=index)
        first.add_annotation(image, 1, bbox=(0, 0, 5, 5))
    path = first.write(tmp_path / "annotations.json")

    again = CocoWriter.load(path)
    again.add_category(1, "ignored: known id keeps its name")
    again.add_category(2, "House")
    assert again.next_image_id == 3
    image = again.add_image("images/000000003.tif", 64, 64)
    again.add_annotation(image, 2, bbox=(1, 1, 2, 2))
    with pytest.raises(ValueError):
        again.add_image("images/000000001.tif", 64, 64, image_id=1)
    document = json.loads(again.write(path).read_text())
    assert [i["id"] for i in document["images"]] == [0, 1, 2, 3]
    ids = [a["id"] for a in document["annotations"]]
    assert ids == [1, 2, 3, 4] and len(set(ids)) == len(ids)
    assert [c["name"] for c in document["categories"]] == ["Palm", "House"]


def test_coco_refuses_unknown_image_or_category():
    coco = CocoWriter([(1, "Palm")])
    image = coco.add_image("images/000000000.tif", 8, 8)
    with pytest.raises(ValueError):
        coco.add_annotation(image + 1, 1, bbox=(0, 0, 1, 1))
    with pytest.raises(ValueError):
        coco.add_annotation(image, 9, bbox=(0, 0, 1, 1))
    with pytest.raises(ValueError):
        coco.add_annotation(image, 1)


def test_coco_load_refuses_other_json(tmp_path):
    path = tmp_path / "other.json"
    path.write_text('{"type": "FeatureCollection"}')
    with pytest.raises(ValueError):
        CocoWriter.load(path)


# --- atomic writes -------------------------------------------------------------------------------------


def test_write_atomic_leaves_old_file_when_interrupted(tmp_path, monkeypatch):
    target = tmp_path / "labels.txt"
    target.write_text("old")

    def broken_replace(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new")
    monkeypatch.undo()
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["labels.txt"]
    write_atomic(target, b"new", durable=True)
    assert target.read_text() == "new"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_write_atomic_gives_ordinary_permissions(tmp_path):
    umask = os.umask(0o022)
    try:
        path = write_atomic(tmp_path / "a.txt", "x")
    finally:
        os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o644
