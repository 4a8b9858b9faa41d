package jp.gyomu.system.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.DefaultVariableSerializers;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

/**
 * Checks variables when they are written, whichever door they come through (engine REST API, the
 * webapps' API, Java): an object variable must name a type the engine would deserialise, and JSON
 * must parse within {@value CheckedSerializer#MAX_JSON_DEPTH} levels. Otherwise the value would be
 * stored and break every later read of the variables of its case or task.
 */
@Component
class VariableWriteCheck extends AbstractProcessEnginePlugin {

  /**
   * Once every plugin's {@code postInit} has run (the Spin plugin adds its JSON serializers there):
   * the object and JSON serializers are replaced by checked ones, in place and under the same name.
   */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    var serializers = configuration.getVariableSerializers();
    List<TypedValueSerializer<?>> checked = new ArrayList<>();
    for (TypedValueSerializer<?> serializer : serializers.getSerializers()) {
      checked.add(
          needsCheck(serializer) ? new CheckedSerializer<>(serializer, configuration) : serializer);
    }
    ((DefaultVariableSerializers) serializers).setSerializerList(checked);
  }

  private static boolean needsCheck(TypedValueSerializer<?> serializer) {
    return ValueType.OBJECT.equals(serializer.getType())
        || CheckedSerializer.JSON.equals(serializer.getSerializationDataformat());
  }
}
