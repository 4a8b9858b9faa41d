package jp.gyomu.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import jp.gyomu.system.DatabaseOutages;
import jp.gyomu.system.DatabaseUnavailableException;
import jp.gyomu.system.GyomuProperties;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the inbox route calls for each fully written file: {@code inbox/<type>/name} carries its
 * document type, a file straight in {@code inbox/} is classified by its content. Answers where the
 * route moves the file: to the archive under its document id, or to {@code inbox-failed/} with a
 * reason file when it cannot be taken at all. While the database is away it throws instead, and the
 * file stays in the inbox to be taken at a later poll (decision 0006).
 */
@Component("folderIntake")
public class FolderIntake {

  private static final Logger log = LoggerFactory.getLogger(FolderIntake.class);

  private final IntakeService intake;
  private final Path dataDir;

  FolderIntake(IntakeService intake, GyomuProperties properties) {
    this.intake = intake;
    this.dataDir = properties.dataDir();
  }

  /** Returns the file's next place, relative to the data folder. */
  public String receive(
      @Header("CamelFileAbsolutePath") String absolutePath,
      @Header("CamelFileRelativePath") String relativePath,
      @Header("CamelFileLength") long length,
      @Header("CamelFileLastModified") long lastModified) {
    Path file = Path.of(absolutePath);
    String relative = relativePath.replace('\\', '/');
    String type = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : null;
    String sourceKey = "inbox:" + relative + ":" + length + ":" + lastModified;
    String today = LocalDate.now().toString();
    try (InputStream in = Files.newInputStream(file)) {
      String id = intake.receive(in, file.getFileName().toString(), "folder", sourceKey, type).id();
      return "archive/" + today + "/" + id + "-" + file.getFileName();
    } catch (IOException | RuntimeException e) {
      if (DatabaseOutages.isTransient(e)) {
        log.warn(
            "Inbox file {} stays for a later poll: the database is away ({})",
            relative,
            e.getMessage());
        throw new DatabaseUnavailableException(e);
      }
      String failed = "inbox-failed/" + today + "/" + relative;
      log.error("Inbox file {} cannot be taken; it goes to {}", relative, failed, e);
      writeReason(file, failed, e);
      return failed;
    }
  }

  /** Writes {@code <name>.reason.txt} where the file is about to go. */
  private void writeReason(Path file, String failed, Exception e) {
    try {
      Path reason = dataDir.resolve(failed + ".reason.txt");
      Files.createDirectories(reason.getParent());
      Files.writeString(
          reason,
          "name: " + file.getFileName() + "\nreason: " + e.getMessage() + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException notWritten) {
      log.warn("No reason file for {}", failed, notWritten);
    }
  }
}
