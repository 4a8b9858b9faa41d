package jp.gyomu.support;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Points {@link OnPostgres} test classes at one PostgreSQL database made for this test run. The
 * customizers are equal, so Spring caches a single PostgreSQL context for all such classes.
 */
public class OnPostgresContextCustomizerFactory implements ContextCustomizerFactory {

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    return TestContextAnnotationUtils.hasAnnotation(testClass, OnPostgres.class)
        ? new PostgresDatabase()
        : null;
  }

  private static final class PostgresDatabase implements ContextCustomizer {

    private static PostgresTestDatabase database;

    private static synchronized PostgresTestDatabase database() {
      if (database == null) {
        database = PostgresTestDatabase.create("gyomu_it");
      }
      return database;
    }

    @Override
    public void customizeContext(
        ConfigurableApplicationContext context, MergedContextConfiguration config) {
      context
          .getEnvironment()
          .getPropertySources()
          .addFirst(
              new MapPropertySource(
                  "postgres-test-database",
                  Map.of(
                      "spring.datasource.url", database().url(),
                      "spring.datasource.username", PostgresTestDatabase.USER,
                      "spring.datasource.password", PostgresTestDatabase.PASSWORD)));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof PostgresDatabase;
    }

    @Override
    public int hashCode() {
      return PostgresDatabase.class.hashCode();
    }
  }
}
