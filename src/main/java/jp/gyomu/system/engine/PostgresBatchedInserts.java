package jp.gyomu.system.engine;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, lets the driver send the engine's batched inserts of one flush as one multi-row
 * insert ({@code reWriteBatchedInserts}, decision 0023): a case's 16 variables and their 16
 * historic rows are each one statement for the server instead of 16. Camunda checks row counts only
 * for updates and deletes (optimistic locking), which the driver leaves as they are. A {@code
 * reWriteBatchedInserts} written in {@code GYOMU_DB_URL} or the pool's settings wins, so {@code
 * ?reWriteBatchedInserts=false} in the URL turns it off.
 */
@Component
class PostgresBatchedInserts implements BeanPostProcessor {

  static final String PROPERTY = "reWriteBatchedInserts";

  @Override
  public Object postProcessBeforeInitialization(Object bean, String name) {
    if (bean instanceof HikariDataSource pool) {
      apply(pool);
    }
    return bean;
  }

  static void apply(HikariDataSource pool) {
    String url = pool.getJdbcUrl();
    if (url == null
        || !url.startsWith("jdbc:postgresql:")
        || url.toLowerCase(Locale.ROOT).contains(PROPERTY.toLowerCase(Locale.ROOT))
        || pool.getDataSourceProperties().stringPropertyNames().stream()
            .anyMatch(PROPERTY::equalsIgnoreCase)) {
      return;
    }
    pool.addDataSourceProperty(PROPERTY, "true");
  }
}
