#!/usr/bin/env bash
# Tandem over HTTP against a raw JDBC baseline on the same database, a fixed-rate mix, and two instances behind
# HAProxy (bench/http/README.md). One command from the repository root; writes bench/results/http.md.
#   bench/http/run.sh
# Environment: PGHOST/PGUSER (127.0.0.1/postgres, trust auth), DB (bench_http, dropped and created afresh),
# DURATION (seconds per wrk run, 10; three runs per row, the median is reported), MIX_RATE (1000), MIX_SECONDS (30),
# PORT_TANDEM (8104), PORT_BASELINE (8114), PORT_TANDEM2 (8124), PORT_HAPROXY (8134), NO_HAPROXY=1 to skip that part.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
PGHOST=${PGHOST:-127.0.0.1}; PGUSER=${PGUSER:-postgres}
DB=${DB:-bench_http}
DURATION=${DURATION:-10}
MIX_RATE=${MIX_RATE:-1000}; MIX_SECONDS=${MIX_SECONDS:-30}; MIX_LOW_RATE=${MIX_LOW_RATE:-100}
P1=${PORT_TANDEM:-8104}; PB=${PORT_BASELINE:-8114}; P2=${PORT_TANDEM2:-8124}; PH=${PORT_HAPROXY:-8134}
W=target/httpbench
OUT=bench/results/http.md
APP=target/app
JAR=$APP/tandem-0.1.0-SNAPSHOT.jar
PGLOG=${PGLOG:-/var/log/postgresql/postgresql-15-main.log}
# EXTRA_JVM_FLAGS come after the production flags and win over them (e.g. EXTRA_JVM_FLAGS=-Xmx256m); the results say so.
read -r -a FLAGS <<< "$(grep -v '^#' bench/startup/jvm.flags | xargs) ${EXTRA_JVM_FLAGS:-}"
export MALLOC_ARENA_MAX=2 DEMO_PASSWORD=bench-password-2026
log() { echo "[http $(date -u +%H:%M:%S)] $*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
psqlq() { psql -h "$PGHOST" -U "$PGUSER" -v ON_ERROR_STOP=1 -qtA "$@"; }
bench() { "$JAVA" -cp "$W/classes:$APP/lib/*" Bench "$@"; }
mkdir -p "$W"
START_LOAD=$(load); START_UPTIME=$(uptime)

# ------------------------------------------------------------------ tools, jar, database
for tool in wrk haproxy; do
  command -v "$tool" > /dev/null || { log "installing $tool (Debian)"; apt-get install -y -qq "$tool" > /dev/null; }
done
[[ -f target/tandem-0.1.0-SNAPSHOT.jar ]] || { log "building the jar"; ./mvnw -o -q -B -ntp -DskipTests package; }
if [[ ! -f "$JAR" || target/tandem-0.1.0-SNAPSHOT.jar -nt "$JAR" ]]; then
  rm -rf "$APP"; "$JAVA" -Djarmode=tools -jar target/tandem-0.1.0-SNAPSHOT.jar extract --destination "$APP" > /dev/null
fi
rm -rf "$W/classes"; "$JAVA_HOME/bin/javac" -d "$W/classes" -cp "$APP/lib/*" bench/http/Bench.java bench/http/Baseline.java
log "fresh database $DB (load $(load))"
psqlq -c "drop database if exists $DB" -c "create database $DB"
# Statement log on while Tandem seeds and answers each request once (the SQL the baseline replays); off for the runs.
psqlq -c "alter database $DB set log_statement = 'all'"
export SPRING_PROFILES_ACTIVE=postgres TANDEM_DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" TANDEM_DB_USER="$PGUSER"

PIDS=()
stop_pid() {  # TERM, and KILL after 30 s (an instance that ran out of heap does not stop on TERM)
  local p=$1 i
  kill "$p" 2>/dev/null || return 0
  for ((i = 0; i < 60; i++)); do kill -0 "$p" 2>/dev/null || return 0; sleep 0.5; done
  log "pid $p did not stop on TERM within 30 s: KILL"; kill -9 "$p" 2>/dev/null || true
}
cleanup() { for p in "${PIDS[@]}"; do stop_pid "$p"; done; PIDS=(); }
trap 'cleanup; psqlq -c "alter database $DB reset log_statement" 2>/dev/null || true' EXIT
wait_up() {  # url pid logfile
  until curl -sf -o /dev/null "$1"; do
    kill -0 "$2" 2>/dev/null || { log "died: $3"; tail -20 "$3" >&2; exit 1; }
    sleep 0.5
  done
}
alive() {  # base logfile: whether the instance answers its health check within 20 s after a mix
  local ok=no; curl -sf -m 20 -o /dev/null "$1/actuator/health" && ok=yes
  echo "answers /actuator/health: $ok; OutOfMemoryError in its log: $(grep -c OutOfMemoryError "$2" || true)"
}
start_tandem() {  # port logfile extra-flags...; echoes the pid
  local port=$1 logf=$2; shift 2
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then log "port $port is taken"; exit 1; fi
  "$JAVA" "${FLAGS[@]}" $AOT "$@" -Dserver.port="$port" -jar "$JAR" > "$logf" 2>&1 &
  echo $!
}

# The documented production start (README "Run in production"): train the AOT cache when it is missing or older than
# the jar; the training start also runs the migrations on the fresh database.
AOT=""
if [[ ! -f "$APP/app.aot" || "$JAR" -nt "$APP/app.aot" ]]; then
  log "training the AOT cache (load $(load))"
  "$JAVA" "${FLAGS[@]}" -XX:AOTCacheOutput="$APP/app.aot" -Dspring.context.exit=onRefresh -Dserver.port="$P1" -jar "$JAR" > "$W/training.log" 2>&1 \
    || { log "training failed: $W/training.log"; exit 1; }
fi
AOT="-XX:AOTCache=$APP/app.aot"

# ------------------------------------------------------------------ seed through Tandem, capture its SQL
log "start Tandem with the demo seed (load $(load))"
T1=$(start_tandem "$P1" "$W/tandem-seed.log" -Dtandem.demo=true -Dtandem.demo-password="$DEMO_PASSWORD"); PIDS+=("$T1")
wait_up "http://127.0.0.1:$P1/actuator/health" "$T1" "$W/tandem-seed.log"
B1=http://127.0.0.1:$P1
bench seed "$B1" "$W/seed.properties" | tee "$W/seed.txt" >&2
declare -A S; while IFS='=' read -r k v; do [[ $k == \#* || -z $k ]] || S[$k]=$v; done < "$W/seed.properties"
SEEDED_AT=$(psqlq -d "$DB" -c "select now()")
# Writes go to one goal; a phase's thousands of writes would make the next phase's pages read thousands of rows
# (the check-in page reads every measurement of the pair's goals), so each phase starts from the seeded data again.
reset_writes() { psqlq -d "$DB" -c "delete from goal_measurement where goal_id = '${S[writeGoal]}' and recorded_at > '$SEEDED_AT'" \
  -c "update insight_pair_rollup set dirty = true where mentorship_id = '${S[mentorship]}'"; }
SESSION=$(bench login "$W/seed.properties" "$B1" "${S[mentor]}")
LEAD_SESSION=$(bench login "$W/seed.properties" "$B1" "${S[lead]}")
TODAY=$(date -u +%F)
# name → curl arguments; the same requests wrk sends below
declare -A REQ=(
  [read]="-H 'Authorization: Bearer ${S[mentorToken]}' $B1/api/v1/goals/${S[readGoal]}/measurements"
  [write]="-H 'Authorization: Bearer ${S[mentorToken]}' -H 'Content-Type: application/json' -d '{\"value\":3,\"observedOn\":\"$TODAY\"}' $B1/api/v1/goals/${S[writeGoal]}/measurements"
  [mentorships]="-H 'Authorization: Bearer ${S[leadToken]}' $B1/api/v1/mentorships"
  [insights]="-H 'Authorization: Bearer ${S[leadToken]}' $B1/api/v1/programs/${S[program]}/insights"
  [home]="-H 'Cookie: SESSION=$SESSION' $B1/"
  [checkin]="-H 'Cookie: SESSION=$SESSION' $B1/check-ins/${S[checkIn]}"
)
# Per request: statements, transactions (BEGIN…COMMIT blocks plus autocommitted statements) and writes, from the log.
SQL_ROWS=()
for name in read write mentorships insights home checkin; do
  eval "curl -s -o /dev/null ${REQ[$name]}"; eval "curl -s -o /dev/null ${REQ[$name]}"; sleep 0.5
  off=$(stat -c %s "$PGLOG")
  code=$(eval "curl -s -o /dev/null -w '%{http_code}' ${REQ[$name]}"); sleep 0.7
  # only the connection(s) that served the request: drop the scheduler's polling and the pool's empty validation
  tail -c +$((off + 1)) "$PGLOG" | grep "@$DB " | grep -v -e scheduled_tasks -e live_presence -e 'DELETE FROM SPRING_SESSION' -e 'statement: $' > "$W/sql-$name.log" || true
  counts=$(grep -v DETAIL "$W/sql-$name.log" | grep ' LOG:  ' | sed 's/^.*LOG:  \(execute [^:]*\|statement\): //' | awk '
    toupper($0) ~ /^BEGIN/ {inx = 1; fresh = 1; next}
    toupper($0) ~ /^(COMMIT|ROLLBACK)/ {inx = 0; next}
    {n++; if (!inx || fresh) tx++; fresh = 0; if (toupper($0) ~ /^(INSERT|UPDATE|DELETE)/ || toupper($0) ~ /^WITH .*(INSERT|UPDATE|DELETE) /) w++}
    END {printf "%d %d %d", n, tx, w}')
  read -r n tx wr <<< "$counts"
  SQL_ROWS+=("| $name | $code | $n | $tx | $wr |")
  log "$name: HTTP $code, $n statements, $tx transactions, $wr writes"
done
cleanup
psqlq -c "alter database $DB reset log_statement"

# ------------------------------------------------------------------ closed-loop throughput with wrk
printf 'wrk.method = "POST"\nwrk.body = %s\nwrk.headers["Content-Type"] = "application/json"\n' \
  "'{\"value\":3,\"observedOn\":\"$TODAY\"}'" > "$W/post.lua"
declare -A RPS ERR LAT URL HDR RUNS_RPS RUNS_LAT
ROWS_ORDER=()
row() { ROWS_ORDER+=("$1"); URL[$1]=$2; HDR[$1]=$3; RUNS_RPS[$1]=""; RUNS_LAT[$1]=""; ERR[$1]=0; }
one_run() {  # key: one wrk run of DURATION s, -t2 -c16
  local key=$1 out script=()
  [[ $key == *write* ]] && script=(-s "$W/post.lua")
  out=$(wrk -t2 -c16 -d"${DURATION}s" --latency "${script[@]}" -H "${HDR[$key]}" "${URL[$key]}" 2>&1)
  RUNS_RPS[$key]+="$(awk '/Requests\/sec/ {print $2}' <<< "$out") "
  RUNS_LAT[$key]+="$(awk '$1 == "50%" {p50 = $2} $1 == "99%" {p99 = $2} END {print p50 "/" p99}' <<< "$out") "
  ERR[$key]=$((ERR[$key] + $(awk '/Non-2xx/ {s += $5} /Socket errors/ {gsub(",", ""); s += $4 + $6 + $8 + $10} END {print s + 0}' <<< "$out")))
}
# Three rounds, each running every row once, so a slow spell of the shared machine or the JIT's warm-up does not
# land on one row only; a cell is the median of its three runs.
rounds() {  # keys...
  local r k
  for r in 1 2 3; do
    # a write row leaves thousands of measurements on the pair's goal, which the check-in page then reads: the rows
    # after it measure the seeded data again (the first runs of 16:27 measured a page reading ~20,000 measurements)
    for k in "$@"; do one_run "$k"; if [[ $k == *write* ]]; then reset_writes; fi; done
    log "round $r done (load $(load))"
  done
  for k in "$@"; do
    RPS[$k]=$(tr ' ' '\n' <<< "${RUNS_RPS[$k]}" | grep . | sort -n | sed -n 2p)
    LAT[$k]=$(awk '{print $2}' <<< "${RUNS_LAT[$k]}" | sed 's|/| / |')
    log "$k: ${RUNS_RPS[$k]}req/s (median ${RPS[$k]}), p50/p99 ${RUNS_LAT[$k]}, errors ${ERR[$k]}"
  done
}
warm() {  # seconds keys...: every row for that long, not measured
  local sec=$1 k script; shift
  for k in "$@"; do script=(); [[ $k == *write* ]] && script=(-s "$W/post.lua")
    wrk -t2 -c8 -d"${sec}s" "${script[@]}" -H "${HDR[$k]}" "${URL[$k]}" > /dev/null; if [[ $k == *write* ]]; then reset_writes; fi; done
}

log "start Tandem for the runs (load $(load))"
T1=$(start_tandem "$P1" "$W/tandem-1.log"); PIDS+=("$T1")
wait_up "$B1/actuator/health" "$T1" "$W/tandem-1.log"
SESSION=$(bench login "$W/seed.properties" "$B1" "${S[mentor]}")
TLOAD_START=$(load)
row tandem-read "$B1/api/v1/goals/${S[readGoal]}/measurements" "Authorization: Bearer ${S[mentorToken]}"
row tandem-write "$B1/api/v1/goals/${S[writeGoal]}/measurements" "Authorization: Bearer ${S[mentorToken]}"
row tandem-mentorships "$B1/api/v1/mentorships" "Authorization: Bearer ${S[leadToken]}"
row tandem-insights "$B1/api/v1/programs/${S[program]}/insights" "Authorization: Bearer ${S[leadToken]}"
row tandem-home "$B1/" "Cookie: SESSION=$SESSION"
row tandem-checkin "$B1/check-ins/${S[checkIn]}" "Cookie: SESSION=$SESSION"
TANDEM_ROWS=(tandem-read tandem-write tandem-mentorships tandem-insights tandem-home tandem-checkin)
log "warm-up, ${WARM:-10} s a request (load $(load))"
warm "${WARM:-10}" "${TANDEM_ROWS[@]}"
rounds "${TANDEM_ROWS[@]}"
WRITES_TANDEM=$(psqlq -d "$DB" -c "select count(*) from goal_measurement where goal_id = '${S[writeGoal]}' and recorded_at > '$SEEDED_AT'")
reset_writes
RSS1=$(awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$T1/status")

log "fixed-rate mix, $MIX_RATE/s for $MIX_SECONDS s, one instance (load $(load))"
LOW_LOAD1=$(load)
bench mix "$W/seed.properties" "$MIX_LOW_RATE" "$MIX_SECONDS" "$B1" | tee "$W/mix-1-low.txt" >&2 || true
LOW_LOAD1="$LOW_LOAD1 → $(load)"
echo "after the mix: $(alive "$B1" "$W/tandem-1.log")" | tee -a "$W/mix-1-low.txt" >&2
reset_writes

# ------------------------------------------------------------------ two instances behind HAProxy
HAPROXY_DONE=""
if [[ -z "${NO_HAPROXY:-}" ]]; then
  log "second Tandem on $P2 and HAProxy on $PH (load $(load))"
  T2=$(start_tandem "$P2" "$W/tandem-2.log"); PIDS+=("$T2")
  wait_up "http://127.0.0.1:$P2/actuator/health" "$T2" "$W/tandem-2.log"
  cat > "$W/haproxy.cfg" <<EOF
global
  maxconn 4096
defaults
  mode http
  timeout connect 5s
  timeout client 30s
  timeout server 30s
  option http-keep-alive
frontend tandem
  bind 127.0.0.1:$PH
  default_backend instances
backend instances
  balance roundrobin
  option httpchk GET /actuator/health
  # at most 32 requests at a time on each instance; HAProxy queues the rest (up to 10 s) instead of flooding them
  timeout queue 10s
  server one 127.0.0.1:$P1 check maxconn 32
  server two 127.0.0.1:$P2 check maxconn 32
EOF
  haproxy -f "$W/haproxy.cfg" -db > "$W/haproxy.log" 2>&1 & HP=$!; PIDS+=("$HP")
  BH=http://127.0.0.1:$PH
  until curl -sf -o /dev/null "$BH/actuator/health"; do sleep 0.5; done
  bench session "$W/seed.properties" "$B1" "http://127.0.0.1:$P2" 2>&1 | tee "$W/session.txt" >&2 || true
  # through HAProxy: one session, 20 page views in turn on both instances
  HS=$(bench login "$W/seed.properties" "$BH" "${S[mentor]}" || echo none)
  HA_PAGES=$(for i in $(seq 20); do curl -s -o /dev/null -w '%{http_code}\n' -H "Cookie: SESSION=$HS" "$BH/check-ins/${S[checkIn]}"; done | sort | uniq -c | awk '{printf "%s×%s ", $2, $1}')
  echo "through HAProxy, one session, 20 check-in page views alternating between the instances: $HA_PAGES" | tee -a "$W/session.txt" >&2
  LOW_LOAD2=$(load)
  bench mix "$W/seed.properties" "$MIX_LOW_RATE" "$MIX_SECONDS" "$BH" | tee "$W/mix-2-low.txt" >&2 || true
  LOW_LOAD2="$LOW_LOAD2 → $(load)"
  reset_writes
  MIX_LOAD2=$(load)
  bench mix "$W/seed.properties" "$MIX_RATE" "$MIX_SECONDS" "$BH" | tee "$W/mix-2.txt" >&2 || true
  MIX_LOAD2="$MIX_LOAD2 → $(load)"
  ALIVE2="instance one: $(alive "$B1" "$W/tandem-1.log"); instance two: $(alive "http://127.0.0.1:$P2" "$W/tandem-2.log")"
  echo "after the mix: $ALIVE2" | tee -a "$W/mix-2.txt" >&2
  HAPROXY_DONE=1
fi
cleanup

# The full-rate mix on one fresh instance last: an overload can leave an instance unable to serve (see the results).
log "fixed-rate mix, $MIX_RATE/s for $MIX_SECONDS s, one fresh instance (load $(load))"
T1=$(start_tandem "$P1" "$W/tandem-3.log"); PIDS+=("$T1")
wait_up "$B1/actuator/health" "$T1" "$W/tandem-3.log"
reset_writes
warm "${WARM:-10}" tandem-read tandem-mentorships
MIX_LOAD1=$(load)
bench mix "$W/seed.properties" "$MIX_RATE" "$MIX_SECONDS" "$B1" | tee "$W/mix-1.txt" >&2 || true
MIX_LOAD1="$MIX_LOAD1 → $(load)"
ALIVE1=$(alive "$B1" "$W/tandem-3.log")
echo "after the mix: $ALIVE1" | tee -a "$W/mix-1.txt" >&2
TLOAD_END=$(load)
cleanup

# ------------------------------------------------------------------ the raw baseline, same database, same requests
log "raw baseline on $PB (load $(load))"
"$JAVA" -cp "$W/classes:$APP/lib/*" Baseline "$PB" "$TANDEM_DB_URL" "$PGUSER" "$W" "$W/seed.properties" > "$W/baseline.log" 2>&1 & BP=$!; PIDS+=("$BP")
until curl -s -o /dev/null "http://127.0.0.1:$PB/"; do kill -0 "$BP" || { cat "$W/baseline.log"; exit 1; }; sleep 0.5; done
BB=http://127.0.0.1:$PB
BLOAD_START=$(load)
for v in exact min; do
  for n in read mentorships insights; do
    tok=${S[leadToken]}; [[ $n == read ]] && tok=${S[mentorToken]}
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $tok" "$BB/$v/$n")
    [[ $code == 200 ]] || { log "baseline $v/$n answered $code"; cat "$W/baseline.log"; exit 1; }
  done
  row "$v-read" "$BB/$v/read" "Authorization: Bearer ${S[mentorToken]}"
  row "$v-write" "$BB/$v/write" "Authorization: Bearer ${S[mentorToken]}"
  row "$v-mentorships" "$BB/$v/mentorships" "Authorization: Bearer ${S[leadToken]}"
  row "$v-insights" "$BB/$v/insights" "Authorization: Bearer ${S[leadToken]}"
done
BASE_ROWS=(exact-read exact-write exact-mentorships exact-insights min-read min-write min-mentorships min-insights)
warm "${WARM:-10}" "${BASE_ROWS[@]}"
rounds "${BASE_ROWS[@]}"
BLOAD_END=$(load)
cleanup

# ------------------------------------------------------------------ bench/results/http.md
pct() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.0f %%", 100 * a / b; else print "–"}'; }
cell() { local k=$1; [[ -n "${RPS[$k]:-}" ]] && echo "${RPS[$k]} (${LAT[$k]} ms$( [[ ${ERR[$k]} != 0 ]] && echo ", ${ERR[$k]} errors"))" || echo "–"; }
{
  echo "# HTTP throughput, the raw baseline, the fixed-rate mix and HAProxy (bench/http/run.sh)"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), PostgreSQL"
  echo "$(psqlq -c 'show server_version') on the same machine, database \`$DB\` (created afresh, Tandem's demo seed plus"
  echo "the benchmark's tokens and measurements, see below). **The machine was shared with other engineers' builds and"
  echo "tests**: load average at the start \`$START_LOAD\` (1/5/15 min), during Tandem's runs \`$TLOAD_START\` → \`$TLOAD_END\`,"
  echo "during the baseline's \`$BLOAD_START\` → \`$BLOAD_END\`. Two cores at a load of 10 give each process a fraction of a"
  echo "core: the figures are what was measured, not adjusted, and the ratio between columns measured minutes apart"
  echo "carries the load's swings too."
  echo
  echo "Tandem ran with the production command (README \"Run in production\": extracted jar, AOT cache, \`bench/startup/jvm.flags\`,"
  [[ -n "${EXTRA_JVM_FLAGS:-}" ]] && echo "**Not the production flags as they stand: \`$EXTRA_JVM_FLAGS\` was added after them** (see the notes)."
  echo "\`MALLOC_ARENA_MAX=2\`, profile \`postgres\`). wrk \`-t2 -c16\`, ${DURATION} s a run, three rounds over all rows (so a slow spell hits"
  echo "every row), after ${WARM:-10} s of warm-up a row: the median requests/s, with p50 / p99 of round 2 in brackets. Errors are non-2xx answers and socket errors over the three runs."
  echo
  echo "## Goals of issue 17 (checked by the script)"
  echo
  verdict() { if [[ $1 == yes ]]; then echo "met"; else echo "**NOT met**"; fi; }
  ge() { awk -v a="$1" -v b="$2" 'BEGIN {print (b > 0 && a >= b) ? "yes" : "no"}'; }
  rd=${RPS[tandem-read]:-0}; mn=${RPS[min-read]:-0}
  read -r _ _ _ mix_n _ mix_p50 _ mix_p99 _ mix_max _ mix_err _ <<< "$(grep '^| \*\*all' "$W/mix-1.txt" | tr -d '*' || true)" || true
  echo "| goal | figure | |"
  echo "|---|---|---|"
  echo "| token read: no write, ≤ 2 transactions | $(awk '$2 == "read" {print $8 " transactions, " $10 " writes"}' <<< "$(printf '%s\n' "${SQL_ROWS[@]}")") | $(verdict "$(awk '$2 == "read" {print ($8 <= 2 && $10 == 0) ? "yes" : "no"}' <<< "$(printf '%s\n' "${SQL_ROWS[@]}")")") |"
  echo "| token read ≥ 50 % of the minimal raw JDBC server | $(pct "$rd" "$mn") ($rd vs $mn req/s) | $(verdict "$(ge "$rd" "$(awk -v m="$mn" 'BEGIN {print m / 2}')")") |"
  echo "| read ≥ 2× the OKR tool (540 → 1,080 req/s) | $rd req/s | $(verdict "$(ge "$rd" 1080)") |"
  echo "| write ≥ 2× the OKR tool (557 → 1,114 req/s) | ${RPS[tandem-write]:-0} req/s | $(verdict "$(ge "${RPS[tandem-write]:-0}" 1114)") |"
  echo "| overview ≥ 2× the OKR tool (136 → 272 req/s; program insights) | ${RPS[tandem-insights]:-0} req/s | $(verdict "$(ge "${RPS[tandem-insights]:-0}" 272)") |"
  echo "| mix at $MIX_RATE req/s on one instance: p99 < 25 ms | p50 $mix_p50 ms, p99 $mix_p99 ms, max $mix_max ms, $mix_err errors of $mix_n | $(verdict "$(awk -v p="$mix_p99" -v e="$mix_err" 'BEGIN {print (p < 25 && e == 0) ? "yes" : "no"}')") |"
  if [[ -n "$HAPROXY_DONE" ]]; then
    echo "| two instances behind HAProxy serve the mix; sessions survive switching | $(grep '^| \*\*all' "$W/mix-2.txt" | tr -d '*|' | awk '{print "p50 " $3 " ms, p99 " $4 " ms, " $6 " errors of " $2}'); sessions: $(grep -c 'NOT' "$W/session.txt" | sed 's/^0$/all signed in/;s/^[1-9].*/some NOT signed in/') | $(verdict "$(grep -q NOT "$W/session.txt" && echo no || echo yes)") (p99: see the mix) |"
  fi
  echo
  echo "## Requests per second (closed loop)"
  echo
  echo "| request | Tandem | raw JDBC, Tandem's exact SQL | raw JDBC, only what the answer needs | Tandem / exact | Tandem / minimal | OKR tool | Tandem / OKR tool |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  echo "| read a goal's 12 measurements (token) | $(cell tandem-read) | $(cell exact-read) | $(cell min-read) | $(pct "${RPS[tandem-read]:-0}" "${RPS[exact-read]:-0}") | $(pct "${RPS[tandem-read]:-0}" "${RPS[min-read]:-0}") | 540 | $(awk -v a="${RPS[tandem-read]:-0}" 'BEGIN {printf "%.2f×", a / 540}') |"
  echo "| write one measurement (token) | $(cell tandem-write) | $(cell exact-write) | $(cell min-write) | $(pct "${RPS[tandem-write]:-0}" "${RPS[exact-write]:-0}") | $(pct "${RPS[tandem-write]:-0}" "${RPS[min-write]:-0}") | 557 | $(awk -v a="${RPS[tandem-write]:-0}" 'BEGIN {printf "%.2f×", a / 557}') |"
  echo "| a lead's mentorships (token) | $(cell tandem-mentorships) | $(cell exact-mentorships) | $(cell min-mentorships) | $(pct "${RPS[tandem-mentorships]:-0}" "${RPS[exact-mentorships]:-0}") | $(pct "${RPS[tandem-mentorships]:-0}" "${RPS[min-mentorships]:-0}") | – | – |"
  echo "| program insights (token) | $(cell tandem-insights) | $(cell exact-insights) | $(cell min-insights) | $(pct "${RPS[tandem-insights]:-0}" "${RPS[exact-insights]:-0}") | $(pct "${RPS[tandem-insights]:-0}" "${RPS[min-insights]:-0}") | 136 (overview) | $(awk -v a="${RPS[tandem-insights]:-0}" 'BEGIN {printf "%.2f×", a / 136}') |"
  echo "| home page (signed-in session) | $(cell tandem-home) | – | – | | | | |"
  echo "| check-in page (signed-in session) | $(cell tandem-checkin) | – | – | | | | |"
  echo
  echo "Tandem's RSS after these runs: ${RSS1} MiB."
  echo
  echo "## SQL per request (PostgreSQL's statement log, one request each after two warm-ups)"
  echo
  echo "Transactions count a BEGIN…COMMIT block once and every autocommitted statement once (PostgreSQL runs each in"
  echo "its own transaction). The baseline's \`exact\` column replays exactly these statements (\`$W/sql-<name>.log\`)."
  echo
  echo "| request | HTTP | statements | transactions | writes |"
  echo "|---|---|---:|---:|---:|"
  printf '%s\n' "${SQL_ROWS[@]}"
  echo
  echo "## Fixed-rate mix, one instance (open model: $MIX_RATE requests/s for $MIX_SECONDS s; load $MIX_LOAD1)"
  echo
  echo "Latency from each request's intended send time (no coordinated omission)."
  echo
  echo '```'; cat "$W/mix-1.txt"; echo '```'
  echo
  echo "The same mix at $MIX_LOW_RATE requests/s (load $LOW_LOAD1), to show the latency at a rate this machine carries:"
  echo
  echo '```'; cat "$W/mix-1-low.txt"; echo '```'
  if [[ -n "$HAPROXY_DONE" ]]; then
    echo
    echo "## Two instances behind HAProxy ($(haproxy -v | head -1 | cut -d' ' -f1-3), round robin, one PostgreSQL; load $MIX_LOAD2)"
    echo
    echo '```'; cat "$W/session.txt"; echo; cat "$W/mix-2.txt"; echo '```'
    echo
    echo "At $MIX_LOW_RATE requests/s through HAProxy (load $LOW_LOAD2):"
    echo
    echo '```'; cat "$W/mix-2-low.txt"; echo '```'
  fi
  echo
  echo "Seed: $(cat "$W/seed.txt")"
  echo
  echo "\`uptime\` at the start: \`$START_UPTIME\`; at the end: \`$(uptime)\`."
  # the hand-written notes of the last run stay (everything from the notes marker on)
  if [[ -f "$OUT" ]] && grep -q '^<!-- notes' "$OUT"; then echo; sed -n '/^<!-- notes/,$p' "$OUT"; fi
} > "$OUT.tmp"
mv "$OUT.tmp" "$OUT"
log "wrote $OUT (load $(load))"
