#!/bin/sh
# Renders one generated form from a TUNING seed to target/layouts/, reads it with Gyomu's OCR and
# field extraction, and prints expected against read per field (held-out seeds are refused).
# Usage: bench/show-layout.sh <type> <seed> [clean|skew|scan-like|shifted]   (from the repository root)
#   e.g. bench/show-layout.sh invoice 1003 scan-like
set -e
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
OMP_THREAD_LIMIT=1 exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.gyomu.bench.ShowLayout "$@"
