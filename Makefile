# Two commands on a fresh machine with Python 3.11: `make run`, `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
# The parser compiled with mypyc (pipelines/parsing/compiled.py), stamped with its sources' digest, and the lexical
# model's 8-bit encoder saved beside it.
COMPILED := build/compiled-parser/sources.sha256
PARSER_SOURCES := $(wildcard pipelines/parsing/*.py)
PROJECT_HOME := $(CURDIR)/data/dagster_home
export DAGSTER_HOME ?= $(PROJECT_HOME)
INSTANCE := $(DAGSTER_HOME)/dagster.yaml
# dg reads [tool.dg] in pyproject.toml and loads pipelines.definitions in the project's own environment.
DG := VIRTUAL_ENV=$(CURDIR)/$(VENV) $(BIN)/dg
# The oldest DuckDB the warehouse file promises to open in (README, "Which DuckDB can read it"); the tests open it there.
OLDEST_DUCKDB := 1.4.4
OLDEST_READER := $(VENV)/oldest-duckdb
export OLDEST_DUCKDB_PYTHON := $(CURDIR)/$(OLDEST_READER)/bin/python

.PHONY: install run test bench ui clean

install: $(INSTALLED) $(COMPILED)

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,compile]'
	touch $@

# About a minute and a half on one core; again whenever a parser module changes (until then the package parses in
# plain Python and warns that the build is stale).
$(COMPILED): $(INSTALLED) $(PARSER_SOURCES)
	$(BIN)/python pipelines/parsing/compiled.py

# pytz: DuckDB 1.4 needs it to hand out TIMESTAMPTZ values, and does not install it.
$(OLDEST_READER)/.installed-$(OLDEST_DUCKDB):
	$(PYTHON) -m venv $(OLDEST_READER)
	$(OLDEST_READER)/bin/python -m pip install --quiet --disable-pip-version-check duckdb==$(OLDEST_DUCKDB) pytz==2025.2
	touch $@

# The project's own instance follows dagster.yaml; an operator's DAGSTER_HOME keeps its own config.
$(INSTANCE): dagster.yaml
	mkdir -p $(DAGSTER_HOME)
	if [ "$(DAGSTER_HOME)" = "$(PROJECT_HOME)" ] || [ ! -f $@ ]; then cp dagster.yaml $@; fi

# PROCESSES=1 runs every step in one process, PROCESSES=2 spreads them over two; unset, the run takes one process
# when the files written since the warehouse was published fit in one batch, one per core otherwise.
ifdef PROCESSES
EXECUTION_CONFIG := , "execution": {"config": {"processes": $(PROCESSES)}}
endif

## Materialize every asset on REPORTS_DIR (default data/raw) and print a summary: make run [PROCESSES=1].
run: $(INSTALLED) $(COMPILED) $(INSTANCE)
	$(DG) launch --job process_reports \
		--config-json '{"loggers": {"console": {"config": {"log_level": "INFO"}}}$(EXECUTION_CONFIG)}'
	$(BIN)/python -m pipelines.summary

## Run the test suite, a worker per core; a test file's tests stay on one worker, so its fixtures are built once.
test: $(INSTALLED) $(COMPILED) $(OLDEST_READER)/.installed-$(OLDEST_DUCKDB)
	REQUIRE_COMPILED_PARSER=1 $(BIN)/python -m pytest -n auto --dist loadfile

## Scale benchmark on a generated corpus (not a test): make bench [REPORTS=200000] [BENCH_FLAGS=--full-run-only]; results in benchmarks/results/.
REPORTS ?= 20000
bench: $(INSTALLED) $(COMPILED)
	$(BIN)/python -m benchmarks.scale --reports $(REPORTS) $(BENCH_FLAGS)

## Start the Dagster UI on http://127.0.0.1:3000 with persistent history under data/.
ui: $(INSTALLED) $(COMPILED) $(INSTANCE)
	$(DG) dev

## Remove everything generated (warehouse, extracts, Dagster history); keeps data/raw and .venv.
clean:
	find data -mindepth 1 -maxdepth 1 ! -name raw -exec rm -rf {} +
