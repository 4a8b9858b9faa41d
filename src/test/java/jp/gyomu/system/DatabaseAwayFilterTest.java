package jp.gyomu.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A request that meets a database outage is answered 503 with Retry-After, as a problem. */
class DatabaseAwayFilterTest {

  private final DatabaseAwayFilter filter =
      new DatabaseAwayFilter(new ApiProblems(Jackson2ObjectMapperBuilder.json().build()));

  @Test
  void aRequestThatMeetsAnOutageIsToldToComeBackInAProblem() throws Exception {
    var request = new MockHttpServletRequest("POST", "/api/documents");
    var response = new MockHttpServletResponse();
    var outage =
        new CannotGetJdbcConnectionException(
            "no connection", new SQLTransientConnectionException("HikariPool-1 - not available"));

    filter.doFilter(request, response, failingWith(outage));

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("30");
    assertThat(response.getContentType()).startsWith("application/problem+json");
    JsonNode problem = new ObjectMapper().readTree(response.getContentAsString());
    assertThat(problem.get("type").asText()).isEqualTo("about:blank");
    assertThat(problem.get("title").asText()).isEqualTo("Service Unavailable");
    assertThat(problem.get("status").asInt()).isEqualTo(503);
    assertThat(problem.get("detail").asText())
        .isEqualTo(
            "The database cannot be reached just now; nothing was changed. Try again after"
                + " Retry-After seconds.");
    assertThat(problem.get("instance").asText()).isEqualTo("/api/documents");
  }

  @Test
  void anyOtherFailureGoesOnToTheUsualErrorHandling() {
    var bug = new IllegalStateException("a bug");

    assertThatThrownBy(
            () ->
                filter.doFilter(
                    new MockHttpServletRequest("GET", "/api/progress"),
                    new MockHttpServletResponse(),
                    failingWith(bug)))
        .isSameAs(bug);
  }

  private static MockFilterChain failingWith(RuntimeException failure) {
    return new MockFilterChain() {
      @Override
      public void doFilter(
          jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
        throw failure;
      }
    };
  }
}
