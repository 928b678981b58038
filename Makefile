# Two entry points for a fresh Debian machine: `make demo` and `make test`.
# Both install what is missing (apt packages, .venv, pip requirements) and are
# quiet when nothing is.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
BUILD := .build
APT_PACKAGES := qgis python3-qgis qgis-providers python3-gdal gdal-bin python3-venv python3-pip qttools5-dev-tools
TS_FILES := $(wildcard i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: setup system-packages test test-arcgis demo readme-images lint translations package clean

setup: system-packages $(VENV)/.installed $(BUILD)/plugins/rasterdl translations

system-packages:
	@scripts/install-system-packages.sh $(APT_PACKAGES)

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@test -x $(PY) || /usr/bin/python3 -m venv --system-site-packages $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

$(BUILD)/plugins/rasterdl:
	@mkdir -p $(BUILD)/plugins
	@ln -sfn "$(CURDIR)" $@

translations: $(QM_FILES)

i18n/%.qm: i18n/%.ts
	@lrelease -silent $< -qm $@ 2>/dev/null || /usr/lib/qt5/bin/lrelease -silent $< -qm $@

test: setup
	@QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# Optional, heavy, not in CI: the round trip with Esri's arcgis.learn 2.4.4 (builds a 6.5 GB venv
# in /var/cache/rasterdl unless there); writes docs/ARCGIS_ROUNDTRIP.md.
test-arcgis: setup
	@scripts/test_arcgis.sh

demo: setup
	@scripts/demo.sh

readme-images: demo
	@$(PY) scripts/demo_previews.py jpeg docs/images $(BUILD)/demo/previews/*.png

lint: setup
	@$(PY) -m ruff check .

package: setup
	@$(PY) scripts/package.py --output dist/rasterdl.zip

clean:
	rm -rf $(BUILD) dist $(QM_FILES)
