# CWS Records — everyday commands. `make run` on a fresh machine sets everything up.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000

.PHONY: install run records test lint format check-fixtures

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)

install: $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"

# Set up (venv, install, migrate, load the records) and serve http://127.0.0.1:8000 with DEBUG on.
run: install
	DJANGO_DEBUG=1 $(BIN)/python manage.py migrate --noinput
	DJANGO_DEBUG=1 $(BIN)/python manage.py load_records
	DJANGO_DEBUG=1 $(BIN)/python manage.py runserver $(HOST)

records: install
	DJANGO_DEBUG=1 $(BIN)/python manage.py migrate --noinput
	DJANGO_DEBUG=1 $(BIN)/python manage.py load_records

# The test suite; DATABASE_URL=postgres://... runs it on PostgreSQL.
test: install
	DJANGO_SECRET_KEY=test-only-not-secret $(BIN)/pytest --create-db $(PYTEST_ARGS)

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SECRET_KEY=lint-only $(BIN)/python manage.py makemigrations --check --dry-run
	DJANGO_DEBUG=1 $(BIN)/python manage.py build_paragraphs --check

format:
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
