# Two commands on a fresh machine: `make extract` and `make test`.
# Each creates .venv from pyproject.toml when it is missing or older than pyproject.toml.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: extract test lint validate-rules rules bench bench-quantities bench-defects clean-venv

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

extract: $(STAMP)
	$(VENV)/bin/pipeline extract corpus --out outputs

test: $(STAMP) lint
	$(PY) -m pytest

# ruff (configuration in pyproject.toml): lint, then the format check
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

validate-rules: $(STAMP)
	$(VENV)/bin/pipeline validate-rules rules

# regenerate the vocabularies from pint and CLDR (babel), then validate them
rules: $(STAMP)
	$(PY) -m pip install --quiet -e ".[rules]"
	$(PY) -m pipeline.stages.quantities.vocab_build rules
	$(VENV)/bin/pipeline validate-rules rules

bench: $(STAMP)
	$(PY) -m pip install --quiet -e ".[test,bench]"
	$(PY) -m pipeline.bench.pipeline

bench-quantities: $(STAMP)
	$(PY) -m pip install --quiet -e ".[test,bench]"
	$(PY) -m pipeline.bench.quantities

bench-defects: $(STAMP)
	$(PY) -m pip install --quiet -e ".[test,bench]"
	$(PY) -m pipeline.bench.defects

clean-venv:
	rm -rf $(VENV)
