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

.PHONY: help setup spacy-model config train validate test run shell clean purge bench ensure-postgres

help:
	@echo "make run    set up if needed, train if data changed, start Kansenbot on http://localhost:5005"
	@echo "make test   set up if needed and run every check: validate, pytest, rasa test"
	@echo "make shell  chat with Kansenbot in the terminal"
	@echo "make purge  delete conversations older than KANSENBOT_RETENTION_DAYS (30) days; DAYS=N to override"
	@echo "make bench  load benchmark: 20 concurrent conversations over REST, results in docs/benchmarks.md"

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

# The tracker-store tests start a throwaway PostgreSQL on loopback: the server binaries must be installed.
ensure-postgres:
	@bash scripts/ensure_postgres.sh

test: validate train ensure-postgres
	@$(PY) -m pytest -q tests

# Retention (docs/privacy.md): the running server also does this once a day.
purge: setup
	@$(PY) -m bot.privacy.retention $(if $(DAYS),--days $(DAYS))

# Not part of `make test`: timing figures depend on the machine's load.
bench: setup
	@$(PY) scripts/bench_load.py

clean:
	rm -rf models var results .pytest_cache
