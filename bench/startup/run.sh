#!/usr/bin/env bash
# Startup to healthy and memory with the documented production command (bench/startup/README.md, decision 0091).
#   bench/startup/run.sh [runs]        build, extract, train the AOT cache, start `runs` times (default 3)
# Environment: TANDEM_BENCH_DB (default tandem_perf, created if missing), PGHOST/PGUSER (127.0.0.1/postgres),
# PORT (18091), NO_BUILD=1 to reuse target/*.jar, NO_TRAIN=1 to reuse target/app and its cache, JAVA_FLAGS to try other flags, LOAD_REQUESTS (2000).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
DB=${TANDEM_BENCH_DB:-tandem_perf}
PGHOST=${PGHOST:-127.0.0.1}; PGUSER=${PGUSER:-postgres}
PORT=${PORT:-18091}
LOAD_REQUESTS=${LOAD_REQUESTS:-2000}
JAVA=${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/java
# The documented production flags (README "Run in production"); the same ones train the cache.
read -r -a FLAGS <<< "${JAVA_FLAGS:-$(cat bench/startup/jvm.flags | grep -v '^#' | xargs)}"
APP=target/app
JAR=$APP/tandem-0.1.0-SNAPSHOT.jar
OUT=bench/results/startup.md
log() { echo "[startup] $*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
ms() { date +%s%3N; }
cpu_s() { awk '{printf "%.1f", ($14 + $15) / 100}' "/proc/$1/stat"; }   # user + system CPU seconds so far
rss_mib() { awk '/VmRSS/ {r = $2} /RssAnon/ {a = $2} END {printf "%d (%d)", r/1024, a/1024}' "/proc/$1/status"; }

if [[ -z "${NO_BUILD:-}" ]]; then ./mvnw -q -B -ntp -o -DskipTests package; fi
psql -h "$PGHOST" -U "$PGUSER" -tAc "select 1 from pg_database where datname='$DB'" | grep -q 1 \
  || psql -h "$PGHOST" -U "$PGUSER" -qc "create database $DB"

export SPRING_PROFILES_ACTIVE=postgres TANDEM_DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" TANDEM_DB_USER="$PGUSER"
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
export TANDEM_ADMIN_EMAIL=bench-admin@tandem.example TANDEM_ADMIN_PASSWORD=bench-admin-password-2026

TRAIN_S="(reused)"
if [[ -z "${NO_TRAIN:-}" || ! -f "$APP/app.aot" ]]; then
log "extract the jar into $APP"
rm -rf "$APP"
"$JAVA" -Djarmode=tools -jar target/tandem-0.1.0-SNAPSHOT.jar extract --destination "$APP" > /dev/null

# Training run: the context refreshes (migrations already applied or applied now) and the JVM exits; JDK 25 writes
# the AOT cache (classes loaded and linked, method profiles) at exit.
log "train the AOT cache (load $(load))"
t0=$(ms)
"$JAVA" "${FLAGS[@]}" -XX:AOTCacheOutput="$APP/app.aot" -Dspring.context.exit=onRefresh \
  -Dserver.port="$PORT" -jar "$JAR" > target/startup-training.log 2>&1
TRAIN_S=$(( ($(ms) - t0) / 1000 ))
log "trained in ${TRAIN_S} s: $(du -h "$APP/app.aot" | cut -f1)"
fi

PID=
stop() { if [[ -n "$PID" ]]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=; fi; }
trap stop EXIT

# A short load, 8 requests at a time: signed-in pages (form login), API reads with a bearer token, the OpenAPI
# document, static files, health. Prints the status codes seen ("200×1800 304×200").
load_run() {
  local jar=target/startup-cookies.txt cfg=target/startup-load.curl base="http://127.0.0.1:$PORT" csrf token
  rm -f "$jar"
  csrf=$(curl -s -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$TANDEM_ADMIN_EMAIL" \
    --data-urlencode "password=$TANDEM_ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" "$base/login"
  token=$(curl -s -u "$TANDEM_ADMIN_EMAIL:$TANDEM_ADMIN_PASSWORD" -H 'Content-Type: application/json' \
    -d '{"name":"startup bench"}' "$base/api/v1/me/tokens" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  local pages=(/ /people /css/tandem.css /actuator/health /login)
  local api=(/api/v1/me /api/v1/people /api/v1/programs /api/v1/playbooks /api/v1/mentorships /api/v1/prompts /v3/api-docs)
  : > "$cfg"
  for ((i = 0; i < LOAD_REQUESTS; i++)); do
    ((i)) && echo next
    printf 'silent\noutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\n'
    if ((i % 2)); then printf 'url = "%s"\nheader = "Authorization: Bearer %s"\n' "$base${api[i % ${#api[@]}]}" "$token"
    else printf 'url = "%s"\ncookie = "%s"\n' "$base${pages[i % ${#pages[@]}]}" "$jar"; fi
  done >> "$cfg"
  curl -s --parallel --parallel-max 8 -K "$cfg" 2>/dev/null | sort | uniq -c | awk '{printf "%s×%s ", $2, $1}'
}

start_once() {  # $1 = extra flags; sets PID, took (ms to healthy), rss_start (MiB)
  local t0
  if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then log "port $PORT is taken: set PORT"; exit 1; fi
  t0=$(ms)
  "$JAVA" "${FLAGS[@]}" $1 -Dserver.port="$PORT" -jar "$JAR" > target/startup-run.log 2>&1 &
  PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health"; do
    kill -0 "$PID" 2>/dev/null || { log "the app died: target/startup-run.log"; tail -20 target/startup-run.log >&2; exit 1; }
    sleep 0.05
  done
  took=$(($(ms) - t0))
  rss_start=$(rss_mib "$PID"); cpu_start=$(cpu_s "$PID")
}

ROWS=()
for mode in aot plain; do
  extra=""; [[ $mode == aot ]] && extra="-XX:AOTCache=$APP/app.aot -XX:AOTMode=on"
  for ((r = 1; r <= RUNS; r++)); do
    before=$(load)
    start_once "$extra"
    started=$(grep -o 'Started TandemApplication in [0-9.]* seconds' target/startup-run.log | grep -o '[0-9.]*' | head -1 || true)
    statuses=""; rss_load="–"
    if [[ $r == 1 ]]; then statuses=$(load_run); rss_load=$(rss_mib "$PID"); fi
    stop
    log "$mode run $r: healthy after $took ms (Spring: ${started} s, CPU ${cpu_start} s), RSS $rss_start MiB, after load $rss_load MiB $statuses (load $before)"
    ROWS+=("| $mode | $r | $took | $started | $cpu_start | $rss_start | $rss_load | $statuses | $before |")
  done
done

{
  echo "# Startup and memory (bench/startup/run.sh)"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $(awk '/MemTotal/ {printf "%d GiB", $2/1048576}' /proc/meminfo),"
  echo "$("$JAVA" -version 2>&1 | head -1), PostgreSQL on the same machine, database \`$DB\`."
  echo "The machine is shared with other builds and test runs: the load average is in every row, and a figure taken"
  echo "at load 10 on 2 cores measures the neighbours as much as Tandem."
  echo
  if [[ -n "${JAVA_FLAGS:-}" ]]; then echo "JVM flags (a variant from JAVA_FLAGS, not the README's): \`${FLAGS[*]}\`, with"
  else echo "JVM flags (bench/startup/jvm.flags, the README's production command): \`${FLAGS[*]}\`, with"; fi
  echo "\`MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX\` in the environment."
  echo
  echo "AOT cache trained in ${TRAIN_S} s ($(du -h "$APP/app.aot" | cut -f1)); \`aot\` rows start with \`-XX:AOTCache\`, \`plain\` rows"
  echo "start the same extracted jar without it. Time to healthy runs from launching \`java\` to the first 200 from"
  echo "\`/actuator/health\`; RSS (and in brackets its private part, RssAnon: the rest are clean file pages such as"
  echo "the read-only part of the AOT cache, shared between instances) is read from /proc after healthy and after $LOAD_REQUESTS requests (8 in parallel:"
  echo "signed-in pages, API reads, the OpenAPI document, static files)."
  echo
  echo "| mode | run | healthy after (ms) | Spring's \"Started in\" (s) | CPU used to healthy (s) | RSS (private) at healthy (MiB) | RSS (private) after load (MiB) | statuses | load avg (1/5/15 min) |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
} > "$OUT.tmp"
if [[ -n "${APPEND:-}" && -f "$OUT" ]]; then { cat "$OUT"; echo; tail -n +3 "$OUT.tmp"; } > "$OUT.new"; mv "$OUT.new" "$OUT"; rm "$OUT.tmp"; else mv "$OUT.tmp" "$OUT"; fi
log "wrote $OUT (load now $(load))"
