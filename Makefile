# Each target bootstraps .venv itself, so a fresh clone needs only `make run` or `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test bench dist translations lint clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	LANG=$${LANG:-C.UTF-8} $(VENV)/bin/huhang

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 $(PY) -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find ui -name '*.py' | sort) -ts resources/translations/huhang_zh_CN.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/huhang_zh_CN.ts -qm resources/translations/huhang_zh_CN.qm

lint: $(STAMP)
	$(VENV)/bin/ruff check app ui tests bench

dist: $(STAMP)
	$(PY) -m pip install --quiet 'pyinstaller>=6.10'
	$(VENV)/bin/pyinstaller --noconfirm --distpath build/dist --workpath build/work build/pyinstaller.spec

clean:
	rm -rf $(VENV) build/dist build/work
