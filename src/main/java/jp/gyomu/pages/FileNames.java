package jp.gyomu.pages;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns whatever name a scanner, browser or user sent into one that is safe to show and to use
 * inside Gyomu's folders: no path parts, no control characters, no characters Windows shares
 * refuse, at most 120 characters. Japanese and other scripts stay as they are.
 */
public final class FileNames {

  private static final int MAX_CODE_POINTS = 120;
  // Linux and most file systems allow 255 bytes per name; Japanese takes 3 bytes a character
  private static final int MAX_NAME_BYTES = 255;
  private static final String REASON_SUFFIX = ".reason.txt";

  private FileNames() {}

  public static String sanitise(String name) {
    String s = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
    s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
    var out = new StringBuilder();
    s.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                return;
              }
              out.appendCodePoint("<>:\"|?*".indexOf(c) >= 0 ? '_' : c);
            });
    String cleaned = out.toString().strip().replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
    if (cleaned.isEmpty()) {
      return "document";
    }
    return shorten(cleaned);
  }

  /**
   * The name a document's file gets in the archive and quarantine folders, {@code <id>-<name>}:
   * sanitised and cut so that it, and its {@code .reason.txt} beside it, fit the file system's 255
   * bytes per name.
   */
  public static String besideId(String id, String name) {
    String prefix = id + "-";
    int budget = MAX_NAME_BYTES - utf8Length(prefix) - REASON_SUFFIX.length();
    String safe = sanitise(name);
    while (utf8Length(safe) > budget) {
      safe = cut(safe, safe.codePointCount(0, safe.length()) - 1);
    }
    return prefix + safe;
  }

  /** Keeps the extension when the name must be cut. */
  private static String shorten(String name) {
    if (name.codePointCount(0, name.length()) <= MAX_CODE_POINTS) {
      return name;
    }
    return cut(name, MAX_CODE_POINTS);
  }

  /** The name in {@code codePoints} characters, its extension kept. */
  private static String cut(String name, int codePoints) {
    int dot = name.lastIndexOf('.');
    String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
    String base = ext.isEmpty() ? name : name.substring(0, dot);
    int keep = Math.max(1, codePoints - ext.length());
    return base.substring(
            0, base.offsetByCodePoints(0, Math.min(keep, base.codePointCount(0, base.length()))))
        + ext;
  }

  private static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
