# Voimaa – developer and user entry points. Everything installs what it needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint format bench translations clean

run: $(STAMP)
	@tools/sysdeps.sh window
	$(BIN)/voimaa

test: $(STAMP)
	@tools/sysdeps.sh offscreen
	$(MAKE) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests migrations bench
	$(BIN)/ruff format --check src tests migrations bench

format: $(STAMP)
	$(BIN)/ruff check --fix src tests migrations bench
	$(BIN)/ruff format src tests migrations bench

bench: $(STAMP)
	@tools/sysdeps.sh offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# Qt translation sources (.ts) are kept in translations/; compiled .qm files are build output.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find src/voimaa -name '*.py') -ts translations/voimaa_sv.ts translations/voimaa_en.ts
	mkdir -p src/voimaa/ui/i18n
	for ts in translations/*.ts; do $(BIN)/pyside6-lrelease $$ts -qm src/voimaa/ui/i18n/$$(basename $${ts%.ts}).qm; done

$(STAMP): pyproject.toml
	@$(PYTHON) -m venv --help >/dev/null 2>&1 || { [ "$$(id -u)" -eq 0 ] && apt-get update -qq && apt-get install -y -qq python3-venv; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
