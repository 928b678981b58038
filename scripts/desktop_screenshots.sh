#!/usr/bin/env bash
# Screenshots of the plugin in a real QGIS desktop under Xvfb, with a private profile and the plugin
# from this checkout; writes small JPEGs into docs/images. Needs xvfb and imagemagick (apt).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/profiles/default/QGIS" "$work/shots" "$work/run" && chmod 700 "$work/run"
cat > "$work/profiles/default/QGIS/QGIS3.ini" <<INI
[PythonPlugins]
rasterdl=true
processing=true
[qgis]
showTips=false
checkVersion=false
[UI]
hidewelcome=true
INI
mkdir -p "$repo/.build/plugins" && ln -sfn "$repo" "$repo/.build/plugins/rasterdl"
site="$(ls -d "$repo"/.venv/lib/python3*/site-packages | head -1)"
export QGIS_PLUGINPATH="$repo/.build/plugins" XDG_RUNTIME_DIR="$work/run" PYTHONPATH="$site"
export RASTERDL_REPO="$repo" RASTERDL_SHOTS="$work/shots"
xvfb-run -a -s "-screen 0 1600x1000x24" timeout 300 \
  qgis --profiles-path "$work/profiles" --nologo --noversioncheck --code "$repo/scripts/desktop_screenshots.py" \
  > "$work/qgis.log" 2>&1 || { tail -20 "$work/qgis.log"; }
test ! -f "$work/shots/errors.txt" || cat "$work/shots/errors.txt" >&2
for name in toolbox dialog classified; do
  test -f "$work/shots/$name.png" || { echo "no $name screenshot" >&2; tail -20 "$work/qgis.log"; exit 1; }
  convert "$work/shots/$name.png" -resize 1100x -quality 72 "$repo/docs/images/desktop_$name.jpg"
done
ls -l "$repo"/docs/images/desktop_*.jpg
