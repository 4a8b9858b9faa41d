package jp.gyomu.system;

import static jp.gyomu.system.Caller.ADMIN;
import static jp.gyomu.system.Caller.ANALYST;
import static jp.gyomu.system.Caller.ANONYMOUS;
import static jp.gyomu.system.Caller.BOT;
import static jp.gyomu.system.Caller.MANAGER;
import static jp.gyomu.system.Caller.OCR_WORKER;
import static jp.gyomu.system.Caller.OPERATOR;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Who may call what: the access matrix as a table, read top to bottom, first matching row wins (as
 * in SecurityConfig). There is deliberately no catch-all row: an endpoint no row matches fails
 * AccessMatrixTest until someone decides who needs it. docs/SECURITY.md shows this table.
 */
final class AccessRules {

  private static final Set<Caller> EVERYONE = Caller.EVERYONE;
  private static final Set<Caller> PEOPLE = Caller.PEOPLE;
  private static final Set<Caller> NOBODY = EnumSet.noneOf(Caller.class);

  /** Engine resources people read. */
  private static final List<String> ENGINE_READS =
      List.of(
          "process-definition",
          "process-instance",
          "execution",
          "task",
          "job",
          "job-definition",
          "incident",
          "deployment",
          "decision-definition",
          "decision-requirements-definition",
          "case-definition",
          "case-instance",
          "case-execution",
          "history",
          "batch",
          "variable-instance",
          "event-subscription",
          "filter",
          "version");

  /** Lists Camunda also offers as POST with the query in the body (and their counts). */
  private static final List<String> POST_QUERIES =
      List.of(
          "process-instance",
          "execution",
          "task",
          "job",
          "job-definition",
          "variable-instance",
          "case-instance",
          "case-execution",
          "history/process-instance",
          "history/activity-instance",
          "history/task",
          "history/variable-instance",
          "history/detail",
          "history/job-log",
          "history/external-task-log",
          "history/case-instance");

  /** What operators change when a case is stuck: jobs, incidents, bot steps. */
  private static final List<String> OPERATIONS =
      List.of("job", "job-definition", "incident", "external-task");

  /** Models and the cases running on them: the analysts' work. */
  private static final List<String> MODELS =
      List.of(
          "process-definition",
          "process-instance",
          "execution",
          "deployment",
          "decision-definition",
          "decision-requirements-definition",
          "case-definition",
          "case-instance",
          "case-execution",
          "history",
          "batch",
          "variable-instance",
          "message",
          "signal",
          "condition",
          "migration",
          "modification");

  /** The webapps' engine API (Gyomu runs one engine, "default"). */
  static final String WEBAPP_ENGINE_API = "/camunda/api/engine/engine/default";

  static final List<AccessRule> RULES = build();

  private AccessRules() {}

  /** The first row that matches, as Spring Security decides. */
  static Optional<AccessRule> ruleFor(Endpoint endpoint) {
    return RULES.stream().filter(r -> r.matches(endpoint)).findFirst();
  }

  private static List<AccessRule> build() {
    var t = new Table();

    t.section("Gyomu's pages (login form session, or HTTP Basic)");
    t.row("GET", "landing page, login form, error page", EVERYONE, "/", "/login", "/error");
    t.row("POST", "log in and out (with the form's CSRF token)", EVERYONE, "/login", "/logout");
    t.row(
        "GET",
        "style sheet, Gyomu's page scripts (the login page loads the shared one); the review form"
            + " Tasklist embeds (markup only, data comes from the engine)",
        EVERYONE,
        "/css/**",
        "/js/**",
        "/forms/**");
    t.row(
        "GET",
        "progress dashboard, printable report and its Excel and CSV downloads",
        PEOPLE,
        "/dashboard",
        "/dashboard/report",
        "/dashboard/report.xlsx",
        "/dashboard/report.csv");
    t.row(
        "GET",
        "registry editor: everyone reads; its changes go through the registry API, so only"
            + " analysts and administrators can make them",
        PEOPLE,
        "/registry");
    t.row(
        "GET",
        "Chart.js and static files of Camunda's webjar",
        PEOPLE,
        "/webjars/**",
        "/plugin/**",
        "/camunda-welcome/**");
    t.row(
        "GET",
        "API documentation (OpenAPI, Swagger UI)",
        PEOPLE,
        "/v3/api-docs",
        "/v3/api-docs.yaml",
        "/v3/api-docs/swagger-config",
        "/swagger-ui.html",
        "/swagger-ui/**");
    t.row(
        "GET",
        "the form studio (templates, samples and trial scans are the analysts' work)",
        EnumSet.of(ANALYST, ADMIN),
        "/studio",
        "/studio/{id}");
    t.row(
        "GET",
        "the documents console: counts per status and the list (managers without personal data)",
        PEOPLE,
        "/documents");
    t.row(
        "GET",
        "one document's page in the documents console: images, text and fields are personal data",
        EnumSet.of(ANALYST, OPERATOR, ADMIN),
        "/documents/{id}");
    t.row(
        "GET",
        "page images beside Tasklist's forms: Tasklist session, only for a task the user may see;"
            + " the jobs that read documents, and others (managers) only for a task assigned or"
            + " offered to them, such as an approval",
        EnumSet.of(ANALYST, OPERATOR, ADMIN),
        "/review/tasks/{taskId}/pages/{page}.png");

    t.section("Gyomu's API `/api` (HTTP Basic or a bot's token, no session)");
    t.row(
        "POST",
        "upload scans: people who handle documents, and bots that collect them (mail, portals)",
        EnumSet.of(ANALYST, OPERATOR, BOT, ADMIN),
        "/api/documents");
    t.row(
        "GET",
        "the documents console's counts per status and list; managers get the list without"
            + " personal data (no file names, reasons, fields or hashes)",
        PEOPLE,
        "/api/documents",
        "/api/documents/counts");
    t.row(
        "POST",
        "read a quarantined document beyond preflight's limits: the node's time and memory are at"
            + " stake, so an administrator decides",
        EnumSet.of(ADMIN),
        "/api/documents/{id}/release-override");
    t.row(
        "GET PATCH POST",
        "read documents (text, searchable PDF, pages, original) and act on those waiting for a"
            + " person (assign a type, retry, release from quarantine, keep a duplicate):"
            + " documents carry personal data, so only those who work on them",
        EnumSet.of(ANALYST, OPERATOR, ADMIN),
        "/api/documents/{id}",
        "/api/documents/{id}/text",
        "/api/documents/{id}/pdf",
        "/api/documents/{id}/pages/{page}.png",
        "/api/documents/{id}/original",
        "/api/documents/{id}/retry",
        "/api/documents/{id}/release",
        "/api/documents/{id}/accept-duplicate");
    t.row(
        "POST",
        "publish the processes folder after saving models",
        EnumSet.of(ANALYST, ADMIN),
        "/api/processes/redeploy");
    t.row(
        "PUT",
        "create or change a document type's template (and sample page), in use without a restart",
        EnumSet.of(ANALYST, ADMIN),
        "/api/document-types/{id}");
    t.row(
        "POST",
        "propose a template from a sample scan (and its blank form), nothing stored: defining"
            + " forms is the analysts' work",
        EnumSet.of(ANALYST, ADMIN),
        "/api/document-types/suggest");
    t.row(
        "GET POST",
        "read the document types (templates, sample pages) and try one on scans, nothing stored:"
            + " samples and scans carry personal data, so only those who handle documents",
        EnumSet.of(ANALYST, OPERATOR, ADMIN),
        "/api/document-types",
        "/api/document-types/{id}",
        "/api/document-types/{id}/sample",
        "/api/document-types/{id}/trial");
    t.row(
        "POST",
        "publish a form studio draft: its template in use, a standard process when none exists,"
            + " the registry entry",
        EnumSet.of(ANALYST, ADMIN),
        "/api/document-types/{id}/publish");
    t.row(
        "GET POST PUT DELETE",
        "the form studio's drafts and their test scans: forms being defined, with personal data"
            + " in the scans, so only those who define forms",
        EnumSet.of(ANALYST, ADMIN),
        "/api/form-drafts",
        "/api/form-drafts/from-type/{typeId}",
        "/api/form-drafts/{id}",
        "/api/form-drafts/{id}/sample.png",
        "/api/form-drafts/{id}/scans",
        "/api/form-drafts/{id}/scans/{scanId}",
        "/api/form-drafts/{id}/scans/{scanId}/expected",
        "/api/form-drafts/{id}/scans/{scanId}/pages/{page}.png",
        "/api/form-drafts/{id}/trial");
    t.row(
        "POST",
        "bots report runs done outside BPMN",
        EnumSet.of(ANALYST, BOT, ADMIN),
        "/api/automation-tasks/{code}/runs");
    t.row(
        "GET",
        "read the registry, targets and progress",
        PEOPLE,
        "/api/automation-tasks/export",
        "/api/automation-tasks",
        "/api/automation-tasks/{code}",
        "/api/automation-tasks/{code}/history",
        "/api/automation-targets/{fiscalYear}",
        "/api/progress");
    t.row(
        "POST PUT",
        "edit the registry and the fiscal-year targets",
        EnumSet.of(ANALYST, ADMIN),
        "/api/automation-tasks/import",
        "/api/automation-tasks",
        "/api/automation-tasks/{code}",
        "/api/automation-tasks/{code}/status-changes",
        "/api/automation-targets/{fiscalYear}");
    t.row(
        "POST GET",
        "OCR workers (`./gyomu worker`, decision 0015) take a page waiting for OCR, download its"
            + " image, renew its lease and send back its text or why not, each under the page's"
            + " lease: the workers' only door, and nobody else's",
        EnumSet.of(OCR_WORKER),
        "/api/ocr-work/take",
        "/api/ocr-work/{id}/image",
        "/api/ocr-work/{id}/lease",
        "/api/ocr-work/{id}/result",
        "/api/ocr-work/{id}/failure");
    t.row(
        "POST GET DELETE",
        "bots' API tokens: create one (its secret shown once), list them without secrets, revoke",
        EnumSet.of(ADMIN),
        "/api/bot-tokens",
        "/api/bot-tokens/{id}");
    t.row(
        "GET",
        "failed logins per user name and client address, and how long each source still waits",
        EnumSet.of(ADMIN),
        "/api/login-failures");

    t.section("Actuator (HTTP Basic)");
    t.row(
        "GET",
        "health for load balancers and probes (status only)",
        EVERYONE,
        "/actuator/health",
        "/actuator/health/**");
    t.row(
        "GET",
        "metrics and build info",
        EnumSet.of(ADMIN),
        "/actuator",
        "/actuator/info",
        "/actuator/metrics",
        "/actuator/metrics/**",
        "/actuator/prometheus");

    t.section("Camunda engine REST API `/engine-rest` (HTTP Basic or a bot's token, no session)");
    t.row(
        "*",
        "named-engine paths repeat every resource under another prefix; Gyomu runs one engine",
        EnumSet.of(ADMIN),
        "/engine-rest/engine",
        "/engine-rest/engine/**");
    engineApi(t, "/engine-rest", false);

    t.section("Camunda webapps `/camunda` (their own login and session)");
    t.row(
        "GET",
        "Admin's page: the login screen, or for a logged-in user only with Admin access",
        EnumSet.of(ANONYMOUS, BOT, OCR_WORKER, ADMIN),
        "/camunda/app/admin/default/");
    t.row(
        "GET",
        "the webapps' pages and files: the login screen, data comes only through the API",
        EVERYONE,
        "/camunda/app/cockpit/default/",
        "/camunda/app/tasklist/default/",
        "/camunda/app/welcome/default/",
        "/camunda/app/**",
        "/camunda/lib/**",
        "/camunda/assets/**",
        "/camunda/favicon.ico",
        "/camunda/api/" + EndpointCatalog.PROBE_ID,
        "/camunda/api/*/plugin/*/static/**",
        "/camunda/api/engine/engine");
    t.row(
        "POST",
        "log into Cockpit (monitor cases) or Tasklist (work tasks)",
        PEOPLE,
        "/camunda/api/admin/auth/user/default/login/cockpit",
        "/camunda/api/admin/auth/user/default/login/tasklist");
    t.row(
        "POST",
        "log into Admin (users, groups, authorizations)",
        EnumSet.of(ADMIN),
        "/camunda/api/admin/auth/user/default/login/admin");
    t.row(
        "POST",
        "log into the Welcome page (profile, password): people only, Gyomu turns bots away"
            + " (WebappLoginGate: fields only in a UTF-8 form body, never in the query string)",
        PEOPLE,
        "/camunda/api/admin/auth/user/default/login/welcome");
    t.row(
        "GET POST",
        "who is logged in; log out; the password policy shown when changing a password",
        EVERYONE,
        "/camunda/api/admin/auth/user/default",
        "/camunda/api/admin/auth/user/default/logout",
        "/camunda/api/engine/engine/default/identity/password-policy");
    t.row(
        "POST",
        "first-administrator setup: closed, Gyomu creates the administrator at first start",
        NOBODY,
        "/camunda/api/admin/setup/default/user/create");
    t.row(
        "*",
        "the webapps' own data (Cockpit's plugins, Admin's plugins): any webapp session",
        PEOPLE,
        "/camunda/api/cockpit/plugin/base/default/**",
        "/camunda/api/admin/plugin/adminPlugins/default/**");

    t.section(
        "The webapps' engine API `"
            + WEBAPP_ENGINE_API
            + "` (webapp session): the same rules as `/engine-rest`");
    engineApi(t, WEBAPP_ENGINE_API, true);
    return t.rows;
  }

  /**
   * The engine API's rows under {@code p}: the same for {@code /engine-rest} and the webapps', but
   * bots never hold a webapp session (the login gate turns them away, and a bot's session is
   * refused on the webapps' API).
   */
  private static void engineApi(Table t, String p, boolean webapp) {
    UnaryOperator<Set<Caller>> who =
        webapp
            ? callers -> {
              var people = EnumSet.noneOf(Caller.class);
              people.addAll(callers);
              people.remove(BOT);
              return people;
            }
            : callers -> callers;
    t.row(
        "OPTIONS",
        "which actions a resource offers the caller: the answer changes nothing",
        who.apply(PEOPLE),
        p + "/**");
    t.row(
        "GET",
        "who's who and what may I do: the engine shows the users and groups the caller may read",
        who.apply(PEOPLE),
        p + "/user",
        p + "/user/count",
        p + "/user/*/profile",
        p + "/group",
        p + "/group/count",
        p + "/group/*",
        p + "/identity/groups",
        p + "/identity/password-policy",
        p + "/authorization/check");
    t.row(
        "PUT",
        "one's own profile and password: the engine lets a user change only themselves, with the"
            + " current password",
        who.apply(PEOPLE),
        p + "/user/*/profile",
        p + "/user/*/credentials");
    if (!webapp) { // the webapps open it to everyone (row above)
      t.row(
          "POST",
          "check a new password against the policy",
          PEOPLE,
          p + "/identity/password-policy");
    }
    t.row(
        "*",
        "users, groups, tenants, authorizations, password checks",
        EnumSet.of(ADMIN),
        p + "/user/**",
        p + "/group/**",
        p + "/tenant/**",
        p + "/authorization/**",
        p + "/identity/**");
    t.row(
        "*",
        "engine metrics, telemetry, schema log, Optimize export",
        EnumSet.of(ADMIN),
        p + "/metrics/**",
        p + "/telemetry/**",
        p + "/schema/**",
        p + "/optimize/**");
    t.row(
        "GET POST",
        "deployments registered with this node; history clean-up and its batch report",
        EnumSet.of(ADMIN),
        p + "/deployment/registered",
        p + "/history/cleanup",
        p + "/history/batch/cleanable-batch-report/**");
    t.row(
        "POST",
        "the worker protocol: fetch and lock, extend, complete, fail, report a BPMN error",
        who.apply(EnumSet.of(ANALYST, BOT, ADMIN)),
        p + "/external-task/fetchAndLock",
        p + "/external-task/*/lock",
        p + "/external-task/*/extendLock",
        p + "/external-task/*/complete",
        p + "/external-task/*/failure",
        p + "/external-task/*/bpmnError");
    t.row(
        "POST",
        "give a bot step back (a bot shutting down, an operator freeing a dead bot's case)",
        who.apply(EnumSet.of(ANALYST, OPERATOR, BOT, ADMIN)),
        p + "/external-task/*/unlock");
    t.row(
        "GET",
        "see the bot work waiting (e.g. to start a robot only when there is work)",
        who.apply(EnumSet.of(ANALYST, OPERATOR, MANAGER, BOT, ADMIN)),
        p + "/external-task/**");
    t.row(
        "POST",
        "the same list with the query in the body",
        who.apply(EnumSet.of(ANALYST, OPERATOR, MANAGER, BOT, ADMIN)),
        p + "/external-task",
        p + "/external-task/count");
    t.row(
        "GET",
        "read cases, tasks, jobs, incidents, models and history",
        who.apply(PEOPLE),
        each(p, ENGINE_READS));
    t.row(
        "POST",
        "the same lists with the query in the body, as Cockpit asks; run a Tasklist filter",
        who.apply(PEOPLE),
        postQueries(p));
    t.row("write", "shared Tasklist filters", EnumSet.of(ADMIN), p + "/filter/**");
    t.row(
        "write",
        "work tasks: the engine lets each job work only its own and its group's",
        who.apply(PEOPLE),
        p + "/task/**");
    t.row(
        "write",
        "retry jobs and bot steps, resolve incidents",
        who.apply(EnumSet.of(ANALYST, OPERATOR, ADMIN)),
        each(p, OPERATIONS));
    t.row(
        "write",
        "deploy models, start, modify, migrate and delete cases, evaluate decisions, history",
        who.apply(EnumSet.of(ANALYST, ADMIN)),
        each(p, MODELS));
  }

  private static String[] each(String p, List<String> resources) {
    return resources.stream().map(r -> p + "/" + r + "/**").toArray(String[]::new);
  }

  private static String[] postQueries(String p) {
    var paths = new ArrayList<String>();
    for (String r : POST_QUERIES) {
      paths.add(p + "/" + r);
      paths.add(p + "/" + r + "/count");
    }
    for (String f : List.of("list", "count", "singleResult")) {
      paths.add(p + "/filter/*/" + f);
    }
    return paths.toArray(String[]::new);
  }

  /** Collects rows under the current section. */
  private static final class Table {
    private final List<AccessRule> rows = new ArrayList<>();
    private String section;

    void section(String heading) {
      section = heading;
    }

    void row(String methods, String why, Set<Caller> allowed, String... patterns) {
      rows.add(new AccessRule(section, methods, List.of(patterns), allowed, why));
    }
  }
}
