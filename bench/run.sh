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

START=$(date +%s%N)
java -jar "$JAR" --server.port=$PORT --cselocal.jobs.stage-duration=0s --logging.level.root=WARN &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
until curl -sf -o /dev/null -H 'X-Auth-Token: t' "$ENGINE"; do sleep 0.05; done
END=$(date +%s%N)
echo "start-up to the first ShowEngine answer: $(( (END - START) / 1000000 )) ms (JVM start included)"

JOB=$(curl -s -X PUT "$ENGINE/upgrade" -H 'X-Auth-Token: t' -d '{"version":"2.4.0"}' | sed 's/.*"jobId":\([0-9]*\).*/\1/')
java bench/Load.java "$ENGINE" GET - "$CLIENTS" "$SECONDS_PER_RUN"
java bench/Load.java "$ENGINE/jobs/$JOB" GET - "$CLIENTS" "$SECONDS_PER_RUN"
java bench/Load.java "$API/engines?limit=20" GET - "$CLIENTS" "$SECONDS_PER_RUN"
java bench/Load.java "$ENGINE/upgrade" PUT '{"version":"2.4.0"}' "$CLIENTS" "$SECONDS_PER_RUN" 400
echo "resident memory after the runs: $(( $(awk '/VmRSS/ {print $2}' /proc/$PID/status) / 1024 )) MB"
