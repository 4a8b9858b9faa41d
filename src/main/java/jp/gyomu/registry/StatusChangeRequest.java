package jp.gyomu.registry;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A new status for a task, with the day it took effect and a note.
 *
 * @param effectiveDate the day the status took effect (Japan); today when left out
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StatusChangeRequest(
    @Schema(example = "PRODUCTION") TaskStatus status,
    @Schema(
            description =
                "the day it took effect; today when left out; not in the future nor before the"
                    + " task's last status change",
            example = "2026-06-01")
        LocalDate effectiveDate,
    @Schema(description = "why, or on whose decision; at most 2000 characters") String note) {}
