#!/usr/bin/env bash
# Generates the insight benchmark data on PostgreSQL (database tandem_bench) and measures the dashboard and the
# scorecard. Usage from the repository root:  bench/insight/run.sh            (generate + measure)
#                                             bench/insight/run.sh --measure  (measure the data already there)
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
DB=${TANDEM_BENCH_DB:-tandem_bench}
PSQL="psql -q -h 127.0.0.1 -U postgres -d $DB -v ON_ERROR_STOP=1"

if [[ "${1:-}" != "--measure" ]]; then
  $PSQL -c 'drop schema public cascade; create schema public;' 2>/dev/null
  for f in $(ls src/main/resources/db/migration/V*.sql | sort -V); do $PSQL -f "$f" > /dev/null; done
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
  start=$(date +%s.%N)
  $PSQL -f bench/insight/generate.sql > /dev/null
  $PSQL -c 'analyze' > /dev/null
  end=$(date +%s.%N)
  printf 'generated 10,000 mentorships and 1,000,000 check-ins in %.1f s\n' "$(echo "$end - $start" | bc)"
fi

./mvnw -q -B -ntp test-compile
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt > /dev/null
rm -rf target/bench-classes && mkdir -p target/bench-classes
cp -r target/classes target/test-classes target/bench-classes/
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
TANDEM_BENCH_BASELINE=$(ls src/main/resources/db/migration/V*.sql | sed 's/.*\/V\([0-9]*\)__.*/\1/' | sort -n | tail -1) \
  "$JAVA_HOME/bin/java" -Xmx1g -cp "target/bench-classes/test-classes:target/bench-classes/classes:$(cat target/bench-classpath.txt)" \
  org.tandem.insight.InsightBench
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
