# The two commands a new user needs: `make demo` and `make test`. Both set the machine up first.
.PHONY: setup demo test check format
export LITELLM_LOCAL_MODEL_COST_MAP := True
export STREAMLIT_BROWSER_GATHER_USAGE_STATS := false
BIN := .venv/bin
CODE := $(wildcard aibaas assets dagster_project app tests benchmarks)

setup:
	@bash scripts/setup.sh

demo: setup
	$(BIN)/aibaas demo

check: setup
	$(BIN)/ruff check $(CODE)
	$(BIN)/ruff format --check $(CODE)
	$(BIN)/mypy aibaas assets dagster_project app

test: check
	$(BIN)/pytest

format: setup
	$(BIN)/ruff check --fix $(CODE)
	$(BIN)/ruff format $(CODE)
