# Kinerja Sabang — the two commands: `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
DB     ?= data/warehouse.duckdb
PORT   ?= 8501

.PHONY: run test setup demo ingest lint clean

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 2; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

setup: $(VENV)/.installed

## make run: set up, build the demo warehouse if none exists, serve the app on port 8501
run: setup
	@test -f $(DB) || KINERJA_DB=$(DB) $(PY) -m pipelines demo --db $(DB)
	KINERJA_DB=$(DB) $(PY) -m streamlit run dashboard/app.py --server.port $(PORT)

## make test: set up and run every test (unit, models, AppTest, browser)
test: setup
	$(PY) -m pytest -q

demo: setup
	$(PY) -m pipelines demo --db $(DB)

ingest: setup
	$(PY) -m pipelines ingest data/exports --db $(DB)

lint: setup
	$(PY) -m ruff check dashboard pages pipelines tests

clean:
	rm -rf $(VENV) .pytest_cache
