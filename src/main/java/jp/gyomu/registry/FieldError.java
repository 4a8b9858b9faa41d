package jp.gyomu.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.Reasons;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Why one value was refused; an item of a problem's {@code errors} (decision 0009).
 *
 * @param row the data row in an imported file, counted from 1 (0, left out of the JSON, for a
 *     single API request)
 * @param field the column or field name (empty, left out, for the file as a whole)
 * @param reason why the value was refused, as data: a code of the {@code reason.*} message keys
 *     with its arguments
 */
@JsonPropertyOrder({"row", "field", "message", "reason"})
public record FieldError(
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) int row,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) String field,
    Reason reason) {

  /**
   * Why the value was refused, in the language of the request being answered (the {@code
   * gyomu-lang} cookie, {@code Accept-Language}, Japanese by default; see WebConfig).
   */
  @JsonProperty("message")
  public String message() {
    return Reasons.text(reason, LocaleContextHolder.getLocale());
  }

  /** In English, for logs and the problem's detail. */
  public String english() {
    return reason.english();
  }
}
