# FitMate desktop. `make run` on a fresh machine: venv, embedded database, demo data, program.

VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

.DEFAULT_GOAL := install
.PHONY: install run test bench lint forms clean

# Reinstalled whenever pyproject.toml changes (new dependency, new entry point).
$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,dev]"
	touch $@

install: $(VENV)/.installed

# The demo generator skips when its data is already there, and prints the demo sign-ins.
run: install
	$(BIN)/fitmate db demo
	$(BIN)/fitmate

test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

bench: install
	$(BIN)/python -m benchmarks

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Qt Designer forms (ui/*.ui) -> fitmate_desktop/gui/forms/ui_*.py
forms: install
	$(BIN)/python -m fitmate_desktop.gui.forms_build

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
