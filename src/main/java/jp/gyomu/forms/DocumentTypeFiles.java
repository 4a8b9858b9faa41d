package jp.gyomu.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.fields.FieldTemplateException;
import jp.gyomu.fields.FieldTemplateLoader;
import jp.gyomu.ingestion.DocumentTypes;
import jp.gyomu.ingestion.IntakeSettings;
import jp.gyomu.pages.DocumentFormat;
import jp.gyomu.pages.PageSource;
import jp.gyomu.pages.UnreadableDocumentException;
import jp.gyomu.system.GyomuProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The templates in the processes folder as files: reads one, and writes one (with its sample page)
 * after checking it exactly as start-up does, then puts the folder's types in use. A refused file
 * leaves the folder and the types in use as they were.
 */
@Service
class DocumentTypeFiles {

  /** The loader's rule for ids, also a safe file name (no dots, no slashes). */
  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private static final int MAX_ID_LENGTH = 64;
  private static final String SAMPLE_SUFFIX = ".sample.png";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Logger log = LoggerFactory.getLogger(DocumentTypeFiles.class);

  private final DocumentTypes types;
  private final GyomuProperties properties;
  private final IntakeSettings intake;
  private final FormsSettings settings;

  DocumentTypeFiles(
      DocumentTypes types,
      GyomuProperties properties,
      IntakeSettings intake,
      FormsSettings settings) {
    this.types = types;
    this.properties = properties;
    this.intake = intake;
    this.settings = settings;
  }

  /** What a PUT did: the type now in use, and whether it is new. */
  record Saved(FieldTemplate template, boolean created) {}

  /** An uploaded reference page. */
  record Sample(byte[] content) {}

  /**
   * @throws IllegalArgumentException (400) for an id that cannot be a type's (path tricks included)
   */
  static String checkId(String id) {
    if (id == null || id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "A document type's id is lower-case letters and digits in words joined by '-', at most "
              + MAX_ID_LENGTH
              + " characters, e.g. facility-use");
    }
    return id;
  }

  /** The type in use, or 404. */
  FieldTemplate inUse(String id) {
    return types.find(checkId(id)).orElseThrow(() -> new UnknownDocumentTypeException(id));
  }

  Path definitionFile(String id) {
    return properties.processesDir().resolve(checkId(id) + FieldTemplateLoader.SUFFIX);
  }

  /** The template file's text as the analyst wrote it. */
  String definition(String id) {
    inUse(id);
    try {
      return Files.readString(definitionFile(id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks the definition (and sample) as start-up would, then writes them to {@code
   * processes/<id>.fields.yaml} (and {@code <id>.sample.png}), each replaced in one move, and
   * reloads the document types.
   *
   * @throws DefinitionRefusedException (422) naming the place and problem; nothing is written
   */
  synchronized Saved save(String id, byte[] definition, Optional<Sample> sample) {
    checkId(id);
    checkSize(id, definition);
    Path folder = properties.processesDir();
    Path staging = null;
    try {
      // beside the target, so the moves stay on one file system; hidden from deployer and loader
      staging = Files.createTempDirectory(folder, ".staging-");
      Path stagedDefinition = staging.resolve(id + FieldTemplateLoader.SUFFIX);
      Files.write(stagedDefinition, definition);
      Path stagedSample = stageSample(id, definition, sample, staging);
      check(stagedDefinition, id);
      boolean created = types.find(id).isEmpty();
      replace(id, stagedDefinition, stagedSample);
      log.info("Document type {} {} from the API", id, created ? "created" : "changed");
      return new Saved(types.find(id).orElseThrow(), created);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(staging);
    }
  }

  /** Loads the staged file as start-up would, its messages naming the file, not the staging. */
  static FieldTemplate check(Path staged, String id) {
    try {
      return FieldTemplateLoader.load(staged);
    } catch (FieldTemplateException e) {
      throw new DefinitionRefusedException(
          e.getMessage().replace(staged.toString(), id + FieldTemplateLoader.SUFFIX), e);
    }
  }

  /** Refuses (422) a definition larger than gyomu.forms.max-definition-size. */
  void checkSize(String id, byte[] definition) {
    if (definition.length > settings.maxDefinitionSize().toBytes()) {
      throw new DefinitionRefusedException(
          "%s%s: the definition has %d bytes; at most %d are accepted (gyomu.forms.max-definition-size)"
              .formatted(
                  id,
                  FieldTemplateLoader.SUFFIX,
                  definition.length,
                  settings.maxDefinitionSize().toBytes()),
          null);
    }
  }

  /** A top-level text member of a definition ({@code id}, {@code sample}), if it can be read. */
  static Optional<String> topLevelText(String definition, String key) {
    try {
      JsonNode root = YAML.readTree(definition);
      return root != null && root.path(key).isTextual()
          ? Optional.of(root.get(key).asText().strip())
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static String sampleFileName(String id) {
    return id + SAMPLE_SUFFIX;
  }

  /**
   * Puts the reference page the definition names beside the staged file: the uploaded one as {@code
   * <id>.sample.png}, or the one already in the folder.
   *
   * @return the staged sample to move into place, or null when none was uploaded
   */
  private Path stageSample(String id, byte[] definition, Optional<Sample> sample, Path staging)
      throws IOException {
    Optional<String> named = sampleNamed(definition);
    String expected = id + SAMPLE_SUFFIX;
    if (sample.isEmpty()) {
      // a plain name only (the loader refuses others): the file already beside the templates
      Optional<Path> existing =
          named
              .filter(n -> n.matches("[A-Za-z0-9][A-Za-z0-9._-]*"))
              .map(properties.processesDir()::resolve)
              .filter(Files::isRegularFile);
      if (existing.isPresent()) {
        Files.copy(existing.get(), staging.resolve(existing.get().getFileName()));
      }
      return null;
    }
    if (!named.equals(Optional.of(expected))) {
      throw new DefinitionRefusedException(
          "%s%s: sample: a sample image was sent, so the definition names it: sample: %s"
              .formatted(id, FieldTemplateLoader.SUFFIX, expected),
          null);
    }
    Path upload = Files.write(staging.resolve("upload"), sample.get().content());
    Path png = staging.resolve(expected);
    try (PageSource source = PageSource.open(upload, intake.documentLimits())) {
      if (source.format() != DocumentFormat.PNG && source.format() != DocumentFormat.JPEG) {
        throw new DefinitionRefusedException(
            "sample: a PNG or JPEG image of one page is required, not " + source.format(), null);
      }
      // decoded and written again: what is kept is pixels only, whatever the upload carried
      ImageIO.write(source.render(0).image(), "png", png.toFile());
    } catch (UnreadableDocumentException e) {
      throw new DefinitionRefusedException("sample: " + e.getMessage(), e);
    }
    return png;
  }

  /** The {@code sample:} the definition names, if it can be read at all (else the loader says). */
  private static Optional<String> sampleNamed(byte[] definition) {
    try {
      JsonNode root = YAML.readTree(definition);
      return root != null && root.path("sample").isTextual()
          ? Optional.of(root.get("sample").asText().strip())
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Moves the staged files into place and reloads the types; if the folder then cannot be loaded
   * (another template is broken), puts the old files back and refuses.
   */
  private void replace(String id, Path stagedDefinition, Path stagedSample) throws IOException {
    Path target = definitionFile(id);
    Path sampleTarget = properties.processesDir().resolve(id + SAMPLE_SUFFIX);
    byte[] oldDefinition = Files.exists(target) ? Files.readAllBytes(target) : null;
    byte[] oldSample =
        stagedSample != null && Files.exists(sampleTarget)
            ? Files.readAllBytes(sampleTarget)
            : null;
    if (stagedSample != null) {
      move(stagedSample, sampleTarget);
    }
    move(stagedDefinition, target);
    try {
      types.reload();
    } catch (FieldTemplateException e) {
      restore(target, oldDefinition, stagedDefinition);
      if (stagedSample != null) {
        restore(sampleTarget, oldSample, stagedSample);
      }
      throw new DefinitionRefusedException(
          id
              + FieldTemplateLoader.SUFFIX
              + " was not saved: the processes folder cannot be loaded with it: "
              + e.getMessage().replace(properties.processesDir() + "/", ""),
          e);
    }
  }

  private static void restore(Path target, byte[] old, Path staged) throws IOException {
    if (old == null) {
      Files.deleteIfExists(target);
    } else {
      move(Files.write(staged, old), target);
    }
  }

  /** Replaces the target in one step: a reader sees the old file or the new one, never half. */
  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.warn("Staging folder {} not removed", folder, e);
    }
  }
}
