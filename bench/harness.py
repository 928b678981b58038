"""What every benchmark in this folder shares, so that each ``bench_*.py`` keeps only its scenarios.

The header (machine, CPU, versions, commit), the wait for idle CPUs, the meters (wall and CPU time,
the cores other processes used, CPU per thread), the in-process QGIS and ``processing.run`` timing,
``scripts/qgis_process`` in a child started by ``launch.py`` (peak RSS from ``os.wait4``),
onnxruntime sessions and ``session.run`` timing, GeoDeep's session timer, profiles, and the
GeoTIFF/GeoPackage boilerplate of the synthetic inputs.

The scripts run as ``.venv/bin/python bench/<script>.py``, so this folder is on ``sys.path`` and
``import harness`` finds this module.
"""

from __future__ import annotations

import contextlib
import cProfile
import io
import json
import os
import platform
import pstats
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
QGIS_PROCESS = REPO / "scripts" / "qgis_process"
PLUGINS_DIR = REPO / ".build" / "plugins"
LAUNCHER = HERE / "launch.py"
#: Top-left corner (EPSG:32633 metres) and CRS of every synthetic raster and layer.
ORIGIN = (500000.0, 5000000.0)
EPSG = 32633
MB = 1024.0 * 1024.0
#: Cores used by other processes during a timed run above which a script may measure it again.
DISTURBED = 0.15


# --------------------------------------------------------------------------- machine, versions, commit


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def total_memory_gb() -> float:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / MB
    except OSError:
        pass
    return float("nan")


def versions(extra: tuple[str, ...] = ()) -> dict[str, str]:
    """Python, QGIS, GDAL, onnxruntime, numpy and shapely, plus the modules named in ``extra``."""
    out: dict[str, str] = {"python": platform.python_version()}
    try:
        from qgis.core import Qgis

        out["QGIS"] = Qgis.QGIS_VERSION
    except ImportError:
        out["QGIS"] = "not importable"
    for name in ("osgeo.gdal", "onnxruntime", "numpy", "shapely", *extra):
        label = {"osgeo.gdal": "GDAL"}.get(name, name)
        try:
            module = __import__(name, fromlist=["__version__"])
            out[label] = getattr(module, "__version__", "?")
        except ImportError:
            out[label] = "not installed"
    return out


def code_state() -> str:
    """The commit measured and the tracked files that differ from it (read-only git calls)."""
    try:
        head = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
        ).stdout.split("\n")
    except OSError:
        return "not a git checkout"
    changed = [line[3:] for line in dirty if line.strip()]
    state = "clean" if not changed else "uncommitted: " + ", ".join(changed[:6])
    if len(changed) > 6:
        state += f" and {len(changed) - 6} more"
    return f"commit {head or '?'} ({state})"


def print_header(title: str, extra_versions: tuple[str, ...] = ()) -> None:
    """The lines every benchmark prints first: what ran, on what, which code, when and how loaded."""
    print(f"== {title} ==")
    print(
        f"machine : {os.cpu_count()} cores (os.cpu_count), {cpu_model()}, {total_memory_gb():.1f} GiB RAM, "
        f"{platform.system()} {platform.release()}"
    )
    print("versions: " + ", ".join(f"{k} {v}" for k, v in versions(extra_versions).items()))
    print(f"code    : {code_state()}")
    print(
        f"date    : {time.strftime('%Y-%m-%d %H:%M:%S')}; load average {os.getloadavg()[0]:.2f}, "
        f"{busy_cores(1.0):.2f} cores busy now (other processes)"
    )
    print(flush=True)


def print_table(headers: list[str], rows: list[list[object]]) -> None:
    text = [[str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in text)) if text else len(h) for i, h in enumerate(headers)]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in text:
        print("| " + " | ".join(c.rjust(w) for c, w in zip(row, widths)) + " |")
    print(flush=True)


def verdict(ok: bool) -> str:
    return "MET" if ok else "MISSED"


# --------------------------------------------------------------------------- options every benchmark takes


def add_quick(parser, what: str) -> None:
    """``--quick``: ``what`` (the script's smallest scenario), no idle wait."""
    parser.add_argument(
        "--quick", action="store_true", help=f"{what}, no idle wait: a smoke test, not a measurement"
    )


def add_wait_idle(parser, default: float, *old_names: str) -> None:
    """``--wait-idle S`` (also under ``old_names``): how long :class:`Quiet` may wait before a timed run."""
    parser.add_argument(
        "--wait-idle",
        *old_names,
        dest="wait_idle",
        type=float,
        default=default,
        help="before each timed run, wait up to this many seconds for other processes to leave the CPUs "
        "idle (0: do not wait; a warning is printed when they stay busy) (%(default)s)",
    )


# --------------------------------------------------------------------------- CPU meters and the idle wait


def _cpu_times() -> tuple[int, int]:
    fields = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return sum(fields[:8]), idle


def _self_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def busy_cores(interval: float = 1.0) -> float:
    """Cores that other processes kept busy over ``interval`` seconds (/proc/stat less this process)."""
    total0, idle0 = _cpu_times()
    own0, started = _self_cpu(), time.perf_counter()
    time.sleep(interval)
    total1, idle1 = _cpu_times()
    own = (_self_cpu() - own0) / max(time.perf_counter() - started, 1e-9)
    if total1 == total0:
        return 0.0
    return max(0.0, (os.cpu_count() or 1) * (1.0 - (idle1 - idle0) / (total1 - total0)) - own)


class Meter:
    """Wall time, this process's CPU time and the cores other processes used, around a block.

    Set ``child_cpu`` (seconds) on the instance before the block ends to leave a child's CPU out of
    ``other_cores``; ``t0`` is the block's start on ``time.perf_counter``.
    """

    child_cpu = 0.0

    def __enter__(self) -> Meter:
        self.t0 = time.perf_counter()
        self._self = _self_cpu()
        self._total, self._idle = _cpu_times()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.t0
        self.cpu = _self_cpu() - self._self
        total, idle = _cpu_times()
        busy_s = ((total - self._total) - (idle - self._idle)) / os.sysconf("SC_CLK_TCK")
        self.other_cores = max(0.0, busy_s - self.cpu - self.child_cpu) / self.wall if self.wall > 0 else 0.0


class Quiet:
    """Waits (up to ``max_wait`` s, ``budget`` s in all) until other processes leave the CPUs idle.

    Idle means fewer than ``threshold`` cores busy in two 1-second samples in a row. What each wait
    saw is kept for :meth:`summary` and :meth:`details`; a warning is printed when the CPUs stayed busy.
    """

    max_wait = 0.0
    budget = float("inf")
    threshold = 0.3
    seen: list[tuple[str, float, float]] = []

    @classmethod
    def wait(cls, label: str = "") -> float:
        started = time.perf_counter()
        busy = busy_cores(1.0)
        quiet = 1 if busy < cls.threshold else 0
        limit = min(cls.max_wait, cls.budget)
        while quiet < 2 and time.perf_counter() - started < limit:
            busy = busy_cores(1.0)
            quiet = quiet + 1 if busy < cls.threshold else 0
        waited = time.perf_counter() - started
        cls.budget = max(0.0, cls.budget - waited)
        cls.seen.append((label, busy, waited))
        if busy >= cls.threshold:
            print(
                f"  WARNING: {busy:.2f} cores busy with other work before {label or 'this run'} "
                f"(timings are disturbed)",
                flush=True,
            )
        return busy

    @classmethod
    def summary(cls) -> str:
        if not cls.seen:
            return ""
        return (
            f"other load before the timed runs: max {max(busy for _, busy, _ in cls.seen):.2f} cores busy "
            f"(sampled over 1 s before each; {os.cpu_count()} cores)"
        )

    @classmethod
    def details(cls) -> str:
        return "; ".join(f"{label}: {busy:.2f} busy after {waited:.0f} s" for label, busy, waited in cls.seen)


class ThreadCpu:
    """CPU seconds of each thread of this process over a block, from /proc/self/task/*/stat.

    A sampler thread polls every ``every`` seconds, so a thread that ends inside the block counts up
    to its last sample; Python threads are named from ``threading.enumerate()``, native ones
    (onnxruntime's pool, GDAL's) by their kernel name and id.
    """

    def __init__(self, every: float = 0.2) -> None:
        self.every = every
        self.first: dict[int, float] = {}
        self.last: dict[int, float] = {}
        self.names: dict[int, str] = {}
        self.sampler_tid = 0
        self._stop = threading.Event()

    @staticmethod
    def _read() -> dict[int, tuple[str, float]]:
        out = {}
        tick = os.sysconf("SC_CLK_TCK")
        for task in Path("/proc/self/task").iterdir():
            try:
                text = (task / "stat").read_text()
                comm = text[text.index("(") + 1 : text.rindex(")")]
                fields = text[text.rindex(")") + 2 :].split()
                out[int(task.name)] = (comm, (int(fields[11]) + int(fields[12])) / tick)
            except (OSError, ValueError, IndexError):
                continue
        return out

    def _sample(self) -> None:
        python_names = {t.native_id: t.name for t in threading.enumerate()}
        for tid, (comm, cpu) in self._read().items():
            self.first.setdefault(tid, cpu)
            self.last[tid] = cpu
            if tid not in self.names or tid in python_names:
                self.names[tid] = python_names.get(tid, f"native {comm} {tid}")

    def _loop(self) -> None:
        self.sampler_tid = threading.get_native_id()
        while not self._stop.wait(self.every):
            self._sample()

    def __enter__(self) -> ThreadCpu:
        self._sample()
        self._started = set(self.first)
        self._thread = threading.Thread(target=self._loop, name="bench-cpu-sampler", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def usage(self, min_seconds: float = 0.05) -> list[tuple[int, str, float]]:
        """(thread id, name, CPU seconds in the block), busiest first; a thread born inside counts whole."""
        rows = []
        for tid, cpu in self.last.items():
            used = cpu - self.first[tid] if tid in self._started else cpu
            if used >= min_seconds:
                rows.append((tid, self.names[tid], used))
        return sorted(rows, key=lambda row: -row[2])

    def table(self, wall: float, min_seconds: float = 0.05) -> list[list[str]]:
        """Rows of thread, CPU s and share of ``wall``, for :func:`print_table`."""
        return [
            [name, f"{used:.2f}", f"{100 * used / wall:.0f}%"] for _, name, used in self.usage(min_seconds)
        ]


# --------------------------------------------------------------------------- profiles


def profile_text(
    profiler: cProfile.Profile, top: int = 15, sort: str = "cumulative", preamble: bool = True
) -> str:
    """pstats' table of the ``top`` functions by ``sort``, with the long path prefixes cut
    (``preamble=False``: from two lines above the column header on)."""
    stream = io.StringIO()
    pstats.Stats(profiler, stream=stream).sort_stats(sort).print_stats(top)
    lines = stream.getvalue().splitlines()
    start = 0 if preamble else max(0, next((i for i, line in enumerate(lines) if "ncalls" in line), 0) - 2)
    return shorten_paths("\n".join(lines[start:]))


def shorten_paths(text: str) -> str:
    text = text.replace(str(REPO) + "/", "").replace(str(PLUGINS_DIR / "rasterdl") + "/", "")
    text = re.sub(r"/usr/lib/python3/dist-packages/", "", text)
    text = re.sub(r"/usr/share/qgis/python/plugins/", "", text)
    return re.sub(r"\S*/site-packages/", "", text)


class PySpy:
    """py-spy sampling this process (all threads) while a run lasts; summarised per thread and function."""

    def __init__(self) -> None:
        self.path = Path(tempfile.mkstemp(prefix="rasterdl-pyspy-", suffix=".txt")[1])
        self.proc = None

    def start(self) -> None:
        exe = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
        command = [exe, "record", "--pid", str(os.getpid()), "--format", "raw", "--threads"]
        self.proc = subprocess.Popen(
            [*command, "--rate", "200", "--nonblocking", "-o", str(self.path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1.5)  # let it attach

    def stop(self) -> str:
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        text = summarise_collapsed(self.path.read_text() if self.path.exists() else "")
        self.path.unlink(missing_ok=True)
        return text


def summarise_collapsed(text: str, top: int = 15) -> str:
    """Per-thread sample counts and the top leaf and inclusive functions of py-spy's collapsed stacks."""
    threads: dict[str, int] = {}
    leaf: dict[str, int] = {}
    inclusive: dict[str, int] = {}
    total = 0
    for line in text.splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = stack.split(";")
        thread = frames[0]
        threads[thread] = threads.get(thread, 0) + count
        total += count
        frames = [re.sub(r" \(.*?/(rasterdl|site-packages|python3[^/]*)/", r" (\1/", f) for f in frames[1:]]
        if frames:
            leaf[f"{thread} :: {frames[-1]}"] = leaf.get(f"{thread} :: {frames[-1]}", 0) + count
        for frame in set(frames):
            inclusive[frame] = inclusive.get(frame, 0) + count
    if not total:
        return "(py-spy recorded nothing)"

    def ranked(counts: dict[str, int], limit: int | None = None) -> list[str]:
        ordered = sorted(counts.items(), key=lambda kv: -kv[1])[:limit]
        return [f"  {n:7d}  {100 * n / total:5.1f}%  {name}" for name, n in ordered]

    lines = ["py-spy samples per thread (on-CPU samples only, 200 Hz):", *ranked(threads)]
    lines += [f"top {top} leaf frames (thread :: function):", *ranked(leaf, top)]
    lines += [f"top {top} inclusive frames:", *ranked(inclusive, top)]
    return "\n".join(lines)


# --------------------------------------------------------------------------- in-process QGIS


class _Qgis:
    """The process's QgsApplication and plugin instance, created once by :func:`qgis_init`."""

    app = None
    plugin = None


def headless_env(profile_dir: Path | None = None) -> dict[str, str]:
    """This process's environment plus what QGIS needs without a display, for it and for children."""
    runtime = REPO / ".build" / "xdg-runtime"
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("XDG_RUNTIME_DIR", str(runtime))
    env.setdefault("PYTHONWARNINGS", "ignore::DeprecationWarning")
    if profile_dir is not None:
        env["RASTERDL_PROFILE_ROOT"] = str(profile_dir)  # a private QGIS profile, like the tests'
    return env


def qgis_init(profile_dir: Path | None = None) -> None:
    """QgsApplication + Processing + the plugin's provider, once per process."""
    if _Qgis.app is not None:
        return
    for key, value in headless_env().items():
        os.environ.setdefault(key, value)
    if profile_dir is not None:
        os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", str(profile_dir))
    import warnings

    warnings.filterwarnings("ignore", category=DeprecationWarning)
    from qgis.core import QgsApplication

    _Qgis.app = QgsApplication([], False)
    _Qgis.app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    PLUGINS_DIR.mkdir(parents=True, exist_ok=True)
    link = PLUGINS_DIR / "rasterdl"
    if not link.is_symlink() and not link.exists():
        link.symlink_to(REPO, target_is_directory=True)
    if str(PLUGINS_DIR) not in sys.path:
        sys.path.insert(0, str(PLUGINS_DIR))
    import rasterdl

    _Qgis.plugin = rasterdl.classFactory(None)
    _Qgis.plugin.initProcessing()
    OrtSettings.patch_plugin()


def exit_now(code: int) -> None:
    """Unload the plugin, flush and leave with ``os._exit``: QGIS 3.22 may crash in interpreter teardown."""
    if _Qgis.plugin is not None:
        with contextlib.suppress(Exception):
            _Qgis.plugin.unload()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def make_feedback():
    """A QgsProcessingFeedback that keeps the tool's log lines (``.lines``) to parse and print."""
    from qgis.core import QgsProcessingFeedback

    class LogFeedback(QgsProcessingFeedback):
        def __init__(self) -> None:
            super().__init__()
            self.lines: list[str] = []

        def pushInfo(self, info: str) -> None:  # noqa: N802
            self.lines.append(info)

        def pushWarning(self, warning: str) -> None:  # noqa: N802
            self.lines.append("WARNING: " + warning)

        def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802, N803
            self.lines.append("ERROR: " + error)

    return LogFeedback()


def model_arguments(**values: object) -> list[str]:
    """MODEL_ARGUMENTS as the tools take them: name, value, name, value (booleans lower case)."""
    cells: list[str] = []
    for name, value in values.items():
        cells += [name, str(value).lower() if isinstance(value, bool) else str(value)]
    return cells


def run_algorithm(
    algorithm: str, params: dict, profile: str = "", thread_every: float = 0.2, feedback=None
) -> dict:
    """``processing.run`` in this process, timed (wall, CPU, other load, CPU per thread).

    ``profile``: "cprofile" (the calling thread) or "py-spy" (every thread), returned as text. An
    exception is reported in ``error``, not raised.
    """
    qgis_init()
    import processing

    feedback = feedback or make_feedback()
    profiler = cProfile.Profile() if profile == "cprofile" else None
    spy = PySpy() if profile == "py-spy" else None
    error = None
    if spy:
        spy.start()
    with Meter() as meter, ThreadCpu(thread_every) as per_thread:
        try:
            if profiler:
                profiler.enable()
            results = processing.run(algorithm, params, feedback=feedback)
        except Exception as exc:  # report, do not hide
            results, error = {}, f"{type(exc).__name__}: {exc}"
        finally:
            if profiler:
                profiler.disable()
    out = {
        "seconds": meter.wall,
        "cpu_s": meter.cpu,
        "other_cores": meter.other_cores,
        "t0": meter.t0,
        "per_thread": per_thread,
        "threads": per_thread.table(meter.wall),
        "results": results,
        "log": feedback.lines,
        "error": error,
        "profiler": profiler,
    }
    if profiler:
        out["profile"] = profile_text(profiler)
    if spy:
        out["profile"] = spy.stop()
    return out


def tool_failure(run: dict) -> str:
    tail = "\n    ".join(run["log"][-8:])
    return f"the tool failed: {run['error']}\n  last log lines:\n    {tail}"


# --------------------------------------------------------------------------- qgis_process in a child


def _status_kb(pid: int, key: str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def self_peak_mib() -> float:
    """This process's RSS high-water mark (VmHWM: this address space's own peak, unlike ru_maxrss)."""
    peak = _status_kb(os.getpid(), "VmHWM")
    return peak / 1024.0 if peak is not None else float("nan")


def run_qgis_process(
    algorithm: str,
    params: list[str],
    log_dir: Path,
    name: str,
    env_extra: dict | None = None,
    json_output: bool = True,
    every: float = 0.25,
) -> dict:
    """``scripts/qgis_process [--json] run ALGORITHM -- KEY=VALUE ...`` in a child process.

    The child is started by ``launch.py`` (a small python3 -S, see there for why) and its peak RSS
    is ``os.wait4``'s ru_maxrss; its VmRSS and VmHWM are also polled every ``every`` s from /proc
    (``trajectory``: (seconds, MiB) samples; ``hwm_kb``: the last VmHWM seen). The child's stdout
    goes to ``log_dir/NAME.json`` (``.log`` without --json) and its stderr to ``NAME.stderr``.
    """
    command = [str(QGIS_PROCESS), *(["--json"] if json_output else []), "run", algorithm, "--", *params]
    env = headless_env(log_dir / "qgis-profile")
    env.update(env_extra or {})
    stdout_path = log_dir / f"{name}.{'json' if json_output else 'log'}"
    stderr_path = log_dir / f"{name}.stderr"
    report = log_dir / f"{name}.rusage.json"
    pid_file = Path(str(report) + ".pid")
    for path in (report, pid_file):
        path.unlink(missing_ok=True)
    python = "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable
    trajectory: list[tuple[float, float]] = []
    hwm_kb, child = 0, None
    with open(stdout_path, "w") as out, open(stderr_path, "w") as err, Meter() as meter:
        launcher = subprocess.Popen(
            [python, "-S", str(LAUNCHER), str(report), *command],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=env,
        )
        while launcher.poll() is None:
            if child is None and pid_file.exists():
                child = int(pid_file.read_text())
            if child is not None:
                rss, hwm = _status_kb(child, "VmRSS"), _status_kb(child, "VmHWM")
                if rss is not None:
                    trajectory.append((time.perf_counter() - meter.t0, rss / 1024.0))
                    hwm_kb = max(hwm_kb, hwm or 0)
            time.sleep(every)
        usage = json.loads(report.read_text()) if report.exists() else {}
        meter.child_cpu = usage.get("user_s", 0.0) + usage.get("sys_s", 0.0)
    for path in (report, pid_file):
        path.unlink(missing_ok=True)
    return {
        "command": command,
        "rc": usage.get("rc", launcher.returncode or -1),
        "seconds": meter.wall,
        "other_cores": meter.other_cores,
        "maxrss_kb": usage.get("maxrss_kb", 0),
        "launcher_kb": usage.get("launcher_kb", 0),
        "hwm_kb": hwm_kb,
        "user_s": usage.get("user_s", 0.0),
        "sys_s": usage.get("sys_s", 0.0),
        "cpu": meter.child_cpu,
        "trajectory": trajectory,
        "stdout": stdout_path.read_text(errors="replace"),
        "stderr": stderr_path.read_text(errors="replace"),
        "stdout_path": stdout_path,
        "stderr_path": stderr_path,
    }


def log_lines(run: dict) -> list[str]:
    """The tool's log lines of a :func:`run_qgis_process` result (its --json log, else stdout) and stderr."""
    try:
        log = json.loads(run["stdout"]).get("log", {})
        lines = log.get("info", []) if isinstance(log, dict) else []
        lines = lines if isinstance(lines, list) else str(lines).splitlines()
        return [str(line) for line in lines] + run["stderr"].splitlines()
    except (json.JSONDecodeError, AttributeError):
        return run["stdout"].splitlines() + run["stderr"].splitlines()


# --------------------------------------------------------------------------- onnxruntime alone


class OrtSettings:
    """Session settings applied to BOTH the standalone sessions and the tool's (its OnnxSession patched
    in this process only), to test what would help; empty by default: the plugin's own settings."""

    config: dict[str, str] = {}
    threads: int = 0

    @classmethod
    def describe(cls) -> str:
        parts = [f"{k}={v}" for k, v in cls.config.items()]
        if cls.threads:
            parts.append(f"intra_op_num_threads={cls.threads}")
        return ", ".join(parts)

    @classmethod
    def apply(cls, options) -> None:
        for key, value in cls.config.items():
            options.add_session_config_entry(key, value)
        if cls.threads:
            options.intra_op_num_threads = cls.threads

    @classmethod
    def patch_plugin(cls) -> None:
        """Make the plugin's OnnxSession apply these settings too (a no-op while they are empty)."""
        from rasterdl.core.model import runtime

        original = runtime.OnnxSession._session_options

        def patched(ort, threads, optimization):
            options = original(ort, threads, optimization)
            cls.apply(options)
            return options

        runtime.OnnxSession._session_options = staticmethod(patched)


def ort_session(model: Path):
    """An InferenceSession with onnxruntime's default threads and spinning, and ORT_ENABLE_ALL.

    The plugin turns spinning off (core/model/runtime.py), which makes session.run alone a little
    slower; the baseline keeps it on so that ratios are taken against the fastest standalone run."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 3
    OrtSettings.apply(options)
    return ort.InferenceSession(str(model), sess_options=options, providers=["CPUExecutionProvider"])


def batch_shapes(items: int, batch: int) -> list[int]:
    """Batch sizes the tools run for ``items`` tiles or chips: full batches, then the remainder."""
    return [batch] * (items // batch) + ([items % batch] if items % batch else [])


def time_session_run(session, sizes: list[int], make_input: Callable[[int], object], warmup: int = 1) -> dict:
    """Seconds of ``session.run`` alone over batches of ``sizes`` (each input made before its call, untimed).

    ``make_input(n)`` gives the input array of a batch of ``n``; ``warmup`` untimed calls come first.
    """
    name = session.get_inputs()[0].name
    for _ in range(warmup):
        session.run(None, {name: make_input(max(sizes))})
    total = cpu = 0.0
    with Meter() as meter, ThreadCpu() as per_thread:
        for n in sizes:
            data = make_input(n)
            cpu0, started = _self_cpu(), time.perf_counter()
            session.run(None, {name: data})
            total += time.perf_counter() - started
            cpu += _self_cpu() - cpu0
    return {
        "seconds": total,
        "batches": len(sizes),
        "cpu_s": cpu,
        "other_cores": meter.other_cores,
        "threads": per_thread.table(meter.wall),
    }


# --------------------------------------------------------------------------- GeoDeep (in its own process)


class GeoDeepTimer:
    """Times each ``session.run`` of GeoDeep's onnxruntime session (wraps geodeep's ``create_session``).

    Used in a child process: rasterio brings its own GDAL, which is kept away from QGIS's.
    """

    def __init__(self) -> None:
        import geodeep.geodeep as gd

        self.session_run_s = 0.0
        self.session_runs = 0
        self.config: dict = {}
        make_session = gd.create_session
        timer = self

        class TimedSession:
            def __init__(self, session) -> None:
                self._session = session

            def run(self, *args, **kwargs):
                started = time.perf_counter()
                try:
                    return self._session.run(*args, **kwargs)
                finally:
                    timer.session_run_s += time.perf_counter() - started
                    timer.session_runs += 1

            def __getattr__(self, name):
                return getattr(self._session, name)

        def timed_create_session(*args, **kwargs):
            session, config = make_session(*args, **kwargs)
            timer.config = {k: v for k, v in config.items() if k != "input_shape"}
            return TimedSession(session), config

        gd.create_session = timed_create_session

    def reset(self) -> None:
        self.session_run_s, self.session_runs = 0.0, 0

    @staticmethod
    def versions() -> dict[str, str]:
        import geodeep
        import rasterio

        return {
            "geodeep": getattr(geodeep, "__version__", "0.9.x"),
            "rasterio": rasterio.__version__,
            "rasterio_gdal": rasterio.__gdal_version__,
        }


JSON_MARK = "BENCH_JSON "


def print_json_result(result: dict) -> None:
    """A child's result, one line that :func:`run_json_child` finds among its other output."""
    print(JSON_MARK + json.dumps(result, default=str), flush=True)


def run_json_child(argv: list[str]) -> tuple[dict | None, str]:
    """Run ``python argv`` and return the dict it printed with :func:`print_json_result` (None if it
    failed) and the tail of its output for the error message."""
    child = subprocess.run([sys.executable, *argv], capture_output=True, text=True, cwd=str(REPO))
    line = next((ln for ln in child.stdout.splitlines() if ln.startswith(JSON_MARK)), None)
    if child.returncode or line is None:
        return None, f"rc {child.returncode}\n{child.stdout[-3000:]}\n{child.stderr[-3000:]}"
    return json.loads(line[len(JSON_MARK) :]), ""


def run_geodeep_child(
    argv: list[str], raster: Path, model: Path, repeats: int, wait_idle: float
) -> dict | None:
    """Run a script's GeoDeep child (``python argv --raster R --model M --repeats N --wait-idle S``) and
    return what it printed with :func:`print_json_result`; None (and a message) when it failed."""
    result, failure = run_json_child(
        [*argv, "--raster", str(raster), "--model", str(model)]
        + ["--repeats", str(repeats), "--wait-idle", str(wait_idle)]
    )
    if result is None:
        print(f"GeoDeep failed ({failure})")
    return result


def geodeep_missing() -> bool:
    """True (and says how to install it) when GeoDeep is not importable here."""
    try:
        import geodeep  # noqa: F401
    except ImportError:
        print("geodeep is not installed: .venv/bin/pip install -r requirements-bench.txt")
        return True
    return False


# --------------------------------------------------------------------------- synthetic inputs


def tiled_deflate(block: int, *extra: str) -> list[str]:
    """GeoTIFF creation options of the synthetic inputs: ``block``^2 tiles, DEFLATE, BigTIFF when needed."""
    return [
        "TILED=YES",
        f"BLOCKXSIZE={block}",
        f"BLOCKYSIZE={block}",
        "COMPRESS=DEFLATE",
        "BIGTIFF=IF_SAFER",
        *extra,
    ]


@contextlib.contextmanager
def gdal_cache(megabytes: int):
    """GDAL's block cache limited to ``megabytes`` inside the block (writing big inputs stays small)."""
    from osgeo import gdal

    old = gdal.GetCacheMax()
    gdal.SetCacheMax(megabytes * 1024 * 1024)
    try:
        yield
    finally:
        gdal.SetCacheMax(old)


def create_geotiff(path: Path, size: int, bands: int, cell: float, options: list[str], rgb: bool = True):
    """An empty ``size``^2 uint8 GeoTIFF at ORIGIN in EPSG, ``cell`` m pixels (caller writes the pixels)."""
    from osgeo import gdal, osr

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    ds = gdal.GetDriverByName("GTiff").Create(str(path), size, size, bands, gdal.GDT_Byte, options)
    ds.SetGeoTransform((ORIGIN[0], cell, 0.0, ORIGIN[1], 0.0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds.SetProjection(srs.ExportToWkt())
    if rgb:
        for b in range(bands):
            ds.GetRasterBand(b + 1).SetColorInterpretation(
                gdal.GCI_RedBand + b if b < 3 else gdal.GCI_Undefined
            )
    return ds


def create_polygon_layer(path: Path, layer_name: str, fields: list[tuple[str, int, int]]):
    """A new GeoPackage (data source, layer) of polygons in EPSG; ``fields``: (name, OGR type, width)."""
    from osgeo import ogr, osr

    remove_gpkg(path)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    layer = source.CreateLayer(layer_name, srs, ogr.wkbPolygon)
    for name, kind, width in fields:
        definition = ogr.FieldDefn(name, kind)
        if width:
            definition.SetWidth(width)
        layer.CreateField(definition)
    return source, layer


def file_mb(path: Path) -> float:
    path = Path(path)
    return path.stat().st_size / MB if path.exists() else 0.0


def remove_raster(path: Path) -> None:
    """``path`` and what GDAL/QGIS may have left beside it (.aux.xml, .qml, .ovr)."""
    path = Path(path)
    for candidate in path.parent.glob(path.name + "*"):
        candidate.unlink(missing_ok=True)
    path.with_suffix(".qml").unlink(missing_ok=True)


def remove_gpkg(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)
