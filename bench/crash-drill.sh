#!/bin/sh
# Crash drill (docs/OPERATIONS.md, "Crash safety"): a fresh Gyomu on its own data folder takes a
# batch of N files from its inbox (scans, exact copies of some, text files named .png) and is
# killed with SIGKILL at each kill point and started again (H2), or has its private PostgreSQL
# server stopped and started under it while files arrive (db=postgres). Then every input file is
# reconciled: archived with one document row, HANDED_OFF with exactly one case, DUPLICATE of its
# copy, or QUARANTINED with a reason file; nothing stuck, nothing left in inbox/ or inbox-failed/.
# Prints a markdown report (also target/crash-drill/report.md); exits 1 on any discrepancy.
# Usage: bench/crash-drill.sh [n=300] [kills=pickup,0.3,0.6] [timeout-minutes=120]
#        bench/crash-drill.sh db=postgres [n=300] [restarts=fast,immediate] [outage-seconds=20]
# (from the repository root; scans are drawn once into target/load-test/scans and reused)
set -e
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
echo "before: $(uptime)"
OMP_THREAD_LIMIT=1 java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.gyomu.bench.CrashDrill "$@"
echo "after: $(uptime)"
