# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOG := $(VENV)/install.log

.PHONY: run test soak lint bench screenshots translations clean

# Set up (or update, when the project's metadata changes) .venv: one line, pip's output goes to
# the log, which is printed only if the set-up fails.
$(STAMP): pyproject.toml
	@echo "Setting up $(VENV) (PySide6, pyqtgraph, numpy, pytest: ~110 MB to download); the first time takes about 3 minutes. Log: $(LOG)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@{ $(BIN)/python -m pip install --upgrade pip "setuptools>=77" wheel \
		&& $(BIN)/python -m pip install -e ".[test,dev]"; } > $(LOG) 2>&1 \
		|| { cat $(LOG); echo "Set-up failed: the log above is in $(LOG)"; exit 1; }
	@touch $(STAMP)

run: $(STAMP)
	@$(BIN)/python -m visualizer

# Every test but the long soak, leak and long-run ones (marked slow: `make soak` runs those), on
# one worker process per CPU (pytest-xdist; `make test TEST_WORKERS=0` runs them in one process).
# A module's tests stay on one worker, in order, sharing its module-wide fixtures.
TEST_WORKERS ?= auto
XDIST = -n $(TEST_WORKERS) --dist loadscope
test: $(STAMP)
	@$(BIN)/python -m pytest -q $(XDIST)

soak: $(STAMP)
	@$(BIN)/python -m pytest -q $(XDIST) -m slow

lint: $(STAMP)
	$(BIN)/ruff check core visualizer tests benchmarks
	$(BIN)/ruff format --check core visualizer tests benchmarks

bench: $(STAMP)
	$(BIN)/python -m benchmarks

# English and Chinese at 1280x720 (the README's, committed), under Xvfb when it is there (so the
# 3D pane is drawn), else offscreen; then every projector size in normal and presentation mode
# into assets/screenshots/sizes/ (not committed: look at them, then throw them away).
SHOT_SIZES := 1024x768 1280x720 1920x1080
SHOT = if command -v xvfb-run >/dev/null; then \
		xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb LIBGL_ALWAYS_SOFTWARE=1 \
			$(BIN)/python -m visualizer $(1); \
	else QT_QPA_PLATFORM=offscreen $(BIN)/python -m visualizer $(1); fi
screenshots: $(STAMP)
	for lang in en zh_CN; do \
		$(call SHOT,--lang $$lang --size 1280x720 --screenshot assets/screenshots/$$lang) || exit 1; \
	done
	for size in $(SHOT_SIZES); do \
		$(call SHOT,--lang en --size $$size --screenshot assets/screenshots/sizes/$$size) || exit 1; \
		$(call SHOT,--lang en --size $$size --present --screenshot assets/screenshots/sizes/$$size-present) || exit 1; \
	done

# Re-extract every tr()/translate() string of the interface into the .ts sources (new ones
# come out unfinished: translate them, e.g. in Qt Linguist), then compile every catalogue into
# the .qm files the package ships. pyqtgraph_<lang>.ts (pyqtgraph's context menus and export
# dialog) is kept by hand. tests/test_translations.py fails while a string is untranslated.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -extensions py visualizer \
		-ts $(wildcard assets/i18n/nn_visualizer_*.ts)
	for ts in assets/i18n/*.ts; do \
		$(BIN)/pyside6-lrelease $$ts -qm visualizer/i18n/$$(basename $$ts .ts).qm || exit 1; \
	done

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
