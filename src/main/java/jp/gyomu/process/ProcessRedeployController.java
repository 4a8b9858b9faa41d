package jp.gyomu.process;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.gyomu.system.GyomuProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets analysts publish what they saved from Camunda Modeler without restarting Gyomu. */
@RestController
@RequestMapping("/api/processes")
@Tag(name = "Processes")
class ProcessRedeployController {

  private final ProcessFolderDeployer deployer;
  private final GyomuProperties properties;
  private final ApplicationEventPublisher events;

  ProcessRedeployController(
      ProcessFolderDeployer deployer,
      GyomuProperties properties,
      ApplicationEventPublisher events) {
    this.deployer = deployer;
    this.properties = properties;
    this.events = events;
  }

  @PostMapping("/redeploy")
  @Operation(
      summary = "Deploy the processes folder again",
      description =
          "Unchanged files create no new version; each changed file creates one new version."
              + " A model that cannot be deployed is answered 422, the problem's detail naming"
              + " the file, line and reason; nothing is deployed then. The document types"
              + " (*.fields.yaml) are read again afterwards, so a new or changed template is used"
              + " without a restart; a broken one is answered 422 naming the file, place and"
              + " problem, and the types in use stay as they were (the models stay deployed).")
  ProcessFolderDeployer.Result redeploy() {
    var result = deployer.deploy(properties.processesDir());
    events.publishEvent(new ProcessesRedeployed(result));
    return result;
  }
}
