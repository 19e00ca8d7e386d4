#!/usr/bin/env bash
# The performance benchmark (issue 5), end to end on this machine, 127.0.0.1 only:
# a throwaway PostgreSQL with synthetic records at scale 100, gunicorn (gthread, production
# settings), wrk for a bounded time per page, and a bare-Django baseline page measured in the
# same run. Three runs per measurement, medians; results written to bench/RESULTS.md.
#   bash bench/run.sh            (SCALE, DURATION, RUNS can be set in the environment)
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${SCALE:-100} DURATION=${DURATION:-5s} RUNS=${RUNS:-3} PORT=${PORT:-8300} PGPORT=${PGPORT:-54600}
BIN=.venv/bin
make install system-deps >/dev/null
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
. bench/postgres.sh bench
server=""
stop_server() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; server=""; fi; }
cleanup() { stop_server; stop_postgres; }
trap cleanup EXIT

export DJANGO_SECRET_KEY=bench-only-key \
  DJANGO_ALLOWED_HOSTS=127.0.0.1 DJANGO_SECURE_SSL_REDIRECT=0 DJANGO_BENCH_BASELINE=1
$BIN/python manage.py migrate --noinput -v0
/usr/bin/time -f "%e" -o "$work/generate.time" $BIN/python bench/generate_scale_data.py --scale "$SCALE" | tail -1
$BIN/python manage.py collectstatic --noinput -v0

# At most 6 of wrk's 8 connections per worker: otherwise one worker now and then accepts all 8
# and the run measures one core (seen as runs at about half the usual rate, whatever the page).
start_server() {  # $1: page cache on (1) or off (0)
  DJANGO_PAGE_CACHE=$1 DJANGO_PAGE_CACHE_STAMP="$work/records-version" $BIN/gunicorn cws.wsgi --bind "127.0.0.1:$PORT" --worker-class gthread \
    --workers 2 --threads 4 --worker-connections 6 --log-level warning >"$work/server-$1.log" 2>&1 &
  server=$!
  for _ in $(seq 1 30); do curl -fs "http://127.0.0.1:$PORT/bench/baseline/" >/dev/null 2>&1 && return; sleep 1; done
}

PAGES=(
  "baseline|/bench/baseline/"
  "home|/"
  "session detail|/sessions/1200/"
  "decisions list|/decisions/"
  "decisions list, 3 filters|/decisions/?session=1200&kind=approved&q=the"
  "Tasks list|/tasks/"
  "Task detail|/tasks/1500/"
  "Standard detail|/standards/ST.1500/"
  "document page|/documents/SYN/1200/29/"
  "search|/search/?q=data+exchange"
  "API decisions list|/api/decisions/"
  "CSV export of ~1,000 decisions|/decisions/?kind=approved&format=csv"
)
measure() {  # $1 mode, $2 name, $3 path, extra wrk args after
  local mode=$1 name=$2 path=$3; shift 3
  for run in $(seq 1 "$RUNS"); do
    wrk -t2 -c8 -d"$DURATION" --latency "$@" "http://127.0.0.1:$PORT$path" > "$work/wrk.txt" 2>&1 || true
    $BIN/python bench/parse_wrk.py "$mode" "$name" "$path" "$run" < "$work/wrk.txt" >> "$work/results.jsonl"
  done
}

start_server 0
for page in "${PAGES[@]}"; do measure uncached "${page%%|*}" "${page#*|}"; done
$BIN/python bench/latency.py "http://127.0.0.1:$PORT/search/?q=data+exchange" 200 > "$work/search-latency.json"
stop_server

start_server 1
for page in "${PAGES[@]}"; do
  name=${page%%|*} path=${page#*|}
  curl -fs "http://127.0.0.1:$PORT$path" >/dev/null
  measure cached "$name" "$path"
  etag=$(curl -fsI "http://127.0.0.1:$PORT$path" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
  [ -n "$etag" ] && measure revalidated "$name" "$path" -H "If-None-Match: $etag"
done
workers=$(pgrep -P "$server" | tr '\n' ' ')
ps -o rss= -p $workers | sort -n | tail -n 1 > "$work/worker-rss.kb"
stop_server

$BIN/python manage.py shell -v0 -c "
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import F
from cws.search import matching
from sessions.models import Paragraph
q = SearchQuery('data exchange', search_type='websearch', config='english')
ranked = matching(Paragraph.objects.order_by(), q).annotate(rank=SearchRank(F('search'), q))
print(ranked.order_by('-rank', 'pk').values('pk')[:20].explain())" > "$work/explain.txt"

rm -f "$work/load.sqlite3"
DATABASE_URL="sqlite:///$work/load.sqlite3" $BIN/python manage.py migrate --noinput -v0
DATABASE_URL="sqlite:///$work/load.sqlite3" /usr/bin/time -f "%e" -o "$work/load_records.time" $BIN/python manage.py load_records >/dev/null

$BIN/python bench/report.py "$work" "$SCALE" "$DURATION" "$RUNS"
echo "Results written to bench/RESULTS.md"
