# make run   — set up .venv, seed the default exhibition and open it in a window
# make test  — the same set-up, then lint, the import contracts and the whole test suite
# Both work from a fresh clone; see README.md.
# make bundle — the onedir app in dist/kiosk/ (PyInstaller, packaging/kiosk.spec); docs/deployment.md
# make bench  — the benchmarks (benchmarks/, never in the test suite); docs/performance.md

VENV      := .venv
PY        := $(VENV)/bin/python
STAMP     := $(VENV)/.installed
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint screenshots clean setup bundle bench

setup: $(STAMP)

$(STAMP): pyproject.toml
	@tools/check-system-libs offscreen
	@# A venv left half-made (e.g. before python3-venv was installed) has no pip: make it again.
	@$(PY) -m pip --version >/dev/null 2>&1 || { rm -rf $(VENV); \
		python=$$(tools/find-python) && echo "using $$python" && "$$python" -m venv $(VENV); }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@

run: setup
	@if [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}$${QT_QPA_PLATFORM:-}" ]; then \
		echo "error: no screen here (neither DISPLAY nor WAYLAND_DISPLAY is set)."; \
		echo "       Run it under a desktop, or 'xvfb-run make run', or render PNGs with 'make screenshots'."; \
		exit 1; fi
	@tools/check-system-libs window
	$(VENV)/bin/kiosk run --windowed $(ARGS)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(PY) -m kiosk.devtools.qmllint

test: lint
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest --durations=15 $(PYTEST_ARGS)

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/kiosk screenshot build/screenshots $(ARGS)

bundle: setup
	packaging/build-bundle $(PY)

bench: setup
	benchmarks/run $(PY) $(ARGS)

clean:
	rm -rf $(VENV) build dist .pytest_cache
