package jp.gyomu.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import jp.gyomu.pages.FileNames;
import jp.gyomu.system.GyomuProperties;
import org.springframework.stereotype.Component;

/**
 * The files of each document under {@code GYOMU_DATA_DIR/documents/<id>/}: the original as it came,
 * page images, text and the searchable PDF. Refused originals move to {@code quarantine/} with a
 * reason file beside them. Nothing here deletes the only copy of an original.
 */
@Component
public class DocumentStore {

  private static final String REASON = "reason: ";

  private final Path documents;
  private final Path quarantine;

  DocumentStore(GyomuProperties properties) {
    this.documents = properties.dataDir().resolve("documents");
    this.quarantine = properties.dataDir().resolve("quarantine");
  }

  /** An original written into the store, with what was learnt while writing it. */
  record Stored(Path file, String sha256, long sizeBytes) {}

  /**
   * Copies an incoming stream into the document's folder, hashing it on the way. The folder is
   * written before any database row exists, so a row never points at a missing original.
   */
  Stored storeOriginal(String id, InputStream in) {
    try {
      Path folder = Files.createDirectories(folder(id));
      Path part = folder.resolve("original.part");
      var digest = MessageDigest.getInstance("SHA-256");
      long size;
      try (var hashing = new DigestInputStream(in, digest);
          OutputStream out = Files.newOutputStream(part)) {
        size = hashing.transferTo(out);
      }
      Path original = Files.move(part, folder.resolve("original"), StandardCopyOption.ATOMIC_MOVE);
      return new Stored(original, HexFormat.of().formatHex(digest.digest()), size);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store document " + id, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Removes a folder written for an arrival that turned out to be known already. */
  void discard(String id) {
    try (var files = Files.walk(folder(id))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(DocumentStore::deleteQuietly);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path folder(String id) {
    if (!id.matches("[0-9a-f-]{36}")) {
      throw new IllegalArgumentException("Not a document id: " + id);
    }
    return documents.resolve(id);
  }

  public Path original(String id) {
    return folder(id).resolve("original");
  }

  public Path pageImage(String id, int page) {
    return folder(id).resolve(String.format(Locale.ROOT, "page-%03d.png", page));
  }

  public Path text(String id) {
    return folder(id).resolve("text.txt");
  }

  public Path searchablePdf(String id) {
    return folder(id).resolve("searchable.pdf");
  }

  /**
   * Moves a refused original to the quarantine folder as {@code <id>-<name>} with {@code
   * <id>-<name>.reason.txt} beside it. The reason is written first: a crash between the two leaves
   * the original in place (the pipeline reads it again) or both in quarantine (see {@link
   * #quarantineReason}).
   */
  Path quarantine(String id, String originalName, String reason) {
    try {
      Files.createDirectories(quarantine);
      String name = FileNames.besideId(id, originalName);
      Path target = quarantine.resolve(name);
      Files.writeString(
          quarantine.resolve(name + ".reason.txt"),
          "document: " + id + "\nname: " + originalName + "\n" + REASON + reason + "\n",
          StandardCharsets.UTF_8);
      Path original = original(id);
      if (Files.exists(original)) {
        Files.move(original, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot quarantine document " + id, e);
    }
  }

  /** The reason a document's original was moved to quarantine, if it was. */
  Optional<String> quarantineReason(String id, String originalName) {
    String name = FileNames.besideId(id, originalName);
    Path reasonFile = quarantine.resolve(name + ".reason.txt");
    if (!Files.exists(quarantine.resolve(name)) || !Files.exists(reasonFile)) {
      return Optional.empty();
    }
    try {
      return Files.readAllLines(reasonFile, StandardCharsets.UTF_8).stream()
          .filter(line -> line.startsWith(REASON))
          .map(line -> line.substring(REASON.length()))
          .findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Moves a quarantined original back into the document's folder, where the pipeline reads it. Does
   * nothing when it is there already (a release that stopped before its state changed, done again).
   * The reason file stays until {@link #forgetQuarantineReason} (after the state changed): without
   * the original beside it, it quarantines nothing.
   *
   * @return whether the original is in the document's folder now
   */
  boolean restoreFromQuarantine(String id, String originalName) {
    Path original = original(id);
    Path quarantined = quarantine.resolve(FileNames.besideId(id, originalName));
    try {
      if (!Files.exists(original) && Files.exists(quarantined)) {
        Files.move(quarantined, original);
      }
      return Files.exists(original);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot take document " + id + " out of quarantine", e);
    }
  }

  void forgetQuarantineReason(String id, String originalName) {
    deleteQuietly(quarantine.resolve(FileNames.besideId(id, originalName) + ".reason.txt"));
  }

  /** Where the original is now: the document's folder, or the quarantine folder. */
  public Optional<Path> currentOriginal(String id, String originalName) {
    Path original = original(id);
    if (Files.isRegularFile(original)) {
      return Optional.of(original);
    }
    Path quarantined = quarantine.resolve(FileNames.besideId(id, originalName));
    return Files.isRegularFile(quarantined) ? Optional.of(quarantined) : Optional.empty();
  }

  public void writeText(String id, String text) {
    try {
      Files.writeString(text(id), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // best effort: a leftover folder without a row is harmless
    }
  }
}
