#!/usr/bin/env bash
# The main job: the workflow on the bundled sample (data/sample) through
# scripts/qgis_process, with a short summary. Results land in .build/demo/.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out="$repo/.build/demo"
qp="$repo/scripts/qgis_process"
image="$repo/data/sample/OSBS_029.tif"
rm -rf "$out" && mkdir -p "$out"
"$repo/.venv/bin/python" "$repo/scripts/make_demo_model.py" "$out"
"$repo/.venv/bin/python" "$repo/scripts/sample_labels.py" "$repo/data/sample/OSBS_029.csv" "$out/trees.gpkg"

step() {  # step NAME ALGORITHM PARAMS...: run one tool, keep its JSON and its time
  local name=$1 alg=$2; shift 2
  local start end
  start=$(date +%s.%N)
  "$qp" --json run "$alg" -- "$@" > "$out/$name.json" 2> "$out/$name.log" || {
    echo "demo: $alg failed, see $out/$name.log" >&2; tail -5 "$out/$name.log" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$name $start $end" >> "$out/timings.txt"
}

step modelinfo rasterdl:modelinfo "MODEL=$out/water.dlpk"
step export_voc rasterdl:exporttrainingdata "INPUT=$image" "INPUT_CLASS_DATA=$out/trees.gpkg" \
  "OUTPUT=$out/training_voc" METADATA_FORMAT=1 TILE_SIZE_X=128 TILE_SIZE_Y=128 STRIDE_X=64 STRIDE_Y=64
step export_classified rasterdl:exporttrainingdata "INPUT=$image" "INPUT_CLASS_DATA=$out/trees.gpkg" \
  "OUTPUT=$out/training_classified" METADATA_FORMAT=2 TILE_SIZE_X=128 TILE_SIZE_Y=128 STRIDE_X=128 STRIDE_Y=128
step classify_pixels rasterdl:classifypixels "INPUT=$image" "MODEL=$out/water.dlpk" \
  "OUTPUT=$out/classified.tif" "OUTPUT_PROBABILITIES=$out/probabilities.tif" "MODEL_ARGUMENTS=padding,32,batch_size,8"

"$repo/.venv/bin/python" - "$out" <<'PY'
import json, sys
from pathlib import Path
out = Path(sys.argv[1])
r = {p.stem: json.loads(p.read_text())["results"] for p in out.glob("*.json")}
t = {n: float(b) - float(a) for n, a, b in (line.split() for line in (out / "timings.txt").read_text().splitlines())}
info = r["modelinfo"]
print("Raster Deep Learning demo on data/sample/OSBS_029.tif (NEON orthophoto, 61 tree boxes)")
print(f"  modelinfo          {float(t['modelinfo']):5.1f} s  {info['MODEL_TYPE']}, input {info['INPUT_SHAPE']}, "
      f"provider {info['EXECUTION_PROVIDER']}")
for key, label in (("export_voc", "PASCAL VOC"), ("export_classified", "Classified_Tiles")):
    print(f"  export {label:<12}{float(t[key]):5.1f} s  {r[key]['CHIP_COUNT']} chips, {r[key]['FEATURE_COUNT']} "
          f"features -> {Path(r[key]['OUTPUT']).relative_to(out.parent.parent)}")
cp = r["classify_pixels"]
print(f"  classify pixels    {float(t['classify_pixels']):5.1f} s  -> {Path(cp['OUTPUT']).relative_to(out.parent.parent)} "
      f"on {cp['EXECUTION_PROVIDER']}")
print("  (times include starting qgis_process, about 2 s each)")
PY
