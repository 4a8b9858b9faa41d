package jp.gyomu.ingestion;

import java.text.Normalizer;

/**
 * Turns whatever name a scanner, browser or user sent into one that is safe to show and to use
 * inside Gyomu's folders: no path parts, no control characters, no characters Windows shares
 * refuse, at most 120 characters. Japanese and other scripts stay as they are.
 */
public final class FileNames {

  private static final int MAX_CODE_POINTS = 120;

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

  /** Keeps the extension when the name must be cut. */
  private static String shorten(String name) {
    if (name.codePointCount(0, name.length()) <= MAX_CODE_POINTS) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
    String base = ext.isEmpty() ? name : name.substring(0, dot);
    int keep = MAX_CODE_POINTS - ext.length();
    return base.substring(0, base.offsetByCodePoints(0, keep)) + ext;
  }
}
