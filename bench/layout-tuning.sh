#!/bin/sh
# Field accuracy and classification of the shipped types on generated forms from TUNING seeds only,
# per type and scan variant, listing every wrong value (OCR cached in target/ocr-cache/).
# Usage: bench/layout-tuning.sh [pages per type and variant, default 8] [variants, e.g. clean,scan-like, or all] [types, e.g. school-aid-application, or all]   (from the repository root)
# Unsure text values get the pipeline's second look (decision 0016); GYOMU_FIELDS_SECONDLOOK_ENABLED=false measures without it.
set -e
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
OMP_THREAD_LIMIT=1 exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.gyomu.bench.LayoutTuning "$@"
