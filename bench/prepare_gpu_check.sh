#!/usr/bin/env bash
# Prepare the GPU check (bench/gpu_check.py) for a lent device machine: download onnxruntime-gpu and
# shapely for its Python 3.12 and split them into parts that fit one call's 64 MiB carry each, under
# .gpu/ (git-ignored through .git/info/exclude). Prints the device commands to run, one call per part.
set -euo pipefail
cd "$(dirname "$0")/.."
ORT_VERSION="${ORT_VERSION:-1.31.1}"
grep -qx '/.gpu/' .git/info/exclude 2>/dev/null || echo '/.gpu/' >> .git/info/exclude
rm -rf .gpu && mkdir -p .gpu/wheels
python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
    --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
    -d .gpu/wheels "onnxruntime-gpu==${ORT_VERSION}" "shapely>=2.0,<2.1"
split -b 55M -d "$(ls .gpu/wheels/onnxruntime_gpu-*.whl)" .gpu/ort.part.
cd .gpu
parts=(ort.part.*)
for i in "${!parts[@]}"; do
    mkdir "c$i" && mv "${parts[$i]}" "c$i/"
done
mv wheels/shapely-*.whl c0/
(cd wheels && ls onnxruntime_gpu-*.whl) > c0/ort.name
rm -rf wheels
last=$((${#parts[@]} - 1))
echo "Device calls, back to back (a warm machine is kept 30 s), each with carry [\".gpu/cN\"]:"
for i in "${!parts[@]}"; do
    command="mkdir -p /tmp/gpu && cp .gpu/c$i/* /tmp/gpu/"
    if [ "$i" = "$last" ]; then
        command="$command && cat /tmp/gpu/ort.part.* > /tmp/gpu/\$(cat /tmp/gpu/ort.name)"
        command="$command && python3 -m pip install -q --no-index --no-deps --target /tmp/site"
        command="$command /tmp/gpu/*.whl && PYTHONPATH=/tmp/site python3 bench/gpu_check.py"
    fi
    echo "  c$i: $command"
done
