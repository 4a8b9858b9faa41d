package jp.gyomu.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import jp.gyomu.pages.FileNames;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;
import jp.gyomu.system.DatabaseOutages;
import jp.gyomu.system.DatabaseUnavailableException;
import jp.gyomu.system.GyomuProperties;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the inbox route calls for each fully written file: {@code inbox/<type>/name} carries its
 * document type, a file straight in {@code inbox/} is classified by its content. A file in a folder
 * whose name cannot be a type is taken and quarantined with that reason: the scanner that put it
 * there cannot be told, and a file left in the inbox or in inbox-failed has no reason beside it.
 * Answers where the route moves the file: to the archive under its document id, or to {@code
 * inbox-failed/} with a reason file when it cannot be taken at all. While the database is away it
 * throws instead, and the file stays in the inbox to be taken at a later poll (decision 0006).
 */
@Component("folderIntake")
public class FolderIntake {

  private static final Logger log = LoggerFactory.getLogger(FolderIntake.class);

  private final IntakeService intake;
  private final DocumentTypes types;
  private final Path dataDir;

  FolderIntake(IntakeService intake, DocumentTypes types, GyomuProperties properties) {
    this.intake = intake;
    this.types = types;
    this.dataDir = properties.dataDir();
  }

  /**
   * Returns the file's next place, relative to the data folder: {@code archive/<date>/<document
   * id>-<name>}, the name cut to fit the file system (a long Japanese name would otherwise make the
   * move fail).
   */
  public String receive(
      @Header("CamelFileAbsolutePath") String absolutePath,
      @Header("CamelFileRelativePath") String relativePath,
      @Header("CamelFileLength") long length,
      @Header("CamelFileLastModified") long lastModified) {
    Path file = Path.of(absolutePath);
    // the platform's own separator only: on Linux a backslash is part of a file name
    Path relative = Path.of(relativePath);
    String folder = relative.getNameCount() > 1 ? relative.getName(0).toString() : null;
    String sourceKey = "inbox:" + relativePath + ":" + length + ":" + lastModified;
    String name = file.getFileName().toString();
    String today = LocalDate.now().toString();
    try (InputStream in = Files.newInputStream(file)) {
      String id =
          folder != null && !IntakeService.isTypeName(folder)
              ? intake
                  .receiveRefused(in, name, IntakeService.FOLDER, sourceKey, notAType(folder))
                  .id()
              : intake.receive(in, name, IntakeService.FOLDER, sourceKey, folder).id();
      return "archive/" + today + "/" + FileNames.besideId(id, name);
    } catch (NoSuchFileException gone) {
      // another node sharing the inbox took the file between its listing and this read
      throw new InboxFileTakenElsewhere(sourceKey);
    } catch (IOException | RuntimeException e) {
      if (e instanceof InboxFileTakenElsewhere elsewhere) {
        throw elsewhere;
      }
      if (DatabaseOutages.isTransient(e)) {
        log.warn(
            "Inbox file {} stays for a later poll: the database is away ({})",
            relativePath,
            e.getMessage());
        throw new DatabaseUnavailableException(e);
      }
      String failed = "inbox-failed/" + today + "/" + relativePath;
      log.error("Inbox file {} cannot be taken; it goes to {}", relativePath, failed, e);
      writeReason(name, failed, e);
      return failed;
    }
  }

  /** Writes {@code <name>.reason.txt} where the file is about to go. */
  private void writeReason(String name, String failed, Exception e) {
    try {
      Path reason = dataDir.resolve(failed + ".reason.txt");
      Files.createDirectories(reason.getParent());
      Files.writeString(
          reason, "name: " + name + "\nreason: " + e.getMessage() + "\n", StandardCharsets.UTF_8);
    } catch (IOException notWritten) {
      log.warn("No reason file for {}", failed, notWritten);
    }
  }

  private Reason notAType(String folder) {
    String known =
        types.all().stream().map(t -> "inbox/" + t.id() + "/").collect(Collectors.joining(", "));
    return Reason.of(
        ReasonCode.FOLDER_NOT_A_TYPE, FileNames.sanitise(folder), known.isEmpty() ? "-" : known);
  }
}
