package jp.gyomu.ingestion;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The lease scenario on H2, the single-node default database. */
class DocumentLeasesTest extends DocumentLeasesScenario {

  @Override
  DataSource database() {
    var h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:leases-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    return h2;
  }
}
