#!/bin/sh
# Form suggestion on generated forms: per layout, a template suggested from one filled sample reads
# other filled instances of the same printed form (see jp.gyomu.bench.FormSuggestionBench).
# Usage (from the repository root):
#   bench/form-suggestion.sh [--seeds tuning|held-out] [--layouts N] [--threads N]
#   --seeds held-out measures on seeds nobody tunes on; only totals are printed.
set -e
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
OMP_THREAD_LIMIT=1 exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.gyomu.bench.FormSuggestionBench "$@"
