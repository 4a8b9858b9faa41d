package jp.gyomu.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL server of its own, in a temporary folder on a free loopback port, for drills that
 * stop and start the database: the shared test cluster must never be restarted under other tests.
 * initdb refuses to run as root, so as root the server runs as the {@code postgres} user.
 */
public final class PrivatePostgres implements AutoCloseable {

  public static final String USER = "gyomu";
  public static final String DATABASE = "gyomu";

  private final Path bin;
  private final Path home;
  private final int port;
  private final boolean asPostgresUser;

  private PrivatePostgres(Path bin, Path home, int port, boolean asPostgresUser) {
    this.bin = bin;
    this.home = home;
    this.port = port;
    this.asPostgresUser = asPostgresUser;
  }

  /** Creates, starts and fills a server with an empty {@value #DATABASE} database. */
  public static PrivatePostgres start() throws IOException, InterruptedException {
    Path bin = serverBinaries();
    boolean root = "root".equals(System.getProperty("user.name"));
    // under /tmp, not a test's private temp folder: the postgres user must reach it
    Path home = Files.createTempDirectory("gyomu-pg-");
    var server = new PrivatePostgres(bin, home, freePort(), root);
    if (root) {
      run(List.of("chown", "-R", "postgres:postgres", home.toString()));
    }
    server.pg(
        "initdb", "-D", server.data(), "-U", USER, "--auth=trust", "-E", "UTF8", "--locale=C");
    server.startServer();
    try (var c = DriverManager.getConnection(server.url("postgres"), USER, "")) {
      c.createStatement().execute("create database " + DATABASE);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the drill's database", e);
    }
    return server;
  }

  public String jdbcUrl() {
    return url(DATABASE);
  }

  public int port() {
    return port;
  }

  /**
   * Stops the server ({@code fast}: clients are disconnected and it shuts down cleanly; {@code
   * immediate}: it quits without a checkpoint, as after a crash, and recovers from its WAL at the
   * next start).
   */
  public void stop(String mode) throws IOException, InterruptedException {
    pg("pg_ctl", "-D", data(), "-m", mode, "-w", "stop");
  }

  public void startServer() throws IOException, InterruptedException {
    String options =
        "-p %d -k %s -c listen_addresses=127.0.0.1 -c max_connections=100".formatted(port, home);
    pg(
        "pg_ctl",
        "-D",
        data(),
        "-l",
        home.resolve("server.log").toString(),
        "-o",
        options,
        "-w",
        "start");
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      pg("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
    } catch (IllegalStateException alreadyStopped) {
      // nothing to stop
    }
    FileSystemUtils.deleteRecursively(home);
  }

  /** Where the server log is, for failure messages. */
  public Path log() {
    return home.resolve("server.log");
  }

  private String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  private String data() {
    return home.resolve("data").toString();
  }

  private void pg(String program, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (asPostgresUser) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(args));
    run(command);
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(
          String.join(" ", command) + " failed:\n" + new String(output));
    }
  }

  /** The newest installed server's bin folder, or a message saying what to install. */
  static Path serverBinaries() throws IOException {
    Path lib = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(lib)) {
      try (Stream<Path> versions = Files.list(lib)) {
        var newest =
            versions
                .map(v -> v.resolve("bin"))
                .filter(b -> Files.isExecutable(b.resolve("initdb")))
                .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                .max(Comparator.comparing(b -> version(b.getParent())));
        if (newest.isPresent()) {
          return newest.get();
        }
      }
    }
    throw new IllegalStateException(
        "The database-restart drill needs PostgreSQL's server programs (initdb, pg_ctl under"
            + " /usr/lib/postgresql/<version>/bin). Install the postgresql package"
            + " (./gyomu test installs it): apt-get install postgresql");
  }

  private static int version(Path folder) {
    try {
      return Integer.parseInt(folder.getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
