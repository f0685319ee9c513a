# Sourced by the run and test commands: the local PostgreSQL server and the databases they use.
SIMONEV_DB_HOST=${SIMONEV_DB_HOST:-127.0.0.1}
SIMONEV_DB_PORT=${SIMONEV_DB_PORT:-5432}
SIMONEV_DB_USER=${SIMONEV_DB_USER:-postgres}
export SIMONEV_DB_HOST SIMONEV_DB_PORT SIMONEV_DB_USER

# Starts the machine's PostgreSQL cluster when it is installed but stopped.
ensure_postgres() {
  if pg_isready -q -h "$SIMONEV_DB_HOST" -p "$SIMONEV_DB_PORT"; then return 0; fi
  if command -v pg_ctlcluster > /dev/null && [ -d /etc/postgresql ]; then
    echo "Starting the local PostgreSQL server"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
  fi
  for _ in $(seq 60); do
    pg_isready -q -h "$SIMONEV_DB_HOST" -p "$SIMONEV_DB_PORT" && return 0
    sleep 0.5
  done
  echo "PostgreSQL does not answer on $SIMONEV_DB_HOST:$SIMONEV_DB_PORT" >&2
  return 1
}

sql() {
  PGPASSWORD=${SIMONEV_DB_PASSWORD:-} psql -X -q -v ON_ERROR_STOP=1 -h "$SIMONEV_DB_HOST" -p "$SIMONEV_DB_PORT" \
    -U "$SIMONEV_DB_USER" -d postgres "$@"
}

# A fresh, empty database (the test command's own; never one the run command uses).
recreate_database() {
  sql -c "drop database if exists $1 with (force)" -c "create database $1"
}

ensure_database() {
  if [ -z "$(sql -tA -c "select 1 from pg_database where datname = '$1'")" ]; then
    sql -c "create database $1"
  fi
}
