#!/bin/sh
# Check boxes and choices of one generated form type on N TUNING seeds: each wrong mark with its
# style and reason, and the share right per variant. OCR is cached in target/ocr-cache (shared with
# bench/layout-tuning.sh, keyed by the page's pixels), so reruns after a reader change are fast.
# Usage (from the repository root):
#   (--cells also lists each wrong table cell and the share right per column;
#    --from S starts at tuning seed S instead of the first, 1000: layouts nobody has tuned on yet)
#   bench/mark-loop.sh <type> <N> <variant,...> [--cells] [--from S]
#   e.g. bench/mark-loop.sh benefit-status-report 30 clean,scan-like --from 1200
set -e
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
OMP_THREAD_LIMIT=1 exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.gyomu.bench.MarkLoop "$@"
