package jp.gyomu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CPU time of the PostgreSQL server processes serving the benchmark's database (its backends, read
 * from /proc: the server must run on this machine). Backends that appear during a run count whole;
 * one that ends during a run loses its share, which the pool's fixed size makes rare.
 */
final class BackendCpu {

  private final JdbcTemplate jdbc;
  private final double ticksPerSecond = ticks();

  BackendCpu(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** Backend pid to its CPU ticks so far. */
  Map<Integer, Long> snapshot() {
    Map<Integer, Long> cpu = new HashMap<>();
    for (Integer pid :
        jdbc.queryForList(
            "select pid from pg_stat_activity where datname = current_database()", Integer.class)) {
      long ticks = ticksOf(pid);
      if (ticks >= 0) {
        cpu.put(pid, ticks);
      }
    }
    return cpu;
  }

  /** CPU seconds the backends used since {@code before}, or -1 when /proc shows none of them. */
  double secondsSince(Map<Integer, Long> before) {
    Map<Integer, Long> now = snapshot();
    if (now.isEmpty()) {
      return -1;
    }
    long ticks = 0;
    for (var e : now.entrySet()) {
      ticks += e.getValue() - before.getOrDefault(e.getKey(), 0L);
    }
    return ticks / ticksPerSecond;
  }

  private static long ticksOf(int pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      // fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static double ticks() {
    try {
      var p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
      return Double.parseDouble(new String(p.getInputStream().readAllBytes()).strip());
    } catch (IOException | RuntimeException e) {
      return 100;
    }
  }
}
