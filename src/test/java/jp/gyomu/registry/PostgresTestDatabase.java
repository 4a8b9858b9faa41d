package jp.gyomu.registry;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for one test class, dropped afterwards. The server comes from {@code
 * GYOMU_TEST_PG_URL} (a database to connect to for creating others), {@code GYOMU_TEST_PG_USER} and
 * {@code GYOMU_TEST_PG_PASSWORD}; the user needs CREATEDB.
 */
final class PostgresTestDatabase {

  private static final String ADMIN_URL =
      env("GYOMU_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
  static final String USER = env("GYOMU_TEST_PG_USER", "gyomu_test");
  static final String PASSWORD = env("GYOMU_TEST_PG_PASSWORD", "gyomu_test");

  private final String name =
      "gyomu_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  static PostgresTestDatabase create() {
    var db = new PostgresTestDatabase();
    db.execute("create database " + db.name);
    return db;
  }

  String url() {
    return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
  }

  void drop() {
    execute("drop database if exists " + name + " with (force)");
  }

  private void execute(String sql) {
    try (var connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
        var statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL for tests not reachable at " + ADMIN_URL + " as " + USER + ": " + e, e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
