"""The cluster layer's own rules, without a cluster: what a CLUSTER value means, what a user without
dask is told, the model cache and its content hash, and a task's failure as one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rasterdl.core.cluster.connect import ClusterError, open_cluster, parse_cluster
from rasterdl.core.cluster.worker import (
    TaskFailure,
    cached_model,
    model_loads,
    model_source_hash,
    worker_task,
)

from tests.onnx_models import conv_segmenter

PLUGINS_DIR = Path(__file__).resolve().parents[2] / ".build" / "plugins"


@pytest.mark.parametrize("text", ["", "   ", None])
def test_an_empty_cluster_runs_here(text):
    assert parse_cluster(text) is None
    with open_cluster(text) as cluster:
        assert cluster is None


@pytest.mark.parametrize(
    ("text", "workers", "address"),
    [
        ("local:2", 2, ""),
        (" LOCAL:16 ", 16, ""),
        ("tcp://10.0.0.5:8786", 0, "tcp://10.0.0.5:8786"),
        ("scheduler.example.org:8786", 0, "tcp://scheduler.example.org:8786"),
        ("tls://scheduler:8786", 0, "tls://scheduler:8786"),
    ],
)
def test_local_n_and_scheduler_addresses(text, workers, address):
    spec = parse_cluster(text)
    assert (spec.local_workers, spec.address) == (workers, address)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("local:0", "local:N with N the number of worker processes"),
        ("local:two", "local:N with N the number of worker processes"),
        ("my cluster", "neither local:N nor a Dask scheduler address"),
        ("8786", "neither local:N nor a Dask scheduler address"),
    ],
)
def test_a_cluster_value_that_means_nothing_is_refused_saying_what_to_give(text, says):
    with pytest.raises(ClusterError, match=says):
        parse_cluster(text)


def test_without_dask_a_cluster_says_what_to_install_and_the_rest_imports():
    code = (
        "import json, sys\n"
        "sys.modules['dask'] = None\nsys.modules['distributed'] = None\n"
        f"sys.path.insert(0, {str(PLUGINS_DIR)!r})\n"
        "import rasterdl.core.cluster.driver, rasterdl.core.cluster.pixel_blocks\n"
        "from rasterdl.core.cluster.connect import open_cluster, ClusterError\n"
        "try:\n"
        "    with open_cluster('local:2'):\n"
        "        pass\n"
        "except ClusterError as exc:\n"
        "    print(json.dumps(str(exc)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    message = json.loads(done.stdout.strip().splitlines()[-1])
    assert "needs the Python packages dask and distributed" in message
    assert "Install Python Dependencies tool" in message and "leave CLUSTER empty" in message


def test_the_content_hash_follows_the_model_file_not_its_name(tmp_path):
    first = conv_segmenter(tmp_path / "a.onnx", seed=1)
    same = tmp_path / "b" / "a.onnx"
    same.parent.mkdir()
    same.write_bytes(first.read_bytes())
    other = conv_segmenter(tmp_path / "c" / "a.onnx", seed=2)
    assert model_source_hash(first) == model_source_hash(same)
    assert model_source_hash(first) != model_source_hash(other)


def test_a_definition_file_hashes_the_onnx_file_it_names(tmp_path):
    model = conv_segmenter(tmp_path / "m.onnx")
    definition = tmp_path / "m.emd"
    definition.write_text(
        json.dumps({"ModelFile": "m.onnx", "ModelType": "ImageClassification", "Classes": []}), "utf-8"
    )
    before = model_source_hash(definition)
    conv_segmenter(model, seed=5)  # the same definition, a retrained network
    assert model_source_hash(definition) != before


def test_a_model_is_loaded_once_per_content_hash(tmp_path):
    model = conv_segmenter(tmp_path / "m.onnx")
    digest = model_source_hash(model)
    loads = model_loads()
    first = cached_model(str(model), digest, 1)
    again = cached_model(str(model), digest, 1)
    assert again[1] is first[1] and model_loads() == loads + 1
    conv_segmenter(model, seed=9)
    cached_model(str(model), model_source_hash(model), 1)
    assert model_loads() == loads + 2


def test_a_task_error_comes_back_as_one_line_naming_where_it_ran():
    @worker_task
    def broken(task, cancel_event):
        raise OSError(f"Cannot open\n  the raster '{task}'")

    failure = broken("/data/missing.tif", "")
    assert isinstance(failure, TaskFailure) and not failure.cancelled
    assert failure.message == "Cannot open the raster '/data/missing.tif'"
    assert failure.worker.startswith("process ")


def test_a_json_text_definition_hashes_its_text_and_the_onnx_file_it_names(tmp_path):
    model = conv_segmenter(tmp_path / "m.onnx")
    text = json.dumps({"ModelFile": str(model), "ModelType": "ImageClassification", "Classes": []})
    before = model_source_hash(text)
    assert model_source_hash(text) == before
    assert model_source_hash(text.replace('"Classes"', '"ImageHeight": 64, "Classes"')) != before
    conv_segmenter(model, seed=3)
    assert model_source_hash(text) != before
