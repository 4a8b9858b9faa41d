package jp.gyomu.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.UUID;

/**
 * A fresh database on the real PostgreSQL server for one test class. It is dropped when the next
 * run creates its own, not at the end: the Spring context (and its connection pool) outlives the
 * test class, and dropping under it only produces noise. Databases someone is connected to (a run
 * side by side in another work tree) are left alone. {@code ./gyomu test} installs and starts the
 * server and creates the {@code gyomu_test} role; elsewhere set {@code GYOMU_TEST_PG_URL}, {@code
 * GYOMU_TEST_PG_USER} and {@code GYOMU_TEST_PG_PASSWORD}.
 */
public final class PostgresTestDatabase {

  private static final String SERVER_URL =
      env("GYOMU_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
  public static final String USER = env("GYOMU_TEST_PG_USER", "gyomu_test");
  public static final String PASSWORD = env("GYOMU_TEST_PG_PASSWORD", "gyomu_test");

  private final String name;

  private PostgresTestDatabase(String name) {
    this.name = name;
  }

  public static PostgresTestDatabase create(String prefix) {
    dropEarlierRuns(prefix.toLowerCase());
    String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
    execute("create database " + name);
    return new PostgresTestDatabase(name);
  }

  public String url() {
    return SERVER_URL.substring(0, SERVER_URL.lastIndexOf('/') + 1) + name;
  }

  private static void dropEarlierRuns(String prefix) {
    var earlier = new ArrayList<String>();
    withServer(
        c -> {
          var rs =
              c.createStatement()
                  .executeQuery(
                      "select datname from pg_database d where datname like '"
                          + prefix
                          + "\\_%' and not exists (select 1 from pg_stat_activity a"
                          + " where a.datname = d.datname)");
          while (rs.next()) {
            earlier.add(rs.getString(1));
          }
        });
    earlier.forEach(db -> execute("drop database if exists " + db + " with (force)"));
  }

  private static void execute(String sql) {
    withServer(c -> c.createStatement().execute(sql));
  }

  private interface SqlWork {
    void run(Connection connection) throws SQLException;
  }

  private static void withServer(SqlWork work) {
    try (Connection c = DriverManager.getConnection(SERVER_URL, USER, PASSWORD)) {
      work.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL is needed for this test and did not answer at "
              + SERVER_URL
              + " as "
              + USER
              + " ("
              + e.getMessage()
              + "). Run ./gyomu test, which installs and starts it, or set GYOMU_TEST_PG_URL,"
              + " GYOMU_TEST_PG_USER and GYOMU_TEST_PG_PASSWORD.",
          e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
