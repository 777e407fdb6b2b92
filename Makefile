# Two commands on a fresh machine:  `make demo` (set up + run Pantau on the sample corpus)
#                                   `make test` (set up + run the test suite)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: demo test setup clean

$(BIN)/pantau: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(BIN)/pantau

setup: $(BIN)/pantau

demo: setup
	$(BIN)/pantau demo

test: setup
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) build *.egg-info
