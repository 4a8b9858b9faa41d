package jp.gyomu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Memory figures of a process from Linux's {@code /proc/<pid>/status}. */
final class ProcessMemory {

  private ProcessMemory() {}

  /**
   * A {@code /proc} status field in kB: {@code VmRSS} (resident now), {@code VmHWM} (the peak of
   * resident memory since the process started); 0 where /proc does not exist.
   */
  static long kb(long pid, String field) throws IOException {
    Path status = Path.of("/proc", Long.toString(pid), "status");
    if (!Files.exists(status)) {
      return 0;
    }
    return Files.readAllLines(status).stream()
        .filter(l -> l.startsWith(field + ":"))
        .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
        .findFirst()
        .orElse(0L);
  }

  /** The 1, 5 and 15 minute load averages, as {@code uptime} shows them. */
  static String loadAverage() throws IOException {
    Path loadavg = Path.of("/proc/loadavg");
    if (!Files.exists(loadavg)) {
      return "unknown";
    }
    String[] parts = Files.readString(loadavg).trim().split("\\s+");
    return parts[0] + ", " + parts[1] + ", " + parts[2];
  }
}
