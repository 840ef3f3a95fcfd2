# Kansenbot: the two commands a school needs are `make run` and `make test`; both set up what is missing.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV      := .venv
PY        := $(VENV)/bin/python
RASA      := $(PY) -m rasa
export RASA_TELEMETRY_ENABLED := false
export PYTHONPATH := $(CURDIR)
export TF_CPP_MIN_LOG_LEVEL := 2

# Training data for Rasa; data/knowledge/ is the knowledge base and is read by the action server only.
RASA_DATA     := data/nlu data/dialogue
ACTIVE_CONFIG := var/config.active.yml
TEST_STORIES  := tests/stories
MODEL         := models/kansenbot.tar.gz

.PHONY: help setup spacy-model config train validate pytest test-stories test run shell clean

help:
	@echo "make run    set up if needed, train if data changed, start Kansenbot (see README.md for ports)"
	@echo "make test   set up if needed and run every check: validate, train, pytest, rasa test"
	@echo "make shell  chat with Kansenbot in the terminal (starts the action server too)"

setup:
	@bash scripts/setup.sh

# Retry installing the official nl_core_news_sm (from KANSENBOT_SPACY_WHEELS or the release URL).
spacy-model: setup

config: setup
	@$(PY) -m bot.nlp.spacy_pipeline config --stage training

# Trains into models/kansenbot.tar.gz only when config, domain or training data changed since the
# last training ("Nothing changed" otherwise); Rasa's cache in .rasa/ retrains only changed components.
train: setup
	@$(PY) -m bot.run train

# Rasa's own validation, failing on every warning: Rasa 3.6's --fail-on-warnings misses most of them.
validate: config
	@$(PY) -m bot.checks.validate_data --config $(ACTIVE_CONFIG) --domain domain.yml --data $(RASA_DATA)

# Exit code 5 means pytest collected nothing: that is a broken test tree, not a pass.
pytest: train
	@$(PY) -m pytest tests; code=$$?; \
	  if [ $$code -eq 5 ]; then echo "[kansenbot] ERROR: pytest found no tests to run." >&2; fi; \
	  exit $$code

# Test stories only predict actions: rasa/model_testing.py loads the agent without endpoints and
# rasa/core/test.py replays each story's own events, so no action server runs here. --e2e parses the
# stories' user text with the trained NLU, so intents are tested too; Rasa reads only test_*.yml.
test-stories: train
	@ls $(TEST_STORIES)/test_*.yml >/dev/null 2>&1 || { echo "[kansenbot] ERROR: no $(TEST_STORIES)/test_*.yml test stories found." >&2; exit 1; }
	@$(RASA) test core --model $(MODEL) --stories $(TEST_STORIES) --e2e --fail-on-prediction-errors --out results --no-plot

test: validate pytest test-stories

run: setup
	@$(PY) -m bot.run serve

shell: setup
	@$(PY) -m bot.run shell

clean:
	rm -rf models var results .pytest_cache
