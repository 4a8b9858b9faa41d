package jp.gyomu.registry;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.OffsetDateTime;

/** One entry of a task's status history; {@code from} is null for the status at creation. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StatusChange(
    TaskStatus from, TaskStatus to, OffsetDateTime changedAt, String changedBy) {}
