#!/usr/bin/env bash
# Bounded load test on this machine only (127.0.0.1): gunicorn (gthread) serving the curated
# records from a throwaway PostgreSQL, wrk with 20 concurrent clients for 60 s over a mix of
# public pages, API and search; 20 s in, an editor saves a Task in the admin (a real browser)
# and the next public response must show it. Prints wrk's report; exits non-zero on any error.
#   bash bench/load_test.sh            (as root it installs wrk/postgresql/chromium if missing)
#   EDITS=10 EDIT_EVERY=4 bash bench/load_test.sh   (10 saves, one every 4 s, from 20 s in)
#   CACHE=redis bash bench/load_test.sh   (the workers share their pages and rows in Redis)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-60s} CLIENTS=${CLIENTS:-20} PORT=${PORT:-8200} PGPORT=${PGPORT:-54500}
BIN=.venv/bin
make install system-deps >/dev/null
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
. bench/postgres.sh load
stop_redis() { :; }
cleanup() {
  if [ -n "${server:-}" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  stop_redis; stop_postgres; }
trap cleanup EXIT
if [ "${CACHE:-}" = redis ]; then
  command -v redis-server >/dev/null || { apt-get install -y -qq redis-server >/dev/null; }
  redis-server --port "${REDIS_PORT:-6390}" --bind 127.0.0.1 --save "" --appendonly no \
    --maxmemory 256mb --maxmemory-policy allkeys-lru --daemonize yes --pidfile "$work/redis.pid" \
    --logfile "$work/redis.log"
  export DJANGO_CACHE_URL="redis://127.0.0.1:${REDIS_PORT:-6390}/0"
  stop_redis() { kill "$(cat "$work/redis.pid")" 2>/dev/null || true; }
fi

export DJANGO_SECRET_KEY=load-test-only-key \
  DJANGO_ALLOWED_HOSTS=127.0.0.1 DJANGO_SECURE_SSL_REDIRECT=0 DJANGO_SECURE_COOKIES=0 \
  DJANGO_PAGE_CACHE_STAMP="$work/records-version"
# the editor's authenticator-app key (hex): admin_edit.py signs in with its code
TOTP_KEY=$(od -An -N20 -tx1 /dev/urandom | tr -d ' \n')
$BIN/python manage.py migrate --noinput -v0
$BIN/python manage.py load_records >/dev/null
$BIN/python manage.py collectstatic --noinput -v0
$BIN/python manage.py shell -v0 -c "
from django.contrib.auth.models import Group, User
u = User.objects.create_user('loadtest-editor', password='a-long-load-test-password', is_staff=True)
u.groups.add(Group.objects.get(name='Secretariat editors'))
from django_otp.plugins.otp_totp.models import TOTPDevice
TOTPDevice.objects.create(user=u, name='Load test app', confirmed=True, key='$TOTP_KEY')"
$BIN/gunicorn cws.wsgi --bind "127.0.0.1:$PORT" --worker-class gthread --workers 2 --threads 4 \
  --log-level warning --error-logfile "$work/gunicorn.log" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 30); do curl -fs "http://127.0.0.1:$PORT/" >/dev/null 2>&1 && break; sleep 1; done

(
  sleep "${EDIT_START:-20}"
  if $BIN/python bench/admin_edit.py "http://127.0.0.1:$PORT" loadtest-editor a-long-load-test-password "$TOTP_KEY" >"$work/admin.txt" 2>&1
  then echo 0 >"$work/admin.rc"; else echo 1 >"$work/admin.rc"; fi
) &
editor=$!
wrk -t2 -c"$CLIENTS" -d"$DURATION" --timeout 10s --latency -s bench/mixed.lua "http://127.0.0.1:$PORT" | tee "$work/wrk.txt"
wait "$editor"
cat "$work/admin.txt"
errors=$(grep -E "Non-2xx|Socket errors" "$work/wrk.txt" || true)
server_errors=$(cat "$work/gunicorn.log" "$work/server.log" | grep -c "Internal Server Error\|Traceback" || true)
echo "server log errors: $server_errors"
[ -z "$errors" ] && [ "$server_errors" = "0" ] && [ "$(cat "$work/admin.rc")" = "0" ]
