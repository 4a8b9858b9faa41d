package jp.gyomu.process;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.awt.Rectangle;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import jp.gyomu.fields.ExtractedField;
import jp.gyomu.fields.FieldDefinition;
import jp.gyomu.fields.FieldType;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.Reasons;

/**
 * One field as a case carries it in its {@code fields} variable (see {@link CaseFields}): written
 * when the case starts, shown and edited by the review form, brought up to date by a review, read
 * by bots. Its JSON keys are the component names; docs/BOTS.md shows them all.
 *
 * @param label the Japanese label as printed on the form
 * @param type the field type's id in the template ({@code text}, {@code date}, {@code amount}...)
 * @param required whether the template requires the field
 * @param value the value (see {@link #caseValue}), the reviewed one after a review; null when not
 *     read
 * @param raw the text as read, absent when the field was not found at all
 * @param confidence the OCR confidence of the value, 0-100, one decimal; 0 when not read
 * @param status how far the value can be trusted
 * @param reason why it is not OK (or a caveat on an OK value), absent when there is none
 * @param page the page it was read from, counted from 1; absent when unknown
 * @param box where on the page, in page-image pixels; absent when unknown (missing, text layer)
 * @param correctedBy the user who corrected or confirmed the value in the last review that did
 *     either; absent before
 * @param options a {@code choice} field's options as printed (有, 無), for the review form; absent
 *     for other types
 * @param columns a table's columns (so a reviewer can edit cells by type); absent for other types
 * @param reasons {@code reason} as data: each a code from the {@code reason.*} message keys with
 *     its arguments, for screens that render it in the reader's language; absent when there is none
 *     and in cases started before reasons were typed
 * @param reasonText {@code reason} in Japanese, as the task forms show it; absent like {@code
 *     reasons}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "label",
  "type",
  "required",
  "value",
  "raw",
  "confidence",
  "status",
  "reason",
  "page",
  "box",
  "correctedBy",
  "options",
  "columns",
  "reasons",
  "reasonText"
})
public record CaseField(
    String label,
    String type,
    boolean required,
    @JsonInclude(JsonInclude.Include.ALWAYS) Object value,
    String raw,
    Double confidence,
    @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) Status status,
    String reason,
    Integer page,
    Box box,
    String correctedBy,
    List<String> options,
    List<Column> columns,
    List<Reason> reasons,
    String reasonText) {

  /** How far a field's value can be trusted, as read or after a review. */
  public enum Status {
    /** Read with enough confidence and valid for its type. */
    OK,
    /** Read and valid, but below the field's confidence threshold. */
    LOW_CONFIDENCE,
    /** Not found on the document. */
    MISSING,
    /** Found, but not a valid value of its type (e.g. a date that does not exist). */
    INVALID,
    /** A reviewer changed the value. */
    CORRECTED,
    /** A reviewer kept a value that was not OK. */
    CONFIRMED;

    static Status of(ExtractedField.Status read) {
      return valueOf(read.name());
    }
  }

  /** A rectangle in page-image pixels, from the top left corner. */
  public record Box(int x, int y, int width, int height) {
    static Box of(Rectangle r) {
      return r == null ? null : new Box(r.x, r.y, r.width, r.height);
    }
  }

  public CaseField {
    value = caseValue(value);
    options = options == null || options.isEmpty() ? null : List.copyOf(options);
    columns = columns == null || columns.isEmpty() ? null : List.copyOf(columns);
    reasons = reasons == null || reasons.isEmpty() ? null : List.copyOf(reasons);
  }

  /** A field without typed reasons (a case started before they were typed, a test). */
  public CaseField(
      String label,
      String type,
      boolean required,
      Object value,
      String raw,
      Double confidence,
      Status status,
      String reason,
      Integer page,
      Box box,
      String correctedBy,
      List<String> options,
      List<Column> columns) {
    this(
        label,
        type,
        required,
        value,
        raw,
        confidence,
        status,
        reason,
        page,
        box,
        correctedBy,
        options,
        columns,
        null,
        null);
  }

  /**
   * This field with {@code reasonText} in {@code locale}'s language, when its reasons are typed.
   */
  public CaseField withReasonTextIn(Locale locale) {
    if (reasons == null) {
      return this;
    }
    return new CaseField(
        label,
        type,
        required,
        value,
        raw,
        confidence,
        status,
        reason,
        page,
        box,
        correctedBy,
        options,
        columns,
        reasons,
        Reasons.text(reasons, locale));
  }

  /** This field's reason in {@code locale}: rendered from {@link #reasons}, else as stored. */
  public String reasonIn(Locale locale) {
    return reasons == null ? reason : Reasons.text(reasons, locale);
  }

  /** A field of a type without options or columns. */
  public CaseField(
      String label,
      String type,
      boolean required,
      Object value,
      String raw,
      Double confidence,
      Status status,
      String reason,
      Integer page,
      Box box,
      String correctedBy) {
    this(
        label,
        type,
        required,
        value,
        raw,
        confidence,
        status,
        reason,
        page,
        box,
        correctedBy,
        null,
        null);
  }

  /** One column of a table field: its cells' key, the header as printed, its type's id. */
  public record Column(String name, String label, String type) {
    static List<Column> of(FieldDefinition definition) {
      return definition.columns().stream()
          .map(c -> new Column(c.name(), c.label(), c.type().id()))
          .toList();
    }
  }

  /**
   * A value as a case carries it, in its own variable and in {@code fields}: dates as ISO text
   * (readable in Cockpit, in FEEL and for any bot), also inside a table's rows; everything else as
   * it is ({@code Long} for amounts and numbers, {@code Boolean} for check boxes, a list of row
   * maps for tables, {@code String} otherwise).
   */
  public static Object caseValue(Object value) {
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    if (value instanceof List<?> rows) {
      return rows.stream().map(CaseField::caseValue).toList();
    }
    if (value instanceof Map<?, ?> cells) {
      Map<Object, Object> out = new LinkedHashMap<>();
      cells.forEach((k, v) -> out.put(k, caseValue(v)));
      return out;
    }
    return value;
  }

  /** A template field as the fields step read it; {@code read} is null when it was not found. */
  static CaseField of(FieldDefinition definition, ExtractedField read) {
    String type = definition.type().id();
    if (read == null) {
      return new CaseField(
          definition.label(),
          type,
          definition.required(),
          null,
          null,
          0.0,
          Status.MISSING,
          null,
          null,
          null,
          null,
          definition.options(),
          Column.of(definition));
    }
    return new CaseField(
        definition.label(),
        type,
        definition.required(),
        read.value(),
        read.rawText(),
        Math.round(read.confidence() * 10) / 10.0,
        Status.of(read.status()),
        read.reason(),
        read.page() >= 0 ? read.page() + 1 : null, // pages are counted from 1 in the document API
        Box.of(read.box()),
        null,
        definition.options(),
        Column.of(definition),
        read.reasons(),
        read.reasons().isEmpty() ? null : Reasons.text(read.reasons(), Locale.JAPANESE));
  }

  /**
   * A value submitted in a review (as text when the form or an edit in Cockpit did not type it),
   * normalised like OCR output so a bot never gets {@code "12,345円"} where it expects a number.
   */
  public Object normalise(Object submitted) {
    if (FieldType.TABLE.id().equals(type) && submitted != null) {
      return CaseTables.normalise(submitted, columns);
    }
    if (!(submitted instanceof String text)) {
      return caseValue(submitted);
    }
    if (text.isBlank()) {
      return null;
    }
    var fieldType = FieldType.byId(type).orElse(FieldType.TEXT);
    if (fieldType == FieldType.TEXT) {
      return text.strip();
    }
    var value = fieldType.normalise(text).value();
    if (value == null) {
      return text.strip(); // keep what the operator typed; the bot will reject it visibly
    }
    return caseValue(value);
  }

  /** The value as text, as stored in a correction row. */
  public String valueText() {
    return value == null ? null : value.toString();
  }

  /** Whether a reviewed value differs from this one. */
  public boolean changedBy(Object reviewedValue) {
    return !Objects.equals(valueText(), reviewedValue == null ? null : reviewedValue.toString());
  }

  /**
   * This field after a review by {@code reviewer}: a changed value is CORRECTED, a kept value that
   * was not OK is CONFIRMED, a kept OK value stays as it was.
   */
  public CaseField reviewed(Object reviewedValue, String reviewer) {
    Status after;
    if (changedBy(reviewedValue)) {
      after = Status.CORRECTED;
    } else if (status != Status.OK) {
      after = Status.CONFIRMED;
    } else {
      return new CaseField(
          label,
          type,
          required,
          reviewedValue,
          raw,
          confidence,
          status,
          reason,
          page,
          box,
          correctedBy,
          options,
          columns,
          reasons,
          reasonText);
    }
    return new CaseField(
        label,
        type,
        required,
        reviewedValue,
        raw,
        confidence,
        after,
        reason,
        page,
        box,
        reviewer,
        options,
        columns,
        reasons,
        reasonText);
  }
}
