#!/bin/sh
# Measures the OCR engine against the tesseract command line on shared/ocr-eval/real
# (init cost, per-page time with reused handles, character error rates). About a minute.
# Usage: bench/ocr-engine.sh   (from the repository root; needs the tesseract CLI)
set -e
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
OMP_THREAD_LIMIT=1 exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.gyomu.ocr.OcrEngineBench "$@"
