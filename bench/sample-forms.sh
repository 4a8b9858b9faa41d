#!/bin/sh
# Drops generated office forms (旅費精算書, 請求書, 補助金交付申請書; clean and scan-like) into a
# running Gyomu's inbox, to try it without a scanner.
# Usage: bench/sample-forms.sh [inbox folder, default data/inbox]
set -e
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.gyomu.bench.SampleForms "$@"
