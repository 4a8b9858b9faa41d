#!/bin/sh
# Cluster drill (docs/OPERATIONS.md, "More than one node"): a private PostgreSQL server, two Gyomu
# nodes (the built jar, started twice on loopback ports with distinct node names) sharing one data
# folder and inbox; N files into the inbox plus uploads to both nodes; node-a is killed with
# SIGKILL while it reads, the time until node-b took its documents is measured, node-a is started
# again; then every input is reconciled as bench/crash-drill.sh does, and no engine job may have
# run twice. The reference bot runs on both nodes: every bot task must be one ledger row; then
# every review escalation timer and the nightly reconciliation timer are made due at once and
# must each fire once (one follow-up task per review, one reconciliation case and ledger row). Markdown on stdout and in target/bench/cluster-drill.md; exits 1 on any discrepancy.
# Usage: bench/cluster-drill.sh [n=300] [uploads=n/10] [kill-at=0.3] [lease-seconds=30]
#        [sweep-seconds=15] [workers=0 (one per core)] [ocr-workers=0 (external ./gyomu worker
#        processes; with any, the nodes queue pages and one worker is killed with node-a)]
#        [timeout-minutes=60]
# (from the repository root; scans are drawn once into target/load-test/scans and reused)
set -e
./mvnw -q -DskipTests package
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
jar=$(ls target/gyomu-*.jar | grep -v original | head -1)
echo "before: $(uptime)"
OMP_THREAD_LIMIT=1 java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.gyomu.bench.ClusterDrill jar="$jar" "$@"
echo "after: $(uptime)"
