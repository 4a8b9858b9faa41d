#!/bin/sh
# The second opinion on unsure lines (decision 0013), in one run on held-out generated pages:
# each Japanese model alone with the tesseract CLI (OMP_THREAD_LIMIT=1, one process per core),
# Gyomu's engine without and with the second opinion (CER, CPU time, share of pages and lines read
# again), and field accuracy on randomised held-out layouts off vs on by kind of value.
# Writes target/bench/second-opinion.md. About 8 minutes on 2 quiet cores.
# Usage (from the repository root):
#   bench/second-opinion.sh [--pages N] [--thresholds 80,90] [--field-pages N] [--seeds tuning]
# The integer "best" jpn model (npm package @tesseract.js-data/jpn) is measured too when npm is
# installed: it is unpacked into target/bench/tessdata, never used by Gyomu itself.
set -e
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
best=target/bench/tessdata
if [ ! -f "$best/jpn_best_int.traineddata" ] && command -v npm >/dev/null; then
  mkdir -p "$best"
  (cd "$best" && npm pack --silent @tesseract.js-data/jpn@1.0.0 >/dev/null &&
    tar xzf tesseract.js-data-jpn-1.0.0.tgz package/4.0.0_best_int/jpn.traineddata.gz &&
    gunzip -c package/4.0.0_best_int/jpn.traineddata.gz >jpn_best_int.traineddata &&
    rm -rf package tesseract.js-data-jpn-1.0.0.tgz) || echo "best_int model not fetched; its rows are left out" >&2
fi
OMP_THREAD_LIMIT=1 exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.gyomu.bench.SecondOpinionBench --best-int "$best" --out target/bench/second-opinion.md "$@"
