package jp.gyomu.forms;

import java.io.File;
import jp.gyomu.fields.FieldTemplateException;
import jp.gyomu.ingestion.DocumentTypes;
import jp.gyomu.process.ProcessesRedeployed;
import jp.gyomu.system.GyomuProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code POST /api/processes/redeploy} reads the document types again as well: an analyst who saved
 * a new or changed {@code *.fields.yaml} beside the models needs no restart.
 */
@Component
class ReloadTypesOnRedeploy {

  private final DocumentTypes types;
  private final GyomuProperties properties;

  ReloadTypesOnRedeploy(DocumentTypes types, GyomuProperties properties) {
    this.types = types;
    this.properties = properties;
  }

  @EventListener
  void reload(ProcessesRedeployed redeployed) {
    try {
      types.reload();
    } catch (FieldTemplateException e) {
      throw new DefinitionRefusedException(
          "The process models were deployed, but the document types were not read again (the"
              + " ones in use stay): "
              + e.getMessage().replace(properties.processesDir() + File.separator, ""),
          e);
    }
  }
}
