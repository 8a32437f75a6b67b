# Two commands for a fresh machine (Python 3.11+ as `python3`):
#   make lab    set up .venv and open JupyterLab on notebook 00
#   make test   set up .venv and run the whole test suite (unit, widgets, notebooks, browser)
#   make check  lint and unit tests only (fast; before a commit)
# Without make (Windows, macOS): the README's "Without make" section gives the same commands.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# JupyterLab refuses to run as root (containers, some cloud machines) unless told it may.
LAB_FLAGS ?= $(shell [ "$$(id -u)" = 0 ] && echo --allow-root)

.PHONY: setup lab test check lint student outputs bench robust clean autograder lite lock mincheck runtime-check \
	readme-commands

# The development environment: the full lock (course, lab, Voila, test tools, otter-grader).
$(STAMP): requirements.txt requirements-dev.txt requirements-lock.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed; found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-lock.txt -e .
	@touch $(STAMP)

setup: $(STAMP)
	@$(BIN)/python -m helpers

lab: setup
	$(BIN)/jupyter lab $(LAB_FLAGS) notebooks/00_start_here.ipynb

test: setup
	$(BIN)/ruff check helpers tests tools
	$(BIN)/python -m pytest

# Fast checks before a commit: ruff (lint, numpydoc docstrings on helpers' public modules, line
# length, complexity <= 20), then the unit tests (module size and docstring sections included),
# without notebooks or browsers. Both run even if the first fails.
check: setup
	@status=0; \
	$(BIN)/ruff check helpers tests tools || status=1; \
	$(BIN)/python -m pytest -q -o addopts="" -p no:nbval -p no:cacheprovider -m "not browser" tests || status=1; \
	exit $$status

lint: setup
	$(BIN)/ruff check helpers tests tools

student: setup
	$(BIN)/python tools/build_editions.py

outputs: setup
	$(BIN)/python tools/refresh_outputs.py

robust: setup
	$(BIN)/python tools/run_course_offline.py

bench: setup
	$(BIN)/python -m tools.benchmark

# One otter-grader zip per notebook 00-08 in dist/autograder/, then each instructor notebook is
# graded with its zip (exit 1 unless full marks). See docs/teaching_setup.md.
autograder: setup
	$(BIN)/python tools/autograder.py --verify

# A zero-install JupyterLite site in dist/lite/ (pyodide kernel, the package wheel with the articles).
lite: setup
	$(BIN)/python tools/build_lite.py

# Re-pin: requirements-lock.txt (everything, any platform) and binder/requirements.txt (no test tools).
lock: setup
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile requirements-dev.txt --universal --python-version 3.11 --custom-compile-command "make lock" -q -o requirements-lock.txt
	$(BIN)/uv pip compile requirements.txt -c requirements-lock.txt --python-version 3.11 --python-platform linux --custom-compile-command "make lock" -q -o binder/requirements.txt

# The unit tests with the oldest versions pyproject.toml allows (a separate venv, .venv-min).
mincheck:
	.ci/min_versions

# A fresh venv with `pip install ".[kernel]"` only (no JupyterLab): envcheck has no FAIL and
# notebook 04 runs under nbclient, from a folder outside the checkout.
runtime-check:
	.ci/runtime_only

# The README's commands without make, run as written (bin paths) in a fresh copy of the repository.
readme-commands:
	.ci/readme_commands

clean:
	rm -rf $(VENV) .venv-min build dist
