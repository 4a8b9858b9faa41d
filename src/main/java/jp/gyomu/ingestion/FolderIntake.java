package jp.gyomu.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * What the inbox route calls for each fully written file: {@code inbox/<type>/name} carries its
 * document type, a file straight in {@code inbox/} is classified by its content.
 */
@Component("folderIntake")
public class FolderIntake {

  private final IntakeService intake;

  FolderIntake(IntakeService intake) {
    this.intake = intake;
  }

  /** Returns the document id; the route names the archived file after it. */
  public String receive(
      @Header("CamelFileAbsolutePath") String absolutePath,
      @Header("CamelFileRelativePath") String relativePath,
      @Header("CamelFileLength") long length,
      @Header("CamelFileLastModified") long lastModified)
      throws IOException {
    Path file = Path.of(absolutePath);
    String relative = relativePath.replace('\\', '/');
    String type = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : null;
    String sourceKey = "inbox:" + relative + ":" + length + ":" + lastModified;
    try (InputStream in = Files.newInputStream(file)) {
      return intake.receive(in, file.getFileName().toString(), "folder", sourceKey, type).id();
    }
  }
}
