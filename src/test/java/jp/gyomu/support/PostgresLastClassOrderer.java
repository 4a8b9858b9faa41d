package jp.gyomu.support;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs test classes by name, with the PostgreSQL ones last. The H2 classes share one Spring
 * context, which is then the only one the webapps ever see (they keep static state across
 * contexts), and the suite swaps contexts as rarely as possible.
 */
public class PostgresLastClassOrderer implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(
            Comparator.comparing(
                    (ClassDescriptor d) -> d.getTestClass().getSimpleName().contains("Postgres"))
                .thenComparing(d -> d.getTestClass().getName()));
  }
}
