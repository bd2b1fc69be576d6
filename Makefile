# Developer and CI entry points for advisor_app.
#
#   make run     set up .venv and start the app (pass arguments with ARGS="--profile x")
#   make test    everything CI checks: system packages, lint, types, contracts, migrations, tests
#   make bench   benchmarks in bench/ (each prints one JSON line with its ratios)
#   make lint    the static checks of `make test` without the tests
#   make fmt     apply ruff's fixes and formatting
#   make package frozen app (PyInstaller) + .deb in dist/, Windows installer script check
#   make smoke   smoke test of the frozen app in dist/ (deb-smoke: of the installed .deb, root)
#
# CI runs `make test` (through .ci/run) in a fresh clone on a possibly fresh machine, so every
# target installs what it needs itself; nothing installed by hand may be relied on.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
# 3.11 is the oldest supported Python: developing on it catches features that 3.11 lacks.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)

# Stamps record that `pip install` ran for the current pyproject.toml, so it is redone only when
# pyproject.toml changes (make compares their timestamps). They live inside .venv: deleting the
# venv deletes them too.
RUN_STAMP := $(VENV)/.stamp-run
TEST_STAMP := $(VENV)/.stamp-test

# Qt Linguist sources; the compiled .qm files are build output (ignored by git).
TS_FILES := $(wildcard resources/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

# Created by the migrations work; until then `make test` says it skipped the drift check.
ALEMBIC_INI := advisor_app/storage/migrations/alembic.ini

# bench/_*.py are shared helpers, not benchmarks. Benchmarks run as modules (python -m
# bench.name) from the repository root, so they can import bench._common.
BENCHES := $(filter-out bench/_%,$(wildcard bench/*.py))

# Debian packages the tests need (ECOSYSTEM.md "Qt without a screen"):
# - Qt loads these even with QT_QPA_PLATFORM=offscreen;
QT_OFFSCREEN_PACKAGES := libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 \
	fonts-dejavu-core
# - a real window under Xvfb (screenshots, the xcb platform plugin);
QT_XVFB_PACKAGES := xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
	libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 \
	libx11-xcb1
# - PDF checks (pdftotext, pdffonts, pdftoppm), PostgreSQL for server tests, screenshots.
TOOL_PACKAGES := poppler-utils postgresql imagemagick
APT_PACKAGES := $(QT_OFFSCREEN_PACKAGES) $(QT_XVFB_PACKAGES) $(TOOL_PACKAGES)

.PHONY: help run test bench lint fmt translations lupdate system-deps clean
.PHONY: package package-deps nsis-check smoke deb-smoke icons

help:
	@sed -n '3,10p' $(firstword $(MAKEFILE_LIST)) | sed 's/^# *//'

# --- environment ---------------------------------------------------------------------------

$(PY):
	@test -n "$(PYTHON)" || { echo "python3.11 or python3 is required" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(RUN_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -e '.[test]'
	touch $@

# Installs missing Debian packages when we may (root, apt-get present); dpkg first so that a
# machine that has them all does not pay for `apt-get update`. Elsewhere it only warns.
# The "t64" check: Ubuntu 24.04 renamed some libraries (libglib2.0-0t64) for 64-bit time_t.
system-deps:
	@installed() { [ "$$(dpkg-query -W -f='$${Status}' "$$1" 2>/dev/null)" = "install ok installed" ]; }; \
	missing=""; \
	if command -v dpkg >/dev/null 2>&1; then \
		for pkg in $(APT_PACKAGES); do \
			installed "$$pkg" || installed "$${pkg}t64" || missing="$$missing $$pkg"; \
		done; \
	fi; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing system packages:$$missing"; \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get update -qq; \
		apt-get install -y -qq --no-install-recommends $$missing; \
	else \
		echo "warning: missing system packages (install them as root):$$missing" >&2; \
	fi

# --- translations --------------------------------------------------------------------------

translations: $(QM_FILES)
ifeq ($(strip $(TS_FILES)),)
	@echo "translations: no resources/i18n/*.ts yet, nothing to compile"
endif

# Refresh the .ts sources from the UI code after adding or changing user-facing strings, then
# translate the new Polish messages (tests/unit/test_translations.py fails until they are).
# English needs only its plural forms ("1 entry" / "2 entries"): -pluralonly.
UI_SOURCES = $(shell find advisor_app/ui -name '*.py' | sort)
lupdate: $(TEST_STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $(UI_SOURCES) \
		-ts resources/i18n/advisor_app_pl.ts
	$(BIN)/pyside6-lupdate -locations none -no-obsolete -pluralonly $(UI_SOURCES) \
		-ts resources/i18n/advisor_app_en.ts

# Needs a venv stamp for pyside6-lrelease; the targets below build one before calling this.
%.qm: %.ts
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# --- targets -------------------------------------------------------------------------------

run: $(RUN_STAMP)
	@$(MAKE) --no-print-directory translations
	$(BIN)/advisor-app $(ARGS)

test: system-deps $(TEST_STAMP)
	@$(MAKE) --no-print-directory translations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	@if [ -f $(ALEMBIC_INI) ]; then \
		echo "$(BIN)/alembic -c $(ALEMBIC_INI) check"; \
		$(BIN)/alembic -c $(ALEMBIC_INI) check; \
	else \
		echo "alembic check skipped: $(ALEMBIC_INI) does not exist yet"; \
	fi
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

bench: $(TEST_STAMP)
ifeq ($(strip $(BENCHES)),)
	@echo "bench: no bench/*.py yet, nothing to run"
else
	@$(MAKE) --no-print-directory translations
	@for bench in $(BENCHES); do \
		module=$${bench%.py}; \
		QT_QPA_PLATFORM=offscreen $(PY) -m "$${module//\//.}"; \
	done
endif

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

fmt: $(TEST_STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# --- packaging (packaging/README.md) -------------------------------------------------------

# Besides the Qt run-time packages above (the smoke test runs the frozen app, and `dpkg -i`
# needs the .deb's dependencies): dpkg-shlibdeps computes the .deb's Depends (so the Wayland
# client libraries Qt's wayland plugin links against must be present), desktop-file-validate,
# makensis for the Windows installer script, pdftotext for the smoke test.
# The libraries are the direct dependencies of the frozen tree that the Qt lists above reach
# only indirectly, or not at all (libcups2: the print support plugin).
PACKAGE_TOOL_PACKAGES := dpkg-dev desktop-file-utils nsis poppler-utils libwayland-client0 \
	libwayland-cursor0 libwayland-egl1 libcups2 libfreetype6 libx11-6 libxcb1 libxcb-glx0 \
	libxcb-render0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0
PACKAGE_APT_PACKAGES := $(QT_OFFSCREEN_PACKAGES) $(QT_XVFB_PACKAGES) $(PACKAGE_TOOL_PACKAGES)
PACKAGE_STAMP := $(VENV)/.stamp-package
FROZEN := dist/advisor-app/advisor-app
# zstd: fast (CI); `make package DEB_COMPRESSION=xz` for a 15% smaller release .deb (slow).
DEB_COMPRESSION ?= zstd
APP_VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"$$/\1/p' advisor_app/__init__.py)
DEB = dist/advisor-app_$(APP_VERSION)_$(shell dpkg --print-architecture).deb
# `make icons` renders these from resources/icons/advisor-app.svg (the PNGs and the .ico are
# committed, so a package build, on Windows too, needs no SVG renderer).
ICON_SIZES := 16 22 24 32 48 64 128 256 512
ICO_SIZES := 16 24 32 48 64 128 256

$(PACKAGE_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -e '.[package]'
	touch $@

package-deps:
	@$(MAKE) --no-print-directory system-deps APT_PACKAGES="$(PACKAGE_APT_PACKAGES)"

# The frozen tree dist/advisor-app/, the .deb in dist/, then the installer script check.
package: package-deps $(PACKAGE_STAMP)
	@$(MAKE) --no-print-directory translations
	@start=$$(date +%s); \
	echo "pyinstaller packaging/pyinstaller/advisor-app.spec"; \
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/pyinstaller/advisor-app.spec; \
	echo "frozen tree: $$(du -sh dist/advisor-app | cut -f1) in $$(( $$(date +%s) - start )) s"; \
	$(PY) packaging/linux/build_deb.py --tree dist/advisor-app --out dist \
		--compression $(DEB_COMPRESSION); \
	$(MAKE) --no-print-directory nsis-check; \
	echo "package: done in $$(( $$(date +%s) - start )) s"

# Compiles the Windows installer script with warnings as errors, on a dummy payload (the real
# one needs a Windows build); the output is thrown away.
NSIS_CHECK := build/nsis-check
nsis-check:
	@rm -rf $(NSIS_CHECK) && mkdir -p $(NSIS_CHECK)/payload/_internal
	@for file in advisor-app.exe advisor-app-cli.exe _internal/placeholder.txt; do \
		echo "dummy payload for the makensis check" > $(NSIS_CHECK)/payload/$$file; \
	done
	makensis -WX -V2 -DDISTDIR="$(CURDIR)/$(NSIS_CHECK)/payload" \
		-DOUTFILE="$(CURDIR)/$(NSIS_CHECK)/advisor-app-setup.exe" packaging/windows/advisor-app.nsi
	@# Again with the signing hooks (`true` stands in for signtool).
	makensis -WX -V2 -DDISTDIR="$(CURDIR)/$(NSIS_CHECK)/payload" -DSIGN=true \
		-DOUTFILE="$(CURDIR)/$(NSIS_CHECK)/advisor-app-setup.exe" packaging/windows/advisor-app.nsi
	@echo "nsis-check: packaging/windows/advisor-app.nsi compiles without warnings"

smoke:
	@test -x $(FROZEN) || { echo "no $(FROZEN): run 'make package' first" >&2; exit 1; }
	packaging/smoke.sh $(FROZEN)

# Installs the .deb on this machine, runs the smoke test on /usr/bin/advisor-app, removes it.
deb-smoke:
	packaging/linux/install_test.sh $(DEB)

icons:
	@command -v rsvg-convert >/dev/null || { echo "needs rsvg-convert (librsvg2-bin)" >&2; exit 1; }
	for size in $(ICON_SIZES); do \
		rsvg-convert -w $$size -h $$size resources/icons/advisor-app.svg \
			-o resources/icons/advisor-app-$$size.png; \
	done
	convert $(foreach size,$(ICO_SIZES),resources/icons/advisor-app-$(size).png) \
		resources/icons/advisor-app.ico

# Build output and caches; keeps .venv (delete it by hand to start over).
clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis
	find . -path ./$(VENV) -prune -o \( -name __pycache__ -o -name '*.egg-info' \) -prune \
		-exec rm -rf {} +
	rm -f $(QM_FILES)
