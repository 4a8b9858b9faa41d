package jp.gyomu.process;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.gyomu.system.GyomuProperties;
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

  ProcessRedeployController(ProcessFolderDeployer deployer, GyomuProperties properties) {
    this.deployer = deployer;
    this.properties = properties;
  }

  @PostMapping("/redeploy")
  @Operation(
      summary = "Deploy the processes folder again",
      description =
          "Unchanged files create no new version; each changed file creates one new version."
              + " A model that cannot be deployed is answered 422, the problem's detail naming"
              + " the file, line and reason; nothing is deployed then.")
  ProcessFolderDeployer.Result redeploy() {
    return deployer.deploy(properties.processesDir());
  }
}
