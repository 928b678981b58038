#!/usr/bin/env bash
# The main job: the whole workflow on the bundled sample (data/sample) through
# scripts/qgis_process, with the bundled models (models/), PNG previews and a
# short summary. Results land in .build/demo/.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out="$repo/.build/demo"
qp="$repo/scripts/qgis_process"
py="$repo/.venv/bin/python"
image="$repo/data/sample/OSBS_029.tif"
models="$repo/models"
rm -rf "$out" && mkdir -p "$out/previews"
"$py" "$repo/scripts/sample_labels.py" "$repo/data/sample/OSBS_029.csv" "$out/trees.gpkg"
"$py" "$repo/examples/background_samples.py" "$image" "$out/trees.gpkg" "$out/trees_and_ground.gpkg" --seed 0

step() {  # step NAME ALGORITHM PARAMS...: run one tool, keep its JSON, log and time
  local name=$1 alg=$2; shift 2
  local start end
  start=$(date +%s.%N)
  "$qp" --json run "$alg" -- "$@" > "$out/$name.json" 2> "$out/$name.log" || {
    echo "demo: $alg failed, see $out/$name.log" >&2; tail -5 "$out/$name.log" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$name $start $end" >> "$out/timings.txt"
}

step modelinfo rasterdl:modelinfo "MODEL=$models/tree_segmenter.dlpk"
step export_voc rasterdl:exporttrainingdata "INPUT=$image" "INPUT_CLASS_DATA=$out/trees.gpkg" \
  "OUTPUT=$out/training_voc" METADATA_FORMAT=1 TILE_SIZE_X=128 TILE_SIZE_Y=128 STRIDE_X=64 STRIDE_Y=64
step export_classified rasterdl:exporttrainingdata "INPUT=$image" "INPUT_CLASS_DATA=$out/trees.gpkg" \
  "OUTPUT=$out/training_classified" METADATA_FORMAT=2 TILE_SIZE_X=128 TILE_SIZE_Y=128 STRIDE_X=128 STRIDE_Y=128
step classify_pixels rasterdl:classifypixels "INPUT=$image" "MODEL=$models/tree_segmenter.dlpk" \
  "OUTPUT=$out/classified.tif" "OUTPUT_PROBABILITIES=$out/probabilities.tif"
# The same classification on a local Dask cluster of 2 worker processes (CLUSTER=local:2): blocks
# are at least 256 pixels wide and the 400 x 400 sample fits in one, so this shows the machinery
# (cluster, worker, part file, assembly) end to end; the summary checks the pixels are the same.
step classify_pixels_cluster rasterdl:classifypixels "INPUT=$image" "MODEL=$models/tree_segmenter.dlpk" \
  "OUTPUT=$out/classified_cluster.tif" CLUSTER=local:2
step detect_objects rasterdl:detectobjects "INPUT=$image" "MODEL=$models/tree_detector.dlpk" \
  "OUTPUT=$out/detections.gpkg"
step classify_objects rasterdl:classifyobjects "INPUT=$image" "MODEL=$models/tree_classifier.dlpk" \
  "INPUT_FEATURES=$out/trees_and_ground.gpkg" "OUTPUT=$out/classified_objects.gpkg"

previews() { "$py" "$repo/scripts/demo_previews.py" "$@"; }
previews contact-sheet "$out/training_voc" "$out/previews/chips_pascal_voc.png"
previews contact-sheet "$out/training_classified" "$out/previews/chips_classified_tiles.png"
previews classified "$image" "$out/classified.tif" "$out/previews/classified_pixels.png"
previews detections "$image" "$out/detections.gpkg" "$out/previews/detections.png" "$out/trees.gpkg"
previews objects "$image" "$out/classified_objects.gpkg" ClassLabel "$out/previews/classified_objects.png"

"$py" "$repo/scripts/demo_summary.py" "$out"
