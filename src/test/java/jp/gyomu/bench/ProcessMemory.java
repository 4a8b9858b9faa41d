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

  /**
   * User and system CPU time a process has used so far, all its threads, from {@code
   * /proc/<pid>/stat} (fields 14 and 15, in clock ticks of 1/100 s on Linux); 0 without /proc.
   */
  static double cpuSeconds(long pid) throws IOException {
    Path stat = Path.of("/proc", Long.toString(pid), "stat");
    if (!Files.exists(stat)) {
      return 0;
    }
    String text = Files.readString(stat);
    // the command name (field 2) may hold spaces: count from the parenthesis that closes it
    String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
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
