# Kinerja Sabang — the two commands: `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
DB     ?= data/warehouse.duckdb
PORT   ?= 8501

.PHONY: run serve test setup demo ingest lint clean bench

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 2; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

setup: $(VENV)/.installed

## make run: set up, build the demo warehouse if none exists, serve the app on port 8501
## in demo mode (role switcher, no sign-in; refused by the app over non-simulated data)
run: setup
	@test -f $(DB) || KINERJA_DB=$(DB) $(PY) -m pipelines demo --db $(DB)
	KINERJA_DB=$(DB) KINERJA_AUTH=demo $(PY) -m streamlit run dashboard/app.py --server.port $(PORT)

## make serve: the app with sign-in (production; accounts: python -m dashboard.users)
serve: setup
	KINERJA_DB=$(DB) $(PY) -m streamlit run dashboard/app.py --server.port $(PORT)

## make test: set up and run every test (unit, models, AppTest, browser)
test: setup
	$(PY) -m pytest -q

## make bench: benchmark sabang and aceh (BENCH_ARGS="--scale nasional" for more);
## writes BENCHMARKS.md (see pipelines/bench.py)
bench: setup
	$(PY) -m pipelines.bench $(BENCH_ARGS)

demo: setup
	$(PY) -m pipelines demo --db $(DB)

ingest: setup
	$(PY) -m pipelines ingest data/exports --db $(DB)

lint: setup
	$(PY) -m ruff check dashboard pages pipelines tests

clean:
	rm -rf $(VENV) .pytest_cache
