"""Safe extraction of Esri deep-learning packages (.dlpk).

A .dlpk is a plain zip of a folder holding ``<name>.emd``, the model file and
maybe a ``.py`` raster function. Packages come from strangers, so every entry is
checked before anything is written (no absolute paths, no ``..``, no symlinks,
bounded size) and nothing inside is ever imported or executed. Extraction goes
to a cache keyed by the SHA-256 of the package, through a temporary folder that
is renamed into place, so a crash never leaves a half-written cache entry.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
import sys
import tempfile
import time
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from ..errors import ModelDefinitionError, one_line

#: Largest total uncompressed size accepted by default (4 GiB).
DEFAULT_MAX_TOTAL_SIZE = 4 * 1024**3
#: Largest number of entries accepted by default.
DEFAULT_MAX_ENTRIES = 10_000
#: Hex digits of the SHA-256 used as cache folder name (short keeps Windows paths short).
_KEY_LENGTH = 32
_DRIVE = re.compile(r"^[A-Za-z]:")
_CHUNK = 1024 * 1024


def default_cache_root() -> Path:
    """The per-user cache folder for extracted packages (``.../rasterdl/dlpk``)."""
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "rasterdl" / "dlpk"


def extract_dlpk(
    path: Path,
    cache_root: Path | None = None,
    max_total_size: int = DEFAULT_MAX_TOTAL_SIZE,
    max_entries: int = DEFAULT_MAX_ENTRIES,
) -> Path:
    """Extract the package at ``path`` into the cache and return the folder holding its .emd.

    The same content is extracted once: later calls reuse the cached folder.
    Raises :class:`ModelDefinitionError` for anything unsafe or malformed.
    """
    path = Path(path)
    if not _is_file(path):
        raise ModelDefinitionError(
            "The deep learning package '{path}' does not exist or is not a file. "
            "Choose an existing .dlpk file.",
            path=path,
        )
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ModelDefinitionError(
            "The deep learning package '{name}' is not a valid zip archive ({error}). "
            "The file may be truncated or corrupt: download or export it again.",
            name=path.name,
            error=one_line(exc),
        ) from exc
    with archive:
        members = _checked_members(path, archive, max_total_size, max_entries)
        files = [name for name, info in members if not info.is_dir()]
        emd = _find_emd(path, files)
        target = _cache_folder(path, cache_root)
        if not _is_file(target / emd):
            _check_model_type(path, archive, emd, files)
            if target.exists():
                shutil.rmtree(target, ignore_errors=True)
            prune_cache(target.parent, keep=target)
            _extract_atomically(path, archive, members, target, max_total_size)
        else:
            _touch(target)
    return (target / emd).parent


#: The package cache is pruned, oldest first, to stay under this size (8 GiB).
DEFAULT_CACHE_BYTES = 8 * 1024**3
#: Staging folders of an extraction older than this (seconds) were left by a killed run.
_STALE_STAGING_SECONDS = 3600


def _check_model_type(path: Path, archive: zipfile.ZipFile, emd: str, files: list[str]) -> None:
    """Refuse, before extracting anything, a package that holds no ONNX model to run.

    A PyTorch or TensorFlow package (.pth, .pt, .h5, .pb) of gigabytes would otherwise be
    extracted in full only to be refused.
    """
    if any(name.lower().endswith(".onnx") for name in files):
        return
    model_file = ""
    try:
        data = json.loads(archive.read(emd).decode("utf-8-sig"))
        if isinstance(data, dict):
            model_file = str(next((v for k, v in data.items() if str(k).lower() == "modelfile"), "") or "")
    except (ValueError, KeyError, zipfile.BadZipFile, OSError, RuntimeError):
        model_file = ""
    if not model_file or model_file.lower().endswith(".onnx"):
        return
    raise ModelDefinitionError(
        "The deep learning package '{name}' holds no ONNX model (.onnx), only its model file "
        "'{model_file}': this plugin runs ONNX models. Export the model to ONNX (for example with "
        "torch.onnx.export) and package that.",
        name=path.name,
        model_file=model_file,
    )


def _touch(folder: Path) -> None:
    """Mark a cache entry as just used (pruning removes the least recently used first)."""
    try:
        os.utime(folder)
    except OSError:
        pass


def _tree_size(folder: Path) -> int:
    total = 0
    for dirpath, _dirnames, filenames in os.walk(folder):
        for filename in filenames:
            try:
                total += os.lstat(os.path.join(dirpath, filename)).st_size
            except OSError:
                pass
    return total


def prune_cache(root: Path, max_bytes: int = DEFAULT_CACHE_BYTES, keep: Path | None = None) -> list[Path]:
    """Remove the least recently used extracted packages until ``root`` holds at most ``max_bytes``.

    Staging folders left by a killed extraction are removed too; ``keep`` (the
    entry about to be written) never is. Returns the folders removed.
    """
    removed: list[Path] = []
    try:
        entries = [entry for entry in Path(root).iterdir() if entry.is_dir() and not entry.is_symlink()]
    except OSError:
        return removed
    now = time.time()
    sized = []
    kept = 0
    for entry in entries:
        if keep is not None and entry == keep:
            kept = _tree_size(entry)
            continue
        try:
            modified = entry.stat().st_mtime
        except OSError:
            continue
        if entry.name.startswith("."):
            if now - modified > _STALE_STAGING_SECONDS:
                shutil.rmtree(entry, ignore_errors=True)
                removed.append(entry)
            continue
        sized.append((modified, entry, _tree_size(entry)))
    total = kept + sum(size for _, _, size in sized)
    for _modified, entry, size in sorted(sized, key=lambda item: item[0]):
        if total <= max_bytes:
            break
        shutil.rmtree(entry, ignore_errors=True)
        removed.append(entry)
        total -= size
    return removed


def remove_extracted(folder: Path, cache_root: Path | None = None) -> None:
    """Remove the cache entry holding ``folder`` (a package that was refused after extraction)."""
    root = Path(os.path.realpath(cache_root or default_cache_root()))
    real = Path(os.path.realpath(folder))
    try:
        entry = root / real.relative_to(root).parts[0]
    except (ValueError, IndexError):
        return
    shutil.rmtree(entry, ignore_errors=True)


def _checked_members(
    path: Path, archive: zipfile.ZipFile, max_total_size: int, max_entries: int
) -> list[tuple[str, zipfile.ZipInfo]]:
    """Validate every entry and return (safe relative name, info) pairs."""
    infos = archive.infolist()
    if len(infos) > max_entries:
        raise ModelDefinitionError(
            "The deep learning package '{name}' has {count} entries, more than the "
            "{max_entries} accepted. It is not a model package; check the file.",
            name=path.name,
            count=len(infos),
            max_entries=max_entries,
        )
    total = 0
    seen: dict[str, str] = {}
    members = []
    for info in infos:
        name = _safe_name(path, info)
        total += info.file_size
        if total > max_total_size:
            raise ModelDefinitionError(
                "The deep learning package '{name}' expands to more than {max_total_size} bytes "
                "(limit reached at entry '{filename}'). Refusing to extract it: check the file.",
                name=path.name,
                max_total_size=max_total_size,
                filename=info.filename,
            )
        if name is None:
            continue
        key = name.lower()
        if key in seen and not info.is_dir():
            raise ModelDefinitionError(
                "The deep learning package '{name}' holds the entry '{filename}' twice "
                "(also as '{first_entry}'). Re-create the package from its folder.",
                name=path.name,
                filename=info.filename,
                first_entry=seen[key],
            )
        seen[key] = info.filename
        members.append((name, info))
    return members


def _safe_name(path: Path, info: zipfile.ZipInfo) -> str | None:
    """The entry's relative POSIX name, None for the root folder; raises for unsafe entries."""
    raw = info.filename
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise _unsafe(path, raw, "is a symbolic link")
    name = raw.replace("\\", "/")
    if name.startswith("/"):
        raise _unsafe(path, raw, "has an absolute path")
    if _DRIVE.match(name):
        raise _unsafe(path, raw, "has a drive letter")
    parts = [part for part in name.split("/") if part not in ("", ".")]
    if ".." in parts:
        raise _unsafe(path, raw, "has a '..' component that points outside the package")
    if any("\0" in part for part in parts):
        raise _unsafe(path, raw, "has a NUL character in its name")
    return "/".join(parts) if parts else None


def _unsafe(path: Path, entry: str, why: str) -> ModelDefinitionError:
    return ModelDefinitionError(
        "The deep learning package '{name}' is unsafe: its entry '{entry}' {why}. "
        "Refusing to extract it; only use packages from a trusted source.",
        name=path.name,
        entry=entry,
        why=why,
    )


def _find_emd(path: Path, names: list[str]) -> str:
    """The one .emd at the shallowest level (macOS '__MACOSX' and '._' files ignored)."""
    candidates = [
        name
        for name in names
        if name.lower().endswith(".emd")
        and not name.startswith("__MACOSX/")
        and not PurePosixPath(name).name.startswith("._")
    ]
    if not candidates:
        raise ModelDefinitionError(
            "The deep learning package '{name}' holds no .emd model definition. "
            "A .dlpk must contain '<name>.emd' next to the model file.",
            name=path.name,
        )
    depth = min(name.count("/") for name in candidates)
    shallowest = sorted(name for name in candidates if name.count("/") == depth)
    if len(shallowest) > 1:
        raise ModelDefinitionError(
            "The deep learning package '{name}' holds several .emd files at the same level "
            "({shallowest}), so the model to use is ambiguous. Keep only one.",
            name=path.name,
            shallowest=", ".join(shallowest),
        )
    return shallowest[0]


def _cache_folder(path: Path, cache_root: Path | None) -> Path:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(_CHUNK), b""):
                digest.update(chunk)
    except OSError as exc:
        raise ModelDefinitionError(
            "Cannot read the deep learning package '{path}': {error}.", path=path, error=one_line(exc)
        ) from exc
    root = Path(cache_root) if cache_root is not None else default_cache_root()
    return root / digest.hexdigest()[:_KEY_LENGTH]


def _extract_atomically(
    path: Path,
    archive: zipfile.ZipFile,
    members: list[tuple[str, zipfile.ZipInfo]],
    target: Path,
    max_total_size: int,
) -> None:
    """Extract into a temporary sibling of ``target``, then rename it into place."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    except OSError as exc:
        raise ModelDefinitionError(
            "Cannot create the package cache folder '{parent}': {error}. Check that the folder is writable.",
            parent=target.parent,
            error=one_line(exc),
        ) from exc
    try:
        written = 0
        for name, info in members:
            destination = staging.joinpath(*name.split("/"))
            if info.is_dir():
                destination.mkdir(parents=True, exist_ok=True)
                continue
            destination.parent.mkdir(parents=True, exist_ok=True)
            written = _copy_entry(path, archive, info, destination, written, max_total_size)
        try:
            os.replace(staging, target)
        except OSError:
            if not target.is_dir():
                raise
            shutil.rmtree(staging, ignore_errors=True)
    except ModelDefinitionError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    except (zipfile.BadZipFile, EOFError, zlib.error, NotImplementedError, RuntimeError, OSError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise ModelDefinitionError(
            "Cannot extract the deep learning package '{name}': {error}. "
            "The file may be truncated, corrupt or encrypted: download or export it again.",
            name=path.name,
            error=one_line(exc),
        ) from exc


def _copy_entry(
    path: Path,
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    destination: Path,
    written: int,
    max_total_size: int,
) -> int:
    """Stream one entry to disk, counting bytes against the size limit; returns the new total."""
    with archive.open(info) as source, open(destination, "wb") as sink:
        for chunk in iter(lambda: source.read(_CHUNK), b""):
            written += len(chunk)
            if written > max_total_size:
                raise ModelDefinitionError(
                    "The deep learning package '{name}' expands to more than {max_total_size} "
                    "bytes (limit reached at entry '{filename}'). Refusing to extract it.",
                    name=path.name,
                    max_total_size=max_total_size,
                    filename=info.filename,
                )
            sink.write(chunk)
    return written


def _is_file(path: Path) -> bool:
    """``path.is_file()``, False instead of an error for names the OS rejects (too long, NUL)."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False
