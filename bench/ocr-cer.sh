#!/bin/sh
# Gyomu's OCR engine alone, one page at a time in one thread, on bench/ocr-benchmark.sh's 17 pages
# (or --set second-opinion: bench/second-opinion.sh's held-out pages): per-page CER and thread CPU,
# mean CER by kind of page, optionally against the CLI default `tesseract -l jpn+eng` (--cli).
# Writes target/bench/ocr-cer-SET.md. 1-2 minutes on 2 quiet cores (3-4 with --cli).
# Usage (from the repository root):
#   bench/ocr-cer.sh [--cli] [--set benchmark|second-opinion] [--second-opinion on|off] [--below 90]
#                    [--texts DIR] [--words DIR] [--min-dpi N] [--target-dpi N] [--max-dpi N]
# Each page's line also gives the engine's phases (wall clock, ms). --min-dpi/--target-dpi try other
# upscaling (pages below N dpi upscaled to N), --max-dpi N reads pages above N dpi scaled down. -Dgyomu.bench.run=NAME (JAVA_TOOL_OPTIONS) gives
# the run its own page folder, so that runs can go side by side.
set -e
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
OMP_THREAD_LIMIT=1 exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.gyomu.bench.OcrCerBench "$@"
