package jp.gyomu.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(
    properties = {
      "gyomu.data-dir=${java.io.tmpdir}/gyomu-registry-pg-test/${random.uuid}",
      "gyomu.processes-dir=processes",
      "gyomu.admin-password=registry-test-admin"
    })
@DirtiesContext
class HoursAtPeriodEdgesOnPostgresTest extends HoursAtPeriodEdgesScenario {

  private static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry properties) {
    properties.add("spring.datasource.url", DATABASE::url);
    properties.add("spring.datasource.username", () -> PostgresTestDatabase.USER);
    properties.add("spring.datasource.password", () -> PostgresTestDatabase.PASSWORD);
  }

  @Test
  void postgresqlStartsWithoutDemoData() {
    assertThat(registry.tasks()).extracting(AutomationTask::code).doesNotContain("RPA-001");
  }

  @AfterAll
  static void dropDatabase() {
    DATABASE.drop();
  }
}
