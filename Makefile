# Voimaa – developer and user entry points. Everything installs what it needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
RUN_STAMP  := $(VENV)/.installed-run
DIST_STAMP := $(VENV)/.installed-dist
BUNDLE := dist/Voimaa
BUNDLE_INPUTS := $(shell find src resources migrations translations packaging -type f ! -name '*.pyc' 2>/dev/null) pyproject.toml requirements/build.lock

.PHONY: run test lint format bench translations clean dist dist-check lock

run: $(RUN_STAMP)
	@tools/sysdeps.sh window
	$(BIN)/voimaa

test: $(STAMP)
	@tools/sysdeps.sh offscreen
	$(MAKE) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests migrations bench
	$(BIN)/ruff format --check src tests migrations bench
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff check --fix src tests migrations bench
	$(BIN)/ruff format src tests migrations bench

bench: $(STAMP)
	@tools/sysdeps.sh offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# Qt translation sources (.ts) are kept in translations/; compiled .qm files are build output
# (never committed). Finnish is the source language; see src/voimaa/i18n.py for plurals.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find src/voimaa -name '*.py' | sort) \
		-ts translations/voimaa_sv.ts translations/voimaa_en.ts
	mkdir -p src/voimaa/ui/i18n
	for ts in translations/*.ts; do $(BIN)/pyside6-lrelease $$ts -qm src/voimaa/ui/i18n/$$(basename $${ts%.ts}).qm; done

# The venv, made once (python3-venv is installed first where it is missing and we are root).
$(BIN)/python:
	@$(PYTHON) -m venv --help >/dev/null 2>&1 || { [ "$$(id -u)" -eq 0 ] && apt-get update -qq && apt-get install -y -qq python3-venv; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Install stamps: running needs the program only; tests add the test tools; the frozen build
# installs the exact, hashed versions of requirements/build.lock (runtime + PyInstaller).
$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	@touch $(RUN_STAMP)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $(STAMP)

$(DIST_STAMP): pyproject.toml requirements/build.lock | $(BIN)/python
	$(BIN)/python -m pip install -q --require-hashes -r requirements/build.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	@touch $(DIST_STAMP)

# The frozen program (PyInstaller onedir) for this system: dist/Voimaa/{Voimaa,voimaa-cli}.
dist: $(BUNDLE)/voimaa-cli

$(BUNDLE)/voimaa-cli: $(DIST_STAMP) $(BUNDLE_INPUTS)
	@tools/sysdeps.sh offscreen
	@start=$$(date +%s); \
	QT_QPA_PLATFORM=offscreen $(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath build/pyinstaller packaging/voimaa.spec || exit 1; \
	echo "Bundle built in $$(( $$(date +%s) - start )) s: $$(du -sh $(BUNDLE) | cut -f1) in $(BUNDLE)"
	@touch $@

# The frozen build's smoke test (builds first when an input changed).
dist-check: $(BUNDLE)/voimaa-cli
	$(BIN)/python packaging/smoke_test.py --bundle $(BUNDLE)

# Refresh requirements/build.lock (needs uv: `pipx install uv` or `pip install uv`).
lock:
	uv pip compile pyproject.toml --extra dist --generate-hashes --universal --python-version 3.11 \
	  --quiet --custom-compile-command "make lock" -o requirements/build.lock

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
