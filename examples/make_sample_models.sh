#!/usr/bin/env bash
# Rebuild the three sample models in models/ from the bundled sample (data/sample):
#   1. export training data through the plugin (scripts/qgis_process) into .build/sample-training/,
#   2. train a pixel segmenter, an object detector and an object classifier (examples/train_*.py),
#   3. copy them to models/tree_segmenter.dlpk, tree_detector.dlpk and tree_classifier.dlpk,
#   4. run each model through the plugin's own tools on the sample, print what they found, and write
#      models/README.md from the training reports and those results.
# Spatial split: rows 0-287 of the 400 x 400 image train, rows 288-399 validate (see examples/README.md).
# Needs `make setup` (QGIS, the project's .venv); makes .venv-train (torch CPU, onnx) when missing.
# Idempotent: everything under .build/sample-training/ is made anew; training is seeded.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
out="$repo/.build/sample-training"
venv="$repo/.venv-train"
py="$venv/bin/python"
qp="$repo/scripts/qgis_process"
image="$repo/data/sample/OSBS_029.tif"
epsg="[EPSG:32617]"
# Pixel-edge extents of the sample (x 404211.9-404251.9, y 3285102.9-3285142.9, 0.1 m cells). The
# training extent ends a hair above the split line (y 3285114.1 = row 288) so that float rounding
# cannot add row 288 to it.
train_extent="404211.9,404251.9,3285114.15,3285142.9 $epsg"
val_extent="404211.9,404251.9,3285102.9,3285114.1 $epsg"

[[ -x "$repo/.venv/bin/python" ]] || { echo "make_sample_models: run 'make setup' first (QGIS and .venv)" >&2; exit 1; }
if ! "$py" -c "import torch, onnx, onnxruntime" 2>/dev/null; then
  echo "== creating $venv (torch CPU, onnx, onnxruntime)"
  [[ -x "$py" ]] || /usr/bin/python3 -m venv --system-site-packages "$venv"
  "$py" -m pip install --quiet --disable-pip-version-check -r "$repo/examples/requirements.txt"
fi

rm -rf "$out" && mkdir -p "$out"
started=$(date +%s)

echo "== labels"
"$py" "$repo/scripts/sample_labels.py" "$repo/data/sample/OSBS_029.csv" "$out/trees.gpkg"
"$py" "$repo/examples/background_samples.py" "$image" "$out/trees.gpkg" "$out/trees_and_ground.gpkg" --seed 0

export_data() {  # export_data NAME PARAMS...: one run of Export Training Data For Deep Learning
  local name=$1; shift
  "$qp" --json run rasterdl:exporttrainingdata -- "INPUT=$image" "OUTPUT=$out/$name" "$@" \
    > "$out/$name.json" 2> "$out/$name.log" || { echo "export $name failed, see $out/$name.log" >&2; exit 1; }
  "$py" -c "import json,sys; r=json.load(open(sys.argv[1]))['results']; print(f'  {sys.argv[2]:<20} {r[\"CHIP_COUNT\"]:>3} chips')" \
    "$out/$name.json" "$name"
}

echo "== exports"
export_data segmenter_train "INPUT_CLASS_DATA=$out/trees.gpkg" METADATA_FORMAT=2 TILE_SIZE_X=128 TILE_SIZE_Y=128 \
  STRIDE_X=32 STRIDE_Y=32 OUTPUT_NOFEATURE_TILES=1 "EXTENT=$train_extent"
export_data segmenter_val "INPUT_CLASS_DATA=$out/trees.gpkg" METADATA_FORMAT=2 TILE_SIZE_X=400 TILE_SIZE_Y=112 \
  STRIDE_X=400 STRIDE_Y=112 OUTPUT_NOFEATURE_TILES=1 "EXTENT=$val_extent"
export_data detector_train "INPUT_CLASS_DATA=$out/trees.gpkg" METADATA_FORMAT=0 TILE_SIZE_X=128 TILE_SIZE_Y=128 \
  STRIDE_X=32 STRIDE_Y=32 OUTPUT_NOFEATURE_TILES=1 "EXTENT=$train_extent"
export_data detector_val "INPUT_CLASS_DATA=$out/trees.gpkg" METADATA_FORMAT=0 TILE_SIZE_X=400 TILE_SIZE_Y=112 \
  STRIDE_X=400 STRIDE_Y=112 OUTPUT_NOFEATURE_TILES=1 "EXTENT=$val_extent"
export_data classifier "INPUT_CLASS_DATA=$out/trees_and_ground.gpkg" METADATA_FORMAT=4 TILE_SIZE_X=48 TILE_SIZE_Y=48 \
  STRIDE_X=48 STRIDE_Y=48 CROP_MODE=1

echo "== training"
train() {  # train NAME SCRIPT ARGS...
  local name=$1 script=$2; shift 2
  local t0; t0=$(date +%s)
  "$py" "$repo/examples/$script" "$@" --name "$name" --seed 0 > "$out/train_$name.log" 2>&1 || {
    echo "training $name failed, see $out/train_$name.log" >&2; tail -5 "$out/train_$name.log" >&2; exit 1; }
  echo "  $name: $(( $(date +%s) - t0 )) s"
  grep '^validation' "$out/train_$name.log" | sed 's/^/    /'
}
train tree_segmenter train_segmenter.py "$out/segmenter_train" "$out/models" --val "$out/segmenter_val" --epochs 60
train tree_detector train_detector.py "$out/detector_train" "$out/models" --val "$out/detector_val" --epochs 60
train tree_classifier train_classifier.py "$out/classifier" "$out/models" --val-from-row 288 --epochs 60

mkdir -p "$repo/models"
for name in tree_segmenter tree_detector tree_classifier; do
  cp "$out/models/$name.dlpk" "$repo/models/$name.dlpk"
done

echo "== the models through the plugin's tools, on the whole sample"
check="$out/check"
mkdir -p "$check"
run_tool() {  # run_tool NAME ALGORITHM PARAMS...
  local name=$1 alg=$2; shift 2
  "$qp" --json run "$alg" -- "$@" > "$check/$name.json" 2> "$check/$name.log" || {
    echo "$alg failed, see $check/$name.log" >&2; tail -5 "$check/$name.log" >&2; exit 1; }
}
run_tool classify_pixels rasterdl:classifypixels "INPUT=$image" "MODEL=$repo/models/tree_segmenter.dlpk" \
  "OUTPUT=$check/trees.tif"
run_tool detect_objects rasterdl:detectobjects "INPUT=$image" "MODEL=$repo/models/tree_detector.dlpk" \
  "OUTPUT=$check/trees_detected.gpkg"
run_tool classify_objects rasterdl:classifyobjects "INPUT=$image" "MODEL=$repo/models/tree_classifier.dlpk" \
  "INPUT_FEATURES=$out/trees_and_ground.gpkg" "OUTPUT=$check/objects_classified.gpkg"
"$py" "$repo/examples/models_readme.py" --check "$check" "$image" "$repo/data/sample/OSBS_029.csv" \
  "$out/trees_and_ground.gpkg"
"$py" "$repo/examples/models_readme.py" "$out/models" "$check" "$repo/models/README.md"
echo "done in $(( $(date +%s) - started )) s: models/tree_segmenter.dlpk, models/tree_detector.dlpk," \
  "models/tree_classifier.dlpk, models/README.md"
