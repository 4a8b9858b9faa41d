package jp.gyomu.system;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that is away for a while (restarting, failing over, out of connections) from a
 * problem with the document (decision 0006): the first must leave the document where it is to be
 * tried again, the second ends with a reason. Looks through the whole cause chain, since the engine
 * and the connection pool wrap the driver's exception in their own.
 */
public final class DatabaseOutages {

  private DatabaseOutages() {}

  public static boolean isTransient(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
      if (t instanceof TransientDataAccessException
          || t instanceof DataAccessResourceFailureException
          || t instanceof RecoverableDataAccessException
          || t instanceof SQLTransientException
          || t instanceof SQLRecoverableException
          || (t instanceof SQLException sql && unavailable(sql.getSQLState()))) {
        return true;
      }
      // a rollback on a connection the outage broke fails too and hides the first failure
      if (t instanceof TransactionSystemException rollback
          && rollback.getApplicationException() != null
          && isTransient(rollback.getApplicationException())) {
        return true;
      }
    }
    return false;
  }

  /**
   * SQL states of a server that cannot be reached or is going away: connection exceptions (08),
   * insufficient resources such as too many connections (53), and PostgreSQL's operator
   * intervention: shutdown, crash, still starting up (57P01 to 57P03).
   */
  private static boolean unavailable(String state) {
    return state != null
        && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P"));
  }
}
