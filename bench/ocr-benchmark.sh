#!/bin/sh
# Gyomu's OCR against the tesseract command line (-l jpn+eng, default page segmentation, one
# process per core) on the same pages in one run; writes target/ocr-benchmark.md.
# Usage: bench/ocr-benchmark.sh   (from the repository root, on an otherwise idle machine)
set -e
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
OMP_THREAD_LIMIT=1 exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.gyomu.bench.OcrBenchmark "$@"
