package jp.gyomu.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * What the inbox route calls for each fully written file: {@code inbox/<type>/name} carries its
 * document type, a file straight in {@code inbox/} is classified by its content. A file in a folder
 * whose name cannot be a type is taken and quarantined with that reason: the scanner that put it
 * there cannot be told, and a file left in the inbox or in inbox-failed has no reason beside it.
 */
@Component("folderIntake")
public class FolderIntake {

  private final IntakeService intake;
  private final DocumentTypes types;

  FolderIntake(IntakeService intake, DocumentTypes types) {
    this.intake = intake;
    this.types = types;
  }

  /** Returns the document id; the route names the archived file after it. */
  public String receive(
      @Header("CamelFileAbsolutePath") String absolutePath,
      @Header("CamelFileRelativePath") String relativePath,
      @Header("CamelFileLength") long length,
      @Header("CamelFileLastModified") long lastModified)
      throws IOException {
    Path file = Path.of(absolutePath);
    // the platform's own separator only: on Linux a backslash is part of a file name
    Path relative = Path.of(relativePath);
    String folder = relative.getNameCount() > 1 ? relative.getName(0).toString() : null;
    String sourceKey = "inbox:" + relativePath + ":" + length + ":" + lastModified;
    String name = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      if (folder != null && !IntakeService.isTypeName(folder)) {
        return intake.receiveRefused(in, name, "folder", sourceKey, notAType(folder)).id();
      }
      return intake.receive(in, name, "folder", sourceKey, folder).id();
    }
  }

  /**
   * The name the route archives the file under, {@code <document id>-<name>}, cut to fit the file
   * system (a long Japanese name would otherwise make the move fail).
   */
  public String archiveName(
      @Header("GyomuDocumentId") String id, @Header("CamelFileNameOnly") String name) {
    return FileNames.besideId(id, name);
  }

  private String notAType(String folder) {
    String known =
        types.all().stream().map(t -> "inbox/" + t.id() + "/").collect(Collectors.joining(", "));
    return ("the folder name '%s' is not a document type (lower-case letters, digits and dashes);"
            + " drop the file into a type's folder (%s) or into inbox/ itself to have it"
            + " classified")
        .formatted(FileNames.sanitise(folder), known.isEmpty() ? "none declared" : known);
  }
}
