#!/usr/bin/env bash
# Measures cse-local the way its users feel it: start-up to the first answered API call, then throughput and
# latency of the calls a test suite makes most (reads of an engine and its job, a refused upgrade, a list).
# Usage: bench/run.sh [seconds-per-run] [clients]. Needs the JDK and Maven; builds the jar if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-10}
CLIENTS=${2:-8}
PORT=18180
JAR=$(ls target/cse-local-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$JAR" ] || { mvn -B -q package -DskipTests; JAR=$(ls target/cse-local-*.jar | head -1); }

API=http://127.0.0.1:$PORT/v2/0123456789abcdef0123456789abcdef/enginemgr
ENGINE=$API/engines/891bf21a-4024-4f47-b38c-bd259ca8f10a

# Start-up: java -jar, then the extracted jar with a class-data-sharing archive (what the Docker image runs).
PID=""
stop() { [ -z "$PID" ] || { kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; PID=""; }; }
trap 'stop; rm -rf "${CDS:-}"' EXIT
first_answer() {  # label command...: launches cse-local, prints the time to its first answered ShowEngine
  local label=$1 start end
  shift
  start=$(date +%s%N)
  "$@" --server.port=$PORT --cselocal.jobs.stage-duration=0s --logging.level.root=WARN >/dev/null 2>&1 &
  PID=$!
  until curl -sf -o /dev/null -H 'X-Auth-Token: t' "$ENGINE"; do sleep 0.02; done
  end=$(date +%s%N)
  echo "start-up to the first ShowEngine answer, $label: $(( (end - start) / 1000000 )) ms"
}
first_answer "java -jar" java -jar "$JAR"
stop
CDS=$(mktemp -d)
java -Djarmode=tools -jar "$JAR" extract --destination "$CDS/app" >/dev/null
APP=$(ls "$CDS"/app/cse-local-*.jar)
java -XX:ArchiveClassesAtExit="$CDS/app.jsa" -Dspring.context.exit=onRefresh -jar "$APP" --logging.level.root=WARN \
  >/dev/null 2>&1
first_answer "extracted jar with a CDS archive" java -XX:SharedArchiveFile="$CDS/app.jsa" -jar "$APP"

JOB=$(curl -s -X PUT "$ENGINE/upgrade" -H 'X-Auth-Token: t' -d '{"version":"2.4.0"}' | sed 's/.*"jobId":\([0-9]*\).*/\1/')
java bench/Load.java "$ENGINE" GET - "$CLIENTS" "$SECONDS_PER_RUN"
java bench/Load.java "$ENGINE/jobs/$JOB" GET - "$CLIENTS" "$SECONDS_PER_RUN"
java bench/Load.java "$API/engines?limit=20" GET - "$CLIENTS" "$SECONDS_PER_RUN"
java bench/Load.java "$ENGINE/upgrade" PUT '{"version":"2.4.0"}' "$CLIENTS" "$SECONDS_PER_RUN" 400
echo "resident memory after the runs: $(( $(awk '/VmRSS/ {print $2}' /proc/$PID/status) / 1024 )) MB"
