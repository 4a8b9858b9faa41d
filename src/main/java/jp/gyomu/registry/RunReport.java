package jp.gyomu.registry;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.OffsetDateTime;

/**
 * What a bot outside BPMN reports: how many cases it handled and how many minutes people still
 * spent on them.
 *
 * <p>JSON: {@code {"cases": 40, "human_minutes": 12.5, "performed_at":
 * "2026-11-25T18:00:00+09:00"}}.
 *
 * @param performedAt when the cases were handled; now when omitted
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RunReport(int cases, double humanMinutes, OffsetDateTime performedAt) {}
