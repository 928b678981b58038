#!/usr/bin/env bash
# make test-arcgis: the round trip with Esri's own arcgis.learn 2.4.4 on CPU (optional, heavy: not CI).
#  1. builds the arcgis.learn venv of ../shared/arcgis (about 6.5 GB) unless it is there;
#  2. exports the sample in every Esri metadata format through scripts/qgis_process and loads each
#     export with prepare_data (check_export.py);
#  3. trains a tiny UnetClassifier, FeatureClassifier and RetinaNet (resnet18 from random weights,
#     one epoch) and saves a DeepLab and a PSPNetClassifier untrained;
#  4. converts each with scripts/arcgis_to_onnx.py and runs the converted models through our tools;
#  5. compares our classified pixels and object labels with arcgis.learn's own inference code at
#     padding 0, predict_background set the same on both sides.
# The report lands in docs/ARCGIS_ROUNDTRIP.md; big files under $ARCGIS_CACHE.
# Environment: ARCGIS_CACHE (default /var/cache/rasterdl), ARCGIS_SHARED (the recipe folder).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache=${ARCGIS_CACHE:-/var/cache/rasterdl}
shared=${ARCGIS_SHARED:-$repo/../shared/arcgis}
[[ -f "$shared/setup_env.sh" ]] || shared=/work/shared/arcgis
venv=$cache/arcgis-venv
apy=$venv/bin/python
out=$cache/test-arcgis
qp="$repo/scripts/qgis_process"
py="$repo/.venv/bin/python"
report="$repo/docs/ARCGIS_ROUNDTRIP.md"
export ARCGIS_COMPAT_DIR="$shared"

say() { echo "== $*" >&2; }

# 1. the arcgis.learn environment (reused when it imports what this test needs)
usable() {
  [[ -x "$apy" ]] && ARCGIS_COMPAT_DIR="$shared" "$apy" -c "
import sys; sys.path.insert(0, '$shared'); import arcgis_compat; arcgis_compat.apply()
import arcgis.learn, onnx, onnxruntime, mmengine" > /dev/null 2>&1
}
if ! usable; then
  say "building the arcgis.learn venv in $venv (about 4 min, 6.5 GB)"
  wheel=$(ls "$cache"/arcgis-wheel/arcgis-2.4.4-*.whl 2>/dev/null | head -1 || true)
  if [[ -z "$wheel" ]]; then
    pip download --quiet --no-deps arcgis==2.4.4 -d "$cache/arcgis-wheel"
    wheel=$(ls "$cache"/arcgis-wheel/arcgis-2.4.4-*.whl | head -1)
  fi
  rm -rf "$venv"
  ARCGIS_WHEEL="$wheel" bash "$shared/setup_env.sh" "$venv" >&2
  "$venv/bin/pip" install --quiet --no-deps mmengine
  "$venv/bin/pip" install --quiet addict yapf termcolor einops onnx onnxruntime
  usable || { echo "test-arcgis: the arcgis.learn venv $venv does not import arcgis.learn" >&2; exit 2; }
fi

rm -rf "$out" && mkdir -p "$out"
# The sample cut to 3 x 3 whole 128-pixel tiles (no edge tiles to pad), without its NoData value
# (255): our tools mask NoData pixels, arcgis.learn's inference code gets the raw values.
image="$out/OSBS_029_384.tif"
gdal_translate -q -a_nodata none -srcwin 0 0 384 384 "$repo/data/sample/OSBS_029.tif" "$image"
"$py" "$repo/scripts/sample_labels.py" "$repo/data/sample/OSBS_029.csv" "$out/trees.gpkg"
"$py" "$repo/examples/background_samples.py" "$repo/data/sample/OSBS_029.tif" "$out/trees.gpkg" \
  "$out/trees_and_ground.gpkg" --seed 0 >&2

run_tool() {  # run_tool NAME ALGORITHM PARAMS...
  local name=$1 alg=$2; shift 2
  "$qp" --json run "$alg" -- "$@" > "$out/$name.json" 2> "$out/$name.log" || {
    echo "test-arcgis: $alg failed, see $out/$name.log" >&2; tail -5 "$out/$name.log" >&2; exit 1; }
}

# 2. every Esri format, loaded by prepare_data
formats=(KITTI_rectangles PASCAL_VOC_rectangles Classified_Tiles RCNN_Masks Labeled_Tiles MultiLabeled_Tiles)
exports_ok=0
{
  echo "| Format | chips | prepare_data | dataset_type | classes | train/valid | batch |"
  echo "|---|---|---|---|---|---|---|"
} > "$out/exports.md"
for index in "${!formats[@]}"; do
  format=${formats[$index]}
  tile=128; stride=64; labels="$out/trees.gpkg"
  case $format in
    Classified_Tiles) stride=128; labels="$out/trees_and_ground.gpkg" ;;
    Labeled_Tiles|MultiLabeled_Tiles) tile=64; labels="$out/trees_and_ground.gpkg" ;;
  esac
  say "export $format"
  run_tool "export_$format" rasterdl:exporttrainingdata "INPUT=$repo/data/sample/OSBS_029.tif" \
    "INPUT_CLASS_DATA=$labels" "OUTPUT=$out/export_$format" METADATA_FORMAT=$index \
    TILE_SIZE_X=$tile TILE_SIZE_Y=$tile STRIDE_X=$stride STRIDE_Y=$stride
  "$apy" "$shared/check_export.py" "$out/export_$format" > "$out/check_$format.json" 2> "$out/check_$format.log" || true
  "$apy" - "$format" "$out/check_$format.json" "$out/export_$format" >> "$out/exports.md" <<'EOF'
import json, os, sys
fmt, path, folder = sys.argv[1:4]
r = json.load(open(path))
chips = len(os.listdir(os.path.join(folder, "images")))
status = "ok" if r.get("ok") else "FAILED: " + str(r.get("error"))[:80]
print(f"| {fmt} | {chips} | {status} | {r.get('dataset_type')} | {r.get('classes')} | "
      f"{r.get('n_train')}/{r.get('n_valid')} | {r.get('batch_x_shape')} |")
EOF
  grep -q '"ok": true' "$out/check_$format.json" && exports_ok=$((exports_ok + 1))
done
say "prepare_data loaded $exports_ok of ${#formats[@]} exports"

# 3. tiny models
say "training UnetClassifier, FeatureClassifier and RetinaNet for one epoch (CPU)"
"$apy" "$repo/scripts/arcgis_roundtrip.py" train UnetClassifier "$out/export_Classified_Tiles" "$out/unet" --chip-size 128 > "$out/train_unet.json" 2> "$out/train_unet.log"
"$apy" "$repo/scripts/arcgis_roundtrip.py" train FeatureClassifier "$out/export_Labeled_Tiles" "$out/feature" --chip-size 64 > "$out/train_feature.json" 2> "$out/train_feature.log"
"$apy" "$repo/scripts/arcgis_roundtrip.py" train RetinaNet "$out/export_PASCAL_VOC_rectangles" "$out/retinanet" --chip-size 128 > "$out/train_retinanet.json" 2> "$out/train_retinanet.log"
for extra in DeepLab PSPNetClassifier; do
  "$apy" "$repo/scripts/arcgis_roundtrip.py" build $extra "$out/export_Classified_Tiles" "$out/$extra" --chip-size 128 > "$out/build_$extra.json" 2> "$out/build_$extra.log" \
    || say "$extra could not be built here (see $out/build_$extra.log)"
done

# 4. the converter
convert() {  # convert NAME EMD
  local name=$1 emd=$2
  say "convert $name"
  "$apy" "$repo/scripts/arcgis_to_onnx.py" "$emd" "$out/onnx_$name" --check-image "$image" \
    > "$out/convert_$name.json" 2> "$out/convert_$name.log"
}
convert unet "$(ls "$out"/unet/*.emd)"
convert feature "$(ls "$out"/feature/*.dlpk)"
convert retinanet "$(ls "$out"/retinanet/*.emd)"
for extra in DeepLab PSPNetClassifier; do
  if ls "$out/$extra"/*.emd > /dev/null 2>&1; then
    convert $extra "$(ls "$out/$extra"/*.emd)" || say "$extra did not convert (see $out/convert_$extra.log)"
  fi
done

# 5. our tools on the converted models, against arcgis.learn's own inference
unet_dlpk=$(ls "$out"/onnx_unet/*.dlpk)
unet_emd=$(ls "$out"/unet/*.emd)
for bg in true false; do
  run_tool "classify_pixels_bg_$bg" rasterdl:classifypixels "INPUT=$image" "MODEL=$unet_dlpk" \
    "MODEL_ARGUMENTS=padding,0,predict_background,$bg" "OUTPUT=$out/classified_bg_$bg.tif"
  "$apy" "$repo/scripts/arcgis_roundtrip.py" compare-pixels "$unet_emd" "$image" "$out/classified_bg_$bg.tif" \
    --predict-background $bg > "$out/compare_pixels_bg_$bg.json" 2> "$out/compare_pixels_bg_$bg.log"
done
"$apy" "$repo/scripts/arcgis_roundtrip.py" points "$out/trees_and_ground.gpkg" "$image" "$out/points.gpkg" \
  "$out/points.json" --chip-size 64 > "$out/points_count.json"
run_tool classify_objects rasterdl:classifyobjects "INPUT=$image" "MODEL=$(ls "$out"/onnx_feature/*.dlpk)" \
  "INPUT_FEATURES=$out/points.gpkg" "OUTPUT=$out/classified_objects.gpkg"
"$apy" "$repo/scripts/arcgis_roundtrip.py" compare-objects "$(ls "$out"/feature/*.emd)" "$image" "$out/points.json" \
  "$out/classified_objects.gpkg" > "$out/compare_objects.json" 2> "$out/compare_objects.log"
run_tool detect_objects rasterdl:detectobjects "INPUT=$image" "MODEL=$(ls "$out"/onnx_retinanet/*.dlpk)" \
  "MODEL_ARGUMENTS=padding,0,threshold,0.1" "OUTPUT=$out/detections.gpkg"

# the report
"$py" - "$out" "$report" "$exports_ok" "${#formats[@]}" <<'EOF'
import datetime, json, pathlib, subprocess, sys
out, report, ok, total = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3], sys.argv[4]
def load(name):
    try:
        return json.loads((out / name).read_text())
    except (OSError, ValueError):
        return None
lines = [
    "# Round trip with Esri's arcgis.learn 2.4.4 (last run of `make test-arcgis`)",
    "",
    f"Run {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC on CPU; git {subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True, cwd=pathlib.Path(report).parent).stdout.strip()}.",
    "Written by `scripts/test_arcgis.sh`; big files in the cache folder, not in the repository.",
    "Input of the comparisons: `data/sample/OSBS_029.tif` cut to 384 x 384 pixels (3 x 3 tiles of 128) "
    "without its NoData value (255): our tools mask NoData pixels, arcgis.learn's inference code gets them "
    "raw. Models: resnet18 backbones from random weights, one epoch on CPU.",
    "",
    f"## Exports of the sample loaded by `prepare_data` ({ok} of {total})",
    "",
    (out / "exports.md").read_text().rstrip(),
    "",
    "## Converted by `scripts/arcgis_to_onnx.py` (ONNX against torch on the sample's first chip)",
    "",
    "| Model | trained | check | max abs diff | detail |",
    "|---|---|---|---|---|",
]
trained = {"unet": "1 epoch", "feature": "1 epoch", "retinanet": "1 epoch", "DeepLab": "untrained", "PSPNetClassifier": "untrained"}
for name, how in trained.items():
    r = load(f"convert_{name}.json")
    if r is None:
        log = (out / f"convert_{name}.log")
        why = log.read_text().strip().splitlines()[-1][:120] if log.exists() and log.read_text().strip() else "not built"
        lines.append(f"| {name} | {how} | not converted | | {why} |")
        continue
    c = r["check"]
    detail = (f"argmax equal {100 * c['argmax_equal']:.2f} %, shape {c['shape']}" if "argmax_equal" in c else
              f"{c['detections_onnx']} detections (torch {c['detections_torch']}), arcgis.learn's decode at "
              f"{c['threshold']}: {c['detections_arcgis']}, max abs diff {c['max_abs_diff_arcgis']:.2e}")
    lines.append(f"| {r['model']} | {how} | {'passed' if c['passed'] else 'FAILED'} | {c['max_abs_diff']:.2e} | {detail} |")
lines += ["", "## Our tools on the converted models against arcgis.learn's own inference (padding 0)", ""]
for bg in ("true", "false"):
    r = load(f"compare_pixels_bg_{bg}.json")
    if r:
        lines.append(f"- Classify Pixels, UnetClassifier, predict_background={bg}: {r['equal']} of {r['pixels']} "
                     f"pixels equal (**{r['equal_percent']} %**); arcgis.learn's classes {r['arcgis_classes']}.")
r = load("compare_objects.json")
if r:
    lines.append(f"- Classify Objects, FeatureClassifier: {r['equal']} of {r['features']} labels equal "
                 f"(**{r['equal_percent']} %**, {r['features_written']} features written), largest confidence "
                 f"difference {r['confidence_max_abs_diff']:.2e}; arcgis.learn's labels {r['arcgis_labels']}.")
r = load("detect_objects.json")
if r:
    lines.append(f"- Detect Objects, RetinaNet (padding 0, threshold 0.1): {' '.join(r.get('log', {}).get('info', []))}")
lines.append("")
report.write_text("\n".join(lines) + "\n")
print(report.read_text())
EOF
