package jp.gyomu.pages;

import static jp.gyomu.pages.UnreadableDocumentException.Problem.UNSUPPORTED_FORMAT;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The file types intake reads, recognised by their first bytes, never by the file name. */
public enum DocumentFormat {
  PNG,
  JPEG,
  TIFF,
  BMP,
  PDF;

  /** How many leading bytes {@link #detect} needs at most. */
  static final int HEAD_LENGTH = 1024;

  /**
   * @param head the file's first bytes ({@link #HEAD_LENGTH} or the whole file if shorter)
   * @throws UnreadableDocumentException with {@code UNSUPPORTED_FORMAT} and a reason naming what
   *     the file seems to be
   */
  static DocumentFormat detect(byte[] head) {
    if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return PNG;
    }
    if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
      return JPEG;
    }
    if (startsWith(head, 'I', 'I', 0x2A, 0x00) || startsWith(head, 'M', 'M', 0x00, 0x2A)) {
      return TIFF;
    }
    if (isBmp(head)) {
      return BMP;
    }
    // the PDF specification lets readers accept the header anywhere in the first 1024 bytes
    if (indexOf(head, "%PDF-".getBytes(StandardCharsets.US_ASCII)) >= 0) {
      return PDF;
    }
    throw new UnreadableDocumentException(UNSUPPORTED_FORMAT, unsupportedReason(head));
  }

  /** The BMP magic "BM" alone is too weak (a text file may start with it): check the DIB size. */
  private static boolean isBmp(byte[] head) {
    if (!startsWith(head, 'B', 'M') || head.length < 18) {
      return false;
    }
    int dibHeaderSize =
        (head[14] & 0xFF)
            | (head[15] & 0xFF) << 8
            | (head[16] & 0xFF) << 16
            | (head[17] & 0xFF) << 24;
    return Arrays.asList(12, 40, 52, 56, 64, 108, 124).contains(dibHeaderSize);
  }

  private static String unsupportedReason(byte[] head) {
    String supported = "Gyomu reads PDF, PNG, JPEG, TIFF and BMP files.";
    if (head.length == 0) {
      return "The file is empty. " + supported;
    }
    if (startsWith(head, 'I', 'I', 0x2B, 0x00) || startsWith(head, 'M', 'M', 0x00, 0x2B)) {
      return "BigTIFF files are not supported; save the scan as ordinary TIFF or PDF.";
    }
    if (startsWith(head, 'P', 'K', 0x03, 0x04)) {
      return "The file is a ZIP archive or an Office document (docx, xlsx); save it as PDF. "
          + supported;
    }
    if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "The file is an old Office document (doc, xls); save it as PDF. " + supported;
    }
    if (startsWith(head, 'G', 'I', 'F', '8')) {
      return "GIF images are not supported. " + supported;
    }
    if (head.length >= 12 && new String(head, 4, 4, StandardCharsets.US_ASCII).equals("ftyp")) {
      return "The file is a HEIC/HEIF photo or a video; export it as JPEG. " + supported;
    }
    if (looksLikeText(head)) {
      return "The file contains plain text, not a scanned document. " + supported;
    }
    return "The file type is not recognised (it starts with bytes " + hex(head) + "). " + supported;
  }

  private static boolean looksLikeText(byte[] head) {
    int n = Math.min(head.length, 512);
    for (int i = 0; i < n; i++) {
      int b = head[i] & 0xFF;
      if (b < 0x09 || (b > 0x0D && b < 0x20)) {
        return false;
      }
    }
    return true;
  }

  private static String hex(byte[] head) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < Math.min(8, head.length); i++) {
      s.append(String.format("%02X ", head[i] & 0xFF));
    }
    return s.toString().trim();
  }

  private static boolean startsWith(byte[] head, int... magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] head, byte[] needle) {
    int limit = Math.min(head.length, HEAD_LENGTH) - needle.length;
    for (int i = 0; i <= limit; i++) {
      if (Arrays.equals(head, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }
}
