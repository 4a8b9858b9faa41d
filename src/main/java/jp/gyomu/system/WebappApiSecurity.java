package jp.gyomu.system;

import static jp.gyomu.system.Roles.ADMIN;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import jp.gyomu.system.login.EngineUsers;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The API of Cockpit, Tasklist and Admin ({@code /camunda/api/**}). Camunda authenticates it with
 * its own session and XSRF header; Gyomu adds, as a second line behind the login gate: sessions of
 * users who may open no webapp are refused, and the engine API under {@code
 * /camunda/api/engine/engine/{name}} follows the same {@link EngineApiRules} as {@code
 * /engine-rest}. Spring's own login session does not count here, nor does HTTP Basic.
 */
@Configuration
class WebappApiSecurity {

  static final String ENGINE_API = "/camunda/api/engine/engine/*";

  private static final PathPatternRequestMatcher.Builder PATHS =
      PathPatternRequestMatcher.withDefaults();

  @Bean
  @Order(0)
  SecurityFilterChain webappApi(HttpSecurity http, EngineUsers users, ProcessEngine engine)
      throws Exception {
    http.securityMatcher(PATHS.matcher("/camunda/api/**"))
        .authorizeHttpRequests(
            rules -> {
              // the password policy shown when setting a password, also before logging in
              rules
                  .requestMatchers(
                      PATHS.matcher(GET, ENGINE_API + "/identity/password-policy"),
                      PATHS.matcher(POST, ENGINE_API + "/identity/password-policy"))
                  .permitAll();
              EngineApiRules.apply(rules, ENGINE_API);
              rules
                  .requestMatchers(PATHS.matcher(ENGINE_API + "/**"))
                  .hasRole(ADMIN)
                  // logging in, plugins and setup: Camunda checks the session itself
                  .anyRequest()
                  .permitAll();
            })
        .addFilterBefore(
            new WebappSessionAuthenticationFilter(users, engine.getName()),
            AnonymousAuthenticationFilter.class)
        .securityContext(
            c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        // the session is Camunda's: no session-fixation id change on each request (the webapps
        // send requests in parallel), no Spring security context stored in it
        .sessionManagement(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        // Camunda's own CSRF filter guards this API with its XSRF header
        .csrf(AbstractHttpConfigurer::disable)
        .exceptionHandling(
            e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
    return http.build();
  }
}
