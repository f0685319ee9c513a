#!/usr/bin/env bash
# Stops what ./run.sh started: the four services and the Kafka broker. Data stays for the next run.
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
state=$root/.simonev/run
for service in reporting performance surveys programs; do
  pidfile=$state/$service.pid
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  if kill "$pid" 2>/dev/null; then
    echo "Stopping $service-service"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
done
if [ -f "$state/kafka/broker.pid" ]; then
  echo "Stopping Kafka"
  "$root/scripts/kafka.sh" stop "$state/kafka"
fi
