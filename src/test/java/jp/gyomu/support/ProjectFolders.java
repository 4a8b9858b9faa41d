package jp.gyomu.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's own folders, wherever Maven runs the tests from. */
public final class ProjectFolders {

  private ProjectFolders() {}

  public static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("pom.xml"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("Run the tests inside the Gyomu repository");
    }
    return dir;
  }

  public static Path processes() {
    return root().resolve("processes");
  }

  public static Path connectors() {
    return root().resolve("connectors");
  }
}
