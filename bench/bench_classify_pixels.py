"""Speed and memory benchmarks of Classify Pixels Using Deep Learning (``rasterdl:classifypixels``).

Subcommands (each prints the machine, the versions, the sizes, the times and the ratios):

* ``memory``   - peak RSS of ``scripts/qgis_process`` on a 5,000^2 and a 20,000^2 input
                 (one child process each, peak RSS from ``os.wait4``); target ratio <= 1.5.
* ``overhead`` - the tool's wall time (in-process ``processing.run``) on a 4,096^2 raster with the
                 small U-Net vs onnxruntime's ``session.run`` alone over the same batches;
                 target ratio <= 1.15 on CPU.
* ``geodeep``  - the tool vs GeoDeep (``pip install -r requirements-bench.txt``) on the same
                 U-Net (with GeoDeep's ONNX metadata), raster, tile size and overlap; target: ours
                 faster; also how far the two class maps agree.

Run with the project venv: ``.venv/bin/python bench/bench_classify_pixels.py overhead``;
``--quick`` before the subcommand runs its smallest scenario (a smoke test, not a measurement).
Big files go to ``.build/bench`` (git-ignored) and are deleted afterwards unless ``--keep``.
"""

from __future__ import annotations

import argparse
import math
import re
import resource
import statistics
import sys
import threading
import time
from pathlib import Path

import numpy as np
from harness import (
    DISTURBED,
    MB,
    REPO,
    GeoDeepTimer,
    Meter,
    OrtSettings,
    Quiet,
    add_quick,
    add_wait_idle,
    batch_shapes,
    create_geotiff,
    exit_now,
    file_mb,
    gdal_cache,
    geodeep_missing,
    log_lines,
    model_arguments,
    ort_session,
    print_header,
    print_json_result,
    print_table,
    qgis_init,
    remove_raster,
    run_algorithm,
    run_geodeep_child,
    run_qgis_process,
    tiled_deflate,
    time_session_run,
    tool_failure,
    verdict,
)

import models

DEFAULT_WORK = REPO / ".build" / "bench"
ALGORITHM = "rasterdl:classifypixels"
CELL = 0.1  # metres per pixel (10 cm/px, the resolution written into the GeoDeep metadata)


# --------------------------------------------------------------------------- rasters


def write_test_raster(path: Path, size: int, bands: int = 3, block: int = 512, seed: int = 0) -> Path:
    """A ``size`` x ``size`` uint8 GeoTIFF (tiled, DEFLATE) of :func:`models.synthetic_rows`.

    Written in strips of ``block`` rows so the whole array is never in memory.
    """
    options = tiled_deflate(block, "PREDICTOR=2", "NUM_THREADS=ALL_CPUS", "INTERLEAVE=PIXEL")
    with gdal_cache(128):
        ds = create_geotiff(path, size, bands, CELL, options)
        for top in range(0, size, block):
            rows = min(block, size - top)
            pixels = models.synthetic_rows(top, rows, size, bands, seed)
            for b in range(bands):
                ds.GetRasterBand(b + 1).WriteArray(pixels[b], 0, top)
            ds.FlushCache()
        ds = None
    return Path(path)


def ensure_raster(path: Path, size: int) -> tuple[Path, float]:
    """``path`` (written now unless a raster of that size is there) and the seconds writing took."""
    from osgeo import gdal

    if path.exists():
        ds = gdal.Open(str(path))
        if ds is not None and ds.RasterXSize == size and ds.RasterYSize == size:
            return path, 0.0
    started = time.perf_counter()
    write_test_raster(path, size)
    return path, time.perf_counter() - started


def read_band(path: Path) -> np.ndarray:
    from osgeo import gdal

    ds = gdal.Open(str(path))
    return ds.GetRasterBand(1).ReadAsArray()


# --------------------------------------------------------------------------- the tool


TILES_RE = re.compile(r"(\d+) tiles in ([\d.]+) s .*?model time ([\d.]+) s")


def parse_log(lines: list[str]) -> dict[str, float]:
    for line in lines:
        match = TILES_RE.search(line)
        if match:
            return {
                "tiles": int(match.group(1)),
                "engine_s": float(match.group(2)),
                "model_s": float(match.group(3)),
            }
    return {}


def run_tool(raster: Path, model: Path, output: Path, args: dict, profile: str = "") -> dict:
    """``processing.run`` in this process, timed around the call; cProfile or py-spy when asked."""
    params = {
        "INPUT": str(raster),
        "MODEL": str(model),
        "OUTPUT": str(output),
        "MODEL_ARGUMENTS": model_arguments(**args),
        "PROCESSOR_TYPE": 1,
    }
    remove_raster(output)
    run = run_algorithm(ALGORITHM, params, profile=profile)
    return {**run, **parse_log(run["log"])}


def run_child(raster: Path, model: Path, output: Path, args: dict, log_dir: Path, env_extra: dict) -> dict:
    """``scripts/qgis_process --json run`` in a child process; wall time and the child's peak RSS (wait4)."""
    remove_raster(output)
    params = [
        f"INPUT={raster}",
        f"MODEL={model}",
        f"OUTPUT={output}",
        f"MODEL_ARGUMENTS={','.join(model_arguments(**args))}",
        "PROCESSOR_TYPE=1",
    ]
    run = run_qgis_process(ALGORITHM, params, log_dir, output.stem, env_extra)
    return {**run, **parse_log(log_lines(run))}


def time_alone(model: Path, tiles: int, batch: int, tile: int, bands: int = 3) -> dict:
    """Seconds of ``session.run`` alone over the tool's batches (inputs made beforehand, not timed)."""
    rng = np.random.default_rng(1)
    shapes = batch_shapes(tiles, batch)
    inputs = {n: rng.normal(0.0, 1.0, size=(n, bands, tile, tile)).astype(np.float32) for n in set(shapes)}
    return time_session_run(ort_session(model), shapes, inputs.__getitem__)


def cmd_memory(opts: argparse.Namespace) -> int:
    print_header("memory: peak RSS of qgis_process, 5,000^2 vs 20,000^2")
    work = Path(opts.workdir)
    model_dir = work / "models"
    built = models.build_all(model_dir)
    args = {"tile_size": opts.tile, "padding": opts.padding, "batch_size": opts.batch}
    print(f"model   : {built['pointwise_emd']} (1x1 conv, 3 bands -> 2 classes, logits)")
    print(f"args    : {args}, PROCESSOR_TYPE=CPU, one qgis_process child per size")
    extra_env = {"GDAL_CACHEMAX": opts.gdal_cachemax} if opts.gdal_cachemax else {}
    if extra_env:
        print(f"env     : {extra_env}")
    print()
    sizes = [opts.baseline_size, *opts.sizes] if opts.baseline_size else list(opts.sizes)
    rows, runs = [], {}
    failed = False
    for size in sizes:
        raster = work / f"memory_{size}.tif"
        _, write_s = ensure_raster(raster, size)
        output = work / f"memory_{size}_classes.tif"
        print(
            f"  {size}^2: input {file_mb(raster):.1f} MB (written in {write_s:.1f} s); "
            "running qgis_process ...",
            flush=True,
        )
        Quiet.wait(f"{size}^2")
        run = run_child(raster, built["pointwise_emd"], output, args, work, extra_env)
        runs[size] = run
        if run["rc"] != 0:
            failed = True
            print(f"  FAILED rc={run['rc']}: {' '.join(run['command'])}")
            print("  stderr tail:\n    " + "\n    ".join(run["stderr"].strip().splitlines()[-15:]))
        else:
            out_mb = file_mb(output) if output.exists() else float("nan")
            print(
                f"    done in {run['seconds']:.1f} s, peak RSS {run['maxrss_kb'] / 1024:.0f} MB, "
                f"output {out_mb:.1f} MB",
                flush=True,
            )
        rows.append(
            [
                f"{size}^2",
                f"{size * size / 1e6:.1f}",
                f"{file_mb(raster):.1f}",
                run.get("tiles", "?"),
                run["rc"],
                f"{run['seconds']:.1f}",
                f"{run['user_s'] + run['sys_s']:.1f}",
                f"{run['maxrss_kb'] / 1024:.0f}",
                f"{run['hwm_kb'] / 1024:.0f}",
                f"{run['other_cores']:.2f}",
            ]
        )
        if not opts.keep:
            remove_raster(raster)
        remove_raster(output)
        for suffix in (".json", ".stderr"):
            (work / f"{output.stem}{suffix}").unlink(missing_ok=True)
    print()
    print_table(
        [
            "input",
            "Mpx",
            "input MB",
            "tiles",
            "rc",
            "wall s",
            "CPU s",
            "peak RSS MB (wait4)",
            "VmHWM MB (polled)",
            "other load (cores)",
        ],
        rows,
    )
    launcher = max(run["launcher_kb"] for run in runs.values()) / 1024
    print(
        f"peak RSS = ru_maxrss of os.wait4 on each child, forked by a {launcher:.0f} MB launcher "
        "(python3 -S); VmHWM = the child's high-water mark polled from /proc every 0.25 s"
    )
    small, big = opts.sizes[0], opts.sizes[-1]
    ratio = runs[big]["maxrss_kb"] / runs[small]["maxrss_kb"]
    if failed:
        print("RESULT: a run FAILED (see above); the peak RSS of a failed run is its peak until it failed.")
    met = verdict(ratio <= 1.5 and not failed)
    print(
        f"peak RSS ratio {big}^2 / {small}^2 = {ratio:.2f}  (target <= 1.5: {met}"
        + (", a run failed)" if failed else ")")
    )
    if opts.baseline_size and opts.baseline_size in runs:
        base = runs[opts.baseline_size]["maxrss_kb"]
        grow_small = (runs[small]["maxrss_kb"] - base) / 1024
        grow_big = (runs[big]["maxrss_kb"] - base) / 1024
        print(
            f"above the {opts.baseline_size}^2 run ({base / 1024:.0f} MB): {small}^2 +{grow_small:.0f} MB, "
            f"{big}^2 +{grow_big:.0f} MB"
        )
    return 1 if failed else 0


def cmd_memory_trace(opts: argparse.Namespace) -> int:
    """Where the memory goes: one in-process run under tracemalloc (numpy and Python allocations).

    A thread snapshots the traced allocations every ``--every`` seconds and keeps the largest,
    whose top allocation sites are printed. GDAL's block cache and onnxruntime's arenas are not
    traced: compare the traced peak with the process's peak RSS.
    """
    import tracemalloc

    print_header(f"memory-trace: numpy/Python allocations at the peak, {opts.size}^2 in-process")
    work = Path(opts.workdir)
    built = models.build_all(work / "models")
    raster, write_s = ensure_raster(work / f"memory_{opts.size}.tif", opts.size)
    output = work / f"memory_{opts.size}_trace.tif"
    args = {"tile_size": opts.tile, "padding": opts.padding, "batch_size": opts.batch}
    print(
        f"model {built['pointwise_emd']}, args {args}, input {file_mb(raster):.1f} MB "
        f"(written in {write_s:.1f} s)"
    )
    qgis_init()
    best: dict = {"traced": 0, "snapshot": None}
    stop = threading.Event()

    def sampler() -> None:
        while not stop.wait(opts.every):
            current, _ = tracemalloc.get_traced_memory()
            if current > best["traced"]:
                best["traced"], best["snapshot"] = current, tracemalloc.take_snapshot()

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start(opts.frames)
    thread = threading.Thread(target=sampler, daemon=True)
    thread.start()
    run = run_tool(raster, built["pointwise_emd"], output, args)
    stop.set()
    thread.join()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"run: {run['seconds']:.1f} s (slowed by tracemalloc), error: {run['error'] or 'none'}")
    print(
        f"peak RSS of this process {rss_after / 1024:.0f} MB (before the run {rss_before / 1024:.0f} MB); "
        f"tracemalloc peak {peak / MB:.0f} MB; largest snapshot {best['traced'] / MB:.0f} MB"
    )
    if best["snapshot"] is not None:
        stats = best["snapshot"].statistics("traceback" if opts.frames > 1 else "lineno")
        print(f"top {opts.top} allocation sites in the largest snapshot:")
        for stat in stats[: opts.top]:
            frames = " <- ".join(
                f"{Path(f.filename).name}:{f.lineno}" for f in list(stat.traceback)[: max(opts.frames, 1)]
            )
            print(f"  {stat.size / MB:8.1f} MB  {stat.count:6d} blocks  {frames}")
    remove_raster(output)
    if not opts.keep:
        remove_raster(raster)
    return 0


# --------------------------------------------------------------------------- overhead


def tile_count(size: int, tile: int, padding: int) -> int:
    """Tiles of the plugin's grid (core/engine/tiling.py): origins step tile - 2 * padding."""
    core = tile - 2 * padding
    per_axis = math.ceil(size / core)
    return per_axis * per_axis


def cmd_overhead(opts: argparse.Namespace) -> int:
    print_header("overhead: tool wall time vs onnxruntime session.run alone")
    work = Path(opts.workdir)
    built = models.build_all(work / "models")
    raster, write_s = ensure_raster(work / f"overhead_{opts.size}.tif", opts.size)
    warm_raster, _ = ensure_raster(work / "warmup_512.tif", 512)
    output = work / f"overhead_{opts.size}_classes.tif"
    args = {"tile_size": opts.tile, "padding": opts.padding, "batch_size": opts.batch}
    expected_tiles = tile_count(opts.size, opts.tile, opts.padding)
    print(f"model   : {built['unet_emd']} (U-Net 3 -> 16,16 | pool | 32 | up, concat | 16 | 1x1 -> 4 logits)")
    print(
        f"raster  : {raster} {opts.size}^2 x 3 bands uint8, {file_mb(raster):.1f} MB"
        + (f" (written in {write_s:.1f} s)" if write_s else "")
    )
    print(
        f"args    : {args}, PROCESSOR_TYPE=CPU; grid: {expected_tiles} tiles, "
        f"{len(batch_shapes(expected_tiles, opts.batch))} batches "
        f"{batch_shapes(expected_tiles, opts.batch)[-1:]}"
        " last"
    )
    if opts.switch_interval:
        sys.setswitchinterval(opts.switch_interval)
        print(f"EXPERIMENT: sys.setswitchinterval({opts.switch_interval}) in this process (default 0.005)")
    if OrtSettings.describe():
        print(
            f"EXPERIMENT: onnxruntime settings for the tool and session.run alone: {OrtSettings.describe()}"
        )
    print()
    warm = run_tool(warm_raster, built["unet_emd"], work / "warmup_classes.tif", args)
    if warm["error"]:
        print("warm-up run: " + tool_failure(warm))
        return 1
    rows = []
    tool_times, ort_times, model_times = [], [], []
    tiles = expected_tiles
    for rep in range(opts.repeats):
        for attempt in range(opts.retries + 1):
            Quiet.wait(f"tool run {rep + 1}")
            run = run_tool(raster, built["unet_emd"], output, args)
            if run["error"]:
                print(f"run {rep + 1}: " + tool_failure(run))
                return 1
            tiles = run.get("tiles", expected_tiles)
            Quiet.wait(f"session.run alone {rep + 1}")
            alone = time_alone(built["unet"], tiles, opts.batch, opts.tile)
            load = max(run["other_cores"], alone["other_cores"])
            if load <= DISTURBED or attempt == opts.retries:
                break
            print(
                f"  run {rep + 1}: other processes used {load:.2f} cores meanwhile "
                f"(tool {run['seconds']:.2f} s, alone {alone['seconds']:.2f} s): measuring again",
                flush=True,
            )
        tool_times.append(run["seconds"])
        ort_times.append(alone["seconds"])
        model_times.append(run.get("model_s", float("nan")))
        rows.append(
            [
                rep + 1,
                tiles,
                alone["batches"],
                f"{run['seconds']:.2f}",
                f"{run.get('engine_s', float('nan')):.2f}",
                f"{run.get('model_s', float('nan')):.2f}",
                f"{run['cpu_s']:.1f}",
                f"{alone['seconds']:.2f}",
                f"{alone['cpu_s']:.1f}",
                f"{run['other_cores']:.2f} / {alone['other_cores']:.2f}",
                f"{run['seconds'] / alone['seconds']:.3f}",
            ]
        )
        print(
            f"  run {rep + 1}: tool {run['seconds']:.2f} s, session.run alone {alone['seconds']:.2f} s",
            flush=True,
        )
    print()
    if tiles != expected_tiles:
        print(f"note: the tool ran {tiles} tiles, the grid formula gives {expected_tiles}")
    print_table(
        [
            "run",
            "tiles",
            "batches",
            "tool wall s",
            "engine s (log)",
            "its session.run s (log)",
            "tool CPU s",
            "session.run alone s",
            "alone CPU s",
            "other load (cores) tool / alone",
            "ratio",
        ],
        rows,
    )
    print(f"CPU seconds per thread, last run (tool wall {run['seconds']:.2f} s):")
    print_table(["thread", "CPU s", "of wall"], run["threads"])
    print(f"CPU seconds per thread, last session.run alone (wall {alone['seconds']:.2f} s):")
    print_table(["thread", "CPU s", "of wall"], alone["threads"])
    tool_med, ort_med = statistics.median(tool_times), statistics.median(ort_times)
    ratio = statistics.median(t / o for t, o in zip(tool_times, ort_times))
    print(
        f"median tool wall time {tool_med:.2f} s; median session.run alone {ort_med:.2f} s "
        f"({tiles / ort_med:.1f} tiles/s)"
    )
    print(
        f"ratio tool / session.run alone = {ratio:.3f} (median of the per-run ratios; ratio of the medians "
        f"{tool_med / ort_med:.3f})  (target <= 1.15: {verdict(ratio <= 1.15)})"
    )
    print(
        f"best-of ratio (min / min) = {min(tool_times) / min(ort_times):.3f}; the tool's own session.run "
        f"time (log) is {statistics.median(model_times) / ort_med:.2f}x the standalone one"
    )
    if opts.profile:
        print()
        print(f"profile of one more tool run ({opts.profile}):")
        run = run_tool(raster, built["unet_emd"], output, args, profile=opts.profile)
        print(f"  wall {run['seconds']:.2f} s (with the profiler)")
        print(run.get("profile", "(no profile)"))
    if not opts.keep:
        for path in (raster, output, warm_raster, work / "warmup_classes.tif"):
            remove_raster(path)
    return 0


# --------------------------------------------------------------------------- geodeep


def geodeep_child(opts: argparse.Namespace) -> int:
    """Run GeoDeep's segmenter (its Python API) on ``--raster``; print one JSON line of timings.

    Runs in its own process: rasterio brings its own GDAL, which is kept away from QGIS's.
    The map before GeoDeep's 5x5 median filter is saved too, to tell tiling from filtering.
    """
    import geodeep
    import geodeep.geodeep as gd

    timer = GeoDeepTimer()
    filter_fn = gd.median_filter
    saved = {"median_filter_s": 0.0}

    def timed_filter(mask, size):
        saved["prefilter"] = mask.copy()
        started = time.perf_counter()
        try:
            return filter_fn(mask, size)
        finally:
            saved["median_filter_s"] += time.perf_counter() - started

    gd.median_filter = timed_filter
    best = None
    clean = 0
    all_seconds, all_other = [], []
    for _ in range(opts.repeats + opts.retries):
        if clean >= opts.repeats:
            break
        Quiet.wait("GeoDeep")
        timer.reset()
        saved["median_filter_s"] = 0.0
        with Meter() as meter:
            mask = geodeep.segment(opts.raster, opts.model, output_type="raw")
        record = {
            "seconds": meter.wall,
            "cpu_s": meter.cpu,
            "other_cores": meter.other_cores,
            "session_run_s": timer.session_run_s,
            "session_runs": timer.session_runs,
            "median_filter_s": saved["median_filter_s"],
        }
        undisturbed = meter.other_cores <= DISTURBED
        clean += undisturbed
        if best is None or (undisturbed, -meter.wall) > (best["other_cores"] <= DISTURBED, -best["seconds"]):
            best = record
        all_seconds.append(meter.wall)
        all_other.append(meter.other_cores)
    np.save(opts.out, mask)
    np.save(opts.out.replace(".npy", "_prefilter.npy"), saved.get("prefilter", mask))
    best.update(all_seconds=all_seconds, all_other=all_other, config=timer.config, **GeoDeepTimer.versions())
    print_json_result(best)
    return 0


def agreement(a: np.ndarray, b: np.ndarray, border: int = 0) -> float:
    if border:
        a, b = a[border:-border, border:-border], b[border:-border, border:-border]
    return float(np.mean(a == b))


def histogram(a: np.ndarray, classes: int) -> str:
    counts = np.bincount(a.ravel().astype(np.int64), minlength=classes)
    return " ".join(f"{100 * c / a.size:.1f}" for c in counts[:classes]) + (
        f" (+{counts[classes:].sum()} other)" if counts[classes:].sum() else ""
    )


def cmd_geodeep(opts: argparse.Namespace) -> int:
    print_header(
        "geodeep: the tool vs GeoDeep on the same model, raster, tile size and overlap",
        ("geodeep", "rasterio"),
    )
    if geodeep_missing():
        return 1
    work = Path(opts.workdir)
    model_dir = work / "models"
    n_classes = 4
    padding = round(opts.tile * opts.overlap / 200.0)
    model = models.unet(
        model_dir / "unet_geodeep.onnx",
        n_classes=n_classes,
        size=opts.tile,
        softmax=True,
        normalization="unit",
        metadata=models.geodeep_metadata(
            n_classes, opts.tile, opts.overlap, CELL * 100, seg_small_segment=0, seg_thresh=opts.seg_thresh
        ),
    )
    raster, write_s = ensure_raster(work / f"geodeep_{opts.size}.tif", opts.size)
    warm_raster, _ = ensure_raster(work / "warmup_512.tif", 512)
    output = work / f"geodeep_{opts.size}_classes.tif"
    gd_step = opts.tile - math.floor(opts.tile * opts.overlap / 100.0)
    gd_tiles = (
        len(range(0, opts.size - opts.tile + 1, gd_step))
        + (0 if (opts.size - opts.tile) % gd_step == 0 else 1)
    ) ** 2
    print(
        f"model   : {model} (the U-Net with softmax, fixed {opts.tile}x{opts.tile} input, dynamic batch; "
        f"metadata: model_type Segmentor, {n_classes} class_names, tiles_size {opts.tile}, tiles_overlap "
        f"{opts.overlap}%, resolution {CELL * 100:g} cm/px, seg_thresh {opts.seg_thresh}, "
        "seg_small_segment 0)"
    )
    print(
        f"raster  : {opts.size}^2 x 3 bands uint8 at {CELL * 100:g} cm/px, {file_mb(raster):.1f} MB"
        + (f" (written in {write_s:.1f} s)" if write_s else "")
    )
    print(
        f"tiling  : ours tile {opts.tile} padding {padding} (= {opts.overlap}% overlap read from the "
        "metadata) -> "
        f"{tile_count(opts.size, opts.tile, padding)} tiles; GeoDeep step {gd_step} -> {gd_tiles} "
        "tiles, batch 1"
    )
    print("both    : CPUExecutionProvider, onnxruntime default threads, ORT_ENABLE_ALL; input in page cache")
    print()

    # GeoDeep first, in its own process (rasterio's bundled GDAL stays out of this QGIS process).
    mask_path = work / "geodeep_mask.npy"
    Quiet.wait("GeoDeep")
    child_argv = [__file__, "_geodeep-child", "--out", str(mask_path), "--retries", str(opts.retries)]
    gd_run = run_geodeep_child(child_argv, raster, model, opts.repeats, opts.wait_idle)
    if gd_run is None:
        return 1
    print(
        f"  GeoDeep {gd_run['geodeep']} (rasterio {gd_run['rasterio']}, GDAL {gd_run['rasterio_gdal']}): "
        "runs "
        + ", ".join(
            f"{t:.2f}" + ("" if o <= DISTURBED else f" (other load {o:.2f})")
            for t, o in zip(gd_run["all_seconds"], gd_run["all_other"])
        )
        + " s",
        flush=True,
    )

    warm = run_tool(warm_raster, model, work / "warmup_classes.tif", {"batch_size": 4})
    if warm["error"]:
        print("warm-up run: " + tool_failure(warm))
        return 1
    ours: dict[int, dict] = {}
    for batch in opts.batches:
        best, clean, times = None, 0, []
        for _ in range(opts.repeats + opts.retries):
            if clean >= opts.repeats:
                break
            Quiet.wait(f"ours batch {batch}")
            run = run_tool(raster, model, output, {"batch_size": batch})
            if run["error"]:
                print(f"ours (batch {batch}): " + tool_failure(run))
                return 1
            undisturbed = run["other_cores"] <= DISTURBED
            clean += undisturbed
            times.append(
                f"{run['seconds']:.2f}" + ("" if undisturbed else f" (other load {run['other_cores']:.2f})")
            )
            if best is None or (undisturbed, -run["seconds"]) > (
                best["other_cores"] <= DISTURBED,
                -best["seconds"],
            ):
                best = run
        ours[batch] = best
        print(f"  ours batch {batch}: runs {', '.join(times)} s", flush=True)
        if batch == opts.batches[0]:
            our_map = read_band(output)
            log_lines = best["log"]
    print()
    rows = [
        [
            "GeoDeep (Python API, returns the array)",
            gd_run["session_runs"],
            1,
            f"{gd_run['seconds']:.2f}",
            f"{gd_run['session_run_s']:.2f}",
            f"{gd_run['seconds'] - gd_run['session_run_s']:.2f}",
            f"{gd_run['cpu_s']:.1f}",
            f"{gd_run['other_cores']:.2f}",
            f"median filter {gd_run['median_filter_s']:.2f} s",
        ]
    ]
    for batch, run in ours.items():
        model_s = run.get("model_s", float("nan"))
        rows.append(
            [
                "ours (processing.run, writes the GeoTIFF)",
                run.get("tiles", "?"),
                batch,
                f"{run['seconds']:.2f}",
                f"{model_s:.2f}",
                f"{run['seconds'] - model_s:.2f}",
                f"{run['cpu_s']:.1f}",
                f"{run['other_cores']:.2f}",
                "",
            ]
        )
    print_table(
        ["tool", "tiles", "batch", "best wall s", "session.run s", "rest s", "CPU s", "other load", "note"],
        rows,
    )
    for batch, run in ours.items():
        ratio = run["seconds"] / gd_run["seconds"]
        print(
            f"time ratio ours (batch {batch}) / GeoDeep = {ratio:.3f}  -> ours {1 / ratio:.2f}x as fast "
            f"(target: ours faster: {verdict(ratio < 1.0)})"
        )
    print(
        "per-tile model time: GeoDeep "
        f"{1000 * gd_run['session_run_s'] / max(gd_run['session_runs'], 1):.1f} ms, ours "
        + ", ".join(
            f"{1000 * r.get('model_s', float('nan')) / r.get('tiles', 1):.1f} ms (batch {b})"
            for b, r in ours.items()
        )
    )
    print()

    gd_map = np.load(mask_path)
    gd_pre = np.load(str(mask_path).replace(".npy", "_prefilter.npy"))
    if gd_map.shape != our_map.shape:
        print(f"class maps differ in shape: ours {our_map.shape}, GeoDeep {gd_map.shape}")
        return 1
    from scipy.ndimage import median_filter

    our_filtered = median_filter(our_map, 5)
    border = padding
    print_table(
        ["comparison", "equal pixels", f"equal, {border}-px border excluded"],
        [
            [
                "ours vs GeoDeep final (5x5 median-filtered)",
                f"{agreement(our_map, gd_map):.4f}",
                f"{agreement(our_map, gd_map, border):.4f}",
            ],
            [
                "ours vs GeoDeep before its median filter",
                f"{agreement(our_map, gd_pre):.4f}",
                f"{agreement(our_map, gd_pre, border):.4f}",
            ],
            [
                "ours + same 5x5 median filter vs GeoDeep final",
                f"{agreement(our_filtered, gd_map):.4f}",
                f"{agreement(our_filtered, gd_map, border):.4f}",
            ],
        ],
    )
    print(
        f"class shares % (classes 0..{n_classes - 1}): ours {histogram(our_map, n_classes)}; "
        f"GeoDeep {histogram(gd_map, n_classes)}"
    )
    info = [
        ln for ln in log_lines if "tiles" in ln or "Execution provider" in ln or "cell size" in ln.lower()
    ]
    if info:
        print("our log: " + " | ".join(info))
    if not opts.keep:
        for path in (raster, output, warm_raster, work / "warmup_classes.tif"):
            remove_raster(path)
        mask_path.unlink(missing_ok=True)
        Path(str(mask_path).replace(".npy", "_prefilter.npy")).unlink(missing_ok=True)
    return 0


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--workdir", default=str(DEFAULT_WORK), help="where rasters and models go (%(default)s)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the rasters written")
    add_quick(parser, "the subcommand's smallest scenario")
    parser.add_argument(
        "--retries",
        type=int,
        default=3,
        help=f"measure a repetition again (up to this many times) when other processes used more than "
        f"{DISTURBED} cores during it",
    )
    add_wait_idle(parser, 180.0)
    sub = parser.add_subparsers(
        dest="command", required=True, metavar="{memory,memory-trace,overhead,geodeep}"
    )

    memory = sub.add_parser("memory", help="peak RSS of qgis_process, 5,000^2 vs 20,000^2")
    memory.add_argument("--sizes", type=int, nargs=2, default=[5000, 20000])
    memory.add_argument(
        "--baseline-size",
        type=int,
        default=512,
        help="also run this size to show the fixed cost of the process (0: skip)",
    )
    memory.add_argument("--tile", type=int, default=512)
    memory.add_argument("--padding", type=int, default=32)
    memory.add_argument("--batch", type=int, default=4)
    memory.add_argument("--gdal-cachemax", default="", help="GDAL_CACHEMAX for the children (default: unset)")

    trace = sub.add_parser("memory-trace", help="tracemalloc of one in-process run (where memory goes)")
    trace.add_argument("--size", type=int, default=20000)
    trace.add_argument("--tile", type=int, default=512)
    trace.add_argument("--padding", type=int, default=32)
    trace.add_argument("--batch", type=int, default=4)
    trace.add_argument("--every", type=float, default=1.0, help="seconds between snapshots")
    trace.add_argument("--frames", type=int, default=1, help="traceback depth of each allocation site")
    trace.add_argument("--top", type=int, default=12)

    overhead = sub.add_parser("overhead", help="tool wall time vs session.run alone")
    overhead.add_argument("--size", type=int, default=4096)
    overhead.add_argument("--tile", type=int, default=256)
    overhead.add_argument("--padding", type=int, default=32)
    overhead.add_argument("--batch", type=int, default=4)
    overhead.add_argument("--repeats", type=int, default=3)
    overhead.add_argument(
        "--ort-config",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="experiment: an onnxruntime session config entry for both the tool (patched in this process) "
        "and the standalone session, e.g. session.intra_op.allow_spinning=0",
    )
    overhead.add_argument("--threads", type=int, default=0, help="experiment: intra_op_num_threads for both")
    overhead.add_argument("--switch-interval", type=float, help="experiment: sys.setswitchinterval(S)")
    overhead.add_argument(
        "--profile",
        choices=["cprofile", "py-spy"],
        default=None,
        help="profile one extra tool run (cProfile: main thread only; py-spy: all threads)",
    )

    gd = sub.add_parser("geodeep", help="the tool vs GeoDeep")
    gd.add_argument("--size", type=int, default=4096)
    gd.add_argument("--tile", type=int, default=256)
    gd.add_argument(
        "--overlap", type=float, default=25.0, help="tiles_overlap in percent (padding = tile*%%/200)"
    )
    gd.add_argument("--seg-thresh", type=float, default=0.5)
    gd.add_argument("--batches", type=int, nargs="+", default=[4, 1], help="our batch sizes to time")
    gd.add_argument("--repeats", type=int, default=2)

    child = sub.add_parser("_geodeep-child")
    child.add_argument("--raster", required=True)
    child.add_argument("--model", required=True)
    child.add_argument("--out", required=True)
    child.add_argument("--repeats", type=int, default=1)
    child.add_argument("--retries", type=int, default=3)
    child.add_argument("--wait-idle", type=float, default=180.0)

    opts = parser.parse_args(argv)
    if opts.quick:
        vars(opts).update(QUICK.get(opts.command, {}), wait_idle=0.0, retries=0)
    if opts.command == "_geodeep-child":
        Quiet.max_wait = opts.wait_idle
        return geodeep_child(opts)
    Path(opts.workdir).mkdir(parents=True, exist_ok=True)
    handler = {
        "memory": cmd_memory,
        "memory-trace": cmd_memory_trace,
        "overhead": cmd_overhead,
        "geodeep": cmd_geodeep,
    }[opts.command]
    Quiet.max_wait = opts.wait_idle
    if opts.command == "overhead":
        OrtSettings.config = dict(item.split("=", 1) for item in opts.ort_config)
        OrtSettings.threads = opts.threads
    try:
        return handler(opts)
    finally:
        if Quiet.summary():
            print(Quiet.summary())


#: What ``--quick`` changes per subcommand: the smallest inputs, one repetition.
QUICK = {
    "memory": {"sizes": [512, 1024], "baseline_size": 0, "tile": 256},
    "memory-trace": {"size": 1024, "every": 0.05},
    "overhead": {"size": 512, "repeats": 1},
    "geodeep": {"size": 512, "repeats": 1, "batches": [4]},
}


if __name__ == "__main__":
    exit_now(main())
