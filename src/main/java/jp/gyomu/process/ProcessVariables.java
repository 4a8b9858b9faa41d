package jp.gyomu.process;

/**
 * Names of the variables every document-driven process starts with. Field values also travel as one
 * variable each, named by the field template's field name (e.g. {@code amount}).
 */
public final class ProcessVariables {

  /** Gyomu's document id; also the process instance's business key. */
  public static final String DOCUMENT_ID = "documentId";

  /** The document type, equal to the process key. */
  public static final String DOCUMENT_TYPE = "documentType";

  /** Mean OCR confidence of the document, 0 to 100. */
  public static final String MEAN_CONFIDENCE = "meanConfidence";

  /**
   * All extracted fields as JSON: {@code {"amount": {"value": 12345, "raw": "12,345円",
   * "confidence": 91.5, "status": "OK", "page": 1, "box": {"x":..,"y":..,"width":..,"height":..},
   * "label": "金額"}, ...}}. The review form shows and edits these.
   */
  public static final String FIELDS = "fields";

  /** True when a required field is missing, invalid or below its confidence threshold. */
  public static final String NEEDS_REVIEW = "needsReview";

  /** Why review is needed, one reason per line, in Japanese for the operator. */
  public static final String REVIEW_REASONS = "reviewReasons";

  private ProcessVariables() {}
}
