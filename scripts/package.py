#!/usr/bin/env python3
"""Build the plugin's release zip and check it as plugins.qgis.org does.

    .venv/bin/python scripts/package.py [--output dist/rasterdl.zip]
    .venv/bin/python scripts/package.py --check SOME.zip     # only check a zip

The zip holds one folder, ``rasterdl/``, with only what the installed plugin
needs: ``__init__.py``, ``plugin.py``, ``api.py`` (the Python API), ``metadata.txt``, ``LICENSE``,
``README.md``, the ``icons``, ``provider``, ``algorithms``, ``core`` and ``gui``
packages, the graphical-modeler models in ``modeler``, and the compiled translations ``i18n/*.qm`` (built with
``lrelease`` when missing or older than their ``.ts``). Files come from
``git ls-files`` (tracked files, plus new files git does not ignore, which are
named on stderr); outside a git checkout the tree is walked. Entries are
sorted and carry a fixed timestamp, so the same sources give the same zip.

The checks follow plugins.qgis.org's validator: one top folder named
``^[A-Za-z][A-Za-z0-9-_]+$`` (and a Python identifier) holding
``__init__.py``, ``metadata.txt`` and ``LICENSE``; the required metadata keys;
no ``..`` or absolute paths, no ``.pyc``, ``__pycache__``, ``.git`` or
``__MACOSX``, no symbolic links; at most 25,000,000 bytes. On top of those:
``hasProcessingProvider=yes`` and no development files (tests, benchmarks,
scripts, examples, sample data, models, build and CI files).

Prints one summary line and exits 0, or prints each problem and exits 1.
"""

from __future__ import annotations

import argparse
import configparser
import os
import re
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
PLUGIN_FOLDER = "rasterdl"
DEFAULT_OUTPUT = ROOT / "dist" / f"{PLUGIN_FOLDER}.zip"

TOP_FILES = ("__init__.py", "plugin.py", "api.py", "api_export.py", "metadata.txt", "LICENSE", "README.md")
PACKAGES = ("icons", "provider", "algorithms", "core", "gui", "modeler")
MAX_BYTES = 25_000_000  # plugins.qgis.org's PLUGIN_MAX_UPLOAD_SIZE
REQUIRED_METADATA = (
    "name",
    "qgisMinimumVersion",
    "description",
    "about",
    "version",
    "author",
    "email",
    "repository",
    "tracker",
)
URL_METADATA = ("repository", "tracker", "homepage")
FORBIDDEN_PARTS = {"__pycache__", ".git", "__MACOSX"}
DEV_PARTS = {"tests", "bench", "scripts", "examples", "data", "models", ".ci", ".build", ".venv", "dist"}
DEV_FILES = re.compile(
    r"^(Makefile|pyproject\.toml|requirements.*\.txt|setup\.cfg|\.gitignore|conftest\.py)$"
)
FOLDER_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9-_]+$")
FIXED_TIME = (1980, 1, 1, 0, 0, 0)


class PackageError(Exception):
    """The zip cannot be built or fails a check; the message says which and why."""


# -- choosing the files ------------------------------------------------------------------------


def source_files(root: Path) -> tuple[list[str], set[str]]:
    """Paths (relative, '/'-separated) of the checkout's files, and those git does not track yet."""
    try:
        tracked = _git(root, "ls-files", "-z", "--cached")
        untracked = _git(root, "ls-files", "-z", "--others", "--exclude-standard")
    except (OSError, subprocess.CalledProcessError):
        return _walk(root), set()
    files = sorted({p for p in tracked + untracked if (root / p).exists() or (root / p).is_symlink()})
    return files, set(untracked)


def _git(root: Path, *args: str) -> list[str]:
    done = subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, check=True, stdin=subprocess.DEVNULL
    )
    return [name for name in done.stdout.decode("utf-8").split("\0") if name]


def _walk(root: Path) -> list[str]:
    files = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in FORBIDDEN_PARTS)
        for name in names:
            files.append((Path(folder) / name).relative_to(root).as_posix())
    return sorted(files)


def wanted(path: str) -> bool:
    """Whether the installed plugin needs ``path`` (translations are added separately)."""
    parts = path.split("/")
    if any(part in FORBIDDEN_PARTS or part.startswith(".") for part in parts):
        return False
    if path.endswith((".pyc", ".pyo")):
        return False
    if len(parts) == 1:
        return path in TOP_FILES
    return parts[0] in PACKAGES


def lrelease() -> str | None:
    for name in ("lrelease", "lrelease-qt5", "/usr/lib/qt5/bin/lrelease", "lrelease-qt6"):
        found = shutil.which(name)
        if found:
            return found
    return None


def compiled_translations(root: Path) -> list[str]:
    """``i18n/*.qm`` for every ``i18n/*.ts``, compiled with lrelease when missing or out of date."""
    results = []
    for ts in sorted((root / "i18n").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            tool = lrelease()
            if tool is None:
                raise PackageError(
                    f"{qm.relative_to(root)} is missing or older than {ts.name}, and lrelease was not "
                    "found to build it: install Qt's lrelease (Debian: apt install qttools5-dev-tools) "
                    "or run 'make translations'"
                )
            done = subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
            if done.returncode != 0 or not qm.is_file():
                raise PackageError(f"lrelease could not compile {ts.name}: {done.stderr.strip()}")
        results.append(qm.relative_to(root).as_posix())
    return results


# -- writing the zip ---------------------------------------------------------------------------


def _entry(name: str, mode: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.create_system = 3  # Unix, so the permissions below are read back
    info.external_attr = mode << 16
    if name.endswith("/"):
        info.external_attr |= 0x10  # MS-DOS directory flag
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def build(root: Path, output: Path) -> list[str]:
    """Write the zip; return the untracked files it took."""
    files, untracked = source_files(root)
    chosen = [path for path in files if wanted(path)]
    for path in chosen:
        if (root / path).is_symlink():
            raise PackageError(f"{path} is a symbolic link; plugins.qgis.org refuses them")
    chosen = sorted(set(chosen) | set(compiled_translations(root)))
    missing = [name for name in ("__init__.py", "metadata.txt", "LICENSE") if name not in chosen]
    if missing:
        raise PackageError(f"{', '.join(missing)} not found in {root}")
    folders = sorted({"/".join(p.split("/")[:i]) for p in chosen for i in range(1, p.count("/") + 1)})
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".part")
    with zipfile.ZipFile(partial, "w", compresslevel=9) as archive:
        archive.writestr(_entry(f"{PLUGIN_FOLDER}/", stat.S_IFDIR | 0o755), b"")
        entries = [(f, True) for f in folders] + [(p, False) for p in chosen]
        for path, is_folder in sorted(entries):
            if is_folder:
                archive.writestr(_entry(f"{PLUGIN_FOLDER}/{path}/", stat.S_IFDIR | 0o755), b"")
            else:
                data = (root / path).read_bytes()
                archive.writestr(_entry(f"{PLUGIN_FOLDER}/{path}", stat.S_IFREG | 0o644), data)
    partial.replace(output)
    return sorted(set(chosen) & untracked)


# -- checking it -------------------------------------------------------------------------------


def check(path: Path) -> tuple[list[str], dict[str, str]]:
    """Problems plugins.qgis.org (and this project) would find in the zip; and its metadata."""
    problems: list[str] = []
    size = path.stat().st_size
    if size > MAX_BYTES:
        problems.append(f"the zip is {size:,} bytes; plugins.qgis.org takes at most {MAX_BYTES:,}")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        return [f"not a readable zip: {exc}"], {}
    with archive:
        infos = archive.infolist()
        names = [info.filename for info in infos]
        if not names:
            return ["the zip is empty"], {}
        bad = archive.testzip()
        if bad:
            problems.append(f"corrupt entry (CRC error): {bad}")
        for info in infos:
            name = info.filename
            parts = [p for p in name.split("/") if p]
            if ".." in name or name.startswith(("/", "\\")) or "\\" in name:
                problems.append(f"path information not allowed: {name}")
            if ".pyc" in name:
                problems.append(f".pyc file not allowed: {name}")
            for part in FORBIDDEN_PARTS.intersection(parts):
                problems.append(f"'{part}' folder not allowed: {name}")
            if stat.S_ISLNK(info.external_attr >> 16):
                problems.append(f"symbolic link not allowed: {name}")
            below_top = parts[1] if len(parts) > 1 else ""
            is_folder = name.endswith("/") or len(parts) > 2
            if (is_folder and below_top in DEV_PARTS) or (len(parts) == 2 and DEV_FILES.match(below_top)):
                problems.append(f"development file not wanted in the plugin: {name}")
        tops = sorted({name.split("/")[0] for name in names})
        if "/" not in names[0] or len(tops) != 1:
            problems.append(f"the zip must hold exactly one top folder, found: {', '.join(tops)}")
        top = names[0].split("/")[0]
        if not FOLDER_NAME.match(top) or not top.isidentifier():
            problems.append(
                f"top folder '{top}' must start with an ASCII letter and hold only letters, digits and '_'"
            )
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            if f"{top}/{required}" not in names:
                problems.append(f"{top}/{required} is missing")
        metadata = {}
        if f"{top}/metadata.txt" in names:
            metadata, metadata_problems = _check_metadata(archive.read(f"{top}/metadata.txt"))
            problems += metadata_problems
            icon = metadata.get("icon", "").removeprefix("./")
            if icon and f"{top}/{icon}" not in names:
                problems.append(f"metadata icon {icon} is not in the zip")
    return problems, metadata


def _check_metadata(raw: bytes) -> tuple[dict[str, str], list[str]]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    try:
        parser.read_string(raw.decode("utf-8"))
    except (UnicodeDecodeError, configparser.Error) as exc:
        return {}, [f"metadata.txt cannot be parsed: {' '.join(str(exc).split())}"]
    if not parser.has_section("general"):
        return {}, ["metadata.txt has no [general] section"]
    metadata = {key: value.strip() for key, value in parser.items("general")}
    problems = [f"metadata.txt lacks '{key}'" for key in REQUIRED_METADATA if not metadata.get(key)]
    if metadata.get("hasProcessingProvider", "").lower() != "yes":
        problems.append("metadata.txt must say hasProcessingProvider=yes")
    if "/" in metadata.get("author", ""):
        problems.append("metadata.txt author cannot contain slashes")
    for key in URL_METADATA:
        url = metadata.get(key)
        if url and not all(urlparse(url)[:2]):
            problems.append(f"metadata.txt {key} is not a URL: {url}")
    return metadata, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="zip to write (%(default)s)")
    parser.add_argument("--check", type=Path, metavar="ZIP", help="only check this zip, build nothing")
    args = parser.parse_args(argv)
    output = args.check or args.output
    try:
        if args.check is None:
            for path in build(ROOT, output):
                print(f"package.py: note: {path} is not tracked by git yet", file=sys.stderr)
        problems, metadata = check(output)
    except (PackageError, OSError) as exc:
        print(f"package.py: error: {exc}", file=sys.stderr)
        return 1
    if problems:
        for problem in problems:
            print(f"package.py: error: {output}: {problem}", file=sys.stderr)
        return 1
    with zipfile.ZipFile(output) as archive:
        count = sum(1 for info in archive.infolist() if not info.is_dir())
    size = output.stat().st_size
    print(
        f"{output}: {metadata.get('name')} {metadata.get('version')}, {count} files, "
        f"{size / 1e6:.2f} MB of {MAX_BYTES / 1e6:.0f} MB; passes the plugins.qgis.org checks"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
