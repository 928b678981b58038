"""core.output.guard: outputs that are inputs refused, all-or-none commits, stale partials, size limits."""

from __future__ import annotations

import os
import subprocess

import numpy as np
import pytest
from rasterdl.core.errors import ModelInputError, RasterDLError
from rasterdl.core.model.runtime import OnnxSession
from rasterdl.core.output.guard import (
    DataSource,
    OutputConflictError,
    OutputSet,
    OutputSizeError,
    check_chip_count,
    check_grid_size,
    check_outputs,
    data_source,
    estimated_chip_count,
    partial_path,
    remove_stale_partials,
)

from tests.onnx_models import scale_model


def test_data_source_resolves_paths_and_geopackage_layers(tmp_path):
    real = tmp_path / "a.gpkg"
    real.write_bytes(b"x")
    link = tmp_path / "link.gpkg"
    link.symlink_to(real)
    assert data_source(str(link)) == DataSource(str(real))
    assert data_source(f"{link}|layername=roads") == DataSource(str(real), "roads")
    assert data_source(f"{link}|layerid=0") == DataSource(str(real))
    assert data_source(f"GPKG:{link}:roads") == DataSource(str(real), "roads")
    assert data_source(f"ogr:dbname='{link}' table=\"roads\" (geom)") == DataSource(str(real), "roads")
    assert data_source("memory:Buffered") is None
    assert data_source("type=xyz&url=https://tile.example/{z}/{x}/{y}.png") is None
    assert data_source("") is None


def test_an_output_that_is_an_input_is_refused_by_real_path(tmp_path, monkeypatch):
    image = tmp_path / "a.tif"
    image.write_bytes(b"x")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(OutputConflictError, match=r"output OUTPUT 'a.tif' is the input INPUT"):
        check_outputs({"INPUT": [str(image)]}, {"OUTPUT": ["a.tif"]})
    with pytest.raises(OutputConflictError, match="MORE_INPUTS"):
        check_outputs(
            {"INPUT": ["b.tif"], "MORE_INPUTS": ["c.tif", "./sub/../a.tif"]}, {"OUTPUT": [str(image)]}
        )
    check_outputs(
        {"INPUT": [str(image)]}, {"OUTPUT": [str(tmp_path / "b.tif")], "OUTPUT_PROBABILITIES": [""]}
    )


def test_geopackage_layers_conflict_only_when_the_same_layer_or_the_whole_file(tmp_path):
    gpkg = str(tmp_path / "data.gpkg")
    inputs = {"INPUT_FEATURES": [f"{gpkg}|layername=parcels"]}
    check_outputs(inputs, {"OUTPUT": [f"ogr:dbname='{gpkg}' table=\"results\" (geom)"]})
    with pytest.raises(OutputConflictError):
        check_outputs(inputs, {"OUTPUT": [f"{gpkg}|layername=PARCELS"]})
    with pytest.raises(OutputConflictError):
        check_outputs(inputs, {"OUTPUT": [gpkg]})


def test_two_outputs_on_one_file_are_refused(tmp_path):
    out = str(tmp_path / "out.tif")
    with pytest.raises(OutputConflictError, match="OUTPUT and OUTPUT_PROBABILITIES are both"):
        check_outputs({}, {"OUTPUT": [out], "OUTPUT_PROBABILITIES": [out]})


def test_output_set_commits_every_file_or_none(tmp_path):
    first, second = tmp_path / "classes.tif", tmp_path / "probabilities.tif"
    first.write_bytes(b"old classes")
    with OutputSet() as outputs:
        outputs.stage(first).write_bytes(b"new classes")
        outputs.stage(second).write_bytes(b"new probabilities")
        assert first.read_bytes() == b"old classes" and not second.exists()
        outputs.commit()
    assert first.read_bytes() == b"new classes"
    assert second.read_bytes() == b"new probabilities"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["classes.tif", "probabilities.tif"]


def test_a_failed_move_restores_every_old_file_and_removes_the_partials(tmp_path, monkeypatch):
    first, second = tmp_path / "classes.tif", tmp_path / "probabilities.tif"
    first.write_bytes(b"old classes")
    second.write_bytes(b"old probabilities")
    outputs = OutputSet()
    outputs.stage(first).write_bytes(b"new classes")
    outputs.stage(second).write_bytes(b"new probabilities")
    real_replace = os.replace

    def replace(source, target):
        if str(source).endswith(".partial.tif") and str(target) == str(second):
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(RasterDLError, match="Cannot move the output .*No space left on device"):
        outputs.commit()
    assert first.read_bytes() == b"old classes"
    assert second.read_bytes() == b"old probabilities"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["classes.tif", "probabilities.tif"]


def test_a_folder_in_the_way_is_refused_before_anything_moves(tmp_path):
    first, folder = tmp_path / "classes.tif", tmp_path / "probabilities.tif"
    first.write_bytes(b"old classes")
    folder.mkdir()
    outputs = OutputSet()
    outputs.stage(first).write_bytes(b"new classes")
    outputs.stage(folder).write_bytes(b"new probabilities")
    with pytest.raises(RasterDLError, match="is a folder"):
        outputs.commit()
    assert first.read_bytes() == b"old classes" and folder.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["classes.tif", "probabilities.tif"]


def test_an_aborted_set_leaves_the_destination_untouched(tmp_path):
    final = tmp_path / "out.tif"
    final.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with OutputSet() as outputs:
            outputs.stage(final).write_bytes(b"half")
            raise RuntimeError("model failed")
    assert final.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.tif"]


def test_partials_of_a_killed_run_are_removed_and_a_running_ones_kept(tmp_path):
    final = tmp_path / "out.tif"
    proc = subprocess.Popen(["true"])
    proc.wait()
    killed = tmp_path / f".out.rdl{proc.pid}-0123abcd.partial.tif"
    legacy = tmp_path / ".out.89abcdef.partial.tif"
    running = partial_path(final, ".tif")
    other = tmp_path / f".other.rdl{proc.pid}-0123abcd.partial.tif"
    for path in (killed, legacy, running, other):
        path.write_bytes(b"x")
    removed = remove_stale_partials(final)
    assert sorted(removed) == sorted([killed, legacy])
    assert running.exists() and other.exists()
    assert f"rdl{os.getpid()}-" in running.name


def test_absurd_sizes_are_refused_with_the_numbers():
    check_grid_size(200_000, 300_000)
    with pytest.raises(OutputSizeError, match=r"CELL_SIZE 1e-06 would give 4e\+11 x 4e\+11 pixels"):
        check_grid_size(4e11, 4e11, 1e-6)
    with pytest.raises(OutputSizeError, match="at most 2147483647 on a side"):
        check_grid_size(3e9, 10)
    assert estimated_chip_count(1000, 600, (256, 256), (128, 128)) == 6 * 3
    assert estimated_chip_count(100, 600, (256, 256), (128, 128)) == 0
    with pytest.raises(OutputSizeError, match=r"would give 1\.53e\+11 chips"):
        check_chip_count(estimated_chip_count(10**8, 10**8, (256, 256), (256, 256)), (256, 256), (256, 256))


def test_a_model_returning_nan_is_refused_naming_the_model(tmp_path):
    session = OnnxSession(scale_model(tmp_path / "broken.onnx", factor=float("nan")))
    with pytest.raises(ModelInputError, match=r"broken\.onnx returned 48 NaN or infinite values"):
        session.run(np.ones((1, 3, 4, 4), dtype=np.float32))
    infinite = OnnxSession(scale_model(tmp_path / "inf.onnx", factor=float("inf")))
    with pytest.raises(ModelInputError, match="inf.onnx"):
        infinite.run_batches(np.ones((5, 3, 4, 4), dtype=np.float32), 2)
    finite = OnnxSession(scale_model(tmp_path / "fine.onnx", factor=2.0))
    assert finite.run(np.ones((1, 3, 4, 4), dtype=np.float32))[0].max() == 2.0
