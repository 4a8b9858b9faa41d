#!/bin/sh
# Process instances per second of a document's process without OCR (start with fields -> field
# check -> bot step completed by an external-task client), on the whole application with its
# engine and job executor settings: H2 (file, as shipped) and PostgreSQL (a private database
# created on the server of GYOMU_TEST_PG_URL/USER/PASSWORD, default 127.0.0.1:5432 gyomu_test),
# starters at 1-16 threads, 300 instances per level. Writes target/bench/engine-throughput.md.
# About 5 minutes at 50 instances/s.
# Usage (from the repository root):
#   bench/engine-throughput.sh [--instances N] [--concurrency 1,2,4,8,16] [--history full|audit]
#                              [--set camunda.bpm.job-execution.max-jobs-per-acquisition=10 ...]
set -e
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench
java -cp "$cp" jp.gyomu.bench.EngineThroughput --db h2 --instances 300 --out target/bench/engine-throughput-h2.md "$@" >target/bench/engine-throughput-h2.log 2>&1
java -cp "$cp" jp.gyomu.bench.EngineThroughput --db postgres --instances 300 --out target/bench/engine-throughput-pg.md "$@" >target/bench/engine-throughput-pg.log 2>&1
{ echo "### Engine throughput, $(date -u +%F)"; echo; cat target/bench/engine-throughput-h2.md; echo; cat target/bench/engine-throughput-pg.md; } \
  | tee target/bench/engine-throughput.md
