# Kansenbot: the two commands a school needs are `make run` and `make test`; both set up what is missing.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV      := .venv
PY        := $(VENV)/bin/python
RASA      := $(VENV)/bin/rasa
export RASA_TELEMETRY_ENABLED := false
export PYTHONPATH := $(CURDIR)
export TF_CPP_MIN_LOG_LEVEL := 2

# Training data for Rasa; data/knowledge/ is the knowledge base and is read by the action server only.
RASA_DATA     := data/nlu data/dialogue
ACTIVE_CONFIG := var/config.active.yml

.PHONY: help setup spacy-model config train validate test run shell clean

help:
	@echo "make run    set up if needed, train if data changed, start Kansenbot on http://localhost:5005"
	@echo "make test   set up if needed and run every check: validate, pytest, rasa test"
	@echo "make shell  chat with Kansenbot in the terminal"

setup:
	@bash scripts/setup.sh

# Retry installing the official nl_core_news_sm (from KANSENBOT_SPACY_WHEELS or the release URL).
spacy-model: setup

config: setup
	@$(PY) -m bot.nlp.spacy_pipeline config --stage training

train: config
	@$(RASA) train --config $(ACTIVE_CONFIG) --domain domain.yml --data $(RASA_DATA) --out models

validate: config
	@$(RASA) data validate --config $(ACTIVE_CONFIG) --domain domain.yml --data $(RASA_DATA) --fail-on-warnings

test: validate train
	@$(PY) -m pytest -q tests

clean:
	rm -rf models var results .pytest_cache

# NLU benchmark (not part of `make test`): Kansenbot vs `rasa init` pipeline vs TF-IDF + logistic
# regression on tests/nlu/heldout.yml; writes docs/nlu-benchmark.md and docs/nlu-confusion.png.
.PHONY: bench-nlu
bench-nlu: config
	@$(PY) scripts/bench_nlu.py
