package jp.gyomu.ingestion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.gyomu.system.GyomuProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Renames inbox files whose names hold a backslash ({@code ..\..\scan.png} is a valid name on
 * Linux), replacing it with {@code _}. Camel reads a backslash as a folder separator, so it would
 * look for a file that does not exist and leave this one in the inbox for ever, unseen.
 */
@Component
class InboxNameRepair {

  private static final Logger log = LoggerFactory.getLogger(InboxNameRepair.class);

  private final Path inbox;

  InboxNameRepair(GyomuProperties properties) {
    this.inbox = properties.dataDir().resolve("inbox");
  }

  @Scheduled(fixedDelayString = "PT1S")
  void repair() {
    if (!Files.isDirectory(inbox)) {
      return;
    }
    // the inbox and its type folders, as the route reads them
    try (var files = Files.walk(inbox, 2)) {
      List<Path> awkward =
          files
              .filter(f -> f.getFileName().toString().contains("\\"))
              .filter(Files::isRegularFile)
              .toList();
      awkward.forEach(InboxNameRepair::rename);
    } catch (IOException | RuntimeException e) {
      log.warn("Cannot look for inbox files with backslashes in their names", e);
    }
  }

  private static void rename(Path file) {
    String name = file.getFileName().toString().replace('\\', '_');
    Path target = file.resolveSibling(name);
    for (int n = 2; Files.exists(target); n++) {
      target = file.resolveSibling(n + "-" + name);
    }
    try {
      Files.move(file, target);
      log.info("Renamed inbox file {} to {}: Camel reads a backslash as a folder", file, target);
    } catch (IOException e) {
      log.warn("Cannot rename inbox file {}", file, e);
    }
  }
}
