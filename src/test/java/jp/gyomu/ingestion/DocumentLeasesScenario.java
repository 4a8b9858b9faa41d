package jp.gyomu.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Leases of two nodes on one real database (H2 and PostgreSQL subclasses): a dead node's document
 * moves to a live node once its short lease runs out, a slow read keeps its lease through the
 * heartbeat, and a node whose lease was taken writes nothing.
 */
abstract class DocumentLeasesScenario {

  private final List<DocumentLeases> nodes = new ArrayList<>();
  private JdbcTemplate jdbc;
  private DocumentRepository repository;

  /** A database of its own, empty. */
  abstract DataSource database();

  @BeforeEach
  void migrate() {
    DataSource db = database();
    Flyway.configure()
        .dataSource(db)
        .table("gyomu_schema_history")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    jdbc = new JdbcTemplate(db);
    repository = new DocumentRepository(jdbc, new ObjectMapper());
  }

  @AfterEach
  void stopHeartbeats() {
    nodes.forEach(DocumentLeases::stop);
  }

  @Test
  void aDeadNodesDocumentIsTakenByTheLiveNodeOnceItsShortLeaseRunsOut() {
    String id = received();
    // node "dead" took the document, then died: nobody renews its lease
    assertThat(repository.lease(id, "dead", OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(2)))
        .isTrue();
    var live = node("live", Duration.ofSeconds(60));

    assertThat(live.take(id)).as("the lease still runs").isEmpty();
    assertThat(repository.idsWaitingForPipeline("live")).doesNotContain(id);

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> repository.idsWaitingForPipeline("live").contains(id));
    var lease = live.take(id);
    assertThat(lease).as("taken over after the dead node's lease ran out").isPresent();
    assertThat(
            repository.settle(
                id,
                "dead",
                DocumentStatus.FAILED,
                Reason.of(ReasonCode.STEP_FAILED, "lease test", "late"),
                change()))
        .as("the dead node, had it woken up, writes nothing")
        .isFalse();
    assertThat(
            repository.settle(
                id,
                "live",
                DocumentStatus.OCR_DONE,
                Reason.of(ReasonCode.STEP_FAILED, "lease test", "read"),
                change()))
        .isTrue();
    assertThat(status(id)).isEqualTo("OCR_DONE");
    assertThat(events(id)).containsExactly("RECEIVED", "OCR_DONE");
  }

  @Test
  void aSlowReadKeepsItsLeaseThroughTheHeartbeatForManyTimesTheLeaseDuration() throws Exception {
    String id = received();
    var reader = node("reader", Duration.ofMillis(800)); // renewed every 200 ms
    var other = node("other", Duration.ofMillis(800));

    var lease = reader.take(id).orElseThrow();
    long end = System.nanoTime() + Duration.ofSeconds(4).toNanos(); // five leases long
    while (System.nanoTime() < end) {
      assertThat(other.take(id)).as("the other node never gets it while it is read").isEmpty();
      Thread.sleep(100);
    }

    assertThat(lease.lost()).isFalse();
    assertThat(
            repository.settle(
                id,
                "reader",
                DocumentStatus.OCR_DONE,
                Reason.of(ReasonCode.STEP_FAILED, "lease test", "slow"),
                change()))
        .isTrue();
    lease.close();
    assertThat(reader.held()).isZero();
  }

  @Test
  void aNodeWhoseLeaseWasTakenWhileItPausedLearnsAtTheNextBeatAndWritesNothing() {
    String id = received();
    var paused = node("paused", Duration.ofHours(1)); // no beat during the test: renew() by hand
    var lease = paused.take(id).orElseThrow();
    // the paused node's lease ran out (a long pause, a network cut) and another node took it
    jdbc.update(
        "update gyomu_document set lease_until = ? where id = ?",
        OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1),
        id);
    var other = node("other", Duration.ofSeconds(60));
    assertThat(other.take(id)).isPresent();

    paused.renew();

    assertThat(lease.lost()).isTrue();
    assertThat(paused.held()).isZero();
    assertThat(
            repository.settle(
                id,
                "paused",
                DocumentStatus.OCR_DONE,
                Reason.of(ReasonCode.STEP_FAILED, "lease test", "twice"),
                change()))
        .isFalse();
    assertThat(
            repository.settle(
                id,
                "other",
                DocumentStatus.OCR_DONE,
                Reason.of(ReasonCode.STEP_FAILED, "lease test", "once"),
                change()))
        .isTrue();
    assertThat(events(id)).containsExactly("RECEIVED", "OCR_DONE");
  }

  private DocumentLeases node(String name, Duration lease) {
    var settings =
        new IntakeSettings(
            1,
            10,
            10,
            org.springframework.util.unit.DataSize.ofMegabytes(1),
            10,
            1_000_000,
            1_000,
            false,
            "jpn",
            name,
            lease);
    var node = new DocumentLeases(repository, settings);
    nodes.add(node);
    return node;
  }

  private String received() {
    String id = UUID.randomUUID().toString();
    repository.insertReceived(
        id, new DocumentRepository.Arrival("upload", null, "a.png", null, "0".repeat(64), 1));
    return id;
  }

  private static DocumentRepository.Change change() {
    return DocumentRepository.Change.none();
  }

  private String status(String id) {
    return jdbc.queryForObject("select status from gyomu_document where id = ?", String.class, id);
  }

  private List<String> events(String id) {
    return jdbc.queryForList(
        "select status from gyomu_document_event where document_id = ? order by id",
        String.class,
        id);
  }
}
