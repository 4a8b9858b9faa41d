package jp.gyomu.process;

/**
 * Names of the variables every document-driven process starts with. Field values also travel as one
 * variable each, named by the field template's field name (e.g. {@code totalAmount}): {@code Long}
 * for amounts and numbers, an ISO date {@code String} for dates, {@code String} otherwise, and
 * {@code null} for a field that was not read, so every template field exists as a variable ({@link
 * CaseField#caseValue}). {@link CaseVariables} builds them all from a field extraction.
 */
public final class ProcessVariables {

  /** Gyomu's document id; also the process instance's business key. */
  public static final String DOCUMENT_ID = "documentId";

  /** The document type, equal to the process key. */
  public static final String DOCUMENT_TYPE = "documentType";

  /** Mean OCR confidence of the document, 0 to 100. */
  public static final String MEAN_CONFIDENCE = "meanConfidence";

  /**
   * All extracted fields as a JSON variable (Camunda type Json, so no 4000-character limit), in the
   * template's order, each a {@link CaseField}: {@code {"totalAmount": {"label": "金額", "type":
   * "amount", "required": true, "value": 12345, "raw": "12,345円", "confidence": 91.5, "status":
   * "OK", "page": 1, "box": {...}}, ...}}. {@link CaseFields} reads and writes it; docs/BOTS.md
   * shows every key. The review form shows and edits these; after a review, value is the reviewed
   * one and status CORRECTED or CONFIRMED.
   */
  public static final String FIELDS = "fields";

  /**
   * True when a required field is missing, invalid or below its confidence threshold, or a check
   * across fields declared in the template failed (合計 ≠ 小計 + 消費税).
   */
  public static final String NEEDS_REVIEW = "needsReview";

  /**
   * Why review is needed, one reason per line, in Japanese for the operator: each field that needs
   * review ({@code 金額: 読み取れませんでした}), then each failed check across fields with the values it
   * compared.
   */
  public static final String REVIEW_REASONS = "reviewReasons";

  private ProcessVariables() {}
}
