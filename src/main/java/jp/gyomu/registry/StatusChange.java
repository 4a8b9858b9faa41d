package jp.gyomu.registry;

import java.time.OffsetDateTime;

/** One entry of a task's status history; {@code from} is null for the status at creation. */
public record StatusChange(
    TaskStatus from, TaskStatus to, OffsetDateTime changedAt, String changedBy) {}
