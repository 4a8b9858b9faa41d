package jp.gyomu.system;

import jp.gyomu.support.PostgresTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The platform contract on a real PostgreSQL server, in a database made for this run. */
class PlatformOnPostgresTest extends PlatformContract {

  private static final PostgresTestDatabase database = PostgresTestDatabase.create("gyomu_it");

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", database::url);
    registry.add("spring.datasource.username", () -> PostgresTestDatabase.USER);
    registry.add("spring.datasource.password", () -> PostgresTestDatabase.PASSWORD);
  }
}
