"""Early check that an output can be written, before any work is done."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from ..errors import RasterDLError


def check_writable(path: str | os.PathLike) -> None:
    """Fail early, before any work, when ``path`` cannot be written."""
    folder = Path(path).parent
    probe = folder / f".rasterdl-write-test-{uuid.uuid4().hex[:8]}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe.touch()
        probe.unlink()
    except OSError as exc:
        raise RasterDLError(
            "The output '{path}' cannot be written ({reason}). Choose a folder you can write to.",
            path=path,
            reason=exc.strerror,
        ) from None
