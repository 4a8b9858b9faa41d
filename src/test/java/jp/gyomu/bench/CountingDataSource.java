package jp.gyomu.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Counts what the application asks of its database through JDBC: commits, SQL statements (a batched
 * statement counts once per row) and round trips (an executed statement or batch), and the
 * statements per kind and table ({@code insert ACT_HI_DETAIL}), for the engine benchmark. Works the
 * same on H2 and PostgreSQL.
 */
final class CountingDataSource {

  final LongAdder commits = new LongAdder();
  final LongAdder statements = new LongAdder();
  final LongAdder roundTrips = new LongAdder();
  final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();

  /** Whether statements are counted: their proxies cost the JVM CPU, so only in a census run. */
  volatile boolean countStatements;

  private static final Set<String> EXECUTES =
      Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate");
  private static final Pattern KIND =
      Pattern.compile(
          "^\\s*(?:(select)\\b.*?\\bfrom\\s+([\\w.]+)|(insert)\\s+into\\s+([\\w.]+)"
              + "|(update)\\s+([\\w.]+)|(delete)\\s+from\\s+([\\w.]+))",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  DataSource wrap(DataSource target) {
    return proxy(
        DataSource.class,
        target,
        (m, args, result) -> {
          if (result instanceof Connection c) {
            return proxy(Connection.class, c, this::onConnection);
          }
          return result;
        });
  }

  record Snapshot(long commits, long statements, long roundTrips, Map<String, Long> byKind) {}

  Snapshot snapshot() {
    Map<String, Long> kinds = new java.util.TreeMap<>();
    byKind.forEach((k, v) -> kinds.put(k, v.sum()));
    return new Snapshot(commits.sum(), statements.sum(), roundTrips.sum(), kinds);
  }

  private Object onConnection(Method m, Object[] args, Object result) {
    if (m.getName().equals("commit")) {
      commits.increment();
      return result;
    }
    if (!countStatements) {
      return result;
    }
    switch (m.getName()) {
      case "prepareStatement" -> {
        String kind = kind((String) args[0]);
        return proxy(
            PreparedStatement.class,
            (PreparedStatement) result,
            (sm, sa, sr) -> onStatement(sm, kind, sr));
      }
      case "prepareCall" -> {
        String kind = kind((String) args[0]);
        return proxy(
            CallableStatement.class,
            (CallableStatement) result,
            (sm, sa, sr) -> onStatement(sm, kind, sr));
      }
      case "createStatement" -> {
        return proxy(
            Statement.class,
            (Statement) result,
            (sm, sa, sr) -> {
              String kind =
                  sa != null && sa.length > 0 && sa[0] instanceof String sql ? kind(sql) : "other";
              return onStatement(sm, kind, sr);
            });
      }
      default -> {}
    }
    return result;
  }

  private Object onStatement(Method m, String kind, Object result) {
    String name = m.getName();
    if (EXECUTES.contains(name)) {
      statements.increment();
      roundTrips.increment();
      byKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
    } else if (name.equals("addBatch")) {
      statements.increment();
      byKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
    } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
      roundTrips.increment();
    }
    return result;
  }

  static String kind(String sql) {
    Matcher m = KIND.matcher(sql);
    if (!m.find()) {
      return sql.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    }
    for (int g = 1; g < 8; g += 2) {
      if (m.group(g) != null) {
        return m.group(g).toLowerCase(Locale.ROOT) + " " + m.group(g + 1).toUpperCase(Locale.ROOT);
      }
    }
    return "other";
  }

  private interface After {
    /** Called after the target's method returned {@code result}; returns what the caller gets. */
    Object after(Method m, Object[] args, Object result);
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, After after) {
    InvocationHandler handler =
        (p, m, args) -> {
          if (m.getName().equals("unwrap") || m.getName().equals("isWrapperFor")) {
            return m.invoke(target, args);
          }
          Object result;
          try {
            result = m.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          return after.after(m, args, result);
        };
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
