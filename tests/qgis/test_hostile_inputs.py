"""Hostile inputs through ``scripts/qgis_process`` for every tool (issue 13).

Every case runs the real command line in a fresh copy of a folder of inputs
(good, broken and tricky files) and checks what a user sees: the exit code,
one clear error line (no Python traceback, no bare "."), which files exist
afterwards, and that every input and pre-existing file kept its bytes (md5).
The cases run two at a time, each worker with its own QGIS profile.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import re
import shutil
import subprocess
import threading
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

from tests.onnx_models import mean_brightness_classifier, scale_model
from tests.qgis.conftest import QGIS_PROCESS
from tests.qgis.rasters import ORIGIN, pixel_box_wkt, write_polygons, write_raster
from tests.qgis.test_classify_pixels import identity_stats, threshold_model
from tests.qgis.test_detect_objects import detector


@dataclass(frozen=True)
class Case:
    """One hostile run: its parameters, exit code, error pattern, and the files it may create or replace."""

    name: str
    tool: str
    params: dict
    code: int = 1
    message: str = ""
    created: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    warning: str = ""
    extra: tuple[str, ...] = ()


CP = {"INPUT": "image.tif", "MODEL": "threshold.emd", "OUTPUT": "out.tif"}
CO = {"INPUT": "image.tif", "MODEL": "brightness.emd", "INPUT_FEATURES": "parcels.gpkg", "OUTPUT": "out.gpkg"}
DO = {"INPUT": "image.tif", "MODEL": "detector.emd", "OUTPUT": "out.gpkg"}
EX = {
    "INPUT": "image.tif",
    "INPUT_CLASS_DATA": "labels.gpkg",
    "OUTPUT": "chips",
    "TILE_SIZE_X": "32",
    "TILE_SIZE_Y": "32",
    "STRIDE_X": "32",
    "STRIDE_Y": "32",
}
MI = {"MODEL": "threshold.emd"}
CHIPS = ("chips", "chips/*")
RASTER_OUT = ("out.tif", "out.tif.aux.xml", "out.qml")
STALE = ".out.rdl999999999-0badf00d.partial.tif"
MODEL_ERRORS = {
    "missing": ("missing.emd", r"missing\.emd"),
    "broken JSON": ("broken.emd", r"broken\.emd"),
    "ModelFile missing": ("nomodel.emd", r"absent\.onnx.* does not exist"),
    "text as .onnx": ("fake.onnx", r"fake\.onnx"),
    "ModelFile escapes the .dlpk": ("escape.dlpk", r"points outside the package"),
    "zip slip .dlpk": ("slip.dlpk", r"slip\.dlpk"),
    "not a zip .dlpk": ("notzip.dlpk", r"notzip\.dlpk"),
    "JSON without ModelType": ('{"ModelFile": "threshold.onnx"}', r"ModelType|model type"),
}


def model_cases(tool: str, base: dict, wrong_type: str, wrong_pattern: str) -> list[Case]:
    cases = [
        Case(f"{tool}: model {what}", tool, {**base, "MODEL": model}, message=pattern)
        for what, (model, pattern) in MODEL_ERRORS.items()
    ]
    cases.append(
        Case(f"{tool}: model of another type", tool, {**base, "MODEL": wrong_type}, message=wrong_pattern)
    )
    return cases


CASES: list[Case] = [
    # Classify pixels: outputs that would destroy data.
    Case(
        "CP: OUTPUT is INPUT", "classifypixels", {**CP, "OUTPUT": "image.tif"}, message="is the input INPUT"
    ),
    Case(
        "CP: OUTPUT is INPUT through ../",
        "classifypixels",
        {**CP, "OUTPUT": "sub/../image.tif"},
        message="is the input INPUT",
    ),
    Case(
        "CP: OUTPUT is a link to INPUT",
        "classifypixels",
        {**CP, "OUTPUT": "link.tif"},
        message="is the input",
    ),
    Case(
        "CP: OUTPUT_PROBABILITIES is INPUT",
        "classifypixels",
        {**CP, "OUTPUT_PROBABILITIES": "image.tif"},
        message="OUTPUT_PROBABILITIES .* is the input INPUT",
    ),
    Case(
        "CP: OUTPUT is MORE_INPUTS",
        "classifypixels",
        {**CP, "MORE_INPUTS": "right.tif", "OUTPUT": "right.tif"},
        message="is the input MORE_INPUTS",
    ),
    Case(
        "CP: OUTPUT = OUTPUT_PROBABILITIES",
        "classifypixels",
        {**CP, "OUTPUT_PROBABILITIES": "out.tif"},
        message="OUTPUT and OUTPUT_PROBABILITIES are both",
    ),
    Case(
        "CP: probabilities into an existing JPEG",
        "classifypixels",
        {**CP, "OUTPUT_PROBABILITIES": "photo.jpg"},
        message=r"photo\.jpg' is a JPEG file, which cannot hold 2 band",
    ),
    Case(
        "CP: an unknown output extension",
        "classifypixels",
        {**CP, "OUTPUT": "out.qqq"},
        message=r"No raster format writes '\.qqq' files",
    ),
    Case(
        "CP: OUTPUT in /proc",
        "classifypixels",
        {**CP, "OUTPUT": "/proc/out.tif"},
        message="cannot be written",
    ),
    Case(
        "CP: OUTPUT is a folder",
        "classifypixels",
        {**CP, "OUTPUT": "afolder.tif"},
        message="is a folder",
    ),
    # Classify pixels: broken or tricky inputs.
    Case(
        "CP: truncated GeoTIFF",
        "classifypixels",
        {**CP, "INPUT": "truncated.tif"},
        message=r"truncated\.tif.*damaged or incomplete",
    ),
    Case(
        "CP: text file named .tif", "classifypixels", {**CP, "INPUT": "text.tif"}, message=r"text\.tif|INPUT"
    ),
    Case("CP: empty file", "classifypixels", {**CP, "INPUT": "empty.tif"}, message=r"empty\.tif|INPUT"),
    Case(
        "CP: missing input", "classifypixels", {**CP, "INPUT": "nothere.tif"}, message=r"nothere\.tif|INPUT"
    ),
    Case(
        "CP: one band for a three-band model",
        "classifypixels",
        {**CP, "INPUT": "oneband.tif"},
        message=r"band",
    ),
    Case(
        "CP: model returns NaN",
        "classifypixels",
        {**CP, "MODEL": "nan.emd"},
        message=r"nan\.onnx returned \d+ NaN or infinite values",
    ),
    Case(
        "CP: CELL_SIZE 1e-7",
        "classifypixels",
        {**CP, "CELL_SIZE": "1e-7"},
        message=r"CELL_SIZE 1e-07 would give 8e\+08 x 6e\+08 pixels",
    ),
    Case(
        "CP: unknown model argument",
        "classifypixels",
        {**CP, "MODEL_ARGUMENTS": "colour,red"},
        message="colour",
    ),
    Case(
        "CP: negative batch size",
        "classifypixels",
        {**CP, "MODEL_ARGUMENTS": "batch_size,-3"},
        message="batch_size|batch size",
    ),
    Case(
        "CP: extent outside the raster",
        "classifypixels",
        {**CP, "EXTENT": "0,10,0,10 [EPSG:32617]"},
        message="does not overlap the input raster",
    ),
    Case(
        "CP: mosaic of rasters in two CRS",
        "classifypixels",
        {**CP, "MORE_INPUTS": "wgs84.tif"},
        message="one coordinate reference system",
    ),
    Case(
        "CP: stale partial files of a killed run are removed",
        "classifypixels",
        CP,
        code=0,
        created=RASTER_OUT,
        replaced=(STALE,),
        extra=(STALE,),
    ),
    Case(
        "CP: an existing output is replaced",
        "classifypixels",
        {**CP, "OUTPUT": "old.tif"},
        code=0,
        created=("old.qml",),
        replaced=("old.tif",),
    ),
    Case(
        "CP: an empty mask",
        "classifypixels",
        {**CP, "MASK": "empty.gpkg"},
        code=0,
        created=RASTER_OUT,
        warning="The mask holds no polygon: every output pixel is nodata",
    ),
    *model_cases("classifypixels", CP, "detector.emd", "needs a model of type"),
    # Classify objects.
    Case(
        "CO: OUTPUT is INPUT_FEATURES",
        "classifyobjects",
        {**CO, "OUTPUT": "parcels.gpkg"},
        message="is the input INPUT_FEATURES",
    ),
    Case(
        "CO: OUTPUT is the same layer",
        "classifyobjects",
        {
            **CO,
            "INPUT_FEATURES": "parcels.gpkg|layername=polygons",
            "OUTPUT": "parcels.gpkg|layername=polygons",
        },
        message="is the input INPUT_FEATURES",
    ),
    Case(
        "CO: truncated GeoTIFF",
        "classifyobjects",
        {**CO, "INPUT": "truncated.tif"},
        message=r"truncated\.tif.*damaged or incomplete",
    ),
    Case(
        "CO: missing features",
        "classifyobjects",
        {**CO, "INPUT_FEATURES": "nothere.gpkg"},
        message=r"nothere\.gpkg|INPUT_FEATURES",
    ),
    Case(
        "CO: label field clashes with an integer field",
        "classifyobjects",
        {**CO, "CLASS_LABEL_FIELD": "code"},
        message="already have a field 'code'",
    ),
    Case(
        "CO: invalid polygons are classified",
        "classifyobjects",
        {**CO, "INPUT_FEATURES": "bowtie.gpkg"},
        code=0,
        created=("out.gpkg",),
    ),
    Case(
        "CO: an empty feature layer",
        "classifyobjects",
        {**CO, "INPUT_FEATURES": "empty.gpkg"},
        code=0,
        created=("out.gpkg",),
        warning="is empty",
    ),
    Case(
        "CO: features far from the raster label nothing",
        "classifyobjects",
        {**CO, "INPUT_FEATURES": "faraway.gpkg"},
        code=0,
        created=("out.gpkg",),
        warning="0 of 1 rows labelled",
    ),
    *model_cases("classifyobjects", CO, "threshold.emd", "needs a model of type"),
    # Detect objects.
    Case(
        "DO: OUTPUT is MASK",
        "detectobjects",
        {**DO, "MASK": "mask.gpkg", "OUTPUT": "mask.gpkg"},
        message="is the input MASK",
    ),
    Case(
        "DO: OUTPUT is INPUT",
        "detectobjects",
        {**DO, "OUTPUT": "image.tif"},
        message="is the input INPUT",
    ),
    Case(
        "DO: truncated GeoTIFF",
        "detectobjects",
        {**DO, "INPUT": "truncated.tif"},
        message=r"truncated\.tif.*damaged or incomplete",
    ),
    Case(
        "DO: class and confidence fields equal",
        "detectobjects",
        {**DO, "CLASS_VALUE_FIELD": "Score", "CONFIDENCE_FIELD": "score"},
        message="must differ",
    ),
    Case(
        "DO: threshold is not a number",
        "detectobjects",
        {**DO, "MODEL_ARGUMENTS": "threshold,high"},
        message="threshold",
    ),
    Case(
        "DO: OUTPUT in /proc",
        "detectobjects",
        {**DO, "OUTPUT": "/proc/out.gpkg"},
        message=r"/proc/out\.gpkg|OUTPUT",
    ),
    Case(
        "DO: a new output is written",
        "detectobjects",
        DO,
        code=0,
        created=("out.gpkg",),
    ),
    *model_cases("detectobjects", DO, "threshold.emd", "needs a model of type"),
    # Export training data.
    Case(
        "EX: OUTPUT folder is the label file",
        "exporttrainingdata",
        {**EX, "OUTPUT": "labels.gpkg"},
        message="is the input INPUT_CLASS_DATA",
    ),
    Case(
        "EX: CELL_SIZE 1e-6",
        "exporttrainingdata",
        {**EX, "CELL_SIZE": "1e-6"},
        message=r"CELL_SIZE 1e-06 would give 8e\+07 x 6e\+07 pixels",
    ),
    Case(
        "EX: BANDS 1,2,99",
        "exporttrainingdata",
        {**EX, "BANDS": "1,2,99"},
        message=r"BANDS 1,2,99: .* bands 1 to 3",
    ),
    Case(
        "EX: CLASS_VALUE_FIELD missing",
        "exporttrainingdata",
        {**EX, "CLASS_VALUE_FIELD": "nope"},
        message="CLASS_VALUE_FIELD 'nope' is not a field",
    ),
    Case(
        "EX: text class values",
        "exporttrainingdata",
        {**EX, "INPUT_CLASS_DATA": "textclass.gpkg", "CLASS_VALUE_FIELD": "kind"},
        message="holds 'tree', which is not a whole number",
    ),
    Case(
        "EX: truncated GeoTIFF",
        "exporttrainingdata",
        {**EX, "INPUT": "truncated.tif"},
        message=r"truncated\.tif.*damaged or incomplete",
        created=CHIPS,
    ),
    Case(
        "EX: no label feature",
        "exporttrainingdata",
        {**EX, "INPUT_CLASS_DATA": "empty.gpkg"},
        message="holds no feature with a geometry",
    ),
    Case(
        "EX: labels far from the raster",
        "exporttrainingdata",
        {**EX, "INPUT_CLASS_DATA": "faraway.gpkg"},
        message="No labelled sample overlaps",
    ),
    Case(
        "EX: tile larger than the raster",
        "exporttrainingdata",
        {**EX, "TILE_SIZE_X": "5000", "TILE_SIZE_Y": "5000"},
        message="is larger than the raster",
    ),
    Case(
        "EX: vector and raster labels together",
        "exporttrainingdata",
        {**EX, "INPUT_CLASS_RASTER": "classes.tif"},
        message="not both",
    ),
    Case(
        "EX: JPEG chips of float32 imagery",
        "exporttrainingdata",
        {**EX, "INPUT": "float.tif", "IMAGE_CHIP_FORMAT": "2"},
        message="JPEG chips hold 8-bit data",
    ),
    Case(
        "EX: invalid label polygons are repaired",
        "exporttrainingdata",
        {**EX, "INPUT_CLASS_DATA": "bowtie.gpkg", "CLASS_VALUE_FIELD": "code"},
        code=0,
        created=CHIPS,
        warning="were invalid .* repaired with make_valid",
    ),
    Case(
        "EX: class value 70000 in Classified Tiles",
        "exporttrainingdata",
        {**EX, "INPUT_CLASS_DATA": "bigclass.gpkg", "CLASS_VALUE_FIELD": "code", "METADATA_FORMAT": "2"},
        code=0,
        created=CHIPS,
    ),
    Case(
        "EX: mosaic of rasters in two CRS",
        "exporttrainingdata",
        {**EX, "MORE_INPUTS": "wgs84.tif"},
        message="one coordinate reference system",
    ),
    Case(
        "EX: a raster without CRS and labels in UTM",
        "exporttrainingdata",
        {**EX, "INPUT": "nocrs.tif"},
        code=0,
        created=CHIPS,
        warning="has no coordinate reference system: the labels' coordinates \\(EPSG:32617\\) are assumed",
    ),
    # Model information.
    *[
        Case(f"MI: model {what}", "modelinfo", {"MODEL": model}, message=pattern)
        for what, (model, pattern) in MODEL_ERRORS.items()
    ],
]


def _world(folder: Path) -> None:
    """The inputs every case starts from."""
    rng = np.random.default_rng(13)
    image = write_raster(folder / "image.tif", rng.integers(0, 256, size=(3, 120, 160), dtype=np.uint8))
    write_raster(
        folder / "right.tif",
        rng.integers(0, 256, size=(3, 120, 160), dtype=np.uint8),
        origin=(ORIGIN[0] + 80, ORIGIN[1]),
    )
    write_raster(
        folder / "wgs84.tif",
        np.zeros((3, 20, 20), dtype=np.uint8),
        epsg=4326,
        origin=(-82.0, 29.7),
        cell=1e-5,
    )
    write_raster(folder / "oneband.tif", np.zeros((1, 60, 60), dtype=np.uint8))
    gdal.Translate(str(folder / "nocrs.tif"), str(image))
    nocrs = gdal.Open(str(folder / "nocrs.tif"), gdal.GA_Update)
    nocrs.SetProjection("")
    nocrs = None
    write_raster(folder / "float.tif", rng.random((3, 120, 160), dtype=np.float32))
    write_raster(folder / "old.tif", np.zeros((1, 10, 10), dtype=np.uint8))
    classes = np.zeros((1, 120, 160), dtype=np.uint8)
    classes[0, 10:40, 10:40] = 1
    write_raster(folder / "classes.tif", classes)
    gdal.Translate(str(folder / "tiled.tif"), str(image), creationOptions=["TILED=YES", "COMPRESS=DEFLATE"])
    data = (folder / "tiled.tif").read_bytes()
    (folder / "truncated.tif").write_bytes(data[: len(data) // 2])
    (folder / "tiled.tif").unlink()
    (folder / "text.tif").write_text("this is not a raster\n")
    (folder / "empty.tif").write_bytes(b"")
    (folder / "link.tif").symlink_to("image.tif")
    (folder / "sub").mkdir()
    (folder / "afolder.tif").mkdir()
    gdal.Translate(str(folder / "photo.jpg"), str(image), format="JPEG")

    boxes = [pixel_box_wkt(10, 10, 40, 40), pixel_box_wkt(60, 20, 90, 60), pixel_box_wkt(100, 70, 150, 110)]
    write_polygons(folder / "labels.gpkg", boxes, fields={"Classvalue": [1, 2, 1], "code": [1, 2, 1]})
    write_polygons(folder / "parcels.gpkg", boxes, fields={"code": [1, 2, 3]})
    write_polygons(folder / "mask.gpkg", [pixel_box_wkt(0, 0, 80, 60)])
    write_polygons(folder / "textclass.gpkg", boxes[:1], fields={"kind": ["tree"]})
    write_polygons(folder / "bigclass.gpkg", boxes[:2], fields={"code": [70000, 2]})
    x0, y0 = ORIGIN
    corners = [(5, 5), (20, 20), (20, 5), (5, 20), (5, 5)]
    bowtie = "POLYGON((" + ",".join(f"{x0 + dx} {y0 - dy}" for dx, dy in corners) + "))"
    write_polygons(folder / "bowtie.gpkg", [bowtie, boxes[1]], fields={"code": [1, 2]})
    write_polygons(
        folder / "faraway.gpkg",
        [pixel_box_wkt(10, 10, 40, 40, origin=(500000.0, 4000000.0))],
        fields={"code": [1]},
    )
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.CreateDataSource(str(folder / "empty.gpkg"))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32617)
    ds.CreateLayer("polygons", srs=srs, geom_type=ogr.wkbPolygon)
    ds = None

    threshold_model(folder)
    detector_emd = detector(folder)
    detector_emd.rename(folder / "detector.emd")
    mean_brightness_classifier(folder / "brightness.onnx", thresholds=(0.3, 0.6))
    (folder / "brightness.emd").write_text(
        json.dumps(
            {
                "ModelType": "ObjectClassification",
                "ModelFile": "brightness.onnx",
                "ImageHeight": 16,
                "ImageWidth": 16,
                "NormalizationStats": identity_stats(3),
                "Classes": [{"Value": v, "Name": n} for v, n in ((1, "Dark"), (2, "Medium"), (3, "Bright"))],
            }
        )
    )
    scale_model(folder / "nan.onnx", factor=float("nan"))
    nan = {
        "ModelType": "ImageClassification",
        "ModelFile": "nan.onnx",
        "ImageHeight": 64,
        "ImageWidth": 64,
        "NormalizationStats": identity_stats(3),
        "Classes": [{"Value": v, "Name": f"c{v}"} for v in (1, 2, 3)],
    }
    (folder / "nan.emd").write_text(json.dumps(nan))
    (folder / "broken.emd").write_text('{"ModelType": "ImageClassification", ')
    (folder / "nomodel.emd").write_text(json.dumps({**nan, "ModelFile": "absent.onnx"}))
    (folder / "fake.onnx").write_text("not a model")
    with zipfile.ZipFile(folder / "escape.dlpk", "w") as archive:
        archive.writestr(
            "m.emd", json.dumps({**nan, "ModelFile": "../" * 16 + str(folder / "nan.onnx").lstrip("/")})
        )
    with zipfile.ZipFile(folder / "slip.dlpk", "w") as archive:
        archive.writestr("m.emd", json.dumps(nan))
        archive.writestr("../../evil.py", "raise SystemExit('ran code from a package')")
    (folder / "notzip.dlpk").write_text("not a zip")


def md5_tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.md5(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


@dataclass
class Outcome:
    code: int
    output: str
    before: dict[str, str]
    after: dict[str, str]
    folders: set[str] = field(default_factory=set)


def _run_case(case: Case, world: Path, root: Path, profiles: dict) -> Outcome:
    folder = root / re.sub(r"[^A-Za-z0-9]+", "_", case.name)
    shutil.copytree(world, folder, symlinks=True)
    for name in case.extra:
        (folder / name).write_bytes(b"left by a killed run")
    before = md5_tree(folder)
    worker = threading.get_ident()
    profile = profiles.setdefault(worker, root / f"profile-{len(profiles)}")
    env = {**os.environ, "RASTERDL_PROFILE_ROOT": str(profile), "XDG_CACHE_HOME": str(root / "cache")}
    args = [f"{key}={value}" for key, value in case.params.items()]
    done = subprocess.run(
        [str(QGIS_PROCESS), "run", f"rasterdl:{case.tool}", "--", *args],
        cwd=folder,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
    )
    after = md5_tree(folder)
    folders = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_dir()}
    return Outcome(done.returncode, done.stdout + done.stderr, before, after, folders)


@pytest.fixture(scope="module")
def outcomes(request, tmp_path_factory) -> dict[str, Outcome]:
    """Every selected case run once, two at a time (``-k`` runs only the cases it selects)."""
    selected = {
        item.callspec.params["case"].name
        for item in request.session.items
        if hasattr(item, "callspec") and isinstance(item.callspec.params.get("case"), Case)
    }
    root = tmp_path_factory.mktemp("hostile")
    world = root / "world"
    world.mkdir()
    _world(world)
    profiles: dict = {}
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {
            case.name: pool.submit(_run_case, case, world, root, profiles)
            for case in CASES
            if case.name in selected
        }
        return {name: future.result() for name, future in futures.items()}


def test_the_table_holds_at_least_sixty_cases_over_every_tool():
    assert len(CASES) >= 60
    assert len({case.name for case in CASES}) == len(CASES)
    assert {case.tool for case in CASES} == {
        "classifypixels",
        "classifyobjects",
        "detectobjects",
        "exporttrainingdata",
        "modelinfo",
    }


def _error_lines(output: str) -> list[str]:
    """Each error qgis_process printed, with QGIS's tab-indented detail lines joined to it."""
    errors: list[str] = []
    for line in output.splitlines():
        if line.startswith("ERROR:"):
            errors.append(line.split("ERROR:", 1)[1].strip())
        elif errors and line.startswith("\t") and line.strip():
            errors[-1] = f"{errors[-1]} {line.strip()}"
    return errors


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_input(outcomes, case):
    outcome = outcomes[case.name]
    output = outcome.output
    assert "Traceback" not in output, output
    assert outcome.code == case.code, output
    if case.code:
        errors = _error_lines(output)
        assert errors, output
        assert all(line and line != "." for line in errors), output
        assert re.search(case.message, errors[-1]), errors[-1]
    if case.warning:
        assert re.search(case.warning, output), output
    changed = {name for name in outcome.before if outcome.after.get(name) != outcome.before[name]}
    assert changed <= set(case.replaced), f"changed or removed: {sorted(changed)}"
    if case.code == 0:
        assert set(case.replaced) <= changed, f"not replaced: {sorted(set(case.replaced) - changed)}"
    new = set(outcome.after) - set(outcome.before)
    new |= {
        name
        for name in outcome.folders
        if not any(k.startswith(name + "/") or k == name for k in outcome.before)
    }
    new -= {"sub", "afolder.tif"}
    # QGIS saves an input raster's band statistics beside it (PAM .aux.xml) when it loads the layer.
    new -= {name for name in new if name.endswith(".aux.xml") and name[: -len(".aux.xml")] in outcome.before}
    unexpected = {name for name in new if not any(fnmatch.fnmatch(name, pattern) for pattern in case.created)}
    assert not unexpected, f"unexpected files: {sorted(unexpected)}"
    for pattern in case.created:
        if "*" not in pattern:
            assert pattern in new, f"{pattern} was not written: {output}"
    assert not [name for name in new if ".partial" in name]
