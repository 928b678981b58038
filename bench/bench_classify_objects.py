"""Speed and memory benchmark of Classify Objects Using Deep Learning (``rasterdl:classifyobjects``).

Issue 5, "Speed and memory": for 10,000 polygons over a 10,000^2 raster, the ratio of the tool's time
to onnxruntime's ``session.run`` alone over the same number of chips (target at most 1.5), and the
peak RSS of the tool run in its own process.

One run does everything and prints machine, versions, sizes, times and ratios side by side:

1. writes (under ``--workdir``, default /tmp/rasterdl-bench-objects, deleted afterwards unless
   ``--keep``) a 10,000^2 3-band uint8 GeoTIFF (tiled 256, DEFLATE, written in strips, never whole
   in memory), 10,000 random small squares/rectangles (10-60 px) in a GeoPackage in the raster's
   CRS, and a small ONNX image classifier (3 strided 3x3 convs, global average pool, Gemm -> 3
   logits; dynamic batch) with its .emd (ObjectClassification, 64 x 64, CropSizeFixed = 1);
2. times onnxruntime's ``session.run`` alone (same session options as the plugin: ORT_ENABLE_ALL,
   default thread count, CPU) over 10,000 random float32 chips [3, 64, 64] in batches of 32, and
   the tool in this process (``processing.run``, PROCESSOR_TYPE = CPU, batch_size 32), alternating
   (``--repeat`` tool runs, one more session.run alone at the end), and reports the median tool time
   / the median session.run time, the tool's phases and its CPU per thread;
3. runs the tool once more in a child process (``scripts/qgis_process``) and reports that child's
   peak RSS (``os.wait4`` ru_maxrss) and wall time, and the same for a 100-feature run (the
   process's baseline);
   Also the floors of reading: ReadAsArray of the tool's windows in its order, and of every tile once;
4. when the ratio misses the target (or with ``--profile always``): cProfile of an in-process run,
   the calling thread and the read-ahead thread separately, top 20 by cumulative time; and, as an
   observation only (``--threads 1,2``), the tool and session.run with ``intra_op_num_threads`` set,
   and with ``session.intra_op.allow_spinning=0``.

The machine may be shared: before each timed section the benchmark waits (``--wait-idle`` s at most)
until other processes keep less than 0.3 cores busy, and prints what it saw.

The tool is not changed: the thread-count observation patches ``OnnxSession._session_options`` in
this process only, and the profiles wrap functions of the imported module in this process only.

Run with the project venv::

    .venv/bin/python bench/bench_classify_objects.py            # everything (about 2-3 minutes idle)
    .venv/bin/python bench/bench_classify_objects.py --threads "" --profile never   # ratio + RSS only
    .venv/bin/python bench/bench_classify_objects.py --quick    # every step on small inputs (smoke test)
"""

from __future__ import annotations

import argparse
import cProfile
import math
import os
import shutil
import statistics
import threading
import time
from pathlib import Path

import numpy as np
from harness import (
    EPSG,
    MB,
    ORIGIN,
    OrtSettings,
    Quiet,
    ThreadCpu,
    add_quick,
    add_wait_idle,
    batch_shapes,
    create_geotiff,
    create_polygon_layer,
    exit_now,
    file_mb,
    gdal_cache,
    ort_session,
    print_header,
    print_table,
    profile_text,
    qgis_init,
    remove_gpkg,
    run_algorithm,
    run_qgis_process,
    tiled_deflate,
    time_session_run,
    tool_failure,
    verdict,
)

import models

DEFAULT_WORK = Path("/tmp/rasterdl-bench-objects")
ALGORITHM = "rasterdl:classifyobjects"
CELL = 0.5  # metres per pixel
CHIP = 64
TARGET_RATIO = 1.5


def thread_table(
    per_thread: ThreadCpu, wall: float, main_tid: int, read_tid: int, min_seconds: float = 0.05
) -> list[list[str]]:
    """CPU per thread of a tool run, each thread named by its part in it."""
    rows = []
    for tid, name, used in per_thread.usage(min_seconds):
        if tid == main_tid:
            label = f"{name} (main: processing.run, session.run calls)"
        elif tid == read_tid:
            label = f"{name} (read-ahead: read + preprocess)"
        elif tid == per_thread.sampler_tid:
            label = f"{name} (this benchmark's sampler)"
        else:
            label = f"{name} (onnxruntime pool or other)"
        rows.append([label, tid, f"{used:.2f}", f"{used / wall:.2f}"])
    return rows


# --------------------------------------------------------------------------- inputs


def write_raster(path: Path, size: int, block: int = 256, seed: int = 0) -> None:
    """``size``^2 3-band uint8 GeoTIFF, tiled ``block``, DEFLATE, written in strips of ``block`` rows.

    Smooth waves plus a little noise (compressible, but not constant).
    """
    options = tiled_deflate(block, "PREDICTOR=2", "NUM_THREADS=ALL_CPUS", "INTERLEAVE=PIXEL")
    with gdal_cache(64):
        ds = create_geotiff(path, size, 3, CELL, options)
        xs = np.arange(size, dtype=np.float32)[None, :]
        periods = [(170.0, 230.0, 90.0), (290.0, 130.0, 110.0), (190.0, 310.0, 70.0)]
        for top in range(0, size, block):
            rows = min(block, size - top)
            ys = np.arange(top, top + rows, dtype=np.float32)[:, None]
            rng = np.random.default_rng(seed * 100003 + top)
            for b in range(3):
                px, py, pw = periods[b]
                value = (
                    128.0
                    + 70.0 * np.sin(2 * np.pi * (xs / px + ys / py) + b)
                    + 35.0 * np.cos(2 * np.pi * ys / pw) * np.sin(2 * np.pi * xs / (pw * 1.3) + 2 * b)
                )
                value += rng.integers(-6, 7, size=value.shape, dtype=np.int8)
                ds.GetRasterBand(b + 1).WriteArray(np.clip(value, 0, 255).astype(np.uint8), 0, top)
            ds.FlushCache()
        ds = None


def write_polygons(path: Path, count: int, size: int, seed: int = 1) -> None:
    """``count`` random axis-aligned squares and rectangles 10-60 px a side, inside the raster, as GPKG."""
    from osgeo import ogr

    rng = np.random.default_rng(seed)
    w = rng.integers(10, 61, count)
    square = rng.random(count) < 0.5
    h = np.where(square, w, rng.integers(10, 61, count))
    x0 = rng.uniform(0, size - w)
    y0 = rng.uniform(0, size - h)
    source, layer = create_polygon_layer(
        path, "objects", [("obj_id", ogr.OFTInteger, 0), ("kind", ogr.OFTString, 16)]
    )
    layer.StartTransaction()
    defn = layer.GetLayerDefn()
    for i in range(count):
        ax0, ay0 = ORIGIN[0] + x0[i] * CELL, ORIGIN[1] - y0[i] * CELL
        ax1, ay1 = ax0 + w[i] * CELL, ay0 - h[i] * CELL
        feature = ogr.Feature(defn)
        feature.SetField("obj_id", i)
        feature.SetField("kind", "square" if square[i] else "rectangle")
        feature.SetGeometry(
            ogr.CreateGeometryFromWkt(
                f"POLYGON(({ax0} {ay0},{ax1} {ay0},{ax1} {ay1},{ax0} {ay1},{ax0} {ay0}))"
            )
        )
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    del layer, source  # closes the GeoPackage


def count_output(path: Path, label_field: str = "ClassLabel") -> tuple[int, int, dict]:
    """(features, labelled features, label histogram) of the tool's output GeoPackage."""
    from osgeo import ogr

    ds = ogr.Open(str(path))
    if ds is None:
        return -1, -1, {}
    layer = ds.GetLayer(0)
    total, labelled, histogram = 0, 0, {}
    for feature in layer:
        total += 1
        value = feature.GetField(label_field)
        if value is not None:
            labelled += 1
            histogram[value] = histogram.get(value, 0) + 1
    return total, labelled, dict(sorted(histogram.items()))


# --------------------------------------------------------------------------- onnxruntime alone


def time_alone(model: Path, chips: int, batch: int, seed: int = 3) -> dict:
    """Seconds of ``session.run`` alone over ``chips`` random chips in batches of ``batch``.

    Each batch is fresh random data made before its call (not timed); one untimed warm-up call.
    """
    rng = np.random.default_rng(seed)
    run = time_session_run(
        ort_session(model),
        batch_shapes(chips, batch),
        lambda n: rng.random((n, 3, CHIP, CHIP), dtype=np.float32) * 255.0,
    )
    return {"seconds": run["seconds"], "batches": run["batches"], "cpu": run["cpu_s"]}


# --------------------------------------------------------------------------- reading alone


def chip_windows(features: Path, size: int, strip_rows: int = 512) -> list[tuple[int, int, int, int]]:
    """The tool's read windows (CropSizeFixed = 1: CHIP x CHIP centred on each bounding box), clipped to
    the raster, in the tool's order (strips of ``strip_rows`` rows, serpentine along x)."""
    from osgeo import ogr

    ds = ogr.Open(str(features))
    centres = []
    for feature in ds.GetLayer(0):
        minx, maxx, miny, maxy = feature.GetGeometryRef().GetEnvelope()
        cx = ((minx + maxx) / 2 - ORIGIN[0]) / CELL
        cy = (ORIGIN[1] - (miny + maxy) / 2) / CELL
        centres.append((cx, cy))
    array = np.array(centres)
    x = np.floor(array[:, 0] - CHIP / 2 + 0.5)
    y = np.floor(array[:, 1] - CHIP / 2 + 0.5)
    strip = np.floor((y + CHIP / 2) / strip_rows)
    along = np.where(strip % 2 == 0, x, -x)
    windows = []
    for i in np.lexsort((along, strip)).tolist():
        x0, y0 = int(max(x[i], 0)), int(max(y[i], 0))
        x1, y1 = int(min(x[i] + CHIP, size)), int(min(y[i] + CHIP, size))
        windows.append((x0, y0, x1 - x0, y1 - y0))
    return windows


def time_gdal_reads(raster: Path, windows: list[tuple[int, int, int, int]]) -> float:
    """Seconds to read every window with ``Dataset.ReadAsArray`` on a fresh dataset (a floor for the tool's
    read-ahead thread, which also pads, checks nodata and converts to float32)."""
    from osgeo import gdal

    ds = gdal.Open(str(raster))
    t0 = time.perf_counter()
    for x, y, w, h in windows:
        ds.ReadAsArray(x, y, w, h)
    seconds = time.perf_counter() - t0
    ds = None
    return seconds


def time_tile_decode(raster: Path) -> tuple[float, int]:
    """Seconds to read every 256 x 256 tile once (DEFLATE decoding of the whole raster) and the tile count."""
    from osgeo import gdal

    ds = gdal.Open(str(raster))
    block_x, block_y = ds.GetRasterBand(1).GetBlockSize()
    tiles = 0
    t0 = time.perf_counter()
    for top in range(0, ds.RasterYSize, block_y):
        for left in range(0, ds.RasterXSize, block_x):
            ds.ReadAsArray(left, top, min(block_x, ds.RasterXSize - left), min(block_y, ds.RasterYSize - top))
            tiles += 1
    seconds = time.perf_counter() - t0
    ds = None
    return seconds, tiles


# --------------------------------------------------------------------------- the tool in this process


class Sessions:
    """The plugin's OnnxSession objects created in this process (read for their session_run_seconds),
    and the native id of the last read-ahead thread (to name it in the per-thread CPU table)."""

    created: list = []
    read_tid: int = 0
    instrumented = False


class Phases:
    """perf_counter at the start and end of the core ``classify_objects`` call inside the last tool run."""

    start = 0.0
    end = 0.0


def start_qgis() -> None:
    """QGIS and the plugin in this process, instrumented once (see :func:`_instrument_plugin`)."""
    if not Sessions.instrumented:
        qgis_init()
        _instrument_plugin()
        Sessions.instrumented = True


def _instrument_plugin() -> None:
    """Record each OnnxSession (for its own session.run timer), the read-ahead thread and the core call."""
    from rasterdl.core.model import runtime

    original_init = runtime.OnnxSession.__init__

    def init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        Sessions.created.append(self)

    runtime.OnnxSession.__init__ = init

    from rasterdl.core.engine import object_classifier

    original_produce = object_classifier._produce_batches

    def produce(*args, **kwargs):
        Sessions.read_tid = threading.get_native_id()
        return original_produce(*args, **kwargs)

    object_classifier._produce_batches = produce

    original_classify = object_classifier.classify_objects  # the tool imports it when it runs

    def classify(*args, **kwargs):
        Phases.start = time.perf_counter()
        try:
            return original_classify(*args, **kwargs)
        finally:
            Phases.end = time.perf_counter()

    object_classifier.classify_objects = classify


def tool_parameters(raster: Path, emd: Path, features: Path, output: Path, batch: int) -> dict:
    return {
        "INPUT": str(raster),
        "MODEL": str(emd),
        "INPUT_FEATURES": str(features),
        "OUTPUT": str(output),
        "PROCESSOR_TYPE": 1,
        "MODEL_ARGUMENTS": ["batch_size", str(batch)],
    }


def run_tool_in_process(params: dict, profile: bool = False) -> dict:
    """Wall time of ``processing.run`` (and the plugin's own session.run time); optionally profiled."""
    start_qgis()
    remove_gpkg(Path(params["OUTPUT"]))
    before = len(Sessions.created)
    profiles: dict[str, cProfile.Profile] = {}
    restore = _profile_read_thread(profiles) if profile else None
    Phases.start = Phases.end = 0.0
    try:
        run = run_algorithm(ALGORITHM, params, profile="cprofile" if profile else "", thread_every=0.05)
    finally:
        if restore is not None:
            restore()
    if run["error"]:
        raise SystemExit(tool_failure(run))
    sessions = Sessions.created[before:]
    wall = run["seconds"]
    return {
        "seconds": wall,
        "before_core": Phases.start - run["t0"],
        "core": Phases.end - Phases.start,
        "after_core": wall - (Phases.end - run["t0"]),
        "cpu": run["cpu_s"],
        "other_cores": run["other_cores"],
        "session_seconds": sum(s.session_run_seconds for s in sessions),
        "provider": sessions[0].provider if sessions else "?",
        "threads": thread_table(run["per_thread"], wall, threading.get_native_id(), Sessions.read_tid),
        "log": run["log"],
        "output": run["results"].get("OUTPUT"),
        "main_profile": run["profiler"],
        "read_profile": profiles.get("read"),
    }


def _profile_read_thread(profiles: dict) -> callable:
    """Wrap the module's ``_produce_batches`` (run by the read-ahead thread) in its own cProfile."""
    from rasterdl.core.engine import object_classifier

    original = object_classifier._produce_batches

    def produce(*args, **kwargs):
        profile = cProfile.Profile()
        profiles["read"] = profile
        profile.enable()
        try:
            return original(*args, **kwargs)
        finally:
            profile.disable()

    object_classifier._produce_batches = produce

    def restore() -> None:
        object_classifier._produce_batches = original

    return restore


def run_child(params: dict, log_dir: Path) -> dict:
    """``scripts/qgis_process --json run`` in a child; wall time and the child's peak RSS (os.wait4)."""
    output = Path(params["OUTPUT"])
    remove_gpkg(output)
    keys = ("INPUT", "MODEL", "INPUT_FEATURES", "OUTPUT", "PROCESSOR_TYPE")
    arguments = [f"{key}={params[key]}" for key in keys]
    arguments.append("MODEL_ARGUMENTS=" + ",".join(params["MODEL_ARGUMENTS"]))
    run = run_qgis_process(ALGORITHM, arguments, log_dir, output.stem, every=0.2)
    return {
        **run,
        "maxrss_mb": run["maxrss_kb"] / 1024.0,
        "hwm_mb": run["hwm_kb"] / 1024.0,
    }


# --------------------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", default=str(DEFAULT_WORK), help="where the inputs go (deleted after)")
    parser.add_argument("--size", type=int, default=10_000, help="raster width = height in pixels")
    parser.add_argument("--features", type=int, default=10_000, help="number of polygons")
    parser.add_argument("--batch", type=int, default=32, help="batch_size of the tool and of session.run")
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="in-process tool runs, alternating with session.run alone (medians are used)",
    )
    parser.add_argument(
        "--profile",
        choices=("auto", "always", "never"),
        default="auto",
        help="cProfile an in-process run: auto = only when the ratio misses the target",
    )
    parser.add_argument(
        "--threads",
        default="1,2",
        help="comma-separated intra_op_num_threads to observe (tool and session.run alone); '' = none",
    )
    parser.add_argument(
        "--no-spinning-observation",
        action="store_true",
        help="skip the observation with session.intra_op.allow_spinning=0 (tool and session.run alone)",
    )
    add_wait_idle(parser, 30.0, "--quiet-wait")
    parser.add_argument(
        "--quiet-budget", type=float, default=120.0, help="total seconds of such waiting in one run, at most"
    )
    parser.add_argument(
        "--observe-repeat", type=int, default=2, help="runs per setting in the thread observation (median)"
    )
    parser.add_argument(
        "--width-observation",
        type=int,
        default=4,
        help="also time a network this many times wider (about its square in work); 0 or 1 = skip",
    )
    parser.add_argument("--no-subprocess", action="store_true", help="skip the qgis_process runs (peak RSS)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    add_quick(parser, "every step once on a 1,024^2 raster with 200 polygons")
    opts = parser.parse_args()
    if opts.quick:
        vars(opts).update(
            size=1024,
            features=200,
            repeat=1,
            observe_repeat=1,
            threads="1",
            width_observation=2,
            profile="always",
            wait_idle=0.0,
            quiet_budget=0.0,
        )
    Quiet.max_wait, Quiet.budget = opts.wait_idle, opts.quiet_budget

    work = Path(opts.workdir)
    work.mkdir(parents=True, exist_ok=True)
    raster, features, small = work / "image.tif", work / "objects.gpkg", work / "objects_100.gpkg"
    try:
        return _run(opts, work, raster, features, small)
    finally:
        if not opts.keep:
            shutil.rmtree(work, ignore_errors=True)
            print(f"removed {work}")


def _run(opts: argparse.Namespace, work: Path, raster: Path, features: Path, small: Path) -> int:
    start_qgis()
    print_header("Classify Objects Using Deep Learning: speed and memory", ("onnx",))

    # 1. inputs
    t0 = time.perf_counter()
    write_raster(raster, opts.size)
    raster_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    write_polygons(features, opts.features, opts.size)
    write_polygons(small, 100, opts.size, seed=2)
    polygons_s = time.perf_counter() - t0
    emd = models.object_classifier(work / "model", chip=CHIP)
    onnx_file = work / "model" / "cls.onnx"
    raw_mb = opts.size * opts.size * 3 / MB
    print("inputs")
    print_table(
        ["input", "size", "on disk MB", "written in s"],
        [
            [
                "raster image.tif",
                f"{opts.size:,}^2 x 3 uint8 ({raw_mb:.0f} MB raw), tiled 256, DEFLATE",
                f"{file_mb(raster):.1f}",
                f"{raster_s:.1f}",
            ],
            [
                "polygons objects.gpkg",
                f"{opts.features:,} squares/rectangles 10-60 px, EPSG:{EPSG}",
                f"{file_mb(features):.1f}",
                f"{polygons_s:.1f}",
            ],
            [
                "model cls.onnx + cls.emd",
                f"[N,3,{CHIP},{CHIP}] -> [N,3] logits",
                f"{file_mb(onnx_file):.3f}",
                "",
            ],
        ],
    )
    batches = math.ceil(opts.features / opts.batch)
    print(f"tool    : {ALGORITHM}, PROCESSOR_TYPE=1 (CPU), MODEL_ARGUMENTS batch_size={opts.batch}")
    print(f"chips   : {opts.features:,} of [3,{CHIP},{CHIP}] in {batches} batches of <= {opts.batch}")
    print(flush=True)

    params = tool_parameters(raster, emd, features, work / "out_inproc.gpkg", opts.batch)

    # 2. session.run alone, the tool, session.run alone again (same process, default threads)
    alone_runs, tools = [], []
    for number in range(max(1, opts.repeat)):
        Quiet.wait(f"session.run alone #{number + 1}")
        alone_runs.append(time_alone(onnx_file, opts.features, opts.batch))
        Quiet.wait(f"tool #{number + 1}")
        tools.append(run_tool_in_process(params))
    Quiet.wait(f"session.run alone #{len(alone_runs) + 1}")
    alone_runs.append(time_alone(onnx_file, opts.features, opts.batch))
    tool = sorted(tools, key=lambda r: r["seconds"])[(len(tools) - 1) // 2]
    ort_s = statistics.median(run["seconds"] for run in alone_runs)
    ratio = tool["seconds"] / ort_s
    total, labelled, histogram = count_output(Path(params["OUTPUT"]))
    print("in-process timing (default onnxruntime threads)")
    print(f"runs alternate: session.run alone, tool, ..., session.run alone; medians used (n={len(tools)})")
    rows = []
    for number, run in enumerate(alone_runs, start=1):
        rows.append(
            [
                f"session.run alone #{number}",
                f"{run['seconds']:.2f}",
                f"{run['cpu']:.2f}",
                f"{opts.features / run['seconds']:.0f}",
                "",
            ]
        )
    for number, run in enumerate(tools, start=1):
        rows.append(
            [
                f"tool, processing.run #{number}",
                f"{run['seconds']:.2f}",
                f"{run['cpu']:.2f}",
                f"{opts.features / run['seconds']:.0f}",
                f"{run['other_cores']:.2f}",
            ]
        )
    print_table(["what", "wall s", "CPU s", "chips/s", "other procs' cores"], rows)
    print("phases of the median tool run (wall s)")
    print_table(
        ["processing.run", "before classify_objects", "classify_objects", "session.run in it", "after it"],
        [
            [
                f"{tool['seconds']:.2f}",
                f"{tool['before_core']:.2f}",
                f"{tool['core']:.2f}",
                f"{tool['session_seconds']:.2f}",
                f"{tool['after_core']:.2f}",
            ]
        ],
    )
    print(
        "  before: model, features read, reprojected, shapely, chip plans; classify_objects: read-ahead "
        "thread (read + preprocess) || session.run; after: output features written to the sink"
    )
    print(
        f"tool output: {total} features, {labelled} labelled, labels {histogram}; provider {tool['provider']}"
    )
    for line in tool["log"]:
        print(f"  tool log: {line}")
    print()
    print("CPU per thread during the tool run")
    print_table(["thread", "tid", "CPU s", "cores"], tool["threads"])
    print(
        f"RATIO tool / session.run alone = {tool['seconds']:.2f} / {ort_s:.2f} = {ratio:.2f} "
        f"(target <= {TARGET_RATIO}: {verdict(ratio <= TARGET_RATIO)})"
    )
    print(
        f"      tool / its own session.run time = "
        f"{tool['seconds'] / max(tool['session_seconds'], 1e-9):.2f}; "
        f"its session.run vs session.run alone = {tool['session_seconds'] / ort_s:.2f}"
    )
    print(f"other processes (busy cores before each timed section): {Quiet.details()}")
    print(flush=True)

    # reading alone: how fast can the chips be read at all?
    windows = chip_windows(features, opts.size)
    Quiet.wait("reads alone")
    reads_s = time_gdal_reads(raster, windows)
    decode_s, tiles = time_tile_decode(raster)
    print("reading alone (one thread, fresh GDAL dataset, no model): floors for the read-ahead thread")
    print_table(
        ["what", "s", "per item ms", "vs session.run alone"],
        [
            [
                f"ReadAsArray of the tool's {len(windows):,} windows in its order",
                f"{reads_s:.2f}",
                f"{1000 * reads_s / len(windows):.3f}",
                f"{reads_s / ort_s:.2f}",
            ],
            [
                f"ReadAsArray of each of the {tiles:,} 256^2 tiles once (DEFLATE decode)",
                f"{decode_s:.2f}",
                f"{1000 * decode_s / tiles:.3f}",
                f"{decode_s / ort_s:.2f}",
            ],
        ],
    )

    # 3. peak RSS in a child process
    if not opts.no_subprocess:
        print("child process: scripts/qgis_process run (peak RSS from os.wait4 ru_maxrss)")
        child_rows = []
        for label, source in ((f"{opts.features:,} polygons", features), ("100 polygons (baseline)", small)):
            child_params = dict(
                params, INPUT_FEATURES=str(source), OUTPUT=str(work / f"out_child_{source.stem}.gpkg")
            )
            Quiet.wait(f"child {label}")
            child = run_child(child_params, work)
            got = count_output(Path(child_params["OUTPUT"]))
            child_rows.append(
                [
                    label,
                    child["rc"],
                    f"{child['seconds']:.2f}",
                    f"{child['cpu']:.2f}",
                    f"{child['maxrss_mb']:.0f}",
                    f"{child['hwm_mb']:.0f}",
                    f"{got[0]}/{got[1]}",
                ]
            )
            if child["rc"] != 0:
                print("  child failed: " + (child["stderr"][-2000:] or child["stdout"][-2000:]))
            if source == features:
                print("  command: " + " ".join(child["command"]))
        print_table(
            ["run", "rc", "wall s", "CPU s", "peak RSS MB (wait4)", "VmHWM MB (polled)", "features/labelled"],
            child_rows,
        )

    # 4. profile and thread-count observation
    if opts.profile == "always" or (opts.profile == "auto" and ratio > TARGET_RATIO):
        Quiet.wait("profiled tool")
        profiled = run_tool_in_process(params, profile=True)
        print(f"cProfile of one in-process run (wall {profiled['seconds']:.2f} s under the profiler)")
        print("-- calling thread (processing.run), top 20 by cumulative time --")
        print(profile_text(profiled["main_profile"], top=20, preamble=False))
        if profiled["read_profile"] is not None:
            print("-- read-ahead thread (_produce_batches: read, preprocess), top 20 by cumulative time --")
            print(profile_text(profiled["read_profile"], top=20, preamble=False))
        print(flush=True)

    thread_counts = [int(t) for t in opts.threads.split(",") if t.strip()]
    settings: list[tuple[str, int, dict]] = [(f"intra_op_num_threads={n}", n, {}) for n in thread_counts]
    if not opts.no_spinning_observation:
        settings.append(("default threads, allow_spinning=0", 0, {"session.intra_op.allow_spinning": "0"}))
        for n in thread_counts:
            settings.append(
                (f"intra_op_num_threads={n}, allow_spinning=0", n, {"session.intra_op.allow_spinning": "0"})
            )
    if settings:
        print("observation: onnxruntime session settings changed for BOTH the tool (patched in this process")
        print("only; the tool itself keeps onnxruntime's defaults) and session.run alone; medians of")
        print(f"{max(1, opts.observe_repeat)} alternating runs each (tool runs listed)")
        rows = [
            [
                "default (the tool's)",
                f"{ort_s:.2f}",
                f"{tool['seconds']:.2f} ({', '.join(format(t['seconds'], '.2f') for t in tools)})",
                f"{tool['session_seconds']:.2f}",
                f"{ratio:.2f}",
                f"{tool['seconds'] / ort_s:.2f}",
            ]
        ]
        for label, count, config in settings:
            OrtSettings.threads, OrtSettings.config = count, config
            alone_s, tool_s, inner_s = [], [], []
            try:
                for number in range(max(1, opts.observe_repeat)):
                    Quiet.wait(f"{label} alone #{number + 1}")
                    alone_s.append(time_alone(onnx_file, opts.features, opts.batch)["seconds"])
                    Quiet.wait(f"{label} tool #{number + 1}")
                    run = run_tool_in_process(params)
                    tool_s.append(run["seconds"])
                    inner_s.append(run["session_seconds"])
            finally:
                OrtSettings.threads, OrtSettings.config = 0, {}
            alone_m, tool_m = statistics.median(alone_s), statistics.median(tool_s)
            rows.append(
                [
                    label,
                    f"{alone_m:.2f}",
                    f"{tool_m:.2f} ({', '.join(f'{t:.2f}' for t in tool_s)})",
                    f"{statistics.median(inner_s):.2f}",
                    f"{tool_m / alone_m:.2f}",
                    f"{tool_m / ort_s:.2f}",
                ]
            )
        print_table(
            [
                "setting",
                "session.run alone s",
                "tool s (runs)",
                "tool's session.run s",
                "ratio (same setting)",
                "tool / default session.run alone",
            ],
            rows,
        )

    if opts.width_observation > 1:
        width = opts.width_observation
        heavy_emd = models.object_classifier(work / f"model_x{width}", chip=CHIP, width=width)
        heavy_params = dict(params, MODEL=str(heavy_emd))
        Quiet.wait(f"x{width} model alone")
        heavy_alone = time_alone(heavy_emd.parent / "cls.onnx", opts.features, opts.batch)
        Quiet.wait(f"x{width} model tool")
        heavy_tool = run_tool_in_process(heavy_params)
        print(
            f"observation: the same network {width}x wider ({16 * width}-{32 * width}-{64 * width} channels,"
        )
        print(f"about {width * width}x the multiply-adds), default settings, one run each")
        print_table(
            ["model", "session.run alone s", "ms per chip", "tool s", "tool's session.run s", "ratio"],
            [
                [
                    "16-32-64 (the benchmark's)",
                    f"{ort_s:.2f}",
                    f"{1000 * ort_s / opts.features:.3f}",
                    f"{tool['seconds']:.2f}",
                    f"{tool['session_seconds']:.2f}",
                    f"{ratio:.2f}",
                ],
                [
                    f"{16 * width}-{32 * width}-{64 * width}",
                    f"{heavy_alone['seconds']:.2f}",
                    f"{1000 * heavy_alone['seconds'] / opts.features:.3f}",
                    f"{heavy_tool['seconds']:.2f}",
                    f"{heavy_tool['session_seconds']:.2f}",
                    f"{heavy_tool['seconds'] / heavy_alone['seconds']:.2f}",
                ],
            ],
        )
    print(f"other processes, every timed section (busy cores before it): {Quiet.details()}")
    print(f"done; load average now {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    exit_now(main())
