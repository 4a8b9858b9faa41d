package jp.gyomu.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import jp.gyomu.support.GyomuIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hand-off starts a case only while the node holds the document's lease, with the real engine:
 * a node whose lease another node took starts nothing (its case start rolls back), the holder
 * starts exactly one; nor does it overwrite the fields the holder stored.
 */
class FencedHandOffTest extends GyomuIntegrationTest {

  @Autowired HandOffStep handOff;
  @Autowired ExtractFieldsStep extractFields;
  @Autowired DocumentRepository repository;
  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService history;

  @Test
  void aNodeThatLostTheLeaseStartsNoCaseAndTheHolderStartsOne() {
    String id = receivedAndLeasedBy("node-b");

    assertThatThrownBy(() -> handOff.apply(working(id, "node-a")))
        .isInstanceOf(LeaseLostException.class);
    assertThat(cases(id)).as("the late node's case was rolled back").isZero();
    assertThat(repository.find(id).orElseThrow().status()).isEqualTo(DocumentStatus.RECEIVED);

    handOff.apply(working(id, "node-b"));
    assertThat(cases(id)).isEqualTo(1);
    assertThat(repository.find(id).orElseThrow().status()).isEqualTo(DocumentStatus.HANDED_OFF);
  }

  @Test
  void aNodeThatLostTheLeaseLeavesTheFieldsTheHolderStored() {
    String id = receivedAndLeasedBy("node-b");
    jdbc.update(
        "update gyomu_document set doc_type = 'no-template', extracted_fields = ? where id = ?",
        "{\"by\":\"node-b\"}",
        id);

    assertThatThrownBy(() -> extractFields.apply(working(id, "node-a")))
        .isInstanceOf(LeaseLostException.class);
    assertThat(storedFields(id)).isEqualTo("{\"by\":\"node-b\"}");

    extractFields.apply(working(id, "node-b")); // a type without a template has no fields
    assertThat(storedFields(id)).isNull();
  }

  private String storedFields(String id) {
    return jdbc.queryForObject(
        "select extracted_fields from gyomu_document where id = ?", String.class, id);
  }

  /** One insert, leased already: the application's own sweep never sees it unleased. */
  private String receivedAndLeasedBy(String node) {
    String id = UUID.randomUUID().toString();
    var now = OffsetDateTime.now(ZoneOffset.UTC);
    jdbc.update(
        "insert into gyomu_document (id, source, original_name, doc_type, sha256, size_bytes,"
            + " status, lease_owner, lease_until, created_at, updated_at)"
            + " values (?,?,?,?,?,?,?,?,?,?,?)",
        id,
        "upload",
        "fenced.png",
        "invoice",
        "f".repeat(64),
        1,
        DocumentStatus.RECEIVED.name(),
        node,
        now.plusMinutes(10),
        now,
        now);
    return id;
  }

  private WorkingDocument working(String id, String node) {
    var document = new WorkingDocument(repository.find(id).orElseThrow(), Path.of("unused"));
    document.leaseOwner = node;
    return document;
  }

  private long cases(String id) {
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).count();
  }
}
