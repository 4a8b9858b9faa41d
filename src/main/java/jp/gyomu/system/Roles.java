package jp.gyomu.system;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The jobs people and bots do in Gyomu. Each is a Camunda group; Spring Security sees the group as
 * a role.
 */
public final class Roles {

  public static final String ADMIN = "ADMIN";
  public static final String ANALYST = "ANALYST";
  public static final String OPERATOR = "OPERATOR";
  public static final String MANAGER = "MANAGER";
  public static final String BOT = "BOT";

  /** OCR workers (`./gyomu worker`): take pages, download their images, send text back; no more. */
  public static final String OCR_WORKER = "OCR_WORKER";

  public static final String ADMIN_GROUP = "camunda-admin";
  public static final String ANALYST_GROUP = "gyomu-analysts";
  public static final String OPERATOR_GROUP = "gyomu-operators";
  public static final String MANAGER_GROUP = "gyomu-managers";
  public static final String BOT_GROUP = "gyomu-bots";
  public static final String OCR_WORKER_GROUP = "gyomu-ocr-workers";

  /** Camunda group id to Spring Security role. */
  public static final Map<String, String> ROLE_BY_GROUP =
      Map.of(
          ADMIN_GROUP, ADMIN,
          ANALYST_GROUP, ANALYST,
          OPERATOR_GROUP, OPERATOR,
          MANAGER_GROUP, MANAGER,
          BOT_GROUP, BOT,
          OCR_WORKER_GROUP, OCR_WORKER);

  /**
   * Who may read documents (text, PDF, page images): they carry personal data, so only the jobs
   * that work on them. The same roles as {@code /api/documents} in SecurityConfig.
   */
  public static final Set<String> DOCUMENT_READERS = Set.of(ADMIN, ANALYST, OPERATOR);

  /** Whether members of these Camunda groups may read documents. */
  public static boolean mayReadDocuments(Collection<String> groupIds) {
    return groupIds.stream().map(ROLE_BY_GROUP::get).anyMatch(DOCUMENT_READERS::contains);
  }

  private Roles() {}
}
