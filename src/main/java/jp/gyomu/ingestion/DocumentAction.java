package jp.gyomu.ingestion;

import java.time.OffsetDateTime;

/**
 * What a person did to a document (the audit of the documents console): who, when, in which state
 * they found it, and what.
 *
 * @param action {@value #ASSIGN_TYPE}, {@value #RETRY}, {@value #RELEASE}, {@value
 *     #RELEASE_OVERRIDE} or {@value #ACCEPT_DUPLICATE}
 * @param detail the type assigned, and the person's comment when they gave one
 */
public record DocumentAction(
    String action, String actor, OffsetDateTime at, DocumentStatus fromStatus, String detail) {

  /** A type given to a document in NEEDS_ROUTING. */
  public static final String ASSIGN_TYPE = "ASSIGN_TYPE";

  /** A FAILED document read again. */
  public static final String RETRY = "RETRY";

  /** A QUARANTINED document read again from preflight on. */
  public static final String RELEASE = "RELEASE";

  /** A QUARANTINED document read again beyond preflight's limits (administrators only). */
  public static final String RELEASE_OVERRIDE = "RELEASE_OVERRIDE";

  /** A DUPLICATE read on as intended. */
  public static final String ACCEPT_DUPLICATE = "ACCEPT_DUPLICATE";
}
