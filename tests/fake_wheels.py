"""Tiny wheels that stand in for onnxruntime, OpenCV and dask, so pip runs offline in tests.

Each is a hand-written ``py3-none-any`` wheel (a zip with the package and a
``.dist-info`` holding METADATA, WHEEL and a RECORD with real hashes). Install
them with ``PIP_NO_INDEX=1`` and ``PIP_FIND_LINKS=<folder>``: pip never
touches the network.
"""

from __future__ import annotations

import base64
import hashlib
import os
import sys
import zipfile
from pathlib import Path

import pytest

FAKE_VERSION = "99.0.0"
#: Below 4.12, as the installer's constraints demand with numpy 1.x.
FAKE_OPENCV_VERSION = "4.11.99"
#: Above the installer's lower bounds (dask>=2026.1), and no real release.
FAKE_DASK_VERSION = "2026.99.0"
#: Providers the fake onnxruntime offers; the first one exists nowhere else, so a
#: report that lists it was read from the fake (through a subprocess).
FAKE_PROVIDERS = ["FakeTestExecutionProvider", "CPUExecutionProvider"]


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def write_wheel(folder: Path, distribution: str, version: str, files: dict[str, str]) -> Path:
    """Write ``<distribution>-<version>-py3-none-any.whl`` holding ``files`` (path -> text)."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = distribution.replace("-", "_")
    info = f"{stem}-{version}.dist-info"
    contents = {name: text.encode() for name, text in files.items()}
    metadata = f"Metadata-Version: 2.1\nName: {distribution}\nVersion: {version}\n"
    contents[f"{info}/METADATA"] = metadata.encode()
    contents[f"{info}/WHEEL"] = (
        b"Wheel-Version: 1.0\nGenerator: rasterdl-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    )
    record = [_record_line(name, data) for name, data in contents.items()] + [f"{info}/RECORD,,"]
    contents[f"{info}/RECORD"] = ("\n".join(record) + "\n").encode()
    path = folder / f"{stem}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in contents.items():
            archive.writestr(name, data)
    return path


def onnxruntime_wheel(folder: Path, distribution: str = "onnxruntime") -> Path:
    """A fake onnxruntime (or onnxruntime-gpu) whose providers are :data:`FAKE_PROVIDERS`."""
    code = (
        f'__version__ = "{FAKE_VERSION}"\n\n\ndef get_available_providers():\n    return {FAKE_PROVIDERS!r}\n'
    )
    return write_wheel(folder, distribution, FAKE_VERSION, {"onnxruntime/__init__.py": code})


def opencv_wheel(folder: Path) -> Path:
    """A fake opencv-python-headless providing ``cv2``."""
    files = {"cv2/__init__.py": f'__version__ = "{FAKE_OPENCV_VERSION}"\n'}
    return write_wheel(folder, "opencv-python-headless", FAKE_OPENCV_VERSION, files)


def numpy_wheel(folder: Path, version: str) -> Path:
    """A fake numpy ``version``: the installer pins the numpy QGIS's Python has."""
    return write_wheel(folder, "numpy", version, {"numpy/__init__.py": f'__version__ = "{version}"\n'})


def cluster_wheels(folder: Path) -> list[Path]:
    """Fake dask and distributed (the optional cluster packages), both :data:`FAKE_DASK_VERSION`."""
    return [
        write_wheel(
            folder, name, FAKE_DASK_VERSION, {f"{name}/__init__.py": f'__version__ = "{FAKE_DASK_VERSION}"\n'}
        )
        for name in ("dask", "distributed")
    ]


def fake_wheel_folder(
    folder: Path, gpu: bool = False, numpy_versions: tuple[str, ...] = (), cluster: bool = False
) -> Path:
    """A find-links folder with fake onnxruntime (``-gpu`` too when asked), OpenCV and numpy wheels.

    numpy gets one wheel per version in ``numpy_versions`` and one for the numpy
    of this process (the version the installer pins by default); ``cluster``
    adds fake dask and distributed.
    """
    import numpy

    onnxruntime_wheel(folder)
    if gpu:
        onnxruntime_wheel(folder, "onnxruntime-gpu")
    if cluster:
        cluster_wheels(folder)
    opencv_wheel(folder)
    for version in {numpy.__version__, *numpy_versions}:
        numpy_wheel(folder, version)
    return folder


def offline_pip_env(wheels: Path) -> dict[str, str]:
    """pip settings that install only from ``wheels`` and never reach an index."""
    return {
        "PIP_NO_INDEX": "1",
        "PIP_FIND_LINKS": str(wheels),
        "PIP_NO_CACHE_DIR": "1",
        "PIP_CONFIG_FILE": os.devnull,
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }


@pytest.fixture(autouse=True)
def fakes_stay_out_of_this_process():
    """After each test: the fake packages never reached this process's modules or path."""
    yield
    fakes = (("onnxruntime", FAKE_VERSION), ("cv2", FAKE_OPENCV_VERSION))
    for name, fake in (*fakes, ("dask", FAKE_DASK_VERSION), ("distributed", FAKE_DASK_VERSION)):
        module = sys.modules.get(name)
        assert module is None or getattr(module, "__version__", None) != fake
    assert not any("rasterdl/site-packages" in p for p in sys.path)
