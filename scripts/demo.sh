#!/usr/bin/env bash
# The main job: run the workflow on the sample data through scripts/qgis_process
# and print a short summary. Results land in .build/demo/.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out="$repo/.build/demo"
mkdir -p "$out"
"$repo/.venv/bin/python" "$repo/scripts/make_demo_model.py" "$out"

start=$(date +%s.%N)
"$repo/scripts/qgis_process" --json run rasterdl:modelinfo -- "MODEL=$out/water.dlpk" > "$out/modelinfo.json"
end=$(date +%s.%N)

"$repo/.venv/bin/python" - "$out/modelinfo.json" "$start" "$end" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
classes = ", ".join(f"{c['value']}={c['name']}" for c in json.loads(results["CLASSES"]))
print("Raster Deep Learning demo")
print(f"  modelinfo: {results['MODEL_TYPE']}, input {results['INPUT_SHAPE']}, bands {results['BANDS']}, "
      f"tile {results['TILE_SIZE']}, classes {classes}")
print(f"  execution provider: {results['EXECUTION_PROVIDER']} (available: {results['AVAILABLE_PROVIDERS']})")
print(f"  time: {float(sys.argv[3]) - float(sys.argv[2]):.1f} s; results in .build/demo/")
PY
