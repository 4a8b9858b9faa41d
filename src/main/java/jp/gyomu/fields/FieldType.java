package jp.gyomu.fields;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;

/** What kind of value a field holds, which decides how it is read and normalised. */
public enum FieldType {
  TEXT("text", Reading.LABELLED_TEXT),
  DATE("date", Reading.LABELLED_TEXT),
  AMOUNT("amount", Reading.LABELLED_TEXT),
  NUMBER("number", Reading.LABELLED_TEXT),
  POSTAL_CODE("postalCode", Reading.LABELLED_TEXT),
  PHONE("phone", Reading.LABELLED_TEXT),
  /** 適格請求書発行事業者登録番号: T and 13 digits whose first is a check digit. */
  INVOICE_REGISTRATION_NUMBER("invoiceRegistrationNumber", Reading.LABELLED_TEXT),
  /** A box beside a label, marked or not: a {@code Boolean}. */
  CHECKBOX("checkbox", Reading.MARK),
  /** Which one of a field's {@code options} has its box marked: the option's text. */
  CHOICE("choice", Reading.MARK),
  /** Rows under a header row: a list of row objects keyed by the columns' names. */
  TABLE("table", Reading.TABLE),
  /** A QR code or a 1-D barcode printed on the page: its decoded text. */
  QR("qr", Reading.CODE);

  /** How a field of a type is found on the page. */
  public enum Reading {
    /** Text beside or below a printed label, normalised by the type. */
    LABELLED_TEXT,
    /** Decided from the pixels of boxes beside labels or options. */
    MARK,
    /** Cells under a header row. */
    TABLE,
    /** Decoded from a printed code's pixels. */
    CODE
  }

  private static final Set<String> YES = Set.of("true", "1", "yes", "有", "はい", "✓", "☑", "■", "✔");
  private static final Set<String> NO = Set.of("false", "0", "no", "無", "いいえ", "□", "");

  private final String id;
  private final Reading reading;

  FieldType(String id, Reading reading) {
    this.id = id;
    this.reading = reading;
  }

  /** The name used in template files. */
  public String id() {
    return id;
  }

  public Reading reading() {
    return reading;
  }

  public static Optional<FieldType> byId(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }

  /** The ids as a template lists them, for messages. */
  public static String ids() {
    return String.join(", ", Arrays.stream(values()).map(FieldType::id).toList());
  }

  /**
   * Normalises text: as read beside a label, or as typed in a review.
   *
   * @return a {@code String} for text, postal codes, phone numbers, registration numbers, choices
   *     and codes, a {@code LocalDate} for dates, a {@code Long} for amounts and numbers, a {@code
   *     Boolean} for check boxes; tables are never text
   */
  public Normalised<?> normalise(String raw) {
    String text = TableRules.strip(raw);
    return switch (this) {
      case TEXT, CHOICE, QR -> {
        String clean = TextNormaliser.normalise(text);
        yield clean.isEmpty()
            ? Normalised.invalid(Reason.of(ReasonCode.EMPTY))
            : Normalised.ok(clean);
      }
      case DATE -> JapaneseDateParser.parse(text);
      case AMOUNT, NUMBER -> AmountParser.parse(text);
      case POSTAL_CODE -> PostalCodeNormaliser.parse(text);
      case PHONE -> PhoneNumberNormaliser.parse(text);
      case INVOICE_REGISTRATION_NUMBER -> InvoiceRegistrationNumber.parse(text);
      case CHECKBOX -> checkbox(text);
      case TABLE -> Normalised.invalid(Reason.of(ReasonCode.TABLE_NOT_ONE_TEXT));
    };
  }

  private static Normalised<?> checkbox(String text) {
    String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (YES.contains(key)) {
      return Normalised.ok(Boolean.TRUE);
    }
    return NO.contains(key)
        ? Normalised.ok(Boolean.FALSE)
        : Normalised.invalid(Reason.of(ReasonCode.NOT_CHECK_BOX_VALUE));
  }
}
