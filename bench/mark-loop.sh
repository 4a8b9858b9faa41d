#!/bin/sh
# Check boxes and choices of one generated form type on the first N TUNING seeds: each wrong mark
# with its style and reason, and the share right per variant. OCR is cached in
# target/mark-loop-ocr (delete it after an OCR change), so reruns after a reader change are fast.
# Usage (from the repository root):
#   (--cells also lists each wrong table cell and the share right per column)
#   bench/mark-loop.sh <type> <N> <variant,...> [--cells]   e.g. bench/mark-loop.sh benefit-status-report 30 clean,scan-like
set -e
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
OMP_THREAD_LIMIT=1 exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.gyomu.bench.MarkLoop "$@"
