package jp.gyomu.system.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * An engine serializer that refuses, before writing, what its reader would later fail on: an object
 * type outside the engine's deserialisation allowlist, and JSON that does not parse or nests deeper
 * than {@value #MAX_JSON_DEPTH} levels. A refusal is a {@link BadUserRequestException} (400 on the
 * REST API's variable endpoints) and nothing is stored.
 */
final class CheckedSerializer<T extends TypedValue> implements TypedValueSerializer<T> {

  static final String JSON = "application/json";

  /** Gyomu's own JSON (extracted fields) is three levels deep; Jackson's reader stops at 1000. */
  static final int MAX_JSON_DEPTH = 100;

  private static final JsonFactory PARSER =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH).build())
          .build();

  /**
   * Splits a Jackson canonical type ({@code java.util.ArrayList<java.lang.String>}) into classes.
   */
  private static final Pattern TYPE_SEPARATORS = Pattern.compile("[<>,\\s]+|\\[\\]");

  private final TypedValueSerializer<T> delegate;
  private final ProcessEngineConfigurationImpl configuration;

  @SuppressWarnings("unchecked")
  CheckedSerializer(
      TypedValueSerializer<?> delegate, ProcessEngineConfigurationImpl configuration) {
    this.delegate = (TypedValueSerializer<T>) delegate;
    this.configuration = configuration;
  }

  @Override
  public void writeValue(T value, ValueFields valueFields) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      if (value instanceof ObjectValue object) {
        checkType(valueFields.getName(), object.getObjectTypeName());
      }
      if (JSON.equals(delegate.getSerializationDataformat())) {
        checkJson(valueFields.getName(), serializable.getValueSerialized());
      }
    }
    delegate.writeValue(value, valueFields);
  }

  private void checkType(String variable, String typeName) {
    if (typeName == null || !configuration.isDeserializationTypeValidationEnabled()) {
      return;
    }
    for (String className : TYPE_SEPARATORS.split(typeName.strip())) {
      if (!className.isEmpty()
          && !configuration.getDeserializationTypeValidator().validate(className)) {
        throw new BadUserRequestException(
            "Variable '" + variable + "': type " + className + " is not allowed");
      }
    }
  }

  private static void checkJson(String variable, String json) {
    if (json == null) {
      return;
    }
    try (JsonParser parser = PARSER.createParser(json)) {
      while (parser.nextToken() != null) {
        // reading every token is what enforces the depth
      }
    } catch (StreamConstraintsException tooDeep) {
      throw new BadUserRequestException(
          "Variable '" + variable + "': JSON nested deeper than " + MAX_JSON_DEPTH + " levels");
    } catch (IOException notJson) {
      throw new BadUserRequestException("Variable '" + variable + "': not valid JSON");
    }
  }

  @Override
  public String getName() {
    return delegate.getName();
  }

  @Override
  public ValueType getType() {
    return delegate.getType();
  }

  @Override
  public T readValue(ValueFields valueFields, boolean deserializeValue, boolean isTransient) {
    return delegate.readValue(valueFields, deserializeValue, isTransient);
  }

  @Override
  public boolean canHandle(TypedValue value) {
    return delegate.canHandle(value);
  }

  @Override
  public T convertToTypedValue(UntypedValueImpl untypedValue) {
    return delegate.convertToTypedValue(untypedValue);
  }

  @Override
  public String getSerializationDataformat() {
    return delegate.getSerializationDataformat();
  }

  @Override
  public boolean isMutableValue(T typedValue) {
    return delegate.isMutableValue(typedValue);
  }
}
