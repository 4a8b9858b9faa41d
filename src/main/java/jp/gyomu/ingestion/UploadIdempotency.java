package jp.gyomu.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An upload's {@code Idempotency-Key} header: a client that sends the same upload again with the
 * same key (after a timeout, or to another node after one died) gets the document the first one
 * became, not a DUPLICATE. The key becomes the document's unique source key, scoped to the user who
 * sent it, so the database decides across nodes as it does for inbox files.
 */
final class UploadIdempotency {

  static final String HEADER = "Idempotency-Key";
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

  private UploadIdempotency() {}

  /** The source key for {@code key} sent by {@code user}; 400 for a key that is no such thing. */
  static String sourceKey(String user, String key) {
    if (!KEY.matcher(key).matches()) {
      throw problem(
          HttpStatus.BAD_REQUEST,
          HEADER + " must be 1 to 200 visible ASCII characters (a UUID, for example)");
    }
    return "upload:" + user + ":" + key;
  }

  /** 422 when a key comes back with other content than the document it named (a client's bug). */
  static void requireSameContent(InputStream content, String sha256) throws IOException {
    if (!sha256(content).equals(sha256)) {
      throw problem(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "This "
              + HEADER
              + " was used before for a different file; use a new key for a new document");
    }
  }

  private static String sha256(InputStream content) throws IOException {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      try (var in = new DigestInputStream(content, digest)) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ErrorResponseException problem(HttpStatus status, String detail) {
    return new ErrorResponseException(
        status, ProblemDetail.forStatusAndDetail(status, detail), null);
  }
}
