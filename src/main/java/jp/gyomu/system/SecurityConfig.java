package jp.gyomu.system;

import static jp.gyomu.system.Roles.ADMIN;
import static jp.gyomu.system.Roles.ANALYST;
import static jp.gyomu.system.Roles.BOT;
import static jp.gyomu.system.Roles.MANAGER;
import static jp.gyomu.system.Roles.OCR_WORKER;
import static jp.gyomu.system.Roles.OPERATOR;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import jp.gyomu.system.login.LoginDoors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. {@code /engine-rest} is stateless HTTP Basic, so no cookie can be abused
 * across sites; {@code /api} takes credentials on every call (Basic, bot tokens) or, for Gyomu's
 * own pages, their session with its CSRF token on every change (decision 0010); the browser pages
 * use a session with CSRF tokens. Cockpit, Tasklist and Admin under {@code /camunda} authenticate
 * by themselves (with their own CSRF filter) against the same users; {@link WebappLoginGate} keeps
 * bots out of them, and {@link WebappApiSecurity} holds their engine API to the same {@link
 * EngineApiRules} as {@code /engine-rest}. Every rule here has a row in docs/SECURITY.md, and
 * AccessMatrixTest checks both against every endpoint.
 */
@Configuration
class SecurityConfig {

  private static final String[] PEOPLE = {ADMIN, ANALYST, OPERATOR, MANAGER};

  // Explicit whole-path matchers: the engine REST API and the webapps' API are Jersey servlets,
  // not Spring MVC, so servlet-relative matching would silently miss them.
  private static final PathPatternRequestMatcher.Builder PATHS =
      PathPatternRequestMatcher.withDefaults();

  private static RequestMatcher path(String pattern) {
    return PATHS.matcher(pattern);
  }

  private static RequestMatcher path(HttpMethod method, String pattern) {
    return PATHS.matcher(method, pattern);
  }

  @Bean
  @Order(1)
  SecurityFilterChain engineRestApi(
      HttpSecurity http, IdentityService identityService, LoginDoors doors) throws Exception {
    http.securityMatcher(path("/engine-rest/**"))
        .authorizeHttpRequests(
            rules -> {
              // the named-engine paths (/engine-rest/engine/default/...) repeat every resource
              // below; Gyomu runs one engine, so they stay with administrators
              rules
                  .requestMatchers(path("/engine-rest/engine"), path("/engine-rest/engine/**"))
                  .hasRole(ADMIN);
              EngineApiRules.apply(rules, "/engine-rest");
              // a resource a new Camunda version adds waits for a decision
              rules.anyRequest().hasRole(ADMIN);
            })
        .httpBasic(doors.httpBasic())
        .addFilterBefore(doors.botTokens(), BasicAuthenticationFilter.class)
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain gyomuApi(HttpSecurity http, LoginDoors doors, ApiProblems problems)
      throws Exception {
    http.securityMatcher(path("/api/**"))
        .authorizeHttpRequests(
            rules ->
                rules
                    .requestMatchers(path(POST, "/api/processes/redeploy"))
                    .hasAnyRole(ADMIN, ANALYST)
                    // templates are the analysts' work; reading them and trying them on scans
                    // (samples and scans carry personal data) is for those who handle documents
                    .requestMatchers(
                        path(PUT, "/api/document-types/*"),
                        path(POST, "/api/document-types/*/publish"),
                        path(POST, "/api/document-types/suggest"))
                    .hasAnyRole(ADMIN, ANALYST)
                    // the studio's drafts: templates being defined, with their test scans
                    .requestMatchers(path("/api/form-drafts"), path("/api/form-drafts/**"))
                    .hasAnyRole(ADMIN, ANALYST)
                    .requestMatchers(
                        path(GET, "/api/document-types"),
                        path(GET, "/api/document-types/**"),
                        path(POST, "/api/document-types/*/trial"))
                    .hasAnyRole(ADMIN, ANALYST, OPERATOR)
                    // bots may hand in scans they collect (mail, portals), not read them back
                    .requestMatchers(path(POST, "/api/documents"))
                    .hasAnyRole(ADMIN, ANALYST, OPERATOR, BOT)
                    // managers follow the documents console: counts, and the list without
                    // personal data (DocumentController leaves it out for them)
                    .requestMatchers(
                        path(GET, "/api/documents"), path(GET, "/api/documents/counts"))
                    .hasAnyRole(PEOPLE)
                    // reading a document beyond preflight's limits risks the node's time and
                    // memory: an administrator's decision
                    .requestMatchers(path(POST, "/api/documents/*/release-override"))
                    .hasRole(ADMIN)
                    // documents carry personal data: only those who work on them
                    .requestMatchers(path("/api/documents"), path("/api/documents/**"))
                    .hasAnyRole(ADMIN, ANALYST, OPERATOR)
                    .requestMatchers(path(POST, "/api/automation-tasks/*/runs"))
                    .hasAnyRole(ADMIN, ANALYST, BOT)
                    .requestMatchers(
                        path(GET, "/api/automation-tasks"),
                        path(GET, "/api/automation-tasks/**"),
                        path(GET, "/api/automation-targets/**"),
                        path(GET, "/api/progress"))
                    .hasAnyRole(PEOPLE)
                    .requestMatchers(
                        path("/api/automation-tasks"),
                        path("/api/automation-tasks/**"),
                        path("/api/automation-targets/**"))
                    .hasAnyRole(ADMIN, ANALYST)
                    // pages waiting for OCR: the workers' own door, and their only one
                    // (decision 0015)
                    .requestMatchers(path("/api/ocr-work/**"))
                    .hasRole(OCR_WORKER)
                    // bots' API tokens and failed logins
                    .requestMatchers(
                        path("/api/bot-tokens"),
                        path("/api/bot-tokens/**"),
                        path("/api/login-failures"))
                    .hasRole(ADMIN)
                    .anyRequest()
                    .hasRole(ADMIN))
        // refusals are problems, like every other error of /api (decision 0009)
        .httpBasic(doors.apiHttpBasic())
        .exceptionHandling(e -> e.accessDeniedHandler(problems.accessDenied()))
        .addFilterBefore(doors.apiBotTokens(), BasicAuthenticationFilter.class)
        // Gyomu's pages call the same API with their session and CSRF token (decision 0010)
        .securityContext(c -> c.securityContextRepository(PageSessionOnApi.contexts()))
        .csrf(c -> c.requireCsrfProtectionMatcher(PageSessionOnApi.needsCsrfToken()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain browserPages(HttpSecurity http, LoginDoors doors) throws Exception {
    http.authorizeHttpRequests(
            rules ->
                rules
                    .requestMatchers(
                        path(GET, "/"),
                        path(GET, "/login"),
                        path("/error"),
                        path(GET, "/css/**"),
                        // static scripts, no data; the login page loads the shared one
                        path(GET, "/js/**"),
                        path(GET, "/favicon.ico"))
                    .permitAll()
                    .requestMatchers(
                        path(GET, "/actuator/health"), path(GET, "/actuator/health/**"))
                    .permitAll()
                    // Cockpit, Tasklist, Admin and their internal API check users themselves
                    .requestMatchers(path("/camunda/**"))
                    .permitAll()
                    // Tasklist's embedded forms (static markup, no data) and the page images they
                    // show: ReviewPageController checks the Tasklist session and the task itself
                    .requestMatchers(path(GET, "/forms/**"), path(GET, "/review/**"))
                    .permitAll()
                    // the form studio: templates, samples and trial scans are analysts' work
                    .requestMatchers(path(GET, "/studio"), path(GET, "/studio/**"))
                    .hasAnyRole(ADMIN, ANALYST)
                    .requestMatchers(path("/actuator/**"))
                    .hasRole(ADMIN)
                    // one document's page shows its images, text and fields (personal data)
                    .requestMatchers(path("/documents/*"))
                    .hasAnyRole(ADMIN, ANALYST, OPERATOR)
                    .anyRequest()
                    .hasAnyRole(PEOPLE))
        .formLogin(doors.formLogin())
        .httpBasic(doors.httpBasic())
        .logout(logout -> logout.logoutSuccessUrl("/").deleteCookies("JSESSIONID"))
        .headers(headers -> headers.addHeaderWriter(BrowserHeaders.contentSecurityPolicy()))
        .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")));
    return http.build();
  }
}
