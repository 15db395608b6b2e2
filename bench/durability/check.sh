#!/usr/bin/env bash
# The durability check (bench/durability/README.md, decision 0096): acknowledged writes survive kill -9, the app
# rides out a PostgreSQL restart, and two instances with one killed mid-sweep send each mail at most once.
# Runs the built jar (./mvnw package or verify first) on a fresh database of the given PostgreSQL cluster.
#   bench/durability/check.sh [--pg-version=15] [--pg-cluster=main] [--pg-port=5432] [--db=resil_durability]
#                             [--port-a=8105] [--port-b=8115] [--smtp-port=8125] [--jar=target/tandem-….jar]
# CAUTION: it stops and starts that cluster; on a shared machine point it at a cluster of your own.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${JAVA_HOME:-}" ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi

pg_version=$(ls /etc/postgresql | head -n1); pg_cluster=main; pg_port=5432; db=resil_durability
jar=$(ls target/tandem-*.jar 2>/dev/null | grep -v -e sources -e original | head -n1 || true)
for arg in "$@"; do
  case "$arg" in
    --pg-version=*) pg_version=${arg#*=} ;; --pg-cluster=*) pg_cluster=${arg#*=} ;; --pg-port=*) pg_port=${arg#*=} ;;
    --db=*) db=${arg#*=} ;; --jar=*) jar=${arg#*=} ;;
  esac
done
if [ -z "$jar" ] || [ ! -f "$jar" ]; then echo "No built jar in target/: run ./mvnw package first" >&2; exit 2; fi

psql_admin() { if [ "$(id -u)" = 0 ]; then su postgres -c "psql -p $pg_port -q -v ON_ERROR_STOP=1 $*"; else psql -h 127.0.0.1 -p "$pg_port" -U postgres -q -v ON_ERROR_STOP=1 "$@"; fi; }
psql_admin "-c 'drop database if exists $db' -c 'create database $db'"

# The test class path (GreenMail, the PostgreSQL driver), resolved offline from the local repository.
if [ ! -s target/durability-classpath.txt ] || [ pom.xml -nt target/durability-classpath.txt ]; then
  ./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/durability-classpath.txt > /dev/null
fi
"$JAVA_HOME/bin/java" -cp "$(cat target/durability-classpath.txt)" bench/durability/DurabilityCheck.java \
  --jar="$jar" --pg-version="$pg_version" --pg-cluster="$pg_cluster" --pg-port="$pg_port" --db="$db" "$@"
