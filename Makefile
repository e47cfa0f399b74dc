# One-command entry points; each creates .venv when it is missing.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test test-slow dist-linux bench lint screenshots clean translations qm

$(STAMP): pyproject.toml setup.py scripts/ensure-system-deps
	@sh scripts/ensure-system-deps
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@touch $(STAMP)

run: $(STAMP) qm
	$(VENV)/bin/kundereg

# Compiled catalogues (not in git) for the app and the tests: translations/*.qm (lrelease) and
# the document texts' src/kundereg/locale/*/LC_MESSAGES/documents.mo (scripts/documents.py).
qm: $(STAMP)
	@$(PY) scripts/translations.py release >/dev/null
	@$(PY) scripts/documents.py compile >/dev/null

# After adding or changing user-visible text: extract service messages, lupdate, lrelease,
# and list what is left to translate.
translations: $(STAMP)
	$(PY) scripts/translations.py update

# Two workers (pytest-xdist), each taking whole files: the suite is mostly CPU-bound, and a Qt test
# file runs in the order its tests were written for. Files go out heaviest first
# (tests/file_weights.json, see tests/conftest.py), not in xdist's order by number of tests.
test: $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n 2 --dist loadfile --no-loadscope-reorder
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/ruff check src tests bench scripts packaging

# The .deb (frozen with PyInstaller) in dist/, then its smoke test. Windows: see README.
dist-linux: $(STAMP) qm
	$(PY) -m pip install -q -e '.[test,pack]'
	PYTHON=$(abspath $(PY)) sh packaging/linux/build-deb.sh
	sh packaging/linux/smoke-test.sh dist/kundereg_$$($(PY) -c 'import importlib.metadata as m; print(m.version("kundereg"))')_$$(dpkg --print-architecture).deb

# Tests marked slow (the full freeze, .deb and smoke test in a temp folder).
test-slow: $(STAMP) qm
	$(PY) -m pip install -q -e '.[test,pack]'
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m slow

bench: $(STAMP)
	$(PY) -m bench.run

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info translations/*.qm src/kundereg/locale/*/LC_MESSAGES/*.mo
