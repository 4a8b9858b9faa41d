package jp.gyomu.system;

import static jp.gyomu.system.Roles.ADMIN;
import static jp.gyomu.system.Roles.ANALYST;
import static jp.gyomu.system.Roles.BOT;
import static jp.gyomu.system.Roles.MANAGER;
import static jp.gyomu.system.Roles.OPERATOR;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.security.config.Customizer.withDefaults;

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
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The access matrix in one place. APIs ({@code /engine-rest}, {@code /api}) are stateless HTTP
 * Basic, so no cookie can be abused across sites; the browser pages use a session with CSRF tokens.
 * Cockpit, Tasklist and Admin under {@code /camunda} authenticate by themselves (with their own
 * CSRF filter) against the same users.
 */
@Configuration
class SecurityConfig {

  private static final String[] HUMANS = {ADMIN, ANALYST, OPERATOR, MANAGER};

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
  SecurityFilterChain engineRestApi(HttpSecurity http, IdentityService identityService)
      throws Exception {
    http.securityMatcher(path("/engine-rest/**"))
        .authorizeHttpRequests(
            rules ->
                rules
                    .requestMatchers(
                        path("/engine-rest/user/**"),
                        path("/engine-rest/group/**"),
                        path("/engine-rest/tenant/**"),
                        path("/engine-rest/authorization/**"),
                        path("/engine-rest/identity/**"))
                    .hasRole(ADMIN)
                    .requestMatchers(path(GET, "/engine-rest/external-task/**"))
                    .hasAnyRole(ADMIN, ANALYST, OPERATOR, MANAGER, BOT)
                    // bots fetch, lock, extend, complete and fail external tasks, nothing else
                    .requestMatchers(path("/engine-rest/external-task/**"))
                    .hasAnyRole(ADMIN, ANALYST, OPERATOR, BOT)
                    .requestMatchers(path(GET, "/engine-rest/**"))
                    .hasAnyRole(HUMANS)
                    .requestMatchers(
                        path("/engine-rest/task/**"),
                        path("/engine-rest/job/**"),
                        path("/engine-rest/incident/**"))
                    .hasAnyRole(ADMIN, ANALYST, OPERATOR)
                    .anyRequest()
                    .hasAnyRole(ADMIN, ANALYST))
        .httpBasic(withDefaults())
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain gyomuApi(HttpSecurity http) throws Exception {
    http.securityMatcher(path("/api/**"))
        .authorizeHttpRequests(
            rules ->
                rules
                    .requestMatchers(path(POST, "/api/processes/**"))
                    .hasAnyRole(ADMIN, ANALYST)
                    .requestMatchers(path(POST, "/api/automation-tasks/*/runs"))
                    .hasAnyRole(ADMIN, ANALYST, BOT)
                    .requestMatchers(path(GET, "/api/**"))
                    .hasAnyRole(HUMANS)
                    .requestMatchers(path(POST, "/api/documents"))
                    .hasAnyRole(ADMIN, ANALYST, OPERATOR)
                    .requestMatchers(path(PATCH, "/api/documents/**"))
                    .hasAnyRole(ADMIN, ANALYST, OPERATOR)
                    .requestMatchers(
                        path("/api/automation-tasks/**"), path("/api/automation-targets/**"))
                    .hasAnyRole(ADMIN, ANALYST)
                    .anyRequest()
                    .hasRole(ADMIN))
        .httpBasic(withDefaults())
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain browserPages(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            rules ->
                rules
                    .requestMatchers(
                        path("/"),
                        path("/login"),
                        path("/error"),
                        path("/css/**"),
                        path("/img/**"),
                        path("/favicon.ico"))
                    .permitAll()
                    .requestMatchers(path("/actuator/health"), path("/actuator/health/**"))
                    .permitAll()
                    // Cockpit, Tasklist, Admin and their internal API check users themselves
                    .requestMatchers(path("/camunda/**"))
                    .permitAll()
                    // Tasklist's embedded forms (static markup, no data) and the page images they
                    // show: ReviewPageController checks the Tasklist session and the task itself
                    .requestMatchers(path(GET, "/forms/**"), path(GET, "/review/**"))
                    .permitAll()
                    .requestMatchers(path("/actuator/**"))
                    .hasRole(ADMIN)
                    .anyRequest()
                    .hasAnyRole(HUMANS))
        .formLogin(form -> form.loginPage("/login").permitAll())
        .httpBasic(withDefaults())
        .logout(logout -> logout.logoutSuccessUrl("/"))
        .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")));
    return http.build();
  }
}
