#!/bin/sh
# Share of fields extracted correctly from the generated office forms per scan variant, and the
# OCR confidence of right and wrong values (evidence for the templates' minConfidence).
# Usage: bench/field-accuracy.sh   (from the repository root)
set -e
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
OMP_THREAD_LIMIT=1 exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.gyomu.bench.FieldAccuracy "$@"
