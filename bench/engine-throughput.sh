#!/bin/sh
# Process instances per second of a document's process without OCR (start with fields -> field
# check -> bot step completed by an external-task client), on the whole application with its
# engine and job executor settings: H2 (file, as shipped) and PostgreSQL (a private database
# created on the server of GYOMU_TEST_PG_URL/USER/PASSWORD, default 127.0.0.1:5432 gyomu_test),
# starters at 1-16 threads, 500 instances per level after a warm-up that runs until the CPU per
# instance settles (the JIT compiles the engine slowly), then a census of the SQL one instance costs.
# Prints the knee per database and writes target/bench/engine-throughput.md. About 5 minutes on a
# quiet 2-core machine. Compare CPU per instance (JVM, PostgreSQL backends) on a shared machine:
# wall time there measures the other work.
# Usage (from the repository root):
#   bench/engine-throughput.sh [--instances N] [--concurrency 1,2,4,8,16] [--history full|audit]
#                              [--set gyomu.engine.lean-history=false ...] [--db-only postgres]
set -e
dbs="h2 postgres"
if [ "$1" = "--db-only" ]; then dbs=$2; shift 2; fi
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench
for db in $dbs; do
  rm -f target/bench/engine-throughput-$db.summary
  java -cp "$cp" jp.gyomu.bench.EngineThroughput --db $db --instances 500 \
    --out target/bench/engine-throughput-$db.md --summary target/bench/engine-throughput-$db.summary \
    "$@" >target/bench/engine-throughput-$db.log 2>&1 \
    || { echo "$db run failed, see target/bench/engine-throughput-$db.log" >&2; exit 1; }
done
{
  echo "### Engine throughput, $(date -u '+%F %H:%M') UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| database | history | knee: starters | instances/s | JVM CPU per instance | PostgreSQL CPU per instance | transactions per instance | SQL statements (round trips) per instance |"
  echo "|---|---|---|---|---|---|---|---|"
  for db in $dbs; do cat target/bench/engine-throughput-$db.summary; done
  for db in $dbs; do echo; cat target/bench/engine-throughput-$db.md; done
} | tee target/bench/engine-throughput.md
