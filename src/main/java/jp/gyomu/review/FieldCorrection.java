package jp.gyomu.review;

import java.time.OffsetDateTime;
import jp.gyomu.process.CaseField;

/**
 * One field as an operator left it in a review.
 *
 * @param valueBefore the value the OCR read (as text), null when it read nothing
 * @param valueAfter the value the operator submitted (as text)
 * @param confidenceBefore the OCR confidence of the value read, 0-100
 * @param statusBefore the field's status before this review: as the OCR judged it, or CORRECTED or
 *     CONFIRMED when an earlier review of the case left it so
 * @param corrected whether the operator changed the value
 */
public record FieldCorrection(
    String documentId,
    String processKey,
    String taskId,
    String fieldName,
    String valueBefore,
    String valueAfter,
    Double confidenceBefore,
    CaseField.Status statusBefore,
    boolean corrected,
    String userId,
    OffsetDateTime correctedAt) {}
