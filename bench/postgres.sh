# Sourced by the bench scripts (as root): a throwaway PostgreSQL on 127.0.0.1:$PGPORT, its data
# and socket in a new directory $work, with a database cws owned by the role cws. Installs
# PostgreSQL if missing; exports DATABASE_URL; stop_postgres stops it (also trapped on exit).
#   . bench/postgres.sh NAME   (NAME names the directory: /tmp/cws-NAME.XXXXXX)
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -x "${pg_bin}/initdb" ] || { apt-get install -y -qq postgresql >/dev/null; pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1); }

work=$(mktemp -d "/tmp/cws-$1.XXXXXX"); chown postgres "$work"
runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" -U postgres -A trust >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -o "-p $PGPORT -k $work -c listen_addresses=127.0.0.1" -l "$work/pg.log" -w start >/dev/null
stop_postgres() { runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true; }
trap stop_postgres EXIT
runuser -u postgres -- psql -h 127.0.0.1 -p "$PGPORT" -U postgres -q -c "CREATE ROLE cws LOGIN PASSWORD 'cws'" -c "CREATE DATABASE cws OWNER cws"
export DATABASE_URL="postgres://cws:cws@127.0.0.1:$PGPORT/cws"
