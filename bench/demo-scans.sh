#!/bin/sh
# Writes the scans the H2 demo reads on a first start (src/main/resources/demo/scans/ and its list
# documents.tsv), generated from the test-side form generator (jp.gyomu.bench.DemoScans).
# Usage: bench/demo-scans.sh                 rewrite the shipped demo scans
#        bench/demo-scans.sh candidates=20   write 20 seeds per type and variant into
#                                            target/demo-candidates/ to choose new ones
set -e
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.gyomu.bench.DemoScans "$@"
