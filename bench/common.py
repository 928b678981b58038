"""Helpers shared by the benchmark scripts in this folder (machine info, CPU load, tables, QGIS state).

The scripts run as ``.venv/bin/python bench/<script>.py``, so this folder is on ``sys.path`` and
``from common import ...`` finds this module.
"""

from __future__ import annotations

import os
import platform
import resource
import time
from pathlib import Path

MB = 1024.0 * 1024.0


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


def print_table(headers: list[str], rows: list[list[object]]) -> None:
    text = [[str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in text)) if text else len(h) for i, h in enumerate(headers)]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in text:
        print("| " + " | ".join(c.rjust(w) for c, w in zip(row, widths)) + " |")
    print(flush=True)


def _cpu_times() -> tuple[int, int]:
    fields = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return sum(fields[:8]), idle


def busy_cores(interval: float = 1.0) -> float:
    """Cores kept busy (by anything) over ``interval`` seconds, from /proc/stat."""
    total0, idle0 = _cpu_times()
    time.sleep(interval)
    total1, idle1 = _cpu_times()
    if total1 == total0:
        return 0.0
    return (os.cpu_count() or 1) * (1.0 - (idle1 - idle0) / (total1 - total0))


def _self_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Meter:
    """Wall time, this process's CPU time and the CPU that other processes used, around a block.

    Set ``child_cpu`` (seconds) on the instance before the block ends to leave a child's CPU out of
    ``other_cores``.
    """

    def __enter__(self) -> Meter:
        self._wall = time.perf_counter()
        self._self = _self_cpu()
        self._total, self._idle = _cpu_times()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self._wall
        self.cpu = _self_cpu() - self._self
        total, idle = _cpu_times()
        busy_s = ((total - self._total) - (idle - self._idle)) / os.sysconf("SC_CLK_TCK")
        self.other_cores = max(0.0, busy_s - self.cpu - self.child_cpu) / self.wall if self.wall > 0 else 0.0

    child_cpu = 0.0


def verdict(ok: bool) -> str:
    return "MET" if ok else "MISSED"


class _Qgis:
    """The process's QgsApplication and plugin instance, created once by a script's ``qgis_init``."""

    app = None
    plugin = None
