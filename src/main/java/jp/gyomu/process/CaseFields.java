package jp.gyomu.process;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.gyomu.fields.FieldDefinition;
import jp.gyomu.fields.FieldExtraction;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.reasons.Reason;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The case's {@link ProcessVariables#FIELDS} variable: each template field by name, in the
 * template's order, as a {@link CaseField}. A Camunda Json variable, so it has no 4000-character
 * limit.
 */
public final class CaseFields {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          // 12345 comes back as the Long it was written from, not an Integer
          .enable(DeserializationFeature.USE_LONG_FOR_INTS)
          // keys Gyomu does not know (an edit in Cockpit) do not stop a review from completing
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .addMixIn(Reason.class, WithoutNulls.class)
          .build();

  /** A reason without a cause is written without the key, as the other absent keys are. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private abstract static class WithoutNulls {}

  private static final TypeReference<LinkedHashMap<String, CaseField>> FIELDS =
      new TypeReference<>() {};

  private CaseFields() {}

  /** Every field of the template, in its order, by name, as the fields step read it. */
  public static LinkedHashMap<String, CaseField> read(
      FieldTemplate template, FieldExtraction extraction) {
    var fields = new LinkedHashMap<String, CaseField>();
    for (FieldDefinition definition : template.fields()) {
      fields.put(
          definition.name(),
          CaseField.of(definition, extraction.field(definition.name()).orElse(null)));
    }
    return fields;
  }

  /** The variable's value, ready for {@code setVariable}. */
  public static TypedValue variable(Map<String, CaseField> fields) {
    return SpinValues.jsonValue(json(fields)).create();
  }

  /** The JSON of the fields, or of any value a field holds (a table's rows). */
  public static String json(Object fields) {
    try {
      return JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("A field value cannot be written as JSON", e);
    }
  }

  /** The fields of a case's variable as read back (its {@code toString()} is the JSON). */
  public static LinkedHashMap<String, CaseField> parse(String json) {
    try {
      return JSON.readValue(json, FIELDS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The case's fields variable is not a JSON object", e);
    }
  }
}
