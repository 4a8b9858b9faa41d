#!/bin/sh
# OCR workers on this machine: pages per minute of one node (H2) alone without the page queue,
# through the queue with 0, 1 and 2 worker processes (`java -jar gyomu.jar worker`, one thread
# each) beside its own readers, and with 1 and 2 workers alone. Unattended; prints Markdown and
# writes target/bench/ocr-workers.md. Scans are drawn once into target/bench/ocr-workers-scans.
# Usage: bench/ocr-workers.sh [documents=16]   (documents per row; 6 rows)
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
