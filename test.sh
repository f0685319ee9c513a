#!/usr/bin/env bash
# The test command: builds Simonev ASN and runs every test against a real PostgreSQL (the local
# server, in databases of the tests' own) and a real Kafka broker started here for this run only.
# Extra arguments go to Maven, e.g. ./test.sh -pl programs-service -am
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
cd "$root"
source scripts/postgres.sh

kafka_port=${SIMONEV_TEST_KAFKA_PORT:-29092}
controller_port=${SIMONEV_TEST_KAFKA_CONTROLLER_PORT:-29093}
if (exec 3<>"/dev/tcp/127.0.0.1/$kafka_port") 2>/dev/null; then
  echo "Port $kafka_port is taken; set SIMONEV_TEST_KAFKA_PORT to a free one" >&2
  exit 1
fi
kafka_dir=$(mktemp -d -t simonev-test-kafka.XXXXXX)
stop_kafka() { scripts/kafka.sh stop "$kafka_dir"; rm -rf "$kafka_dir"; }
trap stop_kafka EXIT
trap 'exit 130' INT TERM HUP

ensure_postgres
for service in programs surveys performance reporting; do
  recreate_database "simonev_${service}_test"
  recreate_database "simonev_${service}_systest"
done
scripts/kafka.sh start "$kafka_dir" "$kafka_port" "$controller_port"

export SIMONEV_TEST_KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$kafka_port"
export SIMONEV_KAFKA_LIB=${SIMONEV_KAFKA_LIB:-$root/.simonev/kafka-lib}
mvn -B -ntp -Dstyle.color=never verify "$@"
