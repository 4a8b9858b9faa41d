package jp.gyomu.ingestion;

import javax.sql.DataSource;
import jp.gyomu.support.PostgresTestDatabase;
import org.junit.jupiter.api.Tag;
import org.postgresql.ds.PGSimpleDataSource;

/** The lease scenario on PostgreSQL, the database nodes of a cluster share. */
@Tag("postgres")
class DocumentLeasesOnPostgresTest extends DocumentLeasesScenario {

  @Override
  DataSource database() {
    var pg = new PGSimpleDataSource();
    pg.setURL(PostgresTestDatabase.create("gyomu_leases").url());
    pg.setUser(PostgresTestDatabase.USER);
    pg.setPassword(PostgresTestDatabase.PASSWORD);
    return pg;
  }
}
