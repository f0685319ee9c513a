#!/usr/bin/env bash
# The run command: starts Simonev ASN on this machine with no Docker (the local PostgreSQL,
# a Kafka broker from Maven Central, the four services, built if needed), loads the demo data
# once, and prints the URLs and a token per role. ./stop.sh stops everything it started.
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
cd "$root"
source scripts/postgres.sh

state=$root/.simonev/run
keys=$root/.simonev/keys
services=(programs surveys performance reporting)
declare -A ports=([programs]=${SIMONEV_PROGRAMS_PORT:-8081} [surveys]=${SIMONEV_SURVEYS_PORT:-8082}
                  [performance]=${SIMONEV_PERFORMANCE_PORT:-8083} [reporting]=${SIMONEV_REPORTING_PORT:-8084})
kafka_port=${SIMONEV_KAFKA_PORT:-9092}
kafka_controller_port=${SIMONEV_KAFKA_CONTROLLER_PORT:-9093}
mkdir -p "$state/logs"

running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

ensure_postgres
for service in "${services[@]}"; do ensure_database "simonev_$service"; done

if [ ! -f "$keys/private.pem" ]; then
  echo "Making the development key pair in $keys (never committed)"
  mkdir -p "$keys"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$keys/private.pem" 2>/dev/null
  openssl rsa -in "$keys/private.pem" -pubout -out "$keys/public.pem" 2>/dev/null
  chmod 600 "$keys/private.pem"
  chmod 644 "$keys/public.pem"
fi

needs_build=false
for service in "${services[@]}"; do
  jar=$service-service/target/quarkus-app/quarkus-run.jar
  if [ ! -f "$jar" ] || [ -n "$(find platform outbox inbox "$service-service/src" "$service-service/pom.xml" pom.xml \
      -newer "$jar" -type f -print -quit)" ]; then
    needs_build=true
  fi
done
if $needs_build; then
  echo "Building the services (mvn package; log in $state/logs/build.log)"
  if ! mvn -B -ntp -Dstyle.color=never package -DskipTests > "$state/logs/build.log" 2>&1; then
    tail -40 "$state/logs/build.log" >&2
    exit 1
  fi
fi

if ! running "$state/kafka/broker.pid"; then
  echo "Starting Kafka on 127.0.0.1:$kafka_port"
  scripts/kafka.sh start "$state/kafka" "$kafka_port" "$kafka_controller_port"
fi

export KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$kafka_port
export SIMONEV_JWT_PUBLIC_KEY_LOCATION=$keys/public.pem
for service in "${services[@]}"; do
  if running "$state/$service.pid"; then continue; fi
  echo "Starting $service-service on port ${ports[$service]}"
  port_variable="SIMONEV_$(echo "$service" | tr '[:lower:]' '[:upper:]')_PORT"
  env "$port_variable=${ports[$service]}" nohup java -Xmx256m \
    -jar "$service-service/target/quarkus-app/quarkus-run.jar" > "$state/logs/$service.log" 2>&1 &
  echo $! > "$state/$service.pid"
done

# Up to 5 minutes each: a first start on a busy 2-core machine can take well over one.
ready_checks=600
for service in "${services[@]}"; do
  for attempt in $(seq $ready_checks); do
    if curl -fs "http://127.0.0.1:${ports[$service]}/q/health/ready" > /dev/null; then break; fi
    if ! running "$state/$service.pid" || [ "$attempt" -eq $ready_checks ]; then
      echo "$service-service did not become ready; its log: $state/logs/$service.log" >&2
      tail -30 "$state/logs/$service.log" >&2
      exit 1
    fi
    sleep 0.5
  done
done

SIMONEV_ADMIN_TOKEN=$(scripts/token.sh admin) scripts/demo-data.sh

cat <<INFO

Simonev ASN is running.
  programs-service     http://127.0.0.1:${ports[programs]}/q/swagger-ui
  surveys-service      http://127.0.0.1:${ports[surveys]}/q/swagger-ui
  performance-service  http://127.0.0.1:${ports[performance]}/q/swagger-ui
  reporting-service    http://127.0.0.1:${ports[reporting]}/q/swagger-ui
  e.g. curl -H "Authorization: Bearer \$TOKEN" http://127.0.0.1:${ports[reporting]}/api/v1/reports/regions/73.71/summary
  Kafka 127.0.0.1:$kafka_port; logs in $state/logs

Tokens (valid 7 days; scripts/token.sh ROLE [REGION...] makes more):
  admin:                     $(scripts/token.sh admin)
  operator (73.71 Makassar): $(scripts/token.sh operator 73.71)
  analyst (all regions):     $(scripts/token.sh analyst '*')

Stop everything with ./stop.sh
INFO
