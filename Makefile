# CWS Records — everyday commands. On a fresh machine `make run` sets everything up and serves
# the site; `make test` runs the whole suite (it installs what the browser tests need).
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000
TEST_ENV := DJANGO_SECRET_KEY=test-only-not-secret DJANGO_SECURE_SSL_REDIRECT=0

.PHONY: install run records test test-app test-browser schemathesis lint format system-deps messages

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

system-deps:
	./scripts/system-deps.sh

# The interface in six languages: locale/*/LC_MESSAGES/django.po compiled to .mo (needs
# gettext's msgfmt: installed here when run as root on Debian). The .mo files are built, not
# committed.
messages: install
	@command -v msgfmt >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	  apt-get update -qq && apt-get install -y -qq --no-install-recommends gettext >/dev/null; } || \
	  { echo "msgfmt is missing: install gettext (Debian: apt-get install gettext)" >&2; exit 1; }
	DJANGO_DEBUG=1 $(BIN)/python manage.py compilemessages --ignore=.venv --ignore=node_modules

# Set up (venv, install, migrate, load the records) and serve http://127.0.0.1:8000 (DEBUG on).
run: install messages
	DJANGO_DEBUG=1 $(BIN)/python manage.py migrate --noinput
	DJANGO_DEBUG=1 $(BIN)/python manage.py load_records
	DJANGO_DEBUG=1 $(BIN)/python manage.py runserver $(HOST)

records: install
	DJANGO_DEBUG=1 $(BIN)/python manage.py migrate --noinput
	DJANGO_DEBUG=1 $(BIN)/python manage.py load_records

# The whole suite; DATABASE_URL=postgres://... runs it on PostgreSQL.
test: test-app test-browser

test-app: install messages
	$(TEST_ENV) $(BIN)/pytest --create-db -n 2 -m "not browser and not isolated" --durations=25 $(PYTEST_ARGS)

# Browser tests and tests that empty the database run on their own, one at a time.
test-browser: install system-deps messages node_modules/.installed
	$(TEST_ENV) $(BIN)/pytest --create-db -m "browser or isolated" --durations=25 $(PYTEST_ARGS)

# A bounded schemathesis run of the API against its own schema, on 127.0.0.1.
schemathesis: install
	./scripts/schemathesis.sh

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SECRET_KEY=lint-only $(BIN)/python manage.py makemigrations --check --dry-run
	DJANGO_DEBUG=1 $(BIN)/python manage.py build_paragraphs --check
	$(BIN)/python scripts/make_test_reports.py --check  # the import's test .docx/.pdf files (no LibreOffice needed)

format:
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
