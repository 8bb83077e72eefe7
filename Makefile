# The two commands in the README: `make demo` and `make test`.  Both set everything up from
# nothing but Python >= 3.11, pip and the package registries (PyPI, Debian, npm).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.eventwire-installed
DEMO_DB ?= demo.db
SAMPLES := eventwire/samples/articles eventwire/samples/articles.jsonl

.PHONY: demo test setup web-assets web-setup bench eval clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test]'
	bash scripts/build-outlines.sh
	touch $(STAMP)

setup: $(STAMP) web-assets

# the page's front-end files (npm registry); web-setup adds Debian's chromium for the browser tests
web-assets: $(STAMP)
	bash scripts/setup-web.sh --assets

web-setup: $(STAMP)
	bash scripts/setup-web.sh

demo: $(STAMP) web-assets
	$(BIN)/eventwire ingest $(SAMPLES) --db $(DEMO_DB)
	$(BIN)/eventwire events --db $(DEMO_DB)
	@echo "The web page: $(BIN)/eventwire serve --db $(DEMO_DB), then open http://127.0.0.1:8765/"

test: $(STAMP) web-setup
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/bench_pipeline.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm node_modules eventwire/web/static/vendor
