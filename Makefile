# Two commands set everything up on a fresh machine:
#   make run   installs into .venv and builds seeds/ into out/
#   make test  installs what the tests need and runs every test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: run test install install-test system-deps bench clean lock

run: $(VENV)/.main
	$(BIN)/newsgraph build seeds -o out

test: $(VENV)/.test system-deps
	$(BIN)/python -m pytest -q

install: $(VENV)/.main
install-test: $(VENV)/.test

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

# Everything comes from the hash-pinned locks; the package itself is then linked without resolving anything.
$(VENV)/.main: requirements/main.lock pyproject.toml | $(VENV)/bin/python
	$(PIP) install --require-hashes -r requirements/main.lock
	$(PIP) install --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.test: requirements/test.lock pyproject.toml | $(VENV)/bin/python
	$(PIP) install --require-hashes -r requirements/test.lock
	$(PIP) install --no-deps --no-build-isolation -e .
	touch $@ $(VENV)/.main

# Debian's Chromium for the browser tests (Playwright drives it; it never downloads a browser of its own).
system-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-dejavu-core; }

bench: $(VENV)/.test
	$(BIN)/python benchmarks/throughput.py

# Regenerate the locks after changing pyproject.toml (needs uv: pip install uv). Extras stay in the
# locks (smart-open[http]==...): pip's hash-checking mode otherwise resolves a dependency's
# `pkg[extra]>=x` to the newest release on PyPI instead of the pinned one, and refuses it.
lock:
	uv pip compile -q --generate-hashes --no-strip-extras --python-version 3.11 --all-extras pyproject.toml requirements/build.in -o requirements/test.lock
	uv pip compile -q --generate-hashes --no-strip-extras --python-version 3.11 pyproject.toml requirements/build.in -c requirements/test.lock -o requirements/main.lock

clean:
	rm -rf out .pytest_cache
