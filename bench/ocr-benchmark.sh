#!/bin/sh
# The fair OCR benchmark (issue 13): on the same Japanese pages in one run, the raw engine
# (tesseract -l jpn, OMP_THREAD_LIMIT=1, one process per core), the CLI default pair jpn+eng with
# and without the thread limit, Gyomu's whole pipeline through the upload API (a fresh Gyomu on
# H2, warm: 17 warm-up pages like the measured ones) and Gyomu's OCR engine alone, and the raw
# engine given the Tesseract variable Gyomu sets (a+); then where Gyomu's time goes (its step
# timers and a Flight Recorder sample). Unattended, about 8 minutes on 2 cores. Prints a Markdown
# report and writes target/bench/ocr-benchmark.md. GYOMU_BENCH_JVM_OPTIONS adds JVM options to
# (d)'s Gyomu (to try flags). Gyomu reads the measured pages rounds=5 times (the same pixels in
# other bytes before the last) and the last round is measured (decisions 0022, 0027).
# Usage: bench/ocr-benchmark.sh [rounds=N] [only-raw-and-gyomu=true]
#   (from the repository root, ideally on an otherwise idle machine; only-raw-and-gyomu=true runs
#   (a) and (d) alone, for trying a change, not for published figures)
set -e
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
# The limit is for the in-process engine (e); each CLI run sets or removes it for its processes.
OMP_THREAD_LIMIT=1 exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.gyomu.bench.OcrBenchmark "$@"
