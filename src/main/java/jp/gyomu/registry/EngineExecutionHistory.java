package jp.gyomu.registry;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Reads the engine's history and runtime tables with aggregate SQL: counts and sums are computed by
 * the database, never by loading instances. Plain SQL rather than engine queries, so the figures
 * are the same whoever looks (they are aggregates, not the viewer's engine permissions) and the
 * period is half-open ({@code end >= from and end < to}). The only Gyomu class that knows the
 * engine's table names: the schema is the same in Camunda 7 and Operaton.
 *
 * <p>Engine timestamps are stored in the JVM's zone; {@link Timestamp#from} converts in the same
 * zone, so comparisons are right whatever that zone is.
 */
@Component
class EngineExecutionHistory implements ExecutionHistory {

  private static final String COMPLETED_CASES =
      """
      select count(*) from ACT_HI_PROCINST
       where PROC_DEF_KEY_ = ? and STATE_ = 'COMPLETED' and END_TIME_ >= ? and END_TIME_ < ?""";

  private static final String HUMAN_MILLIS =
      """
      select coalesce(sum(t.DURATION_), 0) from ACT_HI_TASKINST t
        join ACT_HI_PROCINST p on p.ID_ = t.PROC_INST_ID_
       where p.PROC_DEF_KEY_ = ? and p.STATE_ = 'COMPLETED' and p.END_TIME_ >= ? and p.END_TIME_ < ?
         and t.DURATION_ is not null""";

  private static final String OPEN_USER_TASKS =
      """
      select count(*) from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_
       where d.KEY_ = ?""";

  private static final String INCIDENTS =
      """
      select count(*) from ACT_RU_INCIDENT i join ACT_RE_PROCDEF d on d.ID_ = i.PROC_DEF_ID_
       where d.KEY_ = ?""";

  private static final String LATEST_DEFINITION =
      "select ID_ from ACT_RE_PROCDEF where KEY_ = ? order by VERSION_ desc";

  private static final String LATEST_DEFINITIONS =
      """
      select d.KEY_, d.ID_ from ACT_RE_PROCDEF d
       where d.VERSION_ = (select max(l.VERSION_) from ACT_RE_PROCDEF l where l.KEY_ = d.KEY_)""";

  private final JdbcTemplate jdbc;

  EngineExecutionHistory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public CompletedCases completed(String processKey, Instant from, Instant to) {
    Timestamp start = Timestamp.from(from);
    Timestamp end = Timestamp.from(to);
    Long cases = jdbc.queryForObject(COMPLETED_CASES, Long.class, processKey, start, end);
    if (cases == null || cases == 0) {
      return new CompletedCases(0, 0);
    }
    Number millis = jdbc.queryForObject(HUMAN_MILLIS, Number.class, processKey, start, end);
    return new CompletedCases(cases, millis == null ? 0 : millis.doubleValue() / 60_000d);
  }

  @Override
  public ProcessActivity activity(String processKey) {
    Long tasks = jdbc.queryForObject(OPEN_USER_TASKS, Long.class, processKey);
    Long incidents = jdbc.queryForObject(INCIDENTS, Long.class, processKey);
    Optional<String> definition =
        jdbc.queryForList(LATEST_DEFINITION, String.class, processKey).stream().findFirst();
    return new ProcessActivity(
        tasks == null ? 0 : tasks, incidents == null ? 0 : incidents, definition);
  }

  @Override
  public Map<String, String> latestDefinitions() {
    var latest = new TreeMap<String, String>();
    jdbc.query(
        LATEST_DEFINITIONS,
        (RowCallbackHandler) rs -> latest.put(rs.getString(1), rs.getString(2)));
    return latest;
  }
}
