package jp.gyomu.studio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The studio's tables (V7__form_drafts.sql). Images are fetched only where they are shown. */
@Repository
class DraftRepository {

  /** A draft without its images. */
  record DraftRow(
      String id,
      String definition,
      String samplePage,
      String placements,
      boolean hasSample,
      String blankName,
      Double accuracy,
      String createdBy,
      Instant createdAt,
      Instant updatedAt,
      String publishedBy,
      Instant publishedAt,
      String bpmnSha256,
      String bpmnOwner) {}

  /** A test scan without its bytes. */
  record ScanRow(
      String id,
      String draftId,
      int position,
      String fileName,
      String languages,
      String error,
      String expected) {}

  /** A page of a test scan: size and what OCR read (JSON). */
  record PageRow(int pageNo, int width, int height, String pageText) {}

  private static final String DRAFT_COLUMNS =
      "id, definition, sample_page, placements, sample_png is not null as has_sample, blank_name,"
          + " accuracy, created_by, created_at, updated_at, published_by, published_at,"
          + " bpmn_sha256, bpmn_owner";

  private static final RowMapper<DraftRow> DRAFT =
      (rs, i) ->
          new DraftRow(
              rs.getString("id"),
              rs.getString("definition"),
              rs.getString("sample_page"),
              rs.getString("placements"),
              rs.getBoolean("has_sample"),
              rs.getString("blank_name"),
              (Double) rs.getObject("accuracy", Double.class),
              rs.getString("created_by"),
              instant(rs, "created_at"),
              instant(rs, "updated_at"),
              rs.getString("published_by"),
              instant(rs, "published_at"),
              rs.getString("bpmn_sha256"),
              rs.getString("bpmn_owner"));

  private static final String SCAN_COLUMNS =
      "id, draft_id, position, file_name, languages, error, expected";

  private static final RowMapper<ScanRow> SCAN =
      (rs, i) ->
          new ScanRow(
              rs.getString("id"),
              rs.getString("draft_id"),
              rs.getInt("position"),
              rs.getString("file_name"),
              rs.getString("languages"),
              rs.getString("error"),
              rs.getString("expected"));

  private final JdbcTemplate jdbc;

  DraftRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<DraftRow> findAll() {
    return jdbc.query("select " + DRAFT_COLUMNS + " from gyomu_form_draft order by id", DRAFT);
  }

  Optional<DraftRow> find(String id) {
    return jdbc
        .query("select " + DRAFT_COLUMNS + " from gyomu_form_draft where id = ?", DRAFT, id)
        .stream()
        .findFirst();
  }

  void insert(
      String id,
      String definition,
      byte[] samplePng,
      String samplePage,
      String placements,
      String blankName,
      byte[] blankContent,
      String actor,
      Instant at) {
    jdbc.update(
        "insert into gyomu_form_draft (id, definition, sample_png, sample_page, placements,"
            + " blank_name, blank_content, created_by, created_at, updated_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        definition,
        samplePng,
        samplePage,
        placements,
        blankName,
        blankContent,
        actor,
        timestamp(at),
        timestamp(at));
  }

  /** Saves a new definition (and id: the scans follow by the key's cascade); forgets accuracy. */
  void updateDefinition(String id, String newId, String definition, Instant at) {
    jdbc.update(
        "update gyomu_form_draft set id = ?, definition = ?, accuracy = null, updated_at = ?"
            + " where id = ?",
        newId,
        definition,
        timestamp(at),
        id);
  }

  void updateAccuracy(String id, Double accuracy) {
    jdbc.update("update gyomu_form_draft set accuracy = ? where id = ?", accuracy, id);
  }

  void touch(String id, Instant at) {
    jdbc.update(
        "update gyomu_form_draft set accuracy = null, updated_at = ? where id = ?",
        timestamp(at),
        id);
  }

  void markPublished(String id, String actor, Instant at, String bpmnSha256, String bpmnOwner) {
    jdbc.update(
        "update gyomu_form_draft set published_by = ?, published_at = ?, bpmn_sha256 = ?,"
            + " bpmn_owner = ? where id = ?",
        actor,
        timestamp(at),
        bpmnSha256,
        bpmnOwner,
        id);
  }

  boolean delete(String id) {
    return jdbc.update("delete from gyomu_form_draft where id = ?", id) > 0;
  }

  Optional<byte[]> samplePng(String id) {
    return jdbc
        .query(
            "select sample_png from gyomu_form_draft where id = ? and sample_png is not null",
            (rs, i) -> rs.getBytes(1),
            id)
        .stream()
        .findFirst();
  }

  record ScanCount(String draftId, long count) {}

  List<ScanCount> scanCounts() {
    return jdbc.query(
        "select draft_id, count(*) from gyomu_form_draft_scan group by draft_id",
        (rs, i) -> new ScanCount(rs.getString(1), rs.getLong(2)));
  }

  /** Each scan's page sizes, by scan id, in page order. */
  Map<String, List<DraftViews.Page>> pageSizes(String draftId) {
    Map<String, List<DraftViews.Page>> sizes = new HashMap<>();
    jdbc.query(
        "select p.scan_id, p.width, p.height from gyomu_form_draft_page p join"
            + " gyomu_form_draft_scan s on s.id = p.scan_id where s.draft_id = ?"
            + " order by p.scan_id, p.page_no",
        rs -> {
          sizes
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new DraftViews.Page(rs.getInt(2), rs.getInt(3)));
        },
        draftId);
    return sizes;
  }

  List<ScanRow> scans(String draftId) {
    return jdbc.query(
        "select "
            + SCAN_COLUMNS
            + " from gyomu_form_draft_scan where draft_id = ? order by position",
        SCAN,
        draftId);
  }

  Optional<ScanRow> scan(String draftId, String scanId) {
    return jdbc
        .query(
            "select " + SCAN_COLUMNS + " from gyomu_form_draft_scan where draft_id = ? and id = ?",
            SCAN,
            draftId,
            scanId)
        .stream()
        .findFirst();
  }

  int nextPosition(String draftId) {
    Integer max =
        jdbc.queryForObject(
            "select max(position) from gyomu_form_draft_scan where draft_id = ?",
            Integer.class,
            draftId);
    return max == null ? 1 : max + 1;
  }

  @Transactional
  void insertScan(
      ScanRow scan, byte[] content, List<PageRow> pages, List<byte[]> pngs, Instant at) {
    jdbc.update(
        "insert into gyomu_form_draft_scan (id, draft_id, position, file_name, content, languages,"
            + " error, expected, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        scan.id(),
        scan.draftId(),
        scan.position(),
        scan.fileName(),
        content,
        scan.languages(),
        scan.error(),
        scan.expected(),
        timestamp(at));
    insertPages(scan.id(), pages, pngs);
  }

  /** Replaces a scan's pages: read again with other languages. */
  @Transactional
  void replacePages(
      String scanId, String languages, String error, List<PageRow> pages, List<byte[]> pngs) {
    jdbc.update("delete from gyomu_form_draft_page where scan_id = ?", scanId);
    jdbc.update(
        "update gyomu_form_draft_scan set languages = ?, error = ? where id = ?",
        languages,
        error,
        scanId);
    insertPages(scanId, pages, pngs);
  }

  private void insertPages(String scanId, List<PageRow> pages, List<byte[]> pngs) {
    for (int i = 0; i < pages.size(); i++) {
      PageRow page = pages.get(i);
      jdbc.update(
          "insert into gyomu_form_draft_page (scan_id, page_no, width, height, page_text, png)"
              + " values (?, ?, ?, ?, ?, ?)",
          scanId,
          page.pageNo(),
          page.width(),
          page.height(),
          page.pageText(),
          pngs.get(i));
    }
  }

  void updateExpected(String scanId, String expected) {
    jdbc.update("update gyomu_form_draft_scan set expected = ? where id = ?", expected, scanId);
  }

  boolean deleteScan(String draftId, String scanId) {
    return jdbc.update(
            "delete from gyomu_form_draft_scan where draft_id = ? and id = ?", draftId, scanId)
        > 0;
  }

  byte[] scanContent(String scanId) {
    return jdbc.queryForObject(
        "select content from gyomu_form_draft_scan where id = ?",
        (rs, i) -> rs.getBytes(1),
        scanId);
  }

  List<PageRow> pages(String scanId) {
    return jdbc.query(
        "select page_no, width, height, page_text from gyomu_form_draft_page where scan_id = ?"
            + " order by page_no",
        (rs, i) ->
            new PageRow(
                rs.getInt("page_no"), rs.getInt("width"), rs.getInt("height"), rs.getString(4)),
        scanId);
  }

  Optional<byte[]> pagePng(String draftId, String scanId, int pageNo) {
    return jdbc
        .query(
            "select p.png from gyomu_form_draft_page p join gyomu_form_draft_scan s on s.id ="
                + " p.scan_id where s.draft_id = ? and s.id = ? and p.page_no = ?",
            (rs, i) -> rs.getBytes(1),
            draftId,
            scanId,
            pageNo)
        .stream()
        .findFirst();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime timestamp(Instant at) {
    return at.atOffset(java.time.ZoneOffset.UTC);
  }
}
