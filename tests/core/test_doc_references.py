"""Docstrings and documents point at files that exist in the repository.

A pointer such as "see docs/FORMATS.md section 5" or "core/engine/tiling.py" is only worth writing
if a reader can open it; moves and renames must carry them along.
"""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCES = ("core", "algorithms", "provider", "gui", "scripts", "bench")
DOCUMENTS = ("README.md", "docs", "bench/README.md", "i18n/README.md")
#: Repository paths a text may name: documents, and the product's modules.
POINTER = re.compile(
    r"(?<![\w./-])((?:docs|core|algorithms|provider|gui|scripts|bench)/[\w./-]*\w\.(?:md|py|sh))"
)
#: Names of reference files that live outside the repository: a pointer must say docs/ instead.
OUTSIDE = re.compile(r"(?<![\w/])(FORMATS\.md|QGIS_NOTES\.md)")


def _texts() -> list[Path]:
    files = [p for name in SOURCES for p in (REPO / name).rglob("*.py")]
    for name in DOCUMENTS:
        path = REPO / name
        files += sorted(path.rglob("*.md")) if path.is_dir() else [path]
    return [p for p in files if ".venv" not in p.parts and ".build" not in p.parts]


def test_every_path_named_in_code_and_documents_exists():
    missing = []
    for path in _texts():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for target in POINTER.findall(line):
                if not (REPO / target).exists():
                    missing.append(f"{path.relative_to(REPO)}:{number}: {target}")
    assert missing == []


def test_no_pointer_to_a_reference_file_outside_the_repository():
    outside = [
        f"{path.relative_to(REPO)}:{number}"
        for path in _texts()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if OUTSIDE.search(line)
    ]
    assert outside == []


def test_the_pointer_pattern_finds_paths_and_flags_missing_ones():
    line = "see docs/FORMATS.md section 5 and core/engine/tiling.py, not core/engine/nowhere.py"
    found = POINTER.findall(line)
    assert found == ["docs/FORMATS.md", "core/engine/tiling.py", "core/engine/nowhere.py"]
    assert [t for t in found if not (REPO / t).exists()] == ["core/engine/nowhere.py"]
