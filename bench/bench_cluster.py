"""Scale-out benchmark of Classify Pixels (issue 19): in-process vs a local Dask cluster, side by side.

One run classifies the same raster (16,384^2 x 3 uint8 by default) with the benchmark U-Net through
the Python API (``rasterdl.classify_pixels``, api.py) in fresh child processes, one per variant:

* ``in-process``    - ``client=None``: onnxruntime's default intra-op threads (all cores), as users run it;
* ``in-process-1t`` - the same with one intra-op thread (the session options patched in that child
                      only: the API does not expose threads), the per-process share a worker gets;
* ``cluster``       - ``client=`` a ``distributed.Client`` of a LocalCluster of ``--workers`` worker
                      processes, one thread and RASTERDL_WORKER_THREADS = cores // workers each, as
                      ``client="local:N"`` starts it (the bench opens it itself to ask the workers for
                      their peak RSS before it closes);
* ``cluster-vrt``   - the same cluster run with a .vrt OUTPUT: the driver moves each block's part
                      into ``<name>_parts`` and writes a VRT over them instead of copying the pixels;
* ``cluster-1x1``   - the same cluster run with a near-free model (a 1x1 convolution, same tiles and
                      blocks): what a block costs a worker besides the model (reading, preprocessing,
                      blending, writing its part), the floor a GPU worker keeps however fast its model.

It prints wall time, throughput (Mpx/s, tiles/s), the ratios to in-process, peak memory (each child's
own peak RSS; for the cluster the driver's and each worker's), the blocks (count, output and view
window sizes, bytes read and written per block), the worker seconds per block (Dask's task stream),
the driver's assembly seconds per block (``core/cluster/pixel_blocks._copy_part`` timed in the driver)
and whether the class rasters of all variants are pixel-identical.

Each child is started through ``launch.py``. The input raster is written once into ``--workdir``
(``.build/bench``) and kept there as a cache; the outputs are deleted unless ``--keep``.
``--quick``: a 2,048^2 raster cut into 768^2 blocks, no idle wait (a smoke test, not a measurement).

Run: ``.venv/bin/python bench/bench_cluster.py`` (about 12 minutes on 2 cores).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from harness import (
    JSON_MARK,
    LAUNCHER,
    MB,
    PLUGINS_DIR,
    REPO,
    Meter,
    OrtSettings,
    Quiet,
    add_quick,
    add_wait_idle,
    exit_now,
    file_mb,
    print_header,
    print_json_result,
    print_table,
    remove_raster,
    self_peak_mib,
)

import models

DEFAULT_WORK = REPO / ".build" / "bench"
VARIANTS = ("in-process", "in-process-1t", "cluster", "cluster-vrt", "cluster-1x1")
#: Variants whose class raster is compared with in-process's (cluster-1x1 runs another model).
SAME_MODEL = ("in-process-1t", "cluster", "cluster-vrt")
BANDS = 3


# --------------------------------------------------------------------------- children (one per variant)


def _import_api():
    """``rasterdl.api`` from the plugin folder the other benches use (a link to this checkout)."""
    PLUGINS_DIR.mkdir(parents=True, exist_ok=True)
    link = PLUGINS_DIR / "rasterdl"
    if not link.is_symlink() and not link.exists():
        link.symlink_to(REPO, target_is_directory=True)
    if str(PLUGINS_DIR) not in sys.path:
        sys.path.insert(0, str(PLUGINS_DIR))
    import rasterdl.api

    return rasterdl.api


def _own_peak() -> dict:
    """This process's peak RSS: ru_maxrss (RUSAGE_SELF) and VmHWM, in MiB, and its CPU seconds."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "maxrss_mib": usage.ru_maxrss / 1024.0,
        "hwm_mib": self_peak_mib(),
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "pid": os.getpid(),
    }


def child_in_process(opts: argparse.Namespace) -> dict:
    """One in-process ``classify_pixels`` run (``client=None``), timed, with this process's peak."""
    api = _import_api()
    if opts.threads:
        OrtSettings.threads = opts.threads
        OrtSettings.patch_plugin()
    with Meter() as meter:
        results = api.classify_pixels(opts.raster, opts.model, opts.out, model_arguments=_args(opts))
    return {
        "seconds": meter.wall,
        "cpu_s": meter.cpu,
        "other_cores": meter.other_cores,
        "tiles": results["TILES"],
        "provider": results["EXECUTION_PROVIDER"],
        "peak": _own_peak(),
    }


def _worker_usage() -> dict:
    """On a worker: its pid, peak RSS (ru_maxrss and VmHWM, MiB) and CPU seconds so far."""
    return _own_peak()


def child_cluster(opts: argparse.Namespace) -> dict:
    """One ``classify_pixels(client=Client(LocalCluster))`` run, timed; per-block figures from the task
    stream (worker seconds) and from ``_copy_part`` timed in this process (the driver's assembly)."""
    api = _import_api()
    from distributed import Client, LocalCluster, get_task_stream
    from rasterdl.core.cluster import pixel_blocks

    threads = max(1, (os.cpu_count() or 1) // opts.workers)
    started = time.perf_counter()
    cluster = LocalCluster(
        n_workers=opts.workers,
        processes=True,
        threads_per_worker=1,
        dashboard_address=None,
        silence_logs=logging.ERROR,
        env={"RASTERDL_WORKER_THREADS": str(threads)},
    )
    client = Client(cluster, set_as_default=False)
    client.wait_for_workers(opts.workers)
    startup = time.perf_counter() - started

    copies: list[dict] = []
    original = pixel_blocks._copy_part

    def timed_copy(result, block, writer, with_probabilities) -> None:
        part_bytes = os.path.getsize(result.class_part)
        cpu0, t0 = time.process_time(), time.perf_counter()
        original(result, block, writer, with_probabilities)
        copies.append(
            {
                "seconds": time.perf_counter() - t0,
                "cpu_s": time.process_time() - cpu0,
                "done_at": time.perf_counter(),
                "part_bytes": part_bytes,
                "width": block.width,
                "height": block.height,
                "view_width": block.view_width,
                "view_height": block.view_height,
                "engine_s": result.stats.seconds,
                "session_s": result.stats.session_seconds,
                "tiles": result.stats.tiles,
                "worker": result.worker,
            }
        )

    pixel_blocks._copy_part = timed_copy
    try:
        before = client.run(_worker_usage)
        with Meter() as meter, get_task_stream(client=client) as stream:
            results = api.classify_pixels(
                opts.raster, opts.model, opts.out, model_arguments=_args(opts), client=client
            )
        finished = time.perf_counter()
        workers = client.run(_worker_usage)
    finally:
        pixel_blocks._copy_part = original
        client.close()
        cluster.close()
    computes = [
        {
            "worker": task.get("worker", ""),
            "seconds": sum(s["stop"] - s["start"] for s in task["startstops"] if s["action"] == "compute"),
        }
        for task in stream.data
        if str(task.get("key", "")).startswith("rasterdl-")
    ]
    return {
        "seconds": meter.wall,
        "cpu_s": meter.cpu,
        "other_cores": meter.other_cores,
        "startup_s": startup,
        "after_last_block_s": finished - max((c["done_at"] for c in copies), default=finished),
        "tiles": results["TILES"],
        "blocks": results["BLOCKS"],
        "provider": results["EXECUTION_PROVIDER"],
        "worker_threads": threads,
        "copies": copies,
        "computes": computes,
        "workers": workers,
        "workers_before": before,
        "peak": _own_peak(),
    }


def _args(opts: argparse.Namespace) -> dict:
    return {"tile_size": opts.tile, "padding": opts.padding, "batch_size": opts.batch}


# --------------------------------------------------------------------------- the parent


def run_variant(variant: str, opts: argparse.Namespace, raster: Path, model: Path, out: Path) -> dict:
    """The variant in a fresh child started by ``launch.py``; its result and the launcher's report."""
    report = Path(opts.workdir) / f"cluster_{variant}.rusage.json"
    report.unlink(missing_ok=True)
    command = [sys.executable, str(Path(__file__).resolve()), "_child", "--variant", variant]
    command += ["--raster", str(raster), "--model", str(model), "--out", str(out)]
    command += ["--tile", str(opts.tile), "--padding", str(opts.padding), "--batch", str(opts.batch)]
    command += ["--workers", str(opts.workers)]
    env = dict(os.environ)
    if opts.block_pixels:
        env["RASTERDL_BLOCK_PIXELS"] = str(opts.block_pixels)
    python = "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable
    remove_output(out)
    child = subprocess.run(
        [python, "-S", str(LAUNCHER), str(report), *command],
        capture_output=True,
        text=True,
        cwd=str(REPO),
        env=env,
    )
    usage = json.loads(report.read_text()) if report.exists() else {}
    for path in (report, Path(str(report) + ".pid")):
        path.unlink(missing_ok=True)
    line = next((ln for ln in child.stdout.splitlines() if ln.startswith(JSON_MARK)), None)
    if usage.get("rc", child.returncode) or line is None:
        print(f"  {variant} FAILED (rc {usage.get('rc', child.returncode)}):")
        print("    " + "\n    ".join((child.stdout + child.stderr).strip().splitlines()[-20:]))
        return {}
    return {**json.loads(line[len(JSON_MARK) :]), "wait4": usage}


def remove_output(path: Path) -> None:
    """An output raster and, for a VRT, its ``<name>_parts`` folder."""
    remove_raster(path)
    shutil.rmtree(path.with_name(f"{path.stem}_parts"), ignore_errors=True)


def ensure_input(path: Path, size: int) -> tuple[Path, float]:
    """The cached input raster (written now unless one of that size is there) and the seconds it took."""
    from bench_classify_pixels import ensure_raster

    return ensure_raster(path, size)


def compare(first: Path, second: Path, rows: int = 1024) -> tuple[int, int]:
    """(pixels that differ, pixels compared) between band 1 of two rasters of the same size."""
    from osgeo import gdal

    a, b = gdal.Open(str(first)), gdal.Open(str(second))
    if (a.RasterXSize, a.RasterYSize) != (b.RasterXSize, b.RasterYSize):
        return -1, 0
    width, height = a.RasterXSize, a.RasterYSize
    differ = 0
    for y in range(0, height, rows):
        n = min(rows, height - y)
        left = a.GetRasterBand(1).ReadAsArray(0, y, width, n)
        right = b.GetRasterBand(1).ReadAsArray(0, y, width, n)
        differ += int(np.count_nonzero(left != right))
    return differ, width * height


def _stats(values: list[float]) -> str:
    if not values:
        return "-"
    return f"{statistics.mean(values):.2f} (min {min(values):.2f}, max {max(values):.2f})"


def report(opts: argparse.Namespace, runs: dict[str, dict], raster: Path, outputs: dict[str, Path]) -> int:
    size = opts.size
    mpx = size * size / 1e6
    base = runs.get("in-process", {})
    rows = []
    for variant in VARIANTS:
        run = runs.get(variant)
        if not run:
            continue
        rows.append(
            [
                variant,
                f"{run['seconds']:.1f}",
                f"{mpx / run['seconds']:.2f}",
                run["tiles"],
                f"{run['tiles'] / run['seconds']:.1f}",
                f"{run['seconds'] / base['seconds']:.3f}" if base else "-",
                f"{run['cpu_s']:.1f}",
                f"{run['peak']['hwm_mib']:.0f}",
                f"{run['peak']['maxrss_mib']:.0f}",
                f"{_other_load(run):.2f}",
            ]
        )
    print_table(
        [
            "variant",
            "wall s",
            "Mpx/s",
            "tiles",
            "tiles/s",
            "wall / in-process",
            "process CPU s",
            "peak RSS MiB (VmHWM)",
            "ru_maxrss MiB",
            "other load (cores)",
        ],
        rows,
    )
    print(
        "wall: the classify_pixels call alone (model load included; the cluster's start-up not). Process "
        "CPU: the child's own (for the cluster: the driver's; workers below). Peak RSS: the child's own "
        "high-water mark, read at its end (started by a ~10 MB launcher, so ru_maxrss is its own too)."
    )
    cluster = runs.get("cluster")
    free = runs.get("cluster-1x1")
    vrt = runs.get("cluster-vrt")
    if cluster:
        start = cluster["startup_s"]
        if base:
            print(
                f"cluster start-up (LocalCluster + Client, {opts.workers} workers): {start:.1f} s; with it "
                f"the cluster takes {(cluster['seconds'] + start) / base['seconds']:.3f}x the in-process wall"
            )
        one = runs.get("in-process-1t")
        if one:
            print(
                f"cluster / in-process-1t = {cluster['seconds'] / one['seconds']:.3f} "
                f"(speed-up of {opts.workers} one-thread workers over one one-thread process: "
                f"{one['seconds'] / cluster['seconds']:.2f}x)"
            )
        if base:
            print(
                f"tiles run: cluster {cluster['tiles']} vs in-process {base['tiles']} "
                f"(+{100 * (cluster['tiles'] / base['tiles'] - 1):.1f} %: tiles reaching across a block "
                "border run in both blocks)"
            )
        print()
        report_blocks(cluster)
    if vrt:
        print("cluster-vrt (the same blocks, a .vrt OUTPUT over the parts):")
        report_blocks(vrt)
    if free:
        print("cluster-1x1 (the same blocks with a near-free 1x1-convolution model):")
        report_blocks(free)
    print("outputs (band 1, every pixel):")
    reference = outputs.get("in-process")
    for variant in SAME_MODEL:
        if reference and variant in runs and runs[variant] and variant in outputs:
            differ, total = compare(reference, outputs[variant])
            verdict = "IDENTICAL" if differ == 0 and total else f"{differ} of {total} pixels DIFFER"
            print(f"  {variant} vs in-process: {verdict} ({total / 1e6:.1f} Mpx compared)")
    print(
        "  output sizes: "
        + ", ".join(f"{v} {file_mb(p):.1f} MB" for v, p in outputs.items() if p.exists())
        + f"; input {file_mb(raster):.1f} MB on disk"
    )
    return 0 if len([r for r in runs.values() if r]) == len(runs) else 1


def _worker_run_cpu(run: dict) -> float:
    """CPU seconds the cluster's workers spent during the run (0 for an in-process run)."""
    before = run.get("workers_before", {})
    return sum(u["cpu_s"] - before[a]["cpu_s"] for a, u in run.get("workers", {}).items() if a in before)


def _other_load(run: dict) -> float:
    """Cores other processes kept busy during the run: the meter's figure less the workers' own CPU."""
    return max(0.0, run["other_cores"] - _worker_run_cpu(run) / run["seconds"])


def report_blocks(cluster: dict) -> None:
    copies, computes = cluster["copies"], cluster["computes"]
    blocks = cluster["blocks"]
    print(f"blocks: {blocks} (worker threads RASTERDL_WORKER_THREADS={cluster['worker_threads']})")
    out_px = [c["width"] * c["height"] for c in copies]
    view_px = [c["view_width"] * c["view_height"] for c in copies]
    shapes = sorted({(c["width"], c["height"]) for c in copies}, reverse=True)
    compute = [c["seconds"] for c in computes]
    worker_s = sum(compute)
    print(f"  output block shapes (w x h): {', '.join(f'{w}x{h}' for w, h in shapes)}")
    print(f"  output Mpx per block      : {_stats([p / 1e6 for p in out_px])}")
    print(f"  view window Mpx per block : {_stats([p / 1e6 for p in view_px])}")
    read = [p * BANDS for p in view_px]
    print(
        f"  read per block (view x {BANDS} bands, uint8, uncompressed): {_stats([r / MB for r in read])} "
        f"MiB; "
        f"{sum(read) / MB:.0f} MiB in all vs {sum(out_px) * BANDS / MB:.0f} MiB of output pixels "
        f"(+{100 * (sum(view_px) / sum(out_px) - 1):.1f} % halo)"
    )
    print(
        "  written per block (class part GeoTIFF, DEFLATE): "
        f"{_stats([c['part_bytes'] / MB for c in copies])} MiB; "
        f"raw uint8 {_stats([p / MB for p in out_px])} MiB"
    )
    print(
        f"  worker compute s per block (task stream): {_stats(compute)}; total {worker_s:.1f} s over "
        f"{len(compute)} tasks = {worker_s / max(len(compute), 1):.2f} s a block, "
        f"{sum(out_px) / 1e6 / worker_s if worker_s else 0:.2f} output Mpx/s per worker"
    )
    print(
        f"  engine s per block (classify_block on the worker): {_stats([c['engine_s'] for c in copies])}; "
        f"its session.run s: {_stats([c['session_s'] for c in copies])}"
    )
    run_cpu = _worker_run_cpu(cluster)
    if run_cpu:
        print(
            f"  worker CPU s during the run: {run_cpu:.1f} in all = {run_cpu / blocks:.2f} CPU-s a block, "
            f"{sum(out_px) / 1e6 / run_cpu if run_cpu else 0:.2f} output Mpx per CPU-s (contention-free "
            "cost: wall seconds above include waiting for a core)"
        )
    copy_s = [c["seconds"] for c in copies]
    copy_cpu = [c["cpu_s"] for c in copies]
    print(
        f"  driver assembly s per block (_copy_part): {_stats(copy_s)}; CPU {_stats(copy_cpu)}; total "
        f"{sum(copy_s):.1f} s = {sum(out_px) / 1e6 / sum(copy_s) if sum(copy_s) else 0:.1f} output Mpx/s "
        f"for one driver"
    )
    print(
        f"  driver CPU over the run: {cluster['cpu_s']:.1f} s ({cluster['cpu_s'] / blocks:.2f} s a block); "
        f"after the last block was copied: {cluster['after_last_block_s']:.1f} s (finish and commit)"
    )
    print()
    per_worker: dict[str, int] = {}
    for c in copies:
        per_worker[c["worker"]] = per_worker.get(c["worker"], 0) + 1
    rows = []
    for address, usage in sorted(cluster["workers"].items()):
        rows.append(
            [
                address,
                usage["pid"],
                per_worker.get(address, 0),
                f"{usage['cpu_s']:.1f}",
                f"{usage['hwm_mib']:.0f}",
                f"{usage['maxrss_mib']:.0f}",
            ]
        )
    driver = cluster["peak"]
    rows.append(
        [
            "driver",
            driver["pid"],
            "-",
            f"{driver['cpu_s']:.1f}",
            f"{driver['hwm_mib']:.0f}",
            f"{driver['maxrss_mib']:.0f}",
        ]
    )
    print_table(["process", "pid", "blocks", "CPU s (life)", "peak RSS MiB (VmHWM)", "ru_maxrss MiB"], rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--workdir", default=str(DEFAULT_WORK), help="where the input, models, outputs go")
    parser.add_argument("--keep", action="store_true", help="keep the outputs written (the input is kept)")
    parser.add_argument("--size", type=int, default=16384, help="raster side in pixels (%(default)s)")
    parser.add_argument("--tile", type=int, default=256)
    parser.add_argument("--padding", type=int, default=32)
    parser.add_argument("--batch", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster")
    parser.add_argument(
        "--block-pixels", type=int, default=0, help="RASTERDL_BLOCK_PIXELS (0: the default, 4096^2)"
    )
    parser.add_argument(
        "--variants", default=",".join(VARIANTS), help="which variants to run, in order (%(default)s)"
    )
    add_quick(parser, "a 2,048^2 raster in 768^2 blocks")
    add_wait_idle(parser, 120.0)
    parser.add_argument("_child", nargs="?", help=argparse.SUPPRESS)
    parser.add_argument("--variant", help=argparse.SUPPRESS)
    parser.add_argument("--raster", help=argparse.SUPPRESS)
    parser.add_argument("--model", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    opts = parser.parse_args(argv)
    if opts._child == "_child":
        opts.threads = 1 if opts.variant == "in-process-1t" else 0
        result = child_cluster(opts) if opts.variant.startswith("cluster") else child_in_process(opts)
        print_json_result(result)
        return 0
    if opts.quick:
        opts.size, opts.block_pixels, opts.wait_idle = 2048, 768 * 768, 0.0
    Quiet.max_wait = opts.wait_idle
    variants = [v.strip() for v in opts.variants.split(",") if v.strip()]
    unknown = sorted(set(variants) - set(VARIANTS))
    if unknown:
        parser.error(f"unknown variants {unknown}; choose from {', '.join(VARIANTS)}")

    print_header(
        f"Classify Pixels scale-out (issue 19): in-process vs local:{opts.workers}", ("dask", "distributed")
    )
    work = Path(opts.workdir)
    work.mkdir(parents=True, exist_ok=True)
    model = models.unet(work / "models" / "unet.onnx", n_classes=4)
    emd = models.write_emd(model, 4)
    raster, write_s = ensure_input(work / f"cluster_{opts.size}.tif", opts.size)
    point = models.pointwise(work / "models" / "cluster_pointwise.onnx", n_classes=2)
    point_emd = models.write_emd(point, 2, tile=opts.tile)
    print(f"model   : {emd} (the benchmark U-Net, 3 -> 4 classes); cluster-1x1: {point_emd}")
    print(f"args    : tile_size {opts.tile}, padding {opts.padding}, batch_size {opts.batch}, CPU")
    print(
        f"input   : {raster} ({opts.size}^2 x {BANDS} uint8, {file_mb(raster):.0f} MB on disk; "
        + (f"written now in {write_s:.0f} s)" if write_s else "cached)")
    )
    print(
        f"cluster : LocalCluster({opts.workers} worker processes, 1 thread each, RASTERDL_WORKER_THREADS="
        f"{max(1, (os.cpu_count() or 1) // opts.workers)}), blocks of "
        f"{opts.block_pixels or 'BLOCK_PIXELS (4096^2)'} pixels"
    )
    print("in-process: onnxruntime's default intra-op threads (all cores); in-process-1t: one thread")
    print(flush=True)
    runs: dict[str, dict] = {}
    outputs: dict[str, Path] = {}
    for variant in variants:
        out = work / f"cluster_{opts.size}_{variant}.{'vrt' if variant.endswith('vrt') else 'tif'}"
        Quiet.wait(variant)
        print(f"  {variant}: running ...", flush=True)
        chosen = point_emd if variant == "cluster-1x1" else emd
        runs[variant] = run_variant(variant, opts, raster, chosen, out)
        if runs[variant]:
            outputs[variant] = out
            print(f"    {runs[variant]['seconds']:.1f} s", flush=True)
    print()
    try:
        return report(opts, runs, raster, outputs)
    finally:
        if Quiet.summary():
            print(Quiet.summary())
        if not opts.keep:
            for out in outputs.values():
                remove_output(out)


if __name__ == "__main__":
    exit_now(main())
