package jp.gyomu.ingestion;

import java.time.OffsetDateTime;
import java.util.Locale;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.Reasons;

/**
 * One change of a document's state.
 *
 * @param reason why, as text: in the reader's language on the API when {@code reasonData} is there,
 *     else as stored (English, written before reasons were typed)
 * @param reasonData why, as data: a code of the {@code reason.*} message keys with its arguments
 */
public record DocumentEvent(
    DocumentStatus status, String reason, Reason reasonData, OffsetDateTime at) {

  /** This event with its reason in {@code locale}'s language when it is typed. */
  public DocumentEvent in(Locale locale) {
    return reasonData == null
        ? this
        : new DocumentEvent(status, Reasons.text(reasonData, locale), reasonData, at);
  }
}
