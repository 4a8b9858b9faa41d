package jp.gyomu.registry;

import java.time.OffsetDateTime;

/**
 * What a bot outside BPMN reports: how many cases it handled and how many minutes people still
 * spent on them.
 *
 * @param performedAt when the cases were handled; now when omitted
 */
public record RunReport(int cases, double humanMinutes, OffsetDateTime performedAt) {}
