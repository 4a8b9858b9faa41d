package jp.gyomu.ocrwork;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.gyomu.ocrwork.PageWork.Failure;
import jp.gyomu.ocrwork.PageWork.FailureKind;
import jp.gyomu.ocrwork.PageWork.Result;
import jp.gyomu.ocrwork.PageWork.TakenPage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The page queue in the database every node shares (Flyway V12, decision 0015). Taking a page is
 * one conditional update, so two workers never hold the same page; a lapsed lease makes the page
 * takeable again; only the current lease's holder may return it.
 */
@Repository
public class OcrPageQueue {

  /** Where a queued page stands. */
  public enum State {
    WAITING,
    READING,
    DONE,
    FAILED
  }

  /**
   * @param result the text, when {@link State#DONE}
   * @param failure why not, when {@link State#FAILED}
   */
  public record Outcome(State state, Result result, Failure failure) {}

  private static final int CANDIDATES = 8;

  /** Rows of a node that died while waiting stay this long past their deadline, then go. */
  private static final Duration KEEP_EXPIRED = Duration.ofHours(1);

  private static final String TAKEABLE =
      "(state = 'WAITING' or (state = 'READING' and lease_until < ?)) and expires_at > ?"
          + " and attempts < ?";

  private final JdbcTemplate jdbc;
  private final OcrWorkerSettings settings;
  private final ObjectMapper json = new ObjectMapper();
  private final Clock clock = Clock.systemUTC();

  OcrPageQueue(JdbcTemplate jdbc, OcrWorkerSettings settings) {
    this.jdbc = jdbc;
    this.settings = settings;
  }

  /** Queues a page; returns its id. */
  public String add(
      byte[] png, int dpi, String languages, Duration pageLimit, Instant expiresAt, String node) {
    String id = UUID.randomUUID().toString();
    jdbc.update(
        "insert into gyomu_ocr_page (id, state, image_png, dpi, languages, page_limit_ms,"
            + " expires_at, queued_by, queued_at, attempts) values (?, 'WAITING', ?, ?, ?, ?, ?,"
            + " ?, ?, 0)",
        id,
        png,
        dpi,
        languages,
        pageLimit.toMillis(),
        Timestamp.from(expiresAt),
        node,
        Timestamp.from(clock.instant()));
    return id;
  }

  /** Takes the oldest page nobody holds, for {@code holder}; empty when there is none. */
  public Optional<TakenPage> take(String holder) {
    Instant now = clock.instant();
    giveUpPagesThatLostTooManyWorkers(now);
    List<String> candidates =
        jdbc.queryForList(
            "select id from gyomu_ocr_page where "
                + TAKEABLE
                + " order by queued_at fetch first "
                + CANDIDATES
                + " rows only",
            String.class,
            Timestamp.from(now),
            Timestamp.from(now),
            settings.workerAttempts());
    for (String id : candidates) {
      String lease = UUID.randomUUID().toString();
      int taken =
          jdbc.update(
              "update gyomu_ocr_page set state = 'READING', lease_token = ?, lease_holder = ?,"
                  + " lease_until = ?, taken_at = ?, attempts = attempts + 1 where id = ? and "
                  + TAKEABLE,
              lease,
              holder,
              Timestamp.from(now.plus(settings.workerLease())),
              Timestamp.from(now),
              id,
              Timestamp.from(now),
              Timestamp.from(now),
              settings.workerAttempts());
      if (taken == 1) {
        return Optional.of(
            jdbc.queryForObject(
                "select dpi, languages, page_limit_ms, expires_at from gyomu_ocr_page where id = ?",
                (rs, i) -> {
                  long untilExpiry =
                      Duration.between(now, rs.getTimestamp("expires_at").toInstant()).toMillis();
                  return new TakenPage(
                      id,
                      lease,
                      rs.getString("languages"),
                      rs.getInt("dpi"),
                      Math.min(rs.getLong("page_limit_ms"), untilExpiry),
                      settings.workerLease().toMillis());
                },
                id));
      }
    }
    return Optional.empty();
  }

  private void giveUpPagesThatLostTooManyWorkers(Instant now) {
    jdbc.update(
        "update gyomu_ocr_page set state = 'FAILED', failure_kind = ?, failure = ?, lease_token ="
            + " null where state = 'READING' and lease_until < ? and attempts >= ?",
        FailureKind.ERROR.name(),
        "OCR workers stopped answering while reading this page %d times; it is not given to another"
            .formatted(settings.workerAttempts()),
        Timestamp.from(now),
        settings.workerAttempts());
  }

  /** The image of a page {@code lease} holds. */
  public Optional<byte[]> image(String id, String lease) {
    return jdbc
        .query(
            "select image_png from gyomu_ocr_page where id = ? and lease_token = ? and state ="
                + " 'READING'",
            (rs, i) -> rs.getBytes(1),
            id,
            lease)
        .stream()
        .findFirst();
  }

  /** Renews a lease nobody has taken over and whose page is still wanted; false when it is lost. */
  public boolean renew(String id, String lease) {
    Instant now = clock.instant();
    return jdbc.update(
            "update gyomu_ocr_page set lease_until = ? where id = ? and lease_token = ? and state ="
                + " 'READING' and expires_at > ?",
            Timestamp.from(now.plus(settings.workerLease())),
            id,
            lease,
            Timestamp.from(now))
        == 1;
  }

  /** Records a page's text from the lease's holder; false (and nothing kept) otherwise. */
  public boolean complete(String id, String lease, Result result) {
    return finish(id, lease, State.DONE, write(result), null, null);
  }

  /** Records why the lease's holder could not read the page; false when the lease is lost. */
  public boolean fail(String id, String lease, Failure failure) {
    String message = failure.message() == null ? "" : failure.message();
    return finish(
        id,
        lease,
        State.FAILED,
        write(failure),
        failure.kind().name(),
        message.length() > 2000 ? message.substring(0, 2000) : message);
  }

  // Taking a page replaces its lease token: a worker whose page went to another (its lease lapsed)
  // no longer matches, so at most one answer per page is ever kept.
  private boolean finish(
      String id, String lease, State state, String result, String kind, String failure) {
    Instant now = clock.instant();
    return jdbc.update(
            "update gyomu_ocr_page set state = ?, result = ?, failure_kind = ?, failure = ?,"
                + " read_by = lease_holder, lease_token = null where id = ? and lease_token = ? and"
                + " state = 'READING' and expires_at > ?",
            state.name(),
            result,
            kind,
            failure,
            id,
            lease,
            Timestamp.from(now))
        == 1;
  }

  /** Where a page stands; empty once it is removed. */
  public Optional<Outcome> outcome(String id) {
    return jdbc
        .query(
            "select state, result from gyomu_ocr_page where id = ?",
            (rs, i) -> {
              State state = State.valueOf(rs.getString("state"));
              String stored = rs.getString("result");
              return switch (state) {
                case DONE -> new Outcome(state, read(stored, Result.class), null);
                case FAILED ->
                    new Outcome(
                        state,
                        null,
                        stored == null
                            ? new Failure(FailureKind.ERROR, failureOf(id), 0, 0)
                            : read(stored, Failure.class));
                default -> new Outcome(state, null, null);
              };
            },
            id)
        .stream()
        .findFirst();
  }

  private String failureOf(String id) {
    return jdbc.queryForObject("select failure from gyomu_ocr_page where id = ?", String.class, id);
  }

  /** Who read a page (the worker's name), once it is done. */
  public Optional<String> readBy(String id) {
    return jdbc
        .queryForList("select read_by from gyomu_ocr_page where id = ?", String.class, id)
        .stream()
        .findFirst();
  }

  /** How many workers have taken the page so far. */
  public int attempts(String id) {
    return jdbc.queryForObject(
        "select attempts from gyomu_ocr_page where id = ?", Integer.class, id);
  }

  /** Forgets a page: its node has the result, or stopped waiting for it. */
  public void remove(String id) {
    jdbc.update("delete from gyomu_ocr_page where id = ?", id);
  }

  /** Forgets pages whose node stopped waiting long ago (it died, or gave up). */
  public int removeExpired() {
    return jdbc.update(
        "delete from gyomu_ocr_page where expires_at < ?",
        Timestamp.from(clock.instant().minus(KEEP_EXPIRED)));
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private <T> T read(String text, Class<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable OCR result in the page queue", e);
    }
  }
}
