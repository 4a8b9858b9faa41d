package jp.gyomu.ingestion;

import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.fields.FieldTemplateLoader;
import jp.gyomu.system.GyomuProperties;
import org.springframework.stereotype.Component;

/**
 * The document types analysts declared beside their processes ({@code processes/*.fields.yaml}).
 * Each gets an inbox folder of its own at start-up and on every reload. A reload swaps the whole
 * list at once: the pipeline's workers keep reading the list they hold, the next call sees the new
 * one, and a folder with a broken file leaves the old list in use.
 */
@Component
public class DocumentTypes {

  private final GyomuProperties properties;
  private final IntakeSettings settings;
  private volatile List<FieldTemplate> templates = List.of();

  DocumentTypes(GyomuProperties properties, IntakeSettings settings) {
    this.properties = properties;
    this.settings = settings;
  }

  /**
   * Reads the processes folder's templates again and puts them in use.
   *
   * @return the types now in use
   * @throws jp.gyomu.fields.FieldTemplateException naming the file, place and problem when a
   *     template is broken; the types in use stay as they were
   */
  @PostConstruct
  public synchronized List<FieldTemplate> reload() {
    List<FieldTemplate> loaded = FieldTemplateLoader.loadAll(properties.processesDir());
    try {
      // the folder first: a file dropped into inbox/<new type>/ is taken on the next poll
      Files.createDirectories(properties.dataDir().resolve("inbox"));
      for (FieldTemplate t : loaded) {
        Files.createDirectories(properties.dataDir().resolve("inbox").resolve(t.id()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    templates = loaded;
    return loaded;
  }

  public List<FieldTemplate> all() {
    return templates;
  }

  public Optional<FieldTemplate> find(String type) {
    return templates.stream().filter(t -> t.id().equals(type)).findFirst();
  }

  /** OCR languages for a type; the intake default for unknown types. */
  public String languagesFor(String type) {
    return find(type)
        .map(FieldTemplate::languages)
        .filter(l -> l != null && !l.isBlank())
        .orElse(settings.defaultLanguages());
  }
}
