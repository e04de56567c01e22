# `make run` and `make test`, and the other targets: docs/contract.md#commands.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# Links, the admin's e-mails and the Wagtail Site name the address the site is served on.
MANAGE := SITE_URL=http://$(HOST):$(PORT) $(BIN)/python manage.py

.PHONY: venv run test lint messages search-engine search-engine-stop bench clean

# The locks made by pip-compile (see the README); every package is checked by its hash.
$(BIN)/activate: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.txt
	touch $(BIN)/activate

# The benchmarks' own libraries (charts, profiler), on top of the development set.
$(VENV)/.bench-requirements: bench/requirements.txt $(BIN)/activate
	$(BIN)/pip install --quiet --require-hashes -r bench/requirements.txt
	touch $@

venv: $(BIN)/activate

run: venv
	$(MANAGE) compilemessages --ignore=.venv --verbosity 0
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) runserver $(HOST):$(PORT)

test: venv
	scripts/test.sh

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

messages: venv
	$(MANAGE) makemessages --locale nl --locale fr --ignore=.venv --ignore=node_modules --no-obsolete

search-engine:
	@scripts/search-engine.sh start

search-engine-stop:
	@scripts/search-engine.sh stop

bench: $(VENV)/.bench-requirements
	scripts/bench.sh

clean:
	rm -rf $(VENV) staticfiles .test-media
