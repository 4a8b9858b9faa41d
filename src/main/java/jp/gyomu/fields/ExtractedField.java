package jp.gyomu.fields;

import java.awt.Rectangle;
import java.util.List;
import jp.gyomu.reasons.Reason;

/**
 * One field as read from a document.
 *
 * @param name the field's English id
 * @param value the normalised value ({@code String}, {@code LocalDate} or {@code Long}, see {@link
 *     FieldType#normalise}), or null when missing or invalid
 * @param rawText the text beside or below the label, as read
 * @param confidence the lowest OCR confidence of the value's words (one misread digit spoils an
 *     amount, so the weakest word decides); the page's confidence for a text layer, 0 when missing
 * @param meanConfidence the mean OCR confidence of the value's words
 * @param box the union of the value's word boxes in page pixels, or null (missing, text layer)
 * @param page the page it was read from, 0-based, or -1 when missing
 * @param status how far the value can be trusted
 * @param reasons why it is not OK; for an OK value optional caveats (e.g. 平成 after 2019-04-30);
 *     empty when there is nothing to say
 * @param required whether the template requires the field
 */
public record ExtractedField(
    String name,
    Object value,
    String rawText,
    float confidence,
    float meanConfidence,
    Rectangle box,
    int page,
    Status status,
    List<Reason> reasons,
    boolean required) {

  public enum Status {
    OK,
    LOW_CONFIDENCE,
    MISSING,
    INVALID
  }

  public ExtractedField {
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  static ExtractedField missing(FieldDefinition field, Reason reason) {
    return new ExtractedField(
        field.name(), null, "", 0, 0, null, -1, Status.MISSING, List.of(reason), field.required());
  }

  /** The reasons in English, joined by {@code ; } (logs, bots, older readers); null when none. */
  public String reason() {
    return Reason.english(reasons);
  }

  /** Whether a person must look at this field before the document goes on. */
  public boolean needsReview() {
    return required && status != Status.OK;
  }
}
