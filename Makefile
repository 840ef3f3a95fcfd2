# Kansenbot: the two commands a school needs are `make run` and `make test`; both set up what is missing.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV      := .venv
PY        := $(VENV)/bin/python
RASA      := $(PY) -m rasa
export RASA_TELEMETRY_ENABLED := false
export PYTHONPATH := $(CURDIR)
export TF_CPP_MIN_LOG_LEVEL := 2
# Channel settings that credentials.yml reads (docs/channels.md). Empty when not set, so Rasa can expand
# ${...} and Kansenbot starts without Teams; the Teams endpoint then answers 503.
export MICROSOFT_APP_ID ?=
export MICROSOFT_APP_PASSWORD ?=
export MICROSOFT_APP_TENANT_ID ?=

# Training data for Rasa; data/knowledge/ is the knowledge base and is read by the action server only.
RASA_DATA     := data/nlu data/dialogue
ACTIVE_CONFIG := var/config.active.yml
TEST_STORIES  := tests/stories
MODEL         := models/kansenbot.tar.gz

.PHONY: help setup spacy-model config train validate validate-knowledge pytest test-stories test run shell clean teams-app browser-setup test-browser purge bench ensure-postgres ensure-scaleout deploy-check profile-turn

help:
	@echo "make run    set up if needed, train if data changed, start Kansenbot (see README.md for ports)"
	@echo "make test   set up if needed and run every check: validate, train, pytest, rasa test"
	@echo "make shell  chat with Kansenbot in the terminal (starts the action server too)"
	@echo "make teams-app      build build/teams-app/kansenbot.zip for Microsoft Teams (docs/channels.md)"
	@echo "make test-browser   the web widget's tests in headless Chromium"
	@echo "make purge  delete every message older than KANSENBOT_RETENTION_DAYS (30) days, also in ongoing conversations; DAYS=N"
	@echo "make bench-purge    how long the purge takes on 100 000 events, SQLite and PostgreSQL; EVENTS=N"
	@echo "make bench  load benchmark: one Rasa process and two workers side by side, results in docs/benchmarks.md"
	@echo "make profile-turn   CPU time per turn in the Rasa server; PROFILE=out.pstats for a cProfile"
	@echo "make deploy-check   check deploy/ offline (haproxy -c, systemd-analyze verify, Docker/Compose/Kubernetes files)"
	@echo "make insights   anonymous team report (HTML + CSV) in var/insights/; SCHOOL=, WEEKS=, MONTHS=, FROM=, TO= (docs/insights.md)"

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

# The knowledge base (data/knowledge/) is checked exactly as the action server checks it at start-up.
validate-knowledge: setup
	@$(PY) -m actions.knowledge validate

# Rasa's own validation, failing on every warning: Rasa 3.6's --fail-on-warnings misses most of them.
validate: config validate-knowledge
	@$(PY) -m bot.checks.validate_data --config $(ACTIVE_CONFIG) --domain domain.yml --data $(RASA_DATA)
	@$(PY) -m bot.insights validate

# The tracker-store tests start a throwaway PostgreSQL on loopback: the server binaries must be installed.
ensure-postgres:
	@bash scripts/ensure_postgres.sh

# The scale-out test and the deployment checks need redis-server, haproxy and systemd-analyze (Debian).
ensure-scaleout:
	@bash scripts/ensure_scaleout.sh

# Exit code 5 means pytest collected nothing: that is a broken test tree, not a pass.
pytest: train browser-setup ensure-postgres ensure-scaleout
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

# Retention (docs/privacy.md): the running server also does this once a day.
purge: setup
	@$(PY) -m bot.privacy.retention $(if $(DAYS),--days $(DAYS))

# How long the purge takes on 100 000 events, SQLite and a throwaway PostgreSQL (not part of `make test`).
.PHONY: bench-purge
bench-purge: setup ensure-postgres
	@$(PY) scripts/bench_purge.py $(if $(EVENTS),--events $(EVENTS))

# Not part of `make test`: timing figures depend on the machine's load. WORKERS=N for another count.
bench: train ensure-postgres ensure-scaleout
	@$(PY) scripts/bench_load.py $(if $(WORKERS),--workers $(WORKERS))

# CPU time per turn in the Rasa server and where it goes: per graph node and phase (cProfile with PROFILE=out.pstats).
profile-turn: train
	@$(PY) scripts/profile_turn.py --by-node $(if $(PROFILE),--cprofile $(PROFILE))

# deploy/ checked offline: haproxy -c, systemd-analyze verify, Dockerfile/Compose/Kubernetes structure.
deploy-check: ensure-scaleout | $(PY)
	@$(PY) -m pytest -q tests/deploy

clean:
	rm -rf models var results .pytest_cache

# The Python environment, when it is missing (targets that need only Python, not a trained model).
$(PY):
	@bash scripts/setup.sh

# Microsoft Teams app package (manifest + icons) for upload in Teams admin; needs MICROSOFT_APP_ID etc.
teams-app: | $(PY)
	@$(PY) -m bot.channels.teams_app --out build/teams-app/kansenbot.zip

# Headless Chromium (apt) and playwright-core (npm, tests/browser/node_modules) for the widget tests.
browser-setup:
	@bash scripts/ensure_browser.sh

test-browser: browser-setup | $(PY)
	@$(PY) -m pytest -q tests/channels/test_widget_browser.py

# NLU benchmark (not part of `make test`): Kansenbot vs `rasa init` pipeline vs TF-IDF + logistic
# regression on tests/nlu/heldout.yml; writes docs/nlu-benchmark.md and docs/nlu-confusion.png. With a
# crisis report for every crisis set present (tests/nlu/blind_crisis.yml when it exists); CRISIS_SET=path
# adds a development set in the same format.
.PHONY: bench-nlu
bench-nlu: config
	@$(PY) scripts/bench_nlu.py $(if $(CRISIS_SET),--crisis-set $(CRISIS_SET))

# Cross-validation on data/nlu only (not part of `make test`): where the classifier is weak, without
# looking at tests/nlu/. CONFIG=... to try another config; FOLDS=N for another number of folds.
.PHONY: cv-nlu
cv-nlu: config
	@$(PY) scripts/cv_nlu.py $(if $(CONFIG),--config $(CONFIG)) $(if $(FOLDS),--folds $(FOLDS))

# Route benchmark (not part of `make test`): message -> NLU -> dialogue -> first action, Kansenbot vs the
# `rasa init` NLU pipeline (same domain, rules, stories, policies), on the blind route sets and the
# intent-labelled held-out sets; writes docs/route-benchmark.md (counts only, no message texts).
# MODEL=models/kansenbot.tar.gz on the command line evaluates that trained model instead of training one
# (MODEL is also the Makefile's own model path, so only a command-line value counts).
.PHONY: bench-routes
bench-routes: config
	@$(PY) scripts/bench_routes.py $(if $(filter command line,$(origin MODEL)),--kansenbot-model $(MODEL))

# Privacy benchmark (not part of `make test`; the pytest floor is): recall of personal data per type and
# everyday messages changed, on tests/privacy/dev_set.yml, dev_set2.yml and, when present, the blind held-out set.
# Writes docs/privacy-benchmark.md.
.PHONY: bench-privacy
bench-privacy: | $(PY)
	@$(PY) scripts/bench_privacy.py

# Anonymous insights for the team agenda (docs/insights.md): an HTML page and a CSV in var/insights/ from the
# counters in the conversation database. SCHOOL="id ..." (default: every school), WEEKS=N and MONTHS=N
# (default 12 each), or FROM=YYYY-MM-DD / TO=YYYY-MM-DD; OUT=folder.
.PHONY: insights insights-sample
insights: setup
	@$(PY) -m bot.insights report $(foreach school,$(SCHOOL),--school $(school)) $(if $(WEEKS),--weeks $(WEEKS)) \
	  $(if $(MONTHS),--months $(MONTHS)) $(if $(FROM),--from $(FROM)) $(if $(TO),--to $(TO)) $(if $(OUT),--out $(OUT))

# The sample in docs/ (insights-voorbeeld.*) from made-up conversations; a screenshot when Chromium is there.
insights-sample: setup
	@$(PY) -m bot.insights sample --out docs
