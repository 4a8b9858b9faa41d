package jp.gyomu.registry;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * One entry of a task's status history; {@code from} is null for the status at creation.
 *
 * @param changedAt when the new status took effect (Japan time)
 * @param note why, or on whose decision; null when none was given
 * @param recordedAt when the change was entered; later than {@code changedAt} for a change entered
 *     afterwards with its effective date
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StatusChange(
    TaskStatus from,
    TaskStatus to,
    @Schema(description = "when the status took effect", example = "2026-06-01T00:00:00+09:00")
        OffsetDateTime changedAt,
    String changedBy,
    @Schema(description = "why, or on whose decision", example = "部長決裁 (6/1) により本格導入") String note,
    @Schema(description = "when the change was entered") OffsetDateTime recordedAt) {}
