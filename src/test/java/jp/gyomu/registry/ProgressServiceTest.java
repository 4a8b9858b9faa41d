package jp.gyomu.registry;

import static jp.gyomu.registry.HoursAtPeriodEdgesScenario.tokyo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The registry's accounting with an in-memory database and a stand-in for the engine. */
class ProgressServiceTest {

  /** Every month of every process: 10 cases, 30 minutes of review in all. */
  private static final ExecutionHistory TEN_CASES_A_MONTH =
      new ExecutionHistory() {
        @Override
        public CompletedCases completed(String processKey, Instant from, Instant to) {
          return new CompletedCases(10, 30);
        }

        @Override
        public ProcessActivity activity(String processKey) {
          return new ProcessActivity(2, 1, java.util.Optional.of(processKey + ":1"));
        }

        @Override
        public java.util.Map<String, String> latestDefinitions() {
          return java.util.Map.of();
        }
      };

  private AutomationTaskRepository repository;
  private RegistryService registry;

  @BeforeEach
  void emptyRegistry() {
    var dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(dataSource).load().migrate();
    repository = new AutomationTaskRepository(new JdbcTemplate(dataSource));
    registry = new RegistryService(repository);
  }

  @Test
  void onlyCountedStatusesCountTowardTheTargetAsOfThePeriodsEnd() {
    register("A-1", TaskStatus.PRODUCTION, tokyo(2019, 5, 1, 9, 0, 0));
    register("A-2", TaskStatus.CANDIDATE, tokyo(2019, 5, 1, 9, 0, 0));
    changeStatus("A-2", TaskStatus.PILOT, tokyo(2020, 10, 15, 9, 0, 0));
    registry.setTarget(2020, 30, "analyst");
    var service = service(List.of(TaskStatus.PILOT, TaskStatus.PRODUCTION));
    var now = tokyo(2026, 1, 1, 0, 0, 0);

    Progress firstHalf = service.progress(new FiscalPeriod(2020, 1), now);
    Progress secondHalf = service.progress(new FiscalPeriod(2020, 2), now);

    assertThat(firstHalf.automated()).isEqualTo(1);
    assertThat(secondHalf.automated()).isEqualTo(2);
    assertThat(secondHalf.automatedAtYearStart()).isEqualTo(1);
    assertThat(secondHalf.target()).contains(30);
    assertThat(secondHalf.funnel())
        .containsEntry(TaskStatus.PILOT, 1L)
        .containsEntry(TaskStatus.PRODUCTION, 1L)
        .containsEntry(TaskStatus.CANDIDATE, 0L);
    assertThat(
            service(List.of(TaskStatus.PRODUCTION))
                .progress(new FiscalPeriod(2020, 2), now)
                .automated())
        .isEqualTo(1);
  }

  @Test
  void aHalfYearAddsUpItsSixMonthsAndTheYearItsTwelve() {
    register("B-1", TaskStatus.PRODUCTION, tokyo(2019, 5, 1, 9, 0, 0));
    var progress =
        service(List.of(TaskStatus.PILOT, TaskStatus.PRODUCTION))
            .progress(new FiscalPeriod(2020, 1), tokyo(2026, 1, 1, 0, 0, 0));

    Savings half = progress.total();
    assertThat(half.cases()).isEqualTo(60);
    assertThat(half.grossHours()).isEqualByComparingTo("15.0"); // 60 cases x 15 min
    assertThat(half.humanHours()).isEqualByComparingTo("3.0"); // 6 months x 30 min
    assertThat(half.netHours()).isEqualByComparingTo("12.0");
    assertThat(progress.months()).hasSize(12);
    assertThat(progress.yearTotal().cases()).isEqualTo(120);
    assertThat(progress.openUserTasks()).isEqualTo(2);
    assertThat(progress.incidents()).isEqualTo(1);
  }

  @Test
  void aTaskRegisteredAfterThePeriodIsNotInIt() {
    register("C-1", TaskStatus.PILOT, tokyo(2021, 6, 1, 9, 0, 0));
    var progress =
        service(List.of(TaskStatus.PILOT, TaskStatus.PRODUCTION))
            .progress(FiscalPeriod.year(2020), tokyo(2026, 1, 1, 0, 0, 0));
    assertThat(progress.tasks()).isEmpty();
    assertThat(progress.automated()).isZero();
  }

  @Test
  void aRunningPeriodShowsTheStatusOfToday() {
    register("D-1", TaskStatus.CANDIDATE, tokyo(2020, 4, 1, 9, 0, 0));
    changeStatus("D-1", TaskStatus.PILOT, tokyo(2020, 7, 1, 9, 0, 0));
    var progress =
        service(List.of(TaskStatus.PILOT, TaskStatus.PRODUCTION))
            .progress(FiscalPeriod.year(2020), tokyo(2020, 6, 1, 0, 0, 0));
    assertThat(progress.tasks())
        .singleElement()
        .extracting(Progress.TaskProgress::status)
        .isEqualTo(TaskStatus.CANDIDATE);
  }

  private ProgressService service(List<TaskStatus> counted) {
    return new ProgressService(repository, TEN_CASES_A_MONTH, new RegistrySettings(counted));
  }

  private void register(String code, TaskStatus status, Instant at) {
    registry.create(task(code, status), "analyst", at);
  }

  private void changeStatus(String code, TaskStatus status, Instant at) {
    registry.update(task(code, status), "analyst", at);
  }

  private static AutomationTask task(String code, TaskStatus status) {
    return new AutomationTask(
        code,
        "業務 " + code,
        null,
        "総務部",
        null,
        Technology.RPA,
        status,
        status == TaskStatus.PRODUCTION ? LocalDate.of(2019, 5, 1) : null,
        "process-" + code,
        15,
        1000,
        null);
  }
}
