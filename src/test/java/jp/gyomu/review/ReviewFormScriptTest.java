package jp.gyomu.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.gyomu.process.CaseField;
import jp.gyomu.process.CaseFields;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The review form's script and {@link CaseField} agree: the form reads every key a case's fields
 * carry (and no other), the box's keys, and has a label for every status.
 */
class ReviewFormScriptTest {

  static final CaseField EVERY_KEY =
      new CaseField(
          "金額",
          "amount",
          true,
          12_300L,
          "12,800円",
          41.0,
          CaseField.Status.CORRECTED,
          "OCR confidence 41 is below 80",
          2,
          new CaseField.Box(610, 1280, 320, 50),
          "operator-1",
          java.util.List.of("有", "無"),
          // only tables have columns, only choices options; here so that every key is written
          java.util.List.of(new CaseField.Column("amount", "金額", "amount")),
          java.util.List.of(Reason.of(ReasonCode.LOW_CONFIDENCE, 41, 80)),
          "読取の確信度 41 が基準 80 を下回っています");

  @Test
  void theFormReadsExactlyTheKeysAFieldIsWrittenWith() throws IOException {
    String script = script();
    String perField = between(script, "var f = fields[name];", "});");

    assertThat(keys(Pattern.compile("\\bf\\.(\\w+)"), perField))
        .as("keys the form's script reads from each field")
        // typed reasons are for screens that render them per language; the form shows reasonText
        .isEqualTo(without(jsonKeys(written()), "reasons"));
    assertThat(
            keys(
                Pattern.compile("\\bb\\.(\\w+)"),
                between(script, "$scope.boxStyle", "function typed")))
        .as("keys the form's script reads from a field's box")
        .isEqualTo(jsonKeys(written().get("box")));
  }

  @Test
  void theFormHasALabelForEveryStatus() throws IOException {
    String labels = between(script(), "var STATUS = {", "};");

    assertThat(keys(Pattern.compile("(?m)^\\s*(\\w+):"), labels))
        .isEqualTo(
            new TreeSet<>(Arrays.stream(CaseField.Status.values()).map(Enum::name).toList()));
  }

  private static JsonNode written() throws IOException {
    return new ObjectMapper()
        .readTree(CaseFields.json(Map.of("totalAmount", EVERY_KEY)))
        .get("totalAmount");
  }

  private static Set<String> without(Set<String> keys, String key) {
    Set<String> rest = new java.util.TreeSet<>(keys);
    rest.remove(key);
    return rest;
  }

  private static Set<String> jsonKeys(JsonNode object) {
    Set<String> keys = new TreeSet<>();
    object.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static Set<String> keys(Pattern pattern, String text) {
    Set<String> keys = new TreeSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  private static String script() throws IOException {
    String form =
        new ClassPathResource("static/forms/review.html")
            .getContentAsString(StandardCharsets.UTF_8);
    return between(form, "<script cam-script type=\"text/form-script\">", "</script>");
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as("'%s' in the review form", start).isNotNegative();
    int to = text.indexOf(end, from + start.length());
    assertThat(to).as("'%s' after '%s' in the review form", end, start).isNotNegative();
    return text.substring(from + start.length(), to);
  }
}
