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
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The access matrix in one place. APIs ({@code /engine-rest}, {@code /api}) are stateless HTTP
 * Basic, so no cookie can be abused across sites; the browser pages use a session with CSRF tokens.
 * Cockpit, Tasklist and Admin under {@code /camunda} authenticate by themselves (with their own
 * CSRF filter) against the same users.
 */
@Configuration
class SecurityConfig {

  private static final String[] HUMANS = {ADMIN, ANALYST, OPERATOR, MANAGER};

  @Bean
  @Order(1)
  SecurityFilterChain engineRestApi(HttpSecurity http, IdentityService identityService)
      throws Exception {
    http.securityMatcher("/engine-rest/**")
        .authorizeHttpRequests(
            rules ->
                rules
                    .requestMatchers(
                        "/engine-rest/user/**",
                        "/engine-rest/group/**",
                        "/engine-rest/tenant/**",
                        "/engine-rest/authorization/**",
                        "/engine-rest/identity/**")
                    .hasRole(ADMIN)
                    .requestMatchers(GET, "/engine-rest/external-task/**")
                    .hasAnyRole(ADMIN, ANALYST, OPERATOR, MANAGER, BOT)
                    // bots fetch, lock, extend, complete and fail external tasks, nothing else
                    .requestMatchers("/engine-rest/external-task/**")
                    .hasAnyRole(ADMIN, ANALYST, OPERATOR, BOT)
                    .requestMatchers(GET, "/engine-rest/**")
                    .hasAnyRole(HUMANS)
                    .requestMatchers(
                        "/engine-rest/task/**", "/engine-rest/job/**", "/engine-rest/incident/**")
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
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(
            rules ->
                rules
                    .requestMatchers(POST, "/api/processes/**")
                    .hasAnyRole(ADMIN, ANALYST)
                    .requestMatchers(POST, "/api/automation-tasks/*/runs")
                    .hasAnyRole(ADMIN, ANALYST, BOT)
                    .requestMatchers(GET, "/api/**")
                    .hasAnyRole(HUMANS)
                    .requestMatchers(POST, "/api/documents")
                    .hasAnyRole(ADMIN, ANALYST, OPERATOR)
                    .requestMatchers(PATCH, "/api/documents/**")
                    .hasAnyRole(ADMIN, ANALYST, OPERATOR)
                    .requestMatchers("/api/automation-tasks/**", "/api/automation-targets/**")
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
                    .requestMatchers("/", "/login", "/error", "/css/**", "/img/**", "/favicon.ico")
                    .permitAll()
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    // Cockpit, Tasklist, Admin and their internal API check users themselves
                    .requestMatchers("/camunda/**")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole(ADMIN)
                    .anyRequest()
                    .hasAnyRole(HUMANS))
        .formLogin(form -> form.loginPage("/login").permitAll())
        .httpBasic(withDefaults())
        .logout(logout -> logout.logoutSuccessUrl("/"))
        .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"));
    return http.build();
  }
}
