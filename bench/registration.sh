#!/bin/sh
# Zone hit rate on randomly fed scans of a ruled form (shift up to 1 cm, scale 97-102%, rotation
# up to 1.5 degrees, noise, JPEG), read by Tesseract with and without the template's reference
# page, and the time registration costs per page. About 3 minutes for 50 pages.
# Usage: bench/registration.sh [pages] [seed]   (from the repository root)
set -e
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
OMP_THREAD_LIMIT=1 exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.gyomu.fields.MovedFormsBench "$@"
