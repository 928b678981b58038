"""extract_dlpk: safe extraction into a content-keyed cache, and rejection of unsafe packages."""

import json
import stat
import sys
import zipfile
from pathlib import Path

import pytest
from rasterdl.core.errors import ModelDefinitionError
from rasterdl.core.model.dlpk import default_cache_root, extract_dlpk
from rasterdl.core.model.loader import load_model_definition

from tests.onnx_models import band_threshold_segmenter

EMD = json.dumps({"ModelType": "ImageClassification", "ModelFile": "model.onnx"})


def make_zip(path: Path, entries: dict, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """Write ``entries`` (name -> bytes/str) as a zip at ``path``."""
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def cache_entries(cache: Path) -> list[str]:
    return sorted(p.name for p in cache.iterdir()) if cache.exists() else []


def test_extracts_the_folder_holding_the_emd(tmp_path):
    package = make_zip(
        tmp_path / "m.dlpk", {"Model/Model.emd": EMD, "Model/model.onnx": b"x", "Model/sub/a": "1"}
    )
    folder = extract_dlpk(package, tmp_path / "cache")
    assert folder.name == "Model"
    assert (folder / "Model.emd").read_text() == EMD
    assert (folder / "model.onnx").read_bytes() == b"x"
    assert (folder / "sub" / "a").read_text() == "1"
    assert folder.parent.parent == tmp_path / "cache"


def test_emd_at_the_root_of_the_zip(tmp_path):
    package = make_zip(tmp_path / "m.dlpk", {"m.emd": EMD, "model.onnx": b"x"})
    folder = extract_dlpk(package, tmp_path / "cache")
    assert (folder / "m.emd").is_file()


def test_same_content_reuses_the_cache(tmp_path):
    cache = tmp_path / "cache"
    entries = {"M/M.emd": EMD, "M/model.onnx": b"x"}
    first = extract_dlpk(make_zip(tmp_path / "a.dlpk", entries), cache)
    (first / "sentinel").write_text("kept")
    copy = tmp_path / "copy.dlpk"
    copy.write_bytes((tmp_path / "a.dlpk").read_bytes())
    second = extract_dlpk(copy, cache)
    assert second == first
    assert (second / "sentinel").read_text() == "kept"
    assert len(cache_entries(cache)) == 1


def test_different_content_gets_its_own_folder(tmp_path):
    cache = tmp_path / "cache"
    first = extract_dlpk(make_zip(tmp_path / "a.dlpk", {"M/M.emd": EMD, "M/model.onnx": b"1"}), cache)
    second = extract_dlpk(make_zip(tmp_path / "b.dlpk", {"M/M.emd": EMD, "M/model.onnx": b"2"}), cache)
    assert first != second
    assert (second / "model.onnx").read_bytes() == b"2"
    assert len(cache_entries(cache)) == 2


def test_damaged_cache_is_extracted_again(tmp_path):
    cache = tmp_path / "cache"
    package = make_zip(tmp_path / "a.dlpk", {"M/M.emd": EMD})
    folder = extract_dlpk(package, cache)
    (folder / "M.emd").unlink()
    assert extract_dlpk(package, cache) == folder
    assert (folder / "M.emd").is_file()


def test_shallowest_emd_wins(tmp_path):
    package = make_zip(tmp_path / "m.dlpk", {"M/deep/other.emd": EMD, "M/main.emd": EMD})
    folder = extract_dlpk(package, tmp_path / "cache")
    assert (folder / "main.emd").is_file()
    assert folder.name == "M"


def test_macos_resource_files_are_ignored(tmp_path):
    package = make_zip(tmp_path / "m.dlpk", {"__MACOSX/._m.emd": "junk", "M/._m.emd": "junk", "M/m.emd": EMD})
    assert (extract_dlpk(package, tmp_path / "cache") / "m.emd").read_text() == EMD


def test_default_cache_root_follows_xdg(monkeypatch, tmp_path):
    if sys.platform.startswith("win") or sys.platform == "darwin":
        pytest.skip("XDG_CACHE_HOME is a Linux convention")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_root() == tmp_path / "rasterdl" / "dlpk"


def test_python_file_is_extracted_but_never_executed(tmp_path):
    marker = tmp_path / "executed.txt"
    band_threshold_segmenter(tmp_path / "model.onnx")
    code = f"from pathlib import Path\nPath({str(marker)!r}).write_text('ran')\n"
    emd = {"ModelType": "ImageClassification", "ModelFile": "model.onnx", "InferenceFunction": "Fn.py"}
    package = make_zip(
        tmp_path / "m.dlpk",
        {
            "M/M.emd": json.dumps(emd),
            "M/model.onnx": (tmp_path / "model.onnx").read_bytes(),
            "M/Fn.py": code,
            "M/__init__.py": code,
        },
    )
    definition = load_model_definition(package, cache_root=tmp_path / "cache")
    assert definition.source_kind == "dlpk"
    assert (definition.model_file.parent / "Fn.py").read_text() == code
    assert definition.extra["InferenceFunction"] == "Fn.py"
    assert not marker.exists()


# --------------------------------------------------------------------------- malformed packages


def symlink_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("M/M.emd", EMD)
        link = zipfile.ZipInfo("M/link")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
    return path


def test_truncated_zip(tmp_path):
    whole = make_zip(tmp_path / "whole.dlpk", {"M/M.emd": EMD, "M/model.onnx": b"x" * 5000}).read_bytes()
    package = tmp_path / "cut.dlpk"
    package.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(ModelDefinitionError, match="'cut.dlpk' is not a valid zip archive.*truncated"):
        extract_dlpk(package, tmp_path / "cache")


def test_not_a_zip(tmp_path):
    package = tmp_path / "text.dlpk"
    package.write_text("hello")
    with pytest.raises(ModelDefinitionError, match="not a valid zip"):
        extract_dlpk(package, tmp_path / "cache")


def test_missing_package(tmp_path):
    with pytest.raises(ModelDefinitionError, match="does not exist"):
        extract_dlpk(tmp_path / "nothing.dlpk", tmp_path / "cache")


@pytest.mark.parametrize(
    ("entry", "fragment"),
    [
        ("../evil.py", r"'\.\./evil\.py' has a '\.\.' component"),
        ("M/../../evil.py", r"'M/\.\./\.\./evil\.py' has a '\.\.' component"),
        ("..\\evil.py", r"has a '\.\.' component"),
        ("/etc/evil.emd", "'/etc/evil.emd' has an absolute path"),
        ("C:/evil.emd", "'C:/evil.emd' has a drive letter"),
        ("c:evil.emd", "has a drive letter"),
    ],
)
def test_unsafe_paths_are_rejected_before_writing(tmp_path, entry, fragment):
    package = make_zip(tmp_path / "bad.dlpk", {"M/M.emd": EMD, entry: "evil"})
    cache = tmp_path / "cache" / "deep" / "er"
    with pytest.raises(ModelDefinitionError, match="'bad.dlpk' is unsafe.*" + fragment):
        extract_dlpk(package, cache)
    assert not cache.exists()
    assert not list(tmp_path.rglob("evil*"))


def test_symlink_entry(tmp_path):
    with pytest.raises(ModelDefinitionError, match="'M/link' is a symbolic link"):
        extract_dlpk(symlink_zip(tmp_path / "link.dlpk"), tmp_path / "cache")


def test_zip_bomb_over_the_size_limit(tmp_path):
    package = make_zip(tmp_path / "bomb.dlpk", {"M/M.emd": EMD, "M/zeros.bin": b"\0" * 100_000})
    assert package.stat().st_size < 2_000
    with pytest.raises(ModelDefinitionError, match="'bomb.dlpk' expands to more than 10000 bytes.*zeros.bin"):
        extract_dlpk(package, tmp_path / "cache", max_total_size=10_000)
    assert cache_entries(tmp_path / "cache") == []


def test_lying_size_header_cannot_smuggle_more_bytes(tmp_path):
    package = make_zip(tmp_path / "liar.dlpk", {"M/M.emd": EMD, "M/zeros.bin": b"\0" * 100_000})
    data = bytearray(package.read_bytes())
    header = data.index(b"M/zeros.bin", data.index(b"PK\x01\x02")) - 46
    assert data[header : header + 4] == b"PK\x01\x02"
    data[header + 24 : header + 28] = (10).to_bytes(4, "little")
    package.write_bytes(bytes(data))
    with pytest.raises(ModelDefinitionError, match="Cannot extract the deep learning package 'liar.dlpk'"):
        extract_dlpk(package, tmp_path / "cache", max_total_size=1_000)
    assert cache_entries(tmp_path / "cache") == []


def test_too_many_entries(tmp_path):
    package = make_zip(tmp_path / "many.dlpk", {f"M/{i}.txt": "" for i in range(5)} | {"M/M.emd": EMD})
    with pytest.raises(ModelDefinitionError, match="'many.dlpk' has 6 entries, more than the 5"):
        extract_dlpk(package, tmp_path / "cache", max_entries=5)


def test_no_emd(tmp_path):
    package = make_zip(tmp_path / "noemd.dlpk", {"M/model.onnx": b"x", "M/readme.txt": "hi"})
    with pytest.raises(ModelDefinitionError, match="'noemd.dlpk' holds no .emd"):
        extract_dlpk(package, tmp_path / "cache")


def test_ambiguous_emd_files_are_listed(tmp_path):
    package = make_zip(tmp_path / "two.dlpk", {"M/a.emd": EMD, "M/b.emd": EMD, "M/deep/c.emd": EMD})
    with pytest.raises(ModelDefinitionError, match=r"several \.emd files.*M/a\.emd, M/b\.emd"):
        extract_dlpk(package, tmp_path / "cache")


def test_duplicate_entries(tmp_path):
    package = tmp_path / "dup.dlpk"
    with pytest.warns(UserWarning, match="Duplicate name"):
        make_zip(package, {"M/M.emd": EMD, "x": "1"})
        with zipfile.ZipFile(package, "a") as archive:
            archive.writestr("M/M.emd", "{}")
    with pytest.raises(ModelDefinitionError, match="holds the entry 'M/M.emd' twice"):
        extract_dlpk(package, tmp_path / "cache")


def test_corrupt_data_leaves_no_half_cache(tmp_path):
    payload = b"0123456789" * 100
    package = make_zip(tmp_path / "crc.dlpk", {"M/M.emd": EMD, "M/data.bin": payload}, zipfile.ZIP_STORED)
    data = bytearray(package.read_bytes())
    start = data.index(payload)
    data[start + 10] ^= 0xFF
    package.write_bytes(bytes(data))
    cache = tmp_path / "cache"
    with pytest.raises(ModelDefinitionError, match="Cannot extract the deep learning package 'crc.dlpk'"):
        extract_dlpk(package, cache)
    assert cache_entries(cache) == []
