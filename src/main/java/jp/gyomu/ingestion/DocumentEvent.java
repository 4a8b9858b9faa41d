package jp.gyomu.ingestion;

import java.time.OffsetDateTime;

/** One recorded state change of a document. */
public record DocumentEvent(DocumentStatus status, String reason, OffsetDateTime at) {}
