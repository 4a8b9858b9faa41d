package jp.gyomu.ingestion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.gyomu.process.CaseField;
import jp.gyomu.process.CaseFields;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.ReasonCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Document rows and their events. Every status change writes both in one transaction. */
@Repository
class DocumentRepository {

  private static final TypeReference<Map<String, Long>> TIMINGS = new TypeReference<>() {};
  private static final TypeReference<List<FailedCheck>> CHECKS = new TypeReference<>() {};

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  DocumentRepository(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** What is known when a document arrives. */
  record Arrival(
      String source,
      String sourceKey,
      String originalName,
      String type,
      String sha256,
      long sizeBytes) {}

  /**
   * Records an arrival as RECEIVED with its first event.
   *
   * @throws DuplicateKeyException when a row with the same source key exists (a second pick-up of
   *     one folder file after a crash); the caller then uses {@link #idBySourceKey}
   */
  @Transactional
  void insertReceived(String id, Arrival a) {
    var now = now();
    jdbc.update(
        "insert into gyomu_document (id, source, source_key, original_name, doc_type, sha256,"
            + " size_bytes, status, created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?)",
        id,
        a.source(),
        a.sourceKey(),
        a.originalName(),
        a.type(),
        a.sha256(),
        a.sizeBytes(),
        DocumentStatus.RECEIVED.name(),
        now,
        now);
    event(id, DocumentStatus.RECEIVED, Reason.of(ReasonCode.RECEIVED_FROM, a.source()), now);
  }

  /**
   * Claims the document's bytes as first seen. Returns the id of the document that claimed them
   * earlier when there is one; the database's unique constraint settles races between threads and
   * cluster nodes. Runs outside a transaction: PostgreSQL aborts a transaction on a failed insert
   * or update, and the loser still needs to read the winner's id.
   */
  Optional<String> claimContent(String id, String sha256) {
    try {
      jdbc.update("update gyomu_document set unique_sha256 = ? where id = ?", sha256, id);
      return Optional.empty();
    } catch (DuplicateKeyException taken) {
      return jdbc
          .queryForList(
              "select id from gyomu_document where unique_sha256 = ?", String.class, sha256)
          .stream()
          .filter(other -> !other.equals(id))
          .findFirst();
    }
  }

  /** Changes of a document's row that travel with a status change. */
  record Change(
      String type,
      String mediaType,
      Integer pages,
      Double meanConfidence,
      Map<String, Long> timings,
      Reason error,
      String duplicateOf,
      String processInstanceId) {

    static Change none() {
      return new Change(null, null, null, null, null, null, null, null);
    }
  }

  @Transactional
  void transition(String id, DocumentStatus status, Reason reason, Change c) {
    update(id, status, reason, c, null);
  }

  /**
   * Settles a RECEIVED document the pipeline read, only while {@code owner} still holds its lease:
   * a node whose lease ran out and was taken by another node writes nothing (returns false), so a
   * document read twice still ends once, with one case.
   */
  @Transactional
  boolean settle(String id, String owner, DocumentStatus status, Reason reason, Change c) {
    return update(id, status, reason, c, owner);
  }

  private boolean update(
      String id, DocumentStatus status, Reason reason, Change c, String leaseOwner) {
    var now = now();
    var args =
        new ArrayList<Object>(
            java.util.Arrays.asList(
                status.name(),
                now,
                c.type(),
                c.mediaType(),
                c.pages(),
                c.meanConfidence(),
                c.timings() == null ? null : write(c.timings()),
                c.error() == null ? null : truncate(c.error().english()),
                c.error() == null ? null : write(c.error()),
                c.duplicateOf(),
                c.processInstanceId(),
                id));
    String fence = "";
    if (leaseOwner != null) {
      fence = " and status = ? and lease_owner = ?";
      args.add(DocumentStatus.RECEIVED.name());
      args.add(leaseOwner);
    }
    int changed =
        jdbc.update(
            "update gyomu_document set status = ?, updated_at = ?,"
                + " doc_type = coalesce(?, doc_type), media_type = coalesce(?, media_type),"
                + " pages = coalesce(?, pages), mean_confidence = coalesce(?, mean_confidence),"
                + " timings = coalesce(?, timings), error = ?, error_data = ?,"
                + " duplicate_of = coalesce(?, duplicate_of),"
                + " process_instance_id = coalesce(?, process_instance_id) where id = ?"
                + fence,
            args.toArray());
    if (changed == 0) {
      return false;
    }
    event(id, status, reason, now);
    return true;
  }

  /**
   * Stores the fields read from a document and the checks across them that failed, replacing those
   * of an earlier reading; both null when its type has none. One statement, outside any
   * transaction, and only while {@code owner} still holds the document's lease: a node whose lease
   * another node took must not overwrite the fields the new holder read (returns false).
   */
  boolean storeFields(
      String id, String owner, Map<String, CaseField> fields, List<FailedCheck> checks) {
    return jdbc.update(
            "update gyomu_document set extracted_fields = ?, failed_checks = ? where id = ?"
                + " and status = ? and lease_owner = ?",
            fields == null ? null : CaseFields.json(fields),
            checks == null ? null : write(checks),
            id,
            DocumentStatus.RECEIVED.name(),
            owner)
        == 1;
  }

  /**
   * Records something worth knowing about a document that does not change its state (what the
   * pipeline left out), as an event in its current state.
   */
  void note(String id, Reason reason) {
    find(id).ifPresent(d -> event(id, d.status(), reason, now()));
  }

  Optional<Document> find(String id) {
    return jdbc.query("select * from gyomu_document where id = ?", this::document, id).stream()
        .findFirst();
  }

  List<DocumentEvent> events(String id) {
    return jdbc.query(
        "select status, reason, reason_data, at from gyomu_document_event where document_id = ?"
            + " order by id",
        (rs, n) ->
            new DocumentEvent(
                DocumentStatus.valueOf(rs.getString("status")),
                rs.getString("reason"),
                readReason(rs.getString("reason_data")),
                rs.getObject("at", OffsetDateTime.class)),
        id);
  }

  List<Document> list(Set<DocumentStatus> statuses, String type, int page, int size) {
    var where = new StringBuilder(" where 1 = 1");
    var args = new ArrayList<Object>();
    filter(statuses, type, where, args);
    args.add(size);
    args.add((long) page * size);
    return jdbc.query(
        "select * from gyomu_document" + where + " order by created_at desc, id limit ? offset ?",
        this::document,
        args.toArray());
  }

  long count(Set<DocumentStatus> statuses, String type) {
    var where = new StringBuilder(" where 1 = 1");
    var args = new ArrayList<Object>();
    filter(statuses, type, where, args);
    Long n =
        jdbc.queryForObject(
            "select count(*) from gyomu_document" + where, Long.class, args.toArray());
    return n == null ? 0 : n;
  }

  /**
   * Takes a RECEIVED document for this node until {@code until}, unless another node holds a lease
   * that has not run out. Keeps two nodes (or a resumed and a fresh run) from reading the same
   * document twice.
   */
  boolean lease(String id, String owner, OffsetDateTime until) {
    return jdbc.update(
            "update gyomu_document set lease_owner = ?, lease_until = ? where id = ? and status = ?"
                + " and (lease_until is null or lease_until < ? or lease_owner = ?)",
            owner,
            until,
            id,
            DocumentStatus.RECEIVED.name(),
            now(),
            owner)
        == 1;
  }

  /**
   * Extends this node's lease on a document it still reads; false when the document is no longer
   * RECEIVED under this node's lease (another node took it after the lease ran out, or it settled).
   */
  boolean renewLease(String id, String owner, OffsetDateTime until) {
    return jdbc.update(
            "update gyomu_document set lease_until = ? where id = ? and status = ?"
                + " and lease_owner = ?",
            until,
            id,
            DocumentStatus.RECEIVED.name(),
            owner)
        == 1;
  }

  /**
   * A node that starts again frees what it held when it stopped; returns the documents it left
   * unfinished (settled documents keep their last lease, which nobody looks at).
   */
  int releaseLeases(String owner) {
    return jdbc.update(
        "update gyomu_document set lease_owner = null, lease_until = null"
            + " where lease_owner = ? and status = ?",
        owner,
        DocumentStatus.RECEIVED.name());
  }

  /** Gives one document's lease back, so that any node may take it at once. */
  void releaseLease(String id, String owner) {
    jdbc.update(
        "update gyomu_document set lease_owner = null, lease_until = null"
            + " where id = ? and lease_owner = ?",
        id,
        owner);
  }

  /**
   * Documents the pipeline has not finished that {@code owner} may take, oldest first: unleased,
   * leased by a node that stopped renewing (a dead node's documents), or this node's own.
   */
  List<String> idsWaitingForPipeline(String owner) {
    return jdbc.queryForList(
        "select id from gyomu_document where status = ?"
            + " and (lease_until is null or lease_until < ? or lease_owner = ?) order by created_at",
        String.class,
        DocumentStatus.RECEIVED.name(),
        now(),
        owner);
  }

  Optional<String> idBySourceKey(String key) {
    return jdbc
        .queryForList("select id from gyomu_document where source_key = ?", String.class, key)
        .stream()
        .findFirst();
  }

  /** How many documents are in each status (of one type, or of all when type is null). */
  Map<DocumentStatus, Long> countsByStatus(String type) {
    var where = new StringBuilder(" where 1 = 1");
    var args = new ArrayList<Object>();
    filter(Set.of(), type, where, args);
    var counts = new EnumMap<DocumentStatus, Long>(DocumentStatus.class);
    jdbc.query(
        "select status, count(*) as n from gyomu_document" + where + " group by status",
        rs -> {
          counts.put(DocumentStatus.valueOf(rs.getString("status")), rs.getLong("n"));
        },
        args.toArray());
    return counts;
  }

  /** What a person did to a document, recorded with the state change it made. */
  record Action(String kind, String actor, DocumentStatus from, String detail) {}

  /**
   * Puts a settled document back into the pipeline (RECEIVED, lease freed) if it is still in {@code
   * from}, with the event and the person's action, all in one transaction. Returns false, changing
   * nothing, when the document has left {@code from} meanwhile (someone else acted first).
   */
  @Transactional
  boolean resume(String id, Reason reason, Change c, Action action) {
    var now = now();
    int changed =
        jdbc.update(
            "update gyomu_document set status = ?, updated_at = ?, lease_owner = null,"
                + " lease_until = null, doc_type = coalesce(?, doc_type), error = null,"
                + " error_data = null,"
                + " preflight_override = (preflight_override or ?),"
                + " duplicate_accepted = (duplicate_accepted or ?)"
                + " where id = ? and status = ?",
            DocumentStatus.RECEIVED.name(),
            now,
            c.type(),
            action.kind().equals(DocumentAction.RELEASE_OVERRIDE),
            action.kind().equals(DocumentAction.ACCEPT_DUPLICATE),
            id,
            action.from().name());
    if (changed == 0) {
      return false;
    }
    event(id, DocumentStatus.RECEIVED, reason, now);
    jdbc.update(
        "insert into gyomu_document_action (document_id, action, actor, at, from_status, detail)"
            + " values (?,?,?,?,?,?)",
        id,
        action.kind(),
        action.actor(),
        now,
        action.from().name(),
        truncate(action.detail()));
    return true;
  }

  List<DocumentAction> actions(String id) {
    return jdbc.query(
        "select action, actor, at, from_status, detail from gyomu_document_action"
            + " where document_id = ? order by id",
        (rs, n) ->
            new DocumentAction(
                rs.getString("action"),
                rs.getString("actor"),
                rs.getObject("at", OffsetDateTime.class),
                DocumentStatus.valueOf(rs.getString("from_status")),
                rs.getString("detail")),
        id);
  }

  private static void filter(
      Set<DocumentStatus> statuses, String type, StringBuilder where, List<Object> args) {
    if (!statuses.isEmpty()) {
      where.append(" and status in (");
      where.append(String.join(",", java.util.Collections.nCopies(statuses.size(), "?")));
      where.append(")");
      statuses.forEach(s -> args.add(s.name()));
    }
    if (type != null && !type.isBlank()) {
      where.append(" and doc_type = ?");
      args.add(type);
    }
  }

  /** An event with its reason twice: English text (logs, older readers) and typed (screens). */
  private void event(String id, DocumentStatus status, Reason reason, OffsetDateTime at) {
    jdbc.update(
        "insert into gyomu_document_event (document_id, status, reason, reason_data, at)"
            + " values (?,?,?,?,?)",
        id,
        status.name(),
        reason == null ? null : truncate(reason.english()),
        reason == null ? null : write(reason),
        at);
  }

  private Document document(ResultSet rs, int row) throws SQLException {
    double confidence = rs.getDouble("mean_confidence");
    Double meanConfidence = rs.wasNull() ? null : confidence;
    int pages = rs.getInt("pages");
    Integer pageCount = rs.wasNull() ? null : pages;
    return new Document(
        rs.getString("id"),
        DocumentStatus.valueOf(rs.getString("status")),
        rs.getString("doc_type"),
        rs.getString("source"),
        rs.getString("original_name"),
        rs.getString("media_type"),
        rs.getString("sha256"),
        rs.getLong("size_bytes"),
        pageCount,
        meanConfidence,
        read(rs.getString("timings")),
        rs.getString("error"),
        readReason(rs.getString("error_data")),
        rs.getString("duplicate_of"),
        rs.getString("process_instance_id"),
        readFields(rs.getString("extracted_fields")),
        readChecks(rs.getString("failed_checks")),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("updated_at", OffsetDateTime.class),
        rs.getBoolean("preflight_override"),
        rs.getBoolean("duplicate_accepted"));
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** A stored typed reason; null for none and for rows written before reasons were typed. */
  private Reason readReason(String stored) {
    if (stored == null) {
      return null;
    }
    try {
      return json.readValue(stored, Reason.class);
    } catch (JsonProcessingException | IllegalArgumentException unknown) {
      return null; // a code this version does not know: the English text still shows
    }
  }

  private static String truncate(String s) {
    return s == null || s.length() <= 2000 ? s : s.substring(0, 1997) + "...";
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Long> read(String timings) {
    if (timings == null) {
      return Map.of();
    }
    try {
      return json.readValue(timings, TIMINGS);
    } catch (JsonProcessingException e) {
      return Map.of();
    }
  }

  private List<FailedCheck> readChecks(String checks) {
    if (checks == null) {
      return null;
    }
    try {
      return json.readValue(checks, CHECKS);
    } catch (JsonProcessingException e) {
      return null; // as for fields: one unreadable row must not break the list
    }
  }

  private Map<String, CaseField> readFields(String fields) {
    if (fields == null) {
      return null;
    }
    try {
      return CaseFields.parse(fields);
    } catch (IllegalStateException e) {
      return null; // as for timings: one unreadable row must not break the list
    }
  }
}
