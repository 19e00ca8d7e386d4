#!/usr/bin/env bash
# Fuzz the read-only API against its own OpenAPI schema: a bounded schemathesis run against a
# server started here on 127.0.0.1 with the curated records. Fails on any server error or any
# response that breaks the schema. Uses DATABASE_URL (SQLite when unset).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
port=${SCHEMATHESIS_PORT:-8123}
export DJANGO_SECRET_KEY=schemathesis-only DJANGO_ALLOWED_HOSTS=127.0.0.1 DJANGO_SECURE_SSL_REDIRECT=0
log=$(mktemp /tmp/cws-schemathesis-server.XXXXXX)
$BIN/python manage.py migrate --noinput -v0
$BIN/python manage.py load_records >/dev/null
$BIN/python manage.py collectstatic --noinput -v0
$BIN/python manage.py runserver "127.0.0.1:$port" --noreload >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$port/api/" >/dev/null 2>&1 && break
  sleep 1
done
timeout 900 $BIN/schemathesis run "http://127.0.0.1:$port/api/schema/" \
  --checks not_a_server_error,response_schema_conformance \
  --phases examples,coverage,fuzzing --max-examples 25 --request-timeout 20 --no-color
if grep -q "Internal Server Error" "$log"; then
  echo "The server logged errors during the run:" >&2
  grep -A3 "Internal Server Error" "$log" >&2
  exit 1
fi
