#!/bin/sh
# Load test on loopback: a fresh Gyomu (H2, its own data folder), K upload clients that honour
# Retry-After, then a folder drop; samples the intake gauges every few seconds. Prints a markdown
# report and writes target/load-test/{results.md,queue-depth.csv,queue-depth.png}. Scans are drawn
# once into target/load-test/scans (minutes the first time) and reused.
# Usage: bench/load-test.sh [clients=4] [uploads=200] [upload-minutes=10] [folder=1000]
#                           [max-waiting=50] [sample-seconds=5] [java-opts=-Xmx1g]
# (from the repository root, ideally on an otherwise idle machine)
set -e
jar=$(ls target/gyomu-*.jar 2>/dev/null | head -1)
if [ -z "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -print | head -1)" ]; then
  echo "Building the jar"
  ./mvnw -q -DskipTests package
  jar=$(ls target/gyomu-*.jar | head -1)
fi
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
echo "before: $(uptime)"
OMP_THREAD_LIMIT=1 java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.gyomu.bench.LoadBenchmark jar="$jar" "$@"
echo "after: $(uptime)"
