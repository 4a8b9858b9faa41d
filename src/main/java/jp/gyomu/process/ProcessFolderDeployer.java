package jp.gyomu.process;

import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.gyomu.system.GyomuProperties;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Deploys the analysts' model files from the processes folder. One named deployment with duplicate
 * filtering: an unchanged file makes no new version, a changed file a new version of that file
 * only. Deliberately not the starter's classpath auto-deployment: the files live on disk where
 * analysts save them from Camunda Modeler.
 */
@Service
public class ProcessFolderDeployer {

  public static final String DEPLOYMENT_NAME = "gyomu-processes";
  private static final List<String> MODEL_SUFFIXES = List.of(".bpmn", ".dmn", ".form");
  private static final Logger log = LoggerFactory.getLogger(ProcessFolderDeployer.class);

  private final RepositoryService repository;
  private final GyomuProperties properties;

  ProcessFolderDeployer(RepositoryService repository, GyomuProperties properties) {
    this.repository = repository;
    this.properties = properties;
  }

  @PostConstruct
  void deployAtStartup() {
    deploy(properties.processesDir());
  }

  /** What one deployment run did: the files it read and the definitions it created. */
  public record Result(List<String> files, List<String> newDefinitions) {}

  /**
   * Deploys every model file under {@code folder}.
   *
   * @throws ProcessDeploymentException naming the file, line and reason when a model is broken
   */
  public synchronized Result deploy(Path folder) {
    List<Path> files = modelFiles(folder);
    if (files.isEmpty()) {
      log.warn("No process models (*.bpmn, *.dmn, *.form) in {}", folder);
      return new Result(List.of(), List.of());
    }
    DeploymentBuilder builder =
        repository
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source("gyomu:" + folder)
            .enableDuplicateFiltering(true);
    files.forEach(ModelFileCheck::requireWellFormed);
    List<String> names = files.stream().map(f -> resourceName(folder, f)).toList();
    for (int i = 0; i < files.size(); i++) {
      builder.addString(names.get(i), read(files.get(i)));
    }
    DeploymentWithDefinitions deployment;
    try {
      deployment = builder.deployWithResult();
    } catch (ParseException e) {
      throw new ProcessDeploymentException(describe(folder, e), e);
    } catch (ProcessEngineException e) {
      // DMN and form errors are not ParseExceptions; their message chain names the resource
      throw new ProcessDeploymentException(
          "Cannot deploy the process models from " + folder + ": " + causes(e), e);
    }
    List<String> created =
        deployment.getDeployedProcessDefinitions() == null
            ? List.of()
            : deployment.getDeployedProcessDefinitions().stream()
                .map(ProcessDefinition::getId)
                .toList();
    log.info(
        "Deployed {} model file(s) from {}: {} new process version(s) {}",
        files.size(),
        folder,
        created.size(),
        created);
    return new Result(names, created);
  }

  private static List<Path> modelFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new ProcessDeploymentException("Processes folder " + folder + " does not exist", null);
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !folder.relativize(p).toString().startsWith("."))
          .filter(p -> MODEL_SUFFIXES.stream().anyMatch(s -> p.toString().endsWith(s)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resourceName(Path folder, Path file) {
    return folder.relativize(file).toString().replace('\\', '/');
  }

  private static String read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static String causes(Throwable e) {
    var messages = new java.util.ArrayList<String>();
    for (Throwable t = e; t != null && messages.size() < 4; t = t.getCause()) {
      if (t.getMessage() != null && !messages.contains(t.getMessage())) {
        messages.add(t.getMessage());
      }
    }
    return String.join(" <- ", messages);
  }

  private static String describe(Path folder, ParseException e) {
    String problems =
        e.getResorceReports().stream()
            .flatMap(
                (ResourceReport report) ->
                    Stream.concat(report.getErrors().stream(), report.getWarnings().stream())
                        .limit(5)
                        .map(p -> format(folder, report.getResourceName(), p)))
            .collect(Collectors.joining("\n  "));
    return "Cannot deploy the process models: \n  "
        + (problems.isBlank() ? e.getMessage() : problems);
  }

  private static String format(Path folder, String resource, Problem problem) {
    return "%s, line %d, column %d: %s"
        .formatted(
            folder.resolve(resource), problem.getLine(), problem.getColumn(), problem.getMessage());
  }
}
