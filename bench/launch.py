"""Run a command as the child of this small process and report the child's peak RSS from ``os.wait4``.

Usage: ``/usr/bin/python3 -S bench/launch.py REPORT.json COMMAND [ARG ...]`` (started by
``harness.run_qgis_process``). The child inherits this process's stdin, stdout and stderr. As soon as
it runs, its pid is written to ``REPORT.json.pid``; when it ends, ``REPORT.json`` gets its exit code,
``maxrss_kb`` (ru_maxrss), user and system CPU seconds, the wall seconds and this launcher's own RSS.

Why a launcher: Linux records at ``exec()`` the RSS high-water mark of the address space being
replaced (for a vfork/posix_spawn child: the parent's), so a child started straight from a benchmark
that holds QGIS (1+ GB resident) would report the benchmark's peak as its own ru_maxrss. Started
from this ~10 MB process it reports its own. Standard library only, so that ``-S`` works.
"""

import json
import os
import subprocess
import sys
import time


def _write(path: str, text: str) -> None:
    with open(path + ".tmp", "w") as handle:
        handle.write(text)
    os.replace(path + ".tmp", path)


def main(argv: list[str]) -> int:
    report, command = argv[1], argv[2:]
    with open("/proc/self/status") as status:
        own_kb = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    started = time.perf_counter()
    child = subprocess.Popen(command)
    _write(report + ".pid", str(child.pid))
    _, status, usage = os.wait4(child.pid, 0)
    result = {
        "rc": os.waitstatus_to_exitcode(status),
        "seconds": time.perf_counter() - started,
        "maxrss_kb": usage.ru_maxrss,
        "launcher_kb": own_kb,
        "user_s": usage.ru_utime,
        "sys_s": usage.ru_stime,
    }
    _write(report, json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
