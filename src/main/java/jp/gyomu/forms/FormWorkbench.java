package jp.gyomu.forms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.fields.FieldTemplateLoader;
import jp.gyomu.ingestion.DocumentTypes;
import jp.gyomu.ingestion.OcrDeadlines;
import jp.gyomu.system.GyomuProperties;
import org.springframework.stereotype.Service;

/**
 * The document-type machinery for templates not (yet) in use, e.g. the form studio's drafts: the
 * start-up checks, reading scans as the pipeline does, the trial, and putting a template in use.
 * One door, so the studio runs exactly the checks and the trial that the document-types API runs.
 */
@Service
public class FormWorkbench {

  private final DocumentTypeFiles files;
  private final FormTrial trial;
  private final DocumentTypes types;
  private final OcrDeadlines deadlines;
  private final Path workFolder;

  FormWorkbench(
      DocumentTypeFiles files,
      FormTrial trial,
      DocumentTypes types,
      OcrDeadlines deadlines,
      GyomuProperties properties) {
    this.files = files;
    this.trial = trial;
    this.types = types;
    this.deadlines = deadlines;
    this.workFolder = properties.dataDir().resolve("studio");
  }

  /** A type in use as its files say: the template's text and its sample page, if any. */
  public record TypeFiles(String id, String yaml, Optional<byte[]> samplePng) {}

  /**
   * @throws IllegalArgumentException (400) for an id that cannot be a document type's
   */
  public static String checkId(String id) {
    return DocumentTypeFiles.checkId(id);
  }

  /** The name a template gives its sample page: {@code <id>.sample.png}. */
  public static String sampleFileName(String id) {
    return DocumentTypeFiles.sampleFileName(id);
  }

  /** The {@code id:} a definition gives itself, if it can be read at all. */
  public static Optional<String> declaredId(String yaml) {
    return DocumentTypeFiles.topLevelText(yaml, "id");
  }

  /** The type in use with that id, as files. */
  public Optional<TypeFiles> inUse(String id) {
    return types
        .find(checkId(id))
        .map(
            t -> {
              try {
                String yaml = Files.readString(files.definitionFile(id));
                return new TypeFiles(
                    id,
                    yaml,
                    t.sample() == null
                        ? Optional.empty()
                        : Optional.of(Files.readAllBytes(t.sample())));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /**
   * Checks a definition exactly as start-up does, with its sample page beside it as {@code
   * <id>.sample.png}, and hands the loaded template to {@code use} while the files exist (zones
   * given on the sample page need it).
   *
   * @throws DefinitionRefusedException (422) naming the place and the problem
   */
  public <T> T withTemplate(
      String id, String yaml, byte[] samplePng, Function<FieldTemplate, T> use) {
    checkId(id);
    byte[] definition = yaml.getBytes(StandardCharsets.UTF_8);
    files.checkSize(id, definition);
    // one folder per id, so the reference-page cache keeps one entry per draft
    Path folder = workFolder.resolve(id);
    synchronized (this) {
      try {
        Files.createDirectories(folder);
        Path sample = folder.resolve(sampleFileName(id));
        if (samplePng != null) {
          Files.write(sample, samplePng);
        } else {
          Files.deleteIfExists(sample);
        }
        Path file = Files.write(folder.resolve(id + FieldTemplateLoader.SUFFIX), definition);
        return use.apply(DocumentTypeFiles.check(file, id));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Checks a definition as start-up does; see {@link #withTemplate}. */
  public FieldTemplate check(String id, String yaml, byte[] samplePng) {
    return withTemplate(id, yaml, samplePng, Function.identity());
  }

  /**
   * Reads a scan as an upload is read (same limits, same engine, one document's OCR deadline).
   *
   * @param languages Tesseract languages, the template's {@code languages}
   */
  public ReadScan read(String languages, String name, byte[] content) {
    return trial.read(
        languages,
        new FormTrial.Upload() {
          @Override
          public String name() {
            return name;
          }

          @Override
          public InputStream open() {
            return new ByteArrayInputStream(content);
          }
        },
        deadlines.documentDeadline());
  }

  /**
   * @throws IllegalArgumentException (400) for expected values that are not an object of the
   *     template's field names (or table cells) to values
   */
  public void checkExpected(FieldTemplate template, String json) {
    ExpectedValues.parse(json, template);
  }

  /**
   * The template on scans read before: each field against the expected values kept with each scan
   * (keys the template no longer has are skipped). No OCR runs.
   *
   * @param expected per scan, JSON or null
   */
  public TrialReport trial(
      FieldTemplate template, List<ReadScan> scans, List<String> scanIds, List<String> expected) {
    List<ExpectedValues> wanted = new ArrayList<>();
    for (String json : expected) {
      wanted.add(json == null ? ExpectedValues.none() : ExpectedValues.parseKnown(json, template));
    }
    return trial.run(template, scans, scanIds, wanted, types.all());
  }

  /**
   * Writes the template (and its sample page, when the template names it) into the processes folder
   * and puts it in use at once, as {@code PUT /api/document-types/{id}} does.
   *
   * @return whether the type is new
   * @throws DefinitionRefusedException (422) naming the place and the problem; nothing written
   */
  public boolean putInUse(String id, String yaml, byte[] samplePng) {
    boolean namesSample =
        DocumentTypeFiles.topLevelText(yaml, "sample")
            .filter(sampleFileName(id)::equals)
            .isPresent();
    return files
        .save(
            id,
            yaml.getBytes(StandardCharsets.UTF_8),
            namesSample && samplePng != null
                ? Optional.of(new DocumentTypeFiles.Sample(samplePng))
                : Optional.empty())
        .created();
  }
}
