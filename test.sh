#!/usr/bin/env bash
# The test command: builds Simonev ASN and runs every test against a real PostgreSQL (the local
# server, in databases of the tests' own) and a real Kafka broker started here for this run only.
# Extra arguments go to Maven, e.g. ./test.sh -pl programs-service -am
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
cd "$root"
source scripts/postgres.sh

kafka_port=${SIMONEV_TEST_KAFKA_PORT:-29092}
# A second checkout on the same machine sets another suffix (and Kafka ports) to run beside this one.
export SIMONEV_TEST_DB_SUFFIX=${SIMONEV_TEST_DB_SUFFIX:-}
controller_port=${SIMONEV_TEST_KAFKA_CONTROLLER_PORT:-29093}
# Every broker of this run keeps its data and pid under one directory: the one started here and
# those a test starts for itself. Whatever ends the run, they are stopped and the directory removed.
export SIMONEV_TEST_RUN_DIR
SIMONEV_TEST_RUN_DIR=$(mktemp -d -t simonev-test-run.XXXXXX)
maven_pid=
clean_up() {
  local status=$?
  if [ -n "$maven_pid" ]; then kill "$maven_pid" 2> /dev/null || true; fi
  for pidfile in $(find "$SIMONEV_TEST_RUN_DIR" -name broker.pid); do
    scripts/kafka.sh stop "$(dirname "$pidfile")" || true
  done
  rm -rf "$SIMONEV_TEST_RUN_DIR"
  exit "$status"
}
trap clean_up EXIT
trap 'exit 130' INT TERM HUP

# The OpenAPI linter that every service's OperationsTests runs on its document: Redocly CLI, pinned,
# from the npm registry into .simonev/ (one package, a few seconds). No npm or no network fails here.
openapi_linter_version=2.77.0
ensure_openapi_linter() {
  local dir="$root/.simonev/openapi-lint"
  if [ "$(cat "$dir/installed" 2> /dev/null)" = "$openapi_linter_version" ]; then return; fi
  if ! command -v npm > /dev/null || ! command -v node > /dev/null; then
    echo "test.sh: node (20.19+ or 22.12+) and npm are needed for the OpenAPI linter" >&2
    exit 1
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  echo '{"private": true}' > "$dir/package.json"
  npm install --prefix "$dir" --no-audit --no-fund --loglevel=error "@redocly/cli@$openapi_linter_version"
  echo "$openapi_linter_version" > "$dir/installed"
}

# The browser that page tests drive through Selenium: Debian's headless Chromium and its ChromeDriver,
# installed when missing (the package lists are refreshed only if the install fails first).
install_browser() {
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver
}
ensure_browser() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return; fi
  echo "Installing Chromium and ChromeDriver for the page tests"
  if ! install_browser && ! { apt-get update && install_browser; }; then
    echo "test.sh: the page tests need Debian's chromium and chromium-driver packages" \
      "(/usr/bin/chromium, /usr/bin/chromedriver), and apt-get could not install them" >&2
    exit 1
  fi
}

ensure_openapi_linter
ensure_browser
ensure_postgres
for service in programs surveys performance reporting; do
  recreate_database "simonev_${service}_test${SIMONEV_TEST_DB_SUFFIX}"
  recreate_database "simonev_${service}_systest${SIMONEV_TEST_DB_SUFFIX}"
done
# The shared modules' own tests.
for module in platform outbox inbox; do
  recreate_database "simonev_${module}_test${SIMONEV_TEST_DB_SUFFIX}"
done
scripts/kafka.sh start "$SIMONEV_TEST_RUN_DIR/kafka" "$kafka_port" "$controller_port"

export SIMONEV_TEST_KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$kafka_port"
export SIMONEV_KAFKA_LIB=${SIMONEV_KAFKA_LIB:-$root/.simonev/kafka-lib}
# In the background, so that a signal to this script is handled at once and stops Maven too.
mvn -B -ntp -Dstyle.color=never verify "$@" &
maven_pid=$!
wait "$maven_pid"
