#!/usr/bin/env bash
# Runs a single-node Apache Kafka broker (KRaft) from the Maven Central jars listed in infra/kafka/pom.xml.
#   scripts/kafka.sh fetch                         copy the broker jars into $SIMONEV_KAFKA_LIB
#   scripts/kafka.sh start DIR PORT CONTROLLER_PORT start a broker keeping its data, log and pid in DIR
#   scripts/kafka.sh stop DIR                      stop the broker started in DIR
# The same DIR restarted keeps its topics: that is how a test takes the broker away and brings it back.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lib=${SIMONEV_KAFKA_LIB:-$root/.simonev/kafka-lib}

fetch() {
  if [ -f "$lib/.complete" ]; then return; fi
  mkdir -p "$lib"
  mvn -B -q -ntp -Dstyle.color=never -f "$root/infra/kafka/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$lib"
  touch "$lib/.complete"
}

port_taken() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

wait_for_port() {
  local port=$1 seconds=$2 pidfile=$3
  for _ in $(seq $((seconds * 10))); do
    kill -0 "$(cat "$pidfile")" 2>/dev/null || return 1
    if port_taken "$port"; then
      sleep 0.5
      kill -0 "$(cat "$pidfile")" 2>/dev/null && return 0
      return 1
    fi
    sleep 0.1
  done
  return 1
}

start() {
  local dir=$1 port=$2 controller_port=$3
  for taken in "$port" "$controller_port"; do
    if port_taken "$taken"; then
      echo "Port $taken is taken: another program (or broker) listens there; choose another port" >&2
      return 1
    fi
  done
  fetch
  mkdir -p "$dir/data"
  dir=$(cd "$dir" && pwd)
  cat > "$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller_port
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$dir/data
num.partitions=3
auto.create.topics.enable=true
log.retention.ms=-1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
  cat > "$dir/log4j.properties" <<PROPS
log4j.rootLogger=WARN, stdout
log4j.logger.kafka.server.KafkaRaftServer=INFO
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
PROPS
  cat > "$dir/log4j2.properties" <<PROPS
rootLogger.level=WARN
rootLogger.appenderRef.stdout.ref=STDOUT
appender.console.type=Console
appender.console.name=STDOUT
appender.console.layout.type=PatternLayout
appender.console.layout.pattern=[%d] %p %m (%c)%n
PROPS
  # Kafka logs through slf4j (bound to reload4j) and, in some tools, log4j2: both get a config.
  local java_opts=(-Xms128m -Xmx512m -XX:+UseSerialGC "-Dlog4j.configuration=file:$dir/log4j.properties"
    "-Dlog4j2.configurationFile=$dir/log4j2.properties")
  if [ ! -f "$dir/data/meta.properties" ]; then
    java "${java_opts[@]}" -cp "$lib/*" kafka.tools.StorageTool format \
      -t "$(java "${java_opts[@]}" -cp "$lib/*" kafka.tools.StorageTool random-uuid)" \
      -c "$dir/server.properties" > "$dir/format.log" 2>&1
  fi
  nohup java "${java_opts[@]}" -cp "$lib/*" kafka.Kafka "$dir/server.properties" >> "$dir/broker.log" 2>&1 &
  echo $! > "$dir/broker.pid"
  if ! wait_for_port "$port" 60 "$dir/broker.pid"; then
    echo "Kafka did not start on port $port; see $dir/broker.log" >&2
    tail -20 "$dir/broker.log" >&2
    return 1
  fi
}

stop() {
  local dir=$1 pid
  [ -f "$dir/broker.pid" ] || return 0
  pid=$(cat "$dir/broker.pid")
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$dir/broker.pid"
}

command=${1:?usage: kafka.sh fetch|start DIR PORT CONTROLLER_PORT|stop DIR}
shift
"$command" "$@"
