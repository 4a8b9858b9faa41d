package jp.gyomu.ingestion;

import java.time.OffsetDateTime;
import java.util.Map;

/** A document as the API shows it. */
public record Document(
    String id,
    DocumentStatus status,
    String type,
    String source,
    String originalName,
    String mediaType,
    String sha256,
    long sizeBytes,
    Integer pages,
    Double meanConfidence,
    Map<String, Long> timings,
    String error,
    String duplicateOf,
    String processInstanceId,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
