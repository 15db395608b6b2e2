#!/usr/bin/env bash
# The live check-in under load: 1,000 open event streams on one instance, 100 changes a second (bench/live/README.md).
# H2 by default; with TANDEM_TEST_PG_URL (and TANDEM_TEST_PG_USER) set, on that PostgreSQL through LISTEN/NOTIFY.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -ntp test-compile
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt > /dev/null
rm -rf target/bench-classes && mkdir -p target/bench-classes
cp -r target/classes target/test-classes target/bench-classes/
DB=()
if [[ -n "${TANDEM_TEST_PG_URL:-}" ]]; then DB=(-Dtandem.test.db=postgres -Dtandem.test.schema=live_bench); fi
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
"$JAVA_HOME/bin/java" -Xmx1g "${DB[@]}" "$@" \
  -cp "target/bench-classes/test-classes:target/bench-classes/classes:$(cat target/bench-classpath.txt)" \
  org.tandem.live.LiveBench
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
