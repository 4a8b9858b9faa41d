package jp.gyomu.system;

import static jp.gyomu.system.Caller.ADMIN;
import static jp.gyomu.system.Caller.ANALYST;
import static jp.gyomu.system.Caller.ANONYMOUS;
import static jp.gyomu.system.Caller.BOT;
import static jp.gyomu.system.Caller.OPERATOR;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may call what: the access matrix as a table, read top to bottom, first matching row wins (as
 * in SecurityConfig). There is deliberately no catch-all row: an endpoint no row matches fails
 * AccessMatrixTest until someone decides who needs it. docs/SECURITY.md shows this table.
 */
final class AccessRules {

  private static final Set<Caller> EVERYONE = Caller.EVERYONE;
  private static final Set<Caller> PEOPLE = Caller.PEOPLE;
  private static final Set<Caller> NOBODY = EnumSet.noneOf(Caller.class);

  /** Engine resources whose state operators and analysts read over REST. */
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

  /** What operators change when a case is stuck: tasks, jobs, incidents, external tasks. */
  private static final List<String> OPERATIONS =
      List.of("task", "job", "job-definition", "incident", "external-task");

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
        "style sheet; the review form Tasklist embeds (markup only, data comes from the engine)",
        EVERYONE,
        "/css/**",
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
        "scripts of the dashboard (Chart.js) and static files of Camunda's webjar",
        PEOPLE,
        "/js/**",
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
        "page images beside the review form: Tasklist session, only for a task the user may see,"
            + " and only for the jobs that read documents",
        EnumSet.of(ANALYST, OPERATOR, ADMIN),
        "/review/tasks/{taskId}/pages/{page}.png");

    t.section("Gyomu's API `/api` (HTTP Basic or a bot's token, no session)");
    t.row(
        "POST",
        "upload scans: people who handle documents, and bots that collect them (mail, portals)",
        EnumSet.of(ANALYST, OPERATOR, BOT, ADMIN),
        "/api/documents");
    t.row(
        "GET PATCH",
        "read documents (text, searchable PDF, pages) and assign a type: documents carry"
            + " personal data, so only those who work on them",
        EnumSet.of(ANALYST, OPERATOR, ADMIN),
        "/api/documents",
        "/api/documents/{id}",
        "/api/documents/{id}/text",
        "/api/documents/{id}/pdf",
        "/api/documents/{id}/pages/{page}.png");
    t.row(
        "POST",
        "publish the processes folder after saving models",
        EnumSet.of(ANALYST, ADMIN),
        "/api/processes/redeploy");
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
        "/api/automation-targets/{fiscalYear}");
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
    t.row(
        "*",
        "users, groups, tenants, authorizations, password checks",
        EnumSet.of(ADMIN),
        "/engine-rest/user/**",
        "/engine-rest/group/**",
        "/engine-rest/tenant/**",
        "/engine-rest/authorization/**",
        "/engine-rest/identity/**");
    t.row(
        "*",
        "engine metrics, telemetry, schema log, Optimize export",
        EnumSet.of(ADMIN),
        "/engine-rest/metrics/**",
        "/engine-rest/telemetry/**",
        "/engine-rest/schema/**",
        "/engine-rest/optimize/**");
    t.row(
        "GET POST",
        "deployments registered with this node; history clean-up and its batch report",
        EnumSet.of(ADMIN),
        "/engine-rest/deployment/registered",
        "/engine-rest/history/cleanup",
        "/engine-rest/history/batch/cleanable-batch-report/**");
    t.row(
        "write",
        "shared Tasklist filters (people keep their own in Tasklist)",
        EnumSet.of(ADMIN),
        "/engine-rest/filter/**");
    t.row(
        "POST",
        "the worker protocol: fetch and lock, extend, complete, fail, report a BPMN error",
        EnumSet.of(ANALYST, BOT, ADMIN),
        "/engine-rest/external-task/fetchAndLock",
        "/engine-rest/external-task/*/lock",
        "/engine-rest/external-task/*/extendLock",
        "/engine-rest/external-task/*/complete",
        "/engine-rest/external-task/*/failure",
        "/engine-rest/external-task/*/bpmnError");
    t.row(
        "POST",
        "give a case back (a bot shutting down, an operator freeing a dead bot's case)",
        EnumSet.of(ANALYST, OPERATOR, BOT, ADMIN),
        "/engine-rest/external-task/*/unlock");
    t.row(
        "GET",
        "see the bot work waiting (e.g. to start a robot only when there is work)",
        EnumSet.of(ANALYST, OPERATOR, BOT, ADMIN),
        "/engine-rest/external-task/**");
    t.row(
        "GET",
        "read cases, tasks, jobs, incidents, models and history",
        EnumSet.of(ANALYST, OPERATOR, ADMIN),
        each(ENGINE_READS));
    t.row(
        "write",
        "work tasks, retry jobs and bot steps, resolve incidents",
        EnumSet.of(ANALYST, OPERATOR, ADMIN),
        each(OPERATIONS));
    t.row(
        "write",
        "deploy models, start, modify, migrate and delete cases, evaluate decisions, history",
        EnumSet.of(ANALYST, ADMIN),
        each(MODELS));

    t.section("Camunda webapps `/camunda` (their own login and session)");
    t.row(
        "GET",
        "Admin's page: the login screen, or for a logged-in user only with Admin access",
        EnumSet.of(ANONYMOUS, BOT, ADMIN),
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
    String api = "/camunda/api/engine/engine/default/";
    t.row(
        "DELETE",
        "the engine keeps these for administrators: users, groups, tenants, memberships, other"
            + " people's filters, worker metrics",
        EnumSet.of(ADMIN),
        api + "user/*",
        api + "group/*",
        api + "group/*/members/*",
        api + "tenant/**",
        api + "filter/*",
        api + "metrics/task-worker");
    t.row(
        "PUT",
        "the engine keeps these for administrators: group and tenant memberships",
        EnumSet.of(ADMIN),
        api + "group/*/members/*",
        api + "tenant/*/group-members/*",
        api + "tenant/*/user-members/*");
    t.row(
        "GET POST",
        "the engine keeps these for administrators: telemetry data, Optimize export, history"
            + " clean-up, unlocking users, registered deployments",
        EnumSet.of(ADMIN),
        api + "telemetry/data",
        api + "optimize/**",
        api + "history/cleanup",
        api + "history/batch/cleanable-batch-report/**",
        api + "user/*/unlock",
        api + "deployment/registered");
    t.row(
        "*",
        "the webapps' data: any webapp session; the engine's authorizations decide per process,"
            + " case and task (next table)",
        PEOPLE,
        api + "**",
        "/camunda/api/cockpit/plugin/base/default/**",
        "/camunda/api/admin/plugin/adminPlugins/default/**");
    return t.rows;
  }

  private static String[] each(List<String> resources) {
    return resources.stream().map(r -> "/engine-rest/" + r + "/**").toArray(String[]::new);
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
