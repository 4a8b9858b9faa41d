package jp.gyomu.review;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import jp.gyomu.process.CaseField;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Stores review outcomes in the engine's transaction: no correction without its completed task. */
@Repository
public class FieldCorrections {

  private final JdbcTemplate jdbc;

  FieldCorrections(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void saveAll(List<FieldCorrection> corrections) {
    for (FieldCorrection c : corrections) {
      jdbc.update(
          """
          insert into gyomu_field_correction (document_id, process_key, task_id, field_name,
              value_before, value_after, confidence_before, status_before, corrected, user_id,
              corrected_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
          ps -> {
            ps.setString(1, c.documentId());
            ps.setString(2, c.processKey());
            ps.setString(3, c.taskId());
            ps.setString(4, c.fieldName());
            ps.setString(5, c.valueBefore());
            ps.setString(6, c.valueAfter());
            if (c.confidenceBefore() == null) {
              ps.setNull(7, Types.DOUBLE);
            } else {
              ps.setDouble(7, c.confidenceBefore());
            }
            ps.setString(8, c.statusBefore() == null ? null : c.statusBefore().name());
            ps.setBoolean(9, c.corrected());
            ps.setString(10, c.userId());
            ps.setTimestamp(11, Timestamp.from(c.correctedAt().toInstant()));
          });
    }
  }

  /** Every stored outcome of one document, oldest first. */
  public List<FieldCorrection> forDocument(String documentId) {
    return jdbc.query(
        """
        select document_id, process_key, task_id, field_name, value_before, value_after,
               confidence_before, status_before, corrected, user_id, corrected_at
        from gyomu_field_correction where document_id = ? order by id
        """,
        (rs, i) ->
            new FieldCorrection(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getObject(7) == null ? null : rs.getDouble(7),
                rs.getString(8) == null ? null : CaseField.Status.valueOf(rs.getString(8)),
                rs.getBoolean(9),
                rs.getString(10),
                rs.getObject(11, java.time.OffsetDateTime.class)),
        documentId);
  }
}
