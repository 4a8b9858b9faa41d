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
 * Each gets an inbox folder of its own at start-up.
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

  @PostConstruct
  public void reload() {
    templates = FieldTemplateLoader.loadAll(properties.processesDir());
    try {
      Files.createDirectories(properties.dataDir().resolve("inbox"));
      for (FieldTemplate t : templates) {
        Files.createDirectories(properties.dataDir().resolve("inbox").resolve(t.id()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<FieldTemplate> all() {
    return templates;
  }

  public Optional<FieldTemplate> find(String type) {
    return templates.stream().filter(t -> t.id().equals(type)).findFirst();
  }

  /** OCR languages for a type; the intake default for unknown types. */
  String languagesFor(String type) {
    return find(type)
        .map(FieldTemplate::languages)
        .filter(l -> l != null && !l.isBlank())
        .orElse(settings.defaultLanguages());
  }
}
