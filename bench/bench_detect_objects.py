"""Speed benchmark of Detect Objects Using Deep Learning (``rasterdl:detectobjects``), issue 6 "Speed".

Two measurements on one synthetic raster (``--size``^2, 3-band uint8 GeoTIFF, bright 24 px squares on a
dark noisy background) and one small YOLO-like detector (``build_detector``: three stride-2 3x3 convs
to stride 8, a 1x1 head, Ultralytics layout ``[N, 4 + C, cells]``, sigmoid scores, boxes from the grid):

* overhead - the tool's wall time (in-process ``processing.run``, PROCESSOR_TYPE=1 CPU) vs onnxruntime's
             ``session.run`` alone over the same number of batches of the same shape; target <= 1.2.
* geodeep  - the tool vs GeoDeep's detector (``geodeep.detect``, in its own process so that rasterio's
             GDAL stays out of QGIS's) on the same .onnx (with GeoDeep metadata) and raster; target:
             ours faster. Detection counts of both are printed.

Run: ``.venv/bin/python bench/bench_detect_objects.py [--size 4096] [--repeats 2] [--profile]``.
Files go to ``.build/bench/detect`` (git-ignored).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import re
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import bench_classify_pixels as bcp  # noqa: E402  (helpers only: machine info, idle wait, QGIS init)
from common import Meter, print_table, verdict  # noqa: E402

ALGORITHM = "rasterdl:detectobjects"
WORK = REPO / ".build" / "bench" / "detect"
TILE = 640
STRIDE = 8
BOX = 32.0
CLASSES = ["square", "other"]
CELL = bcp.CELL  # 10 cm/px


# --------------------------------------------------------------------------- model


def build_detector(path: Path, widths=(8, 16, 16), metadata: dict | None = None) -> Path:
    """A fixed-weight YOLO-like detector of bright squares, Ultralytics layout [N, 4 + 2, (640/8)^2].

    Each conv averages its 3x3 x C_in window (all output channels alike), so the stride-8 feature is
    the local mean brightness (x in [0, 1]); class 0 score = sigmoid(40 (f - 0.75)), class 1 ~ 0.
    Box: centre of the cell, BOX x BOX pixels.
    """
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    inits, nodes = [], []
    prev, cin = "input", 3
    for i, cout in enumerate(widths):
        w = np.full((cout, cin, 3, 3), 1.0 / (cin * 9), np.float32)
        inits += [
            numpy_helper.from_array(w, f"w{i}"),
            numpy_helper.from_array(np.zeros(cout, np.float32), f"b{i}"),
        ]
        nodes.append(
            helper.make_node(
                "Conv",
                [prev, f"w{i}", f"b{i}"],
                [f"c{i}"],
                kernel_shape=[3, 3],
                strides=[2, 2],
                pads=[1, 1, 1, 1],
            )
        )
        nodes.append(helper.make_node("Relu", [f"c{i}"], [f"r{i}"]))
        prev, cin = f"r{i}", cout
    grid = TILE // STRIDE
    # 1x1 head: class logits (2 channels)
    hw = np.zeros((2, cin, 1, 1), np.float32)
    hw[0, :, 0, 0] = 40.0 / cin
    hb = np.array([-40.0 * 0.75, -20.0], np.float32)
    inits += [numpy_helper.from_array(hw, "hw"), numpy_helper.from_array(hb, "hb")]
    nodes.append(helper.make_node("Conv", [prev, "hw", "hb"], ["logits"], kernel_shape=[1, 1]))
    nodes.append(helper.make_node("Sigmoid", ["logits"], ["scores4d"]))
    # boxes from the grid: constant [1, 4, grid, grid] + 0 * input-dependent broadcast (batch from input)
    ys, xs = np.meshgrid(np.arange(grid, dtype=np.float32), np.arange(grid, dtype=np.float32), indexing="ij")
    boxes = np.stack(
        [xs * STRIDE + STRIDE / 2, ys * STRIDE + STRIDE / 2, np.full_like(xs, BOX), np.full_like(xs, BOX)]
    )[None]
    inits += [
        numpy_helper.from_array(boxes.astype(np.float32), "grid_boxes"),
        numpy_helper.from_array(np.array([0.0], np.float32), "zero"),
        numpy_helper.from_array(np.array([0, 0, -1], np.int64), "shape3"),
    ]
    nodes += [
        helper.make_node("ReduceMax", ["scores4d"], ["smax"], axes=[1], keepdims=1),
        helper.make_node("Mul", ["smax", "zero"], ["z"]),
        helper.make_node("Add", ["grid_boxes", "z"], ["boxes4d"]),  # [N, 4, g, g]
        helper.make_node("Concat", ["boxes4d", "scores4d"], ["out4d"], axis=1),  # [N, 6, g, g]
        helper.make_node("Reshape", ["out4d", "shape3"], ["output0"]),  # [N, 6, g*g]
    ]
    x = helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", 3, TILE, TILE])
    y = helper.make_tensor_value_info("output0", TensorProto.FLOAT, ["batch", 4 + len(CLASSES), grid * grid])
    graph = helper.make_graph(nodes, "bright_square_yolo", [x], [y], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    for key, value in (metadata or {}).items():
        entry = model.metadata_props.add()
        entry.key, entry.value = key, value
    onnx.checker.check_model(model)
    path.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(model, str(path))
    return path


def write_emd(model: Path, padding: int, batch: int) -> Path:
    emd = {
        "Framework": "ONNX",
        "ModelType": "ObjectDetection",
        "ModelConfiguration": "YOLO_Ultralytics",
        "ModelFile": model.name,
        "ImageHeight": TILE,
        "ImageWidth": TILE,
        "ExtractBands": [0, 1, 2],
        # x / 255 exactly, as GeoDeep prepares its input
        "NormalizationStats": {
            "band_min_values": [0, 0, 0],
            "band_max_values": [255, 255, 255],
            "scaled_mean_values": [0, 0, 0],
            "scaled_std_values": [1, 1, 1],
        },
        "Classes": [{"Value": i + 1, "Name": n, "Color": [255, 0, 0]} for i, n in enumerate(CLASSES)],
    }
    path = model.with_suffix(".emd")
    path.write_text(json.dumps(emd, indent=2))
    return path


def geodeep_metadata(overlap_percent: float, conf: float, iou: float) -> dict[str, str]:
    return {
        "model_type": json.dumps("Detector"),
        "det_type": json.dumps("YOLO_v8"),
        "class_names": json.dumps({str(i): n for i, n in enumerate(CLASSES)}),
        "tiles_size": str(TILE),
        "tiles_overlap": str(overlap_percent),
        "resolution": str(CELL * 100),
        "det_conf": str(conf),
        "det_iou_thresh": str(iou),
    }


# --------------------------------------------------------------------------- raster


def write_raster(
    path: Path, size: int, spacing: int = 64, square: int = 24, seed: int = 0
) -> tuple[Path, int]:
    """Dark noise (~40) with a bright (~230) ``square`` px square jittered in each ``spacing`` cell."""
    from osgeo import gdal, osr

    rng = np.random.default_rng(seed)
    per = size // spacing
    offs = rng.integers(4, spacing - square - 4, size=(per, per, 2))
    path.parent.mkdir(parents=True, exist_ok=True)
    ds = gdal.GetDriverByName("GTiff").Create(
        str(path),
        size,
        size,
        3,
        gdal.GDT_Byte,
        ["TILED=YES", "BLOCKXSIZE=512", "BLOCKYSIZE=512", "COMPRESS=DEFLATE", "INTERLEAVE=PIXEL"],
    )
    ds.SetGeoTransform((bcp.ORIGIN[0], CELL, 0.0, bcp.ORIGIN[1], 0.0, -CELL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(bcp.EPSG)
    ds.SetProjection(srs.ExportToWkt())
    for b in range(3):
        ds.GetRasterBand(b + 1).SetColorInterpretation(gdal.GCI_RedBand + b)
    for r in range(per):
        strip = rng.integers(20, 60, size=(spacing, size), dtype=np.uint8)
        for c in range(per):
            oy, ox = offs[r, c]
            strip[oy : oy + square, c * spacing + ox : c * spacing + ox + square] = 230
        for b in range(3):
            ds.GetRasterBand(b + 1).WriteArray(strip, 0, r * spacing)
    ds = None
    return path, per * per


# --------------------------------------------------------------------------- runs

OBJ_RE = re.compile(r"(\d+) objects from (\d+) tiles in ([\d.]+) s .*?model time ([\d.]+) s")


def run_tool(raster: Path, emd: Path, output: Path, args: dict, profile: bool = False) -> dict:
    bcp.qgis_init()
    import processing

    for p in output.parent.glob(output.name + "*"):
        p.unlink()
    params = {
        "INPUT": str(raster),
        "MODEL": str(emd),
        "OUTPUT": str(output),
        "MODEL_ARGUMENTS": bcp.model_arguments(**args),
        "PROCESSOR_TYPE": 1,
    }
    feedback = bcp.make_feedback()
    profiler = cProfile.Profile() if profile else None
    with Meter() as meter:
        if profiler:
            profiler.enable()
        try:
            processing.run(ALGORITHM, params, feedback=feedback)
            error = None
        except Exception as exc:  # report
            error = f"{type(exc).__name__}: {exc}"
        finally:
            if profiler:
                profiler.disable()
    out = {
        "seconds": meter.wall,
        "cpu_s": meter.cpu,
        "other_cores": meter.other_cores,
        "error": error,
        "log": feedback.lines,
    }
    for line in feedback.lines:
        m = OBJ_RE.search(line)
        if m:
            out.update(
                objects=int(m.group(1)),
                tiles=int(m.group(2)),
                engine_s=float(m.group(3)),
                model_s=float(m.group(4)),
            )
    if profiler:
        s = io.StringIO()
        pstats.Stats(profiler, stream=s).sort_stats("cumulative").print_stats(15)
        out["profile"] = s.getvalue()
    return out


def run_ort(model: Path, tiles: int, batch: int, repeats: int) -> dict:
    """session.run alone over ceil(tiles / batch) batches (the last one partial) of x/255 float32 input."""
    sess = bcp.ort_session(model)
    rng = np.random.default_rng(1)
    x = rng.integers(0, 255, size=(batch, 3, TILE, TILE)).astype(np.float32) / 255.0
    sizes = [batch] * (tiles // batch) + ([tiles % batch] if tiles % batch else [])
    sess.run(None, {"input": x})  # warm-up
    best = None
    for _ in range(repeats):
        bcp.Quiet.wait("onnxruntime alone")
        with Meter() as meter:
            for n in sizes:
                sess.run(None, {"input": x[:n]})
        if best is None or meter.wall < best["seconds"]:
            best = {"seconds": meter.wall, "other_cores": meter.other_cores, "batches": len(sizes)}
    return best


def geodeep_child(opts) -> int:
    import geodeep
    import geodeep.geodeep as gd

    t = {"session_run_s": 0.0, "session_runs": 0}
    make = gd.create_session

    class Timed:
        def __init__(self, s):
            self._s = s

        def run(self, *a, **k):
            st = time.perf_counter()
            try:
                return self._s.run(*a, **k)
            finally:
                t["session_run_s"] += time.perf_counter() - st
                t["session_runs"] += 1

        def __getattr__(self, n):
            return getattr(self._s, n)

    def timed_create(*a, **k):
        s, c = make(*a, **k)
        return Timed(s), c

    gd.create_session = timed_create
    runs = []
    for _ in range(opts.repeats):
        bcp.Quiet.wait("GeoDeep")
        t.update(session_run_s=0.0, session_runs=0)
        with Meter() as meter:
            bscs = geodeep.detect(opts.raster, opts.model, output_type="raw")
        runs.append({"seconds": meter.wall, "other_cores": meter.other_cores, "detections": len(bscs), **t})
    best = min(runs, key=lambda r: r["seconds"])
    import rasterio

    best.update(
        all_seconds=[r["seconds"] for r in runs],
        geodeep=getattr(geodeep, "__version__", "0.9.x"),
        rasterio=rasterio.__version__,
        rasterio_gdal=rasterio.__gdal_version__,
    )
    print("GEODEEP_JSON " + json.dumps(best))
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=4096)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--batch", type=int, default=4)
    ap.add_argument("--padding", type=int, default=32, help="ours; GeoDeep overlap = 2 * padding / tile")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--profile", action="store_true", help="cProfile top-15 of one extra tool run")
    ap.add_argument("--wait-idle", type=float, default=10.0)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument(
        "--widths",
        default="8,16,16",
        help="channels of the three convs: 8,16,16 is the toy model (about 4 ms a tile); "
        "64,128,128 costs about as much as YOLOv8n (about 3 GMAC a 640 px tile)",
    )
    ap.add_argument("--raster")
    ap.add_argument("--model")
    opts = ap.parse_args(argv)
    bcp.Quiet.max_wait = opts.wait_idle
    if opts.child:
        return geodeep_child(opts)

    bcp.print_header(f"detectobjects speed ({opts.size}^2)", ("geodeep", "rasterio", "onnx"))
    overlap = 100.0 * 2 * opts.padding / TILE
    widths = tuple(int(w) for w in opts.widths.split(","))
    model = build_detector(
        WORK / f"yolo_squares_{'_'.join(map(str, widths))}.onnx",
        widths=widths,
        metadata=geodeep_metadata(overlap, opts.threshold, 0.1),
    )
    emd = write_emd(model, opts.padding, opts.batch)
    raster = WORK / f"squares_{opts.size}.tif"
    t0 = time.perf_counter()
    raster, n_squares = write_raster(raster, opts.size)
    print(
        f"raster  : {raster} {opts.size}^2 x 3 uint8, {bcp.file_mb(raster):.1f} MB, {n_squares} squares "
        f"(24 px), written in {time.perf_counter() - t0:.1f} s"
    )
    print(
        f"model   : {model}: 3 convs 3x3 s2 ({', '.join(map(str, widths))} ch) + 1x1 head, "
        f"Ultralytics [N, 6, 6400], input [batch, 3, {TILE}, {TILE}]; .emd {emd.name}"
    )
    print(
        f"args    : batch_size {opts.batch}, padding {opts.padding}, threshold {opts.threshold}, "
        f"nms_overlap 0.1; GeoDeep tiles_overlap {overlap:g}%, det_conf {opts.threshold}, det_iou_thresh 0.1"
    )
    print()

    args = {
        "batch_size": opts.batch,
        "padding": opts.padding,
        "threshold": opts.threshold,
        "nms_overlap": 0.1,
    }
    warm_raster, _ = write_raster(WORK / "warm_1024.tif", 1024)
    warm = run_tool(warm_raster, emd, WORK / "warm.gpkg", args)
    if warm["error"]:
        print("warm-up failed: " + warm["error"] + "\n" + "\n".join(warm["log"][-8:]))
        return 1
    runs = []
    for _ in range(opts.repeats):
        bcp.Quiet.wait("the tool")
        r = run_tool(raster, emd, WORK / "detections.gpkg", args)
        if r["error"]:
            print("tool failed: " + r["error"] + "\n" + "\n".join(r["log"][-8:]))
            return 1
        runs.append(r)
        print(
            f"  tool run: {r['seconds']:.2f} s (cpu {r['cpu_s']:.2f} s, other load {r['other_cores']:.2f}); "
            f"{r.get('objects')} objects, {r.get('tiles')} tiles, model time {r.get('model_s')} s",
            flush=True,
        )
    tool = min(runs, key=lambda r: r["seconds"])
    ort_run = run_ort(model, tool["tiles"], opts.batch, opts.repeats)
    print(
        f"  onnxruntime alone: {ort_run['seconds']:.2f} s over {ort_run['batches']} batches "
        f"({tool['tiles']} tiles of {TILE}^2, batch {opts.batch}; "
        f"{1000 * ort_run['seconds'] / tool['tiles']:.1f} ms/tile)",
        flush=True,
    )

    child = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            "--raster",
            str(raster),
            "--model",
            str(model),
            "--repeats",
            str(opts.repeats),
            "--wait-idle",
            str(opts.wait_idle),
        ],
        capture_output=True,
        text=True,
        cwd=str(REPO),
    )
    line = next((ln for ln in child.stdout.splitlines() if ln.startswith("GEODEEP_JSON ")), None)
    if child.returncode or line is None:
        print(f"GeoDeep failed rc {child.returncode}\n{child.stdout[-2000:]}\n{child.stderr[-3000:]}")
        return 1
    gd = json.loads(line.split(" ", 1)[1])
    print(
        f"  GeoDeep {gd['geodeep']} (rasterio {gd['rasterio']}, GDAL {gd['rasterio_gdal']}): runs "
        + ", ".join(f"{s:.2f}" for s in gd["all_seconds"])
        + f" s; {gd['session_runs']} session.run "
        f"(batch 1) {gd['session_run_s']:.2f} s; {gd['detections']} detections",
        flush=True,
    )
    print()

    ratio = tool["seconds"] / ort_run["seconds"]
    vs_gd = tool["seconds"] / gd["seconds"]
    print_table(
        ["run", "tiles", "wall s", "model s", "detections", "ratio"],
        [
            [
                "ours (processing.run)",
                tool["tiles"],
                f"{tool['seconds']:.2f}",
                f"{tool['model_s']:.2f}",
                tool["objects"],
                "1.00",
            ],
            [
                "onnxruntime alone",
                tool["tiles"],
                f"{ort_run['seconds']:.2f}",
                f"{ort_run['seconds']:.2f}",
                "-",
                f"{ort_run['seconds'] / tool['seconds']:.2f}",
            ],
            [
                "GeoDeep detect",
                gd["session_runs"],
                f"{gd['seconds']:.2f}",
                f"{gd['session_run_s']:.2f}",
                gd["detections"],
                f"{gd['seconds'] / tool['seconds']:.2f}",
            ],
        ],
    )
    print(f"squares in the raster: {n_squares}")
    print(f"ours / onnxruntime alone = {ratio:.3f} (target <= 1.2): {verdict(ratio <= 1.2)}")
    print(f"ours / GeoDeep = {vs_gd:.3f} (target < 1, ours faster): {verdict(vs_gd < 1.0)}")
    print(bcp.Quiet.summary())
    if opts.profile or ratio > 1.2 or vs_gd >= 1.0:
        prof = run_tool(raster, emd, WORK / "detections_prof.gpkg", args, profile=True)
        print(
            f"\ncProfile of one more tool run ({prof['seconds']:.2f} s under the profiler), "
            "top 15 cumulative:"
        )
        print("\n".join(ln for ln in prof["profile"].splitlines() if ln.strip())[:6000])
    return 0


if __name__ == "__main__":
    sys.exit(main())
