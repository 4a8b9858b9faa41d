#!/bin/sh
# OCR workers on this machine: pages per minute of one node (H2) alone without the page queue,
# alone through the queue (its own readers), and with 1 and then 2 external worker processes alone
# (`java -jar gyomu.jar worker`, one thread each; the node reads nothing itself): the per-worker
# figure. With taskset (default when present and 2+ cores) the workers-only rows pin the node to
# the last core and worker i to core i-1, so one worker never shares a core with the node or
# another worker. Also CPU seconds (user+sys) per page of the node and of the workers. Unattended;
# Markdown on stdout and in target/bench/ocr-workers.md; scans drawn once into
# target/bench/ocr-workers-scans. About 5 minutes on a quiet 2-core machine.
# Each node first reads warm-up documents that are not reported (JIT, Tesseract's models).
# Usage: bench/ocr-workers.sh [documents=32] [warm-up=6] [taskset=auto|true|false]
#        (documents per row; 4 rows)
set -e
cd "$(dirname "$0")/.."
jar=$(ls target/gyomu-*.jar 2>/dev/null | head -1)
if [ -z "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -print | head -1)" ]; then
  echo "Building the jar" >&2
  ./mvnw -q -DskipTests package
  jar=$(ls target/gyomu-*.jar | head -1)
fi
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
OMP_THREAD_LIMIT=1 java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.gyomu.bench.OcrWorkersBenchmark jar="$jar" "$@"
