#!/bin/sh
# Share of key values extracted correctly from generated office forms:
#  (a) Gyomu's own three forms per scan variant, with the OCR confidence of right and wrong values
#      (evidence for the templates' minConfidence);
#  (b) randomised layouts of the same types per type x variant (clean, skew, scan-like, shifted):
#      key values (table cells one by one), classification, check boxes.
# Usage (from the repository root):
#   bench/field-accuracy.sh [--seeds tuning|held-out] [--pages N] [--skip-pages N] [--threads N] [--no-fixed]
#        [--types a,b] [--variants clean,skew,scan-like,shifted] [--second-opinion on|off]
#   --seeds held-out measures on seeds nobody tunes on; only totals are printed.
#   --skip-pages N reads the N pages per type after the set's first N (seeds an earlier run did not read).
#   --types, --variants limit the randomised layouts read (default: every type and variant);
#   on tuning seeds each wrong check box or choice is listed.
set -e
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
OMP_THREAD_LIMIT=1 exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.gyomu.bench.FieldAccuracy "$@"
