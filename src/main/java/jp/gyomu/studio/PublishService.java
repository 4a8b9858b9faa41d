package jp.gyomu.studio;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.forms.FormWorkbench;
import jp.gyomu.forms.TrialReport;
import jp.gyomu.process.ProcessFolderDeployer;
import jp.gyomu.registry.AutomationTask;
import jp.gyomu.registry.RegistryService;
import jp.gyomu.registry.TaskStatus;
import jp.gyomu.registry.Technology;
import jp.gyomu.studio.DraftRepository.DraftRow;
import jp.gyomu.system.GyomuProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a draft as a running business task: its template in use at once, {@code
 * processes/<id>.bpmn} in Gyomu's standard shape when none exists (or when the studio's own file is
 * unchanged), the models deployed, and the registry entry created or updated. Refused below the
 * accuracy threshold unless the analyst accepts it explicitly.
 */
@Service
class PublishService {

  static final String STUDIO = "STUDIO";
  static final String ANALYST = "ANALYST";
  private static final Logger log = LoggerFactory.getLogger(PublishService.class);

  private final DraftService drafts;
  private final DraftRepository repository;
  private final FormWorkbench workbench;
  private final ProcessFolderDeployer deployer;
  private final RegistryService registry;
  private final GyomuProperties properties;
  private final StudioSettings settings;

  PublishService(
      DraftService drafts,
      DraftRepository repository,
      FormWorkbench workbench,
      ProcessFolderDeployer deployer,
      RegistryService registry,
      GyomuProperties properties,
      StudioSettings settings) {
    this.drafts = drafts;
    this.repository = repository;
    this.workbench = workbench;
    this.deployer = deployer;
    this.registry = registry;
    this.properties = properties;
    this.settings = settings;
  }

  /** The registry entry, with the registry API's field names. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record RegistryEntry(
      @Schema(example = "RPA-031") String code,
      @Schema(example = "公民館使用申込の受付") String nameJa,
      @Schema(example = "Community hall booking intake") String nameEn,
      @Schema(example = "市民協働部") String department,
      @Schema(example = "生涯学習課") String division,
      @Schema(description = "manual minutes one case took before", example = "12")
          Integer baselineMinutes,
      @Schema(
              description = "absent: IN_DEVELOPMENT, or PILOT when `pilot`",
              example = "IN_DEVELOPMENT")
          String status) {}

  record Request(
      RegistryEntry registry,
      @Schema(description = "registered as 実証 (PILOT) rather than 開発中 (IN_DEVELOPMENT)")
          boolean pilot,
      @Schema(description = "publish although the trial is below the threshold")
          boolean acceptBelowThreshold,
      @Schema(description = "replace a processes/{id}.bpmn the studio did not write (or changed)")
          boolean replaceBpmn) {}

  record Result(
      @Schema(example = "hall-booking") String processKey,
      @Schema(example = "RPA-031") String registryCode,
      @Schema(description = "whether processes/{id}.bpmn was written now") boolean bpmnCreated,
      @Schema(description = "the trial's accuracy over the test set", example = "0.96")
          Double accuracy,
      @Schema(description = "expected values compared", example = "45") int compared) {}

  @Transactional
  Result publish(String id, Request request, String actor) {
    DraftRow draft = drafts.draft(id);
    AutomationTask entry = entry(id, request, draft);
    TrialReport trial = drafts.trial(id);
    List<String> reasons = belowThreshold(trial);
    if (!reasons.isEmpty() && !request.acceptBelowThreshold()) {
      throw StudioProblem.refused(
          "Form draft " + id + " is not published (confirm with acceptBelowThreshold)", reasons);
    }
    // the registry first: a refused entry (400) leaves the folder as it was; a failure after it
    // rolls the entry back
    if (registry.tasks().stream().anyMatch(t -> t.code().equals(entry.code()))) {
      registry.update(entry, actor);
    } else {
      registry.create(entry, actor);
    }
    byte[] sample = repository.samplePng(id).orElse(null);
    workbench.putInUse(id, draft.definition(), sample);
    Path file = properties.processesDir().resolve(id + ".bpmn");
    byte[] before = read(file);
    Bpmn bpmn = writeBpmn(id, entry.nameJa(), draft, request.replaceBpmn());
    try {
      deployer.deploy(properties.processesDir());
    } catch (RuntimeException e) {
      // a model the engine refuses must not stay in the folder, or the next start-up fails
      restore(file, before);
      throw e;
    }
    repository.markPublished(id, actor, Instant.now(), bpmn.sha256(), bpmn.owner());
    log.info(
        "Form draft {} published by {}: registry {}, {}",
        id,
        actor,
        entry.code(),
        bpmn.created() ? "standard process written" : "process kept as it was");
    return new Result(
        id, entry.code(), bpmn.created(), trial.totals().accuracy(), trial.totals().compared());
  }

  /** Why the trial does not allow publishing; empty when it does. */
  private List<String> belowThreshold(TrialReport trial) {
    List<String> reasons = new ArrayList<>();
    var totals = trial.totals();
    if (totals.compared() == 0) {
      reasons.add("no test scan has expected values: the accuracy is unknown");
      return reasons;
    }
    if (totals.accuracy() < settings.minPublishAccuracy()) {
      reasons.add(
          "the trial read %d of %d expected values right (%.3f), below %.3f (gyomu.studio.min-publish-accuracy)"
              .formatted(
                  totals.right(),
                  totals.compared(),
                  totals.accuracy(),
                  settings.minPublishAccuracy()));
      totals
          .perField()
          .forEach(
              (field, tally) -> {
                if (tally.right() < tally.compared()) {
                  reasons.add(
                      "%s: %d of %d right".formatted(field, tally.right(), tally.compared()));
                }
              });
    }
    trial.files().stream()
        .filter(f -> f.error() != null)
        .forEach(f -> reasons.add(f.file() + ": not read: " + f.error()));
    return reasons;
  }

  /** The registry entry as it will be: the request's fields over the existing entry's. */
  private AutomationTask entry(String id, Request request, DraftRow draft) {
    RegistryEntry r = request.registry();
    if (r == null || r.code() == null || r.code().isBlank()) {
      throw new IllegalArgumentException("registry.code: the registry entry's code is required");
    }
    Optional<AutomationTask> existing =
        registry.tasks().stream().filter(t -> t.code().equals(r.code().strip())).findFirst();
    FieldTemplate template =
        workbench.check(id, draft.definition(), repository.samplePng(id).orElse(null));
    TaskStatus status =
        r.status() != null && !r.status().isBlank()
            ? TaskStatus.parse(r.status())
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "registry.status: '" + r.status() + "' is no status"))
            : request.pilot() ? TaskStatus.PILOT : TaskStatus.IN_DEVELOPMENT;
    return new AutomationTask(
        r.code().strip(),
        first(r.nameJa(), existing.map(AutomationTask::nameJa), template.nameJa()),
        first(r.nameEn(), existing.map(AutomationTask::nameEn), template.nameEn()),
        first(r.department(), existing.map(AutomationTask::department), null),
        first(r.division(), existing.map(AutomationTask::division), null),
        Technology.AI_OCR,
        status,
        existing.map(AutomationTask::goLiveDate).orElse(null),
        id,
        r.baselineMinutes() != null
            ? r.baselineMinutes()
            : existing.map(AutomationTask::baselineMinutes).orElse(0),
        existing.map(AutomationTask::expectedAnnualCases).orElse(0),
        existing.map(AutomationTask::notes).orElse(null));
  }

  private static String first(String given, Optional<String> existing, String fallback) {
    return given != null && !given.isBlank() ? given.strip() : existing.orElse(fallback);
  }

  private record Bpmn(boolean created, String owner, String sha256) {}

  /**
   * Writes the standard process unless a model is there that the studio did not write, or that was
   * changed since (an analyst's), and {@code replace} was not asked.
   */
  private Bpmn writeBpmn(String id, String name, DraftRow draft, boolean replace) {
    Path file = properties.processesDir().resolve(id + ".bpmn");
    try {
      if (Files.exists(file)) {
        String current = sha256(Files.readAllBytes(file));
        boolean ours = current.equals(draft.bpmnSha256());
        if (!ours && !replace) {
          return new Bpmn(false, ANALYST, draft.bpmnSha256());
        }
      }
      byte[] model = StandardProcess.bpmn(id, name).getBytes(StandardCharsets.UTF_8);
      Path staged = Files.createTempFile(properties.processesDir(), ".studio-", ".tmp");
      Files.write(staged, model);
      Files.move(
          staged,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return new Bpmn(true, STUDIO, sha256(model));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.exists(file) ? Files.readAllBytes(file) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void restore(Path file, byte[] before) {
    try {
      if (before == null) {
        Files.deleteIfExists(file);
      } else {
        Files.write(file, before);
      }
    } catch (IOException e) {
      log.error("Could not restore {} after a refused deployment", file, e);
    }
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
