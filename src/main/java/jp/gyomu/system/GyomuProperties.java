package jp.gyomu.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Gyomu keeps its files and finds its models. Bound from {@code GYOMU_*} environment
 * variables through application.yaml.
 *
 * @param dataDir H2 files, document store, inbox, quarantine and outbox folders
 * @param processesDir BPMN, DMN and form files deployed at start-up
 * @param connectorsDir Camel intake routes ({@code *.camel.yaml})
 * @param adminPassword password for the first {@code admin} user; random when blank
 */
@ConfigurationProperties(prefix = "gyomu")
public record GyomuProperties(
    Path dataDir, Path processesDir, Path connectorsDir, String adminPassword) {

  public GyomuProperties {
    dataDir = dataDir.toAbsolutePath().normalize();
    processesDir = processesDir.toAbsolutePath().normalize();
    connectorsDir = connectorsDir.toAbsolutePath().normalize();
  }
}
