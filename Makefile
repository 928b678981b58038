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

.PHONY: setup system-packages consumers test test-lts test-arcgis print-apt-packages demo readme-images lint translations package clean

setup: system-packages $(VENV)/.installed $(BUILD)/plugins/rasterdl translations

system-packages:
	@scripts/install-system-packages.sh $(APT_PACKAGES)

# pip never installs a numpy (or a shapely) of its own over the one QGIS runs with:
# scripts/pip_constraints.py pins them to what QGIS's Python has (numpy 1.x on Debian 12, 2.x on 13).
$(VENV)/.installed: requirements.txt requirements-dev.txt scripts/pip_constraints.py | $(BUILD)/plugins/rasterdl
	@test -x $(PY) || /usr/bin/python3 -m venv --system-site-packages $(VENV)
	@/usr/bin/python3 scripts/pip_constraints.py > $(BUILD)/constraints.txt
	@$(PY) -m pip install --quiet --disable-pip-version-check -c $(BUILD)/constraints.txt -r requirements-dev.txt
	@touch $@

# Third-party readers of the COCO and YOLO exports (pycocotools, torchvision, Ultralytics), for tests
# only. torch makes them heavy (about 6 GB; pip takes torch 2.14.1 + torchvision 0.29.1 from local disk
# where the machine has them, else downloads them), so they get their own venv, without QGIS's
# site-packages, and the tests run them as subprocesses: the plugin's .venv stays light. It lives
# outside the clone (built once per machine; a fresh clone, as CI makes, reuses it).
CONSUMERS_VENV ?= $(HOME)/.cache/rasterdl/venv-consumers

consumers: $(CONSUMERS_VENV)/.installed

$(CONSUMERS_VENV)/.installed: requirements-consumers.txt
	@test -x $(CONSUMERS_VENV)/bin/python || { mkdir -p "$(dir $(CONSUMERS_VENV))" && /usr/bin/python3 -m venv $(CONSUMERS_VENV); }
	@$(CONSUMERS_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-consumers.txt
	@touch $@

$(BUILD)/plugins/rasterdl:
	@mkdir -p $(BUILD)/plugins
	@ln -sfn "$(CURDIR)" $@

translations: $(QM_FILES)

i18n/%.qm: i18n/%.ts
	@lrelease -silent $< -qm $@ 2>/dev/null || /usr/lib/qt5/bin/lrelease -silent $< -qm $@

# The consumer tests are required when their venv installs; where it cannot (no PyPI, no torch for this
# Python) make test says so and those tests are skipped, the rest still runs. `make test CONSUMERS=no`
# skips them without installing anything.
CONSUMERS ?= yes

test: setup
	@if [ "$(CONSUMERS)" = no ]; then required=0; \
		echo "make test: CONSUMERS=no, the COCO/YOLO consumer tests are skipped." >&2; \
	elif $(MAKE) -q consumers 2>/dev/null || $(MAKE) --no-print-directory consumers; then required=1; else required=0; \
		echo "make test: $(CONSUMERS_VENV) could not be installed; the COCO/YOLO consumer tests are skipped." >&2; fi; \
		QT_QPA_PLATFORM=offscreen RASTERDL_REQUIRE_CONSUMERS=$$required \
		RASTERDL_CONSUMERS_PYTHON=$(CONSUMERS_VENV)/bin/python $(PY) -m pytest

# The same two commands (make test, make demo) on QGIS 3.40 LTR in a cached Debian 13 chroot (root).
test-lts:
	@scripts/test-in-chroot.sh

print-apt-packages:
	@echo $(APT_PACKAGES)

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
