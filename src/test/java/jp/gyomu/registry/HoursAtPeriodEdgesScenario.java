package jp.gyomu.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import jp.gyomu.support.GyomuIntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cases completed one second either side of each period edge (Japan time), through the engine, each
 * with a 6-minute review: the same scenario on every database.
 */
abstract class HoursAtPeriodEdgesScenario extends GyomuIntegrationTest {

  static final String KEY = "edge-test";
  static final String CODE = "EDGE-001";

  @Autowired RegistryService registry;
  @Autowired ProgressService progress;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @BeforeEach
  void casesAroundEveryEdge() {
    if (repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count() > 0) {
      return;
    }
    repository
        .createDeployment()
        .addModelInstance(
            KEY + ".bpmn",
            Bpmn.createExecutableProcess(KEY)
                .camundaHistoryTimeToLive(30)
                .startEvent()
                .userTask("review")
                .name("Review")
                .endEvent()
                .done())
        .deploy();
    registry.create(
        new AutomationTask(
            CODE,
            "境界テスト",
            "Edge test",
            "テスト部",
            null,
            Technology.RPA,
            TaskStatus.PRODUCTION,
            LocalDate.of(2019, 4, 1),
            KEY,
            30,
            100,
            null),
        "test",
        tokyo(2019, 1, 1, 0, 0, 0));
    try {
      completeAt(tokyo(2020, 3, 31, 23, 59, 59));
      completeAt(tokyo(2020, 4, 1, 0, 0, 0));
      completeAt(tokyo(2020, 9, 30, 23, 59, 59));
      completeAt(tokyo(2020, 10, 1, 0, 0, 0));
      completeAt(tokyo(2021, 3, 31, 23, 59, 59));
      completeAt(tokyo(2021, 4, 1, 0, 0, 0));
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void casesFinishingOnSeptember30thAndOctober1stFallIntoDifferentHalves() {
    assertThat(savings(new FiscalPeriod(2020, 1)).cases()).isEqualTo(2);
    assertThat(savings(new FiscalPeriod(2020, 2)).cases()).isEqualTo(2);
  }

  @Test
  void casesFinishingOnMarch31stAndApril1stFallIntoDifferentFiscalYears() {
    assertThat(savings(FiscalPeriod.year(2019)).cases()).isEqualTo(1);
    assertThat(savings(FiscalPeriod.year(2020)).cases()).isEqualTo(4);
    assertThat(savings(new FiscalPeriod(2021, 1)).cases()).isEqualTo(1);
  }

  @Test
  void grossComesFromTheBaselineAndHumanTimeFromMeasuredReviews() {
    Savings year = savings(FiscalPeriod.year(2020));
    assertThat(year.grossHours()).isEqualByComparingTo("2.0"); // 4 x 30 min
    assertThat(year.humanHours()).isEqualByComparingTo("0.4"); // 4 x 6 min measured
    assertThat(year.netHours()).isEqualByComparingTo("1.6");
  }

  @Test
  void reportedRunsAddToTheEngineCasesOfTheSamePeriod() {
    String code = "EDGE-RUN-" + System.nanoTime() % 100000;
    registry.create(
        new AutomationTask(
            code,
            "報告テスト",
            null,
            "テスト部",
            null,
            Technology.RPA,
            TaskStatus.PILOT,
            null,
            null,
            10,
            100,
            null),
        "test",
        tokyo(2019, 1, 1, 0, 0, 0));
    var lastSecondOfMarch = tokyo(2021, 3, 31, 23, 59, 59).atZone(FiscalPeriod.JAPAN);
    registry.reportRun(code, new RunReport(60, 30, lastSecondOfMarch.toOffsetDateTime()), "bot");
    registry.reportRun(
        code, new RunReport(6, 0, lastSecondOfMarch.plusSeconds(1).toOffsetDateTime()), "bot");
    Savings h2 = savings(new FiscalPeriod(2020, 2), code);
    assertThat(h2.cases()).isEqualTo(60);
    assertThat(h2.grossHours()).isEqualByComparingTo("10.0");
    assertThat(h2.netHours()).isEqualByComparingTo("9.5");
  }

  private Savings savings(FiscalPeriod period) {
    return savings(period, CODE);
  }

  private Savings savings(FiscalPeriod period, String code) {
    return progress.progress(period).tasks().stream()
        .filter(t -> t.task().code().equals(code))
        .findFirst()
        .orElseThrow()
        .savings();
  }

  private void completeAt(Instant end) {
    ClockUtil.setCurrentTime(Date.from(end.minusSeconds(6 * 60)));
    String instance = runtime.startProcessInstanceByKey(KEY).getId();
    ClockUtil.setCurrentTime(Date.from(end));
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
  }

  static Instant tokyo(int y, int m, int d, int h, int min, int s) {
    return LocalDateTime.of(y, m, d, h, min, s).atZone(FiscalPeriod.JAPAN).toInstant();
  }
}
