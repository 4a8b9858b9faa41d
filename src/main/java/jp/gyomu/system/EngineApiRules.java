package jp.gyomu.system;

import static jp.gyomu.system.Roles.ADMIN;
import static jp.gyomu.system.Roles.ANALYST;
import static jp.gyomu.system.Roles.BOT;
import static jp.gyomu.system.Roles.MANAGER;
import static jp.gyomu.system.Roles.OPERATOR;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.OPTIONS;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which job may call which resource of Camunda's engine REST API: one table for both doors to it,
 * {@code /engine-rest} (HTTP Basic) and the webapps' {@code /camunda/api/engine/engine/{name}}
 * (Cockpit, Tasklist and Admin sessions). The rules are coarse, per job and resource; the engine's
 * authorizations (IdentityBootstrap, WorkRules) then decide per process, case and task.
 */
final class EngineApiRules {

  static final String[] PEOPLE = {ADMIN, ANALYST, OPERATOR, MANAGER};

  /** Engine resources people read. */
  private static final String[] READS = {
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
    "version"
  };

  /**
   * Resources whose list Camunda also offers as {@code POST <resource>} and {@code POST
   * <resource>/count} with the query in the body, as Cockpit asks: reads, not changes.
   */
  private static final String[] POST_QUERIES = {
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
    "history/case-instance"
  };

  /** What operators change when a case is stuck (besides tasks, which people work). */
  private static final String[] OPERATIONS = {"job", "job-definition", "incident", "external-task"};

  /** Models and the cases running on them: the analysts' work. */
  private static final String[] MODELS = {
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
    "modification"
  };

  /** Identity and the engine's own housekeeping: administrators only. */
  private static final String[] ADMINISTRATION = {
    "user",
    "group",
    "tenant",
    "authorization",
    "identity",
    "metrics",
    "telemetry",
    "schema",
    "optimize"
  };

  // Explicit whole-path matchers: both APIs are Jersey servlets, not Spring MVC, so
  // servlet-relative matching would silently miss them.
  private static final PathPatternRequestMatcher.Builder PATHS =
      PathPatternRequestMatcher.withDefaults();

  private EngineApiRules() {}

  /**
   * Adds the table for the engine API under {@code prefix} ({@code /engine-rest}, or the webapps'
   * {@code /camunda/api/engine/engine/*}). What no row names stays with the chain's own last rule.
   */
  static void apply(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules,
      String prefix) {
    var p = new Prefix(prefix);
    rules
        // which actions a resource offers the caller: the answer changes nothing
        .requestMatchers(p.method(OPTIONS, "/**"))
        .hasAnyRole(PEOPLE)
        // who's who and one's own profile and password: the engine shows the users and groups the
        // caller may read, and lets a user change only themselves (with the current password)
        .requestMatchers(
            p.methods(
                GET,
                "/user",
                "/user/count",
                "/user/*/profile",
                "/group",
                "/group/count",
                "/group/*",
                "/identity/groups",
                "/identity/password-policy",
                "/authorization/check"))
        .hasAnyRole(PEOPLE)
        .requestMatchers(p.methods(PUT, "/user/*/profile", "/user/*/credentials"))
        .hasAnyRole(PEOPLE)
        .requestMatchers(p.methods(POST, "/identity/password-policy"))
        .hasAnyRole(PEOPLE)
        .requestMatchers(p.each(null, ADMINISTRATION))
        .hasRole(ADMIN)
        .requestMatchers(
            p.method(GET, "/deployment/registered"),
            p.method(POST, "/history/cleanup"),
            p.method(GET, "/history/batch/cleanable-batch-report/**"))
        .hasRole(ADMIN)
        // the worker protocol, for bots (and analysts trying a model)
        .requestMatchers(
            p.methods(
                POST,
                "/external-task/fetchAndLock",
                "/external-task/*/lock",
                "/external-task/*/extendLock",
                "/external-task/*/complete",
                "/external-task/*/failure",
                "/external-task/*/bpmnError"))
        .hasAnyRole(ADMIN, ANALYST, BOT)
        .requestMatchers(p.methods(POST, "/external-task/*/unlock"))
        .hasAnyRole(ADMIN, ANALYST, OPERATOR, BOT)
        .requestMatchers(
            p.method(GET, "/external-task/**"),
            p.method(POST, "/external-task"),
            p.method(POST, "/external-task/count"))
        .hasAnyRole(ADMIN, ANALYST, OPERATOR, MANAGER, BOT)
        .requestMatchers(p.each(GET, READS))
        .hasAnyRole(PEOPLE)
        .requestMatchers(postQueries(p))
        .hasAnyRole(PEOPLE)
        // shared Tasklist filters
        .requestMatchers(p.method(null, "/filter/**"))
        .hasRole(ADMIN)
        // people work tasks; the engine lets each work only their own and their group's
        .requestMatchers(p.method(null, "/task/**"))
        .hasAnyRole(PEOPLE)
        .requestMatchers(p.each(null, OPERATIONS))
        .hasAnyRole(ADMIN, ANALYST, OPERATOR)
        .requestMatchers(p.each(null, MODELS))
        .hasAnyRole(ADMIN, ANALYST);
  }

  /** Queries sent as POST, and running a Tasklist filter. */
  private static RequestMatcher[] postQueries(Prefix p) {
    Stream<RequestMatcher> lists =
        Arrays.stream(POST_QUERIES)
            .flatMap(r -> Stream.of(p.method(POST, "/" + r), p.method(POST, "/" + r + "/count")));
    Stream<RequestMatcher> filters =
        Stream.of("/filter/*/list", "/filter/*/count", "/filter/*/singleResult")
            .map(f -> p.method(POST, f));
    return Stream.concat(lists, filters).toArray(RequestMatcher[]::new);
  }

  /** Matchers for paths below one prefix. */
  private record Prefix(String prefix) {

    RequestMatcher method(HttpMethod method, String path) {
      return method == null ? PATHS.matcher(prefix + path) : PATHS.matcher(method, prefix + path);
    }

    RequestMatcher[] methods(HttpMethod method, String... paths) {
      return Arrays.stream(paths).map(path -> method(method, path)).toArray(RequestMatcher[]::new);
    }

    /** {@code <prefix>/<resource>} and everything below it, for each resource. */
    RequestMatcher[] each(HttpMethod method, String... resources) {
      return Arrays.stream(resources)
          .map(r -> method(method, "/" + r + "/**"))
          .toArray(RequestMatcher[]::new);
    }
  }
}
