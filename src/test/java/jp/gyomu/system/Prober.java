package jp.gyomu.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Calls an endpoint as a caller and tells whether it got in. Requests carry a body that cannot be
 * parsed and ids that exist nowhere, so what is let in answers 400 or 404 and changes nothing; what
 * is kept out answers 401 or 403 (or, for a page, sends the browser to the login form).
 */
final class Prober {

  private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

  /**
   * Bodies for endpoints that check who calls only after reading a valid request; every other write
   * gets "{", which no endpoint can parse, so nothing is changed.
   */
  private static final Map<String, String> BODIES =
      Map.of(
          "/camunda/api/admin/setup/default/user/create",
          """
          {"profile": {"id": "matrix-intruder", "firstName": "X", "lastName": "Y"},
           "credentials": {"password": "matrix-Intruder-1"}}""");

  private final int port;
  private final HttpClient plain =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final Map<Caller, BrowserSession> webappSessions = new EnumMap<>(Caller.class);

  Prober(int port) {
    this.port = port;
  }

  /**
   * Calls the matrix leaves out because, let in, they would do real work with no body to spoil:
   * history clean-up would delete other tests' history. Only administrators get that far.
   */
  static boolean wouldDoRealWork(Endpoint endpoint, Caller caller) {
    return caller == Caller.ADMIN && endpoint.path().endsWith("/history/cleanup");
  }

  /** Refused: 401 or 403, or a page sending the browser to the login form. */
  static boolean denied(Answer answer) {
    return answer.status() == 401
        || answer.status() == 403
        || (answer.status() == 302 && answer.location().matches(".*/login$"));
  }

  /** An HTTP status with the redirect target, if any. */
  record Answer(int status, String location) {
    static Answer of(HttpResponse<?> response) {
      return new Answer(
          response.statusCode(), response.headers().firstValue("Location").orElse(""));
    }

    @Override
    public String toString() {
      return location.isEmpty() ? String.valueOf(status) : status + " → " + location;
    }
  }

  Answer status(Endpoint endpoint, Caller caller) {
    return switch (endpoint.call()) {
      case BASIC -> basic(endpoint, caller);
      case WEBAPP_SESSION ->
          endpoint.path().endsWith("/logout")
              ? webapp(loggedIn(caller), endpoint) // logging out ends the session: a fresh one
              : webapp(webappSession(caller), endpoint);
      case WEBAPP_LOGIN ->
          Answer.of(
              new BrowserSession(port)
                  .webappLoginAt(endpoint.path(), caller.user(), caller.password()));
      case FORM -> form(endpoint, caller);
    };
  }

  private Answer basic(Endpoint endpoint, Caller caller) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + endpoint.path()))
            .method(endpoint.method(), body(endpoint))
            .header("Content-Type", "application/json");
    if (caller.user() != null) {
      String token = caller.user() + ":" + caller.password();
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return Answer.of(plain.send(request.build(), HttpResponse.BodyHandlers.discarding()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(endpoint.toString(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Answer webapp(BrowserSession session, Endpoint endpoint) {
    byte[] body =
        WITH_BODY.contains(endpoint.method())
            ? BODIES.getOrDefault(endpoint.path(), "{").getBytes(StandardCharsets.UTF_8)
            : new byte[0];
    return Answer.of(session.webapp(endpoint.method(), endpoint.path(), "application/json", body));
  }

  /** Gyomu's login and logout forms, with the token of a fresh login page. */
  private Answer form(Endpoint endpoint, Caller caller) {
    var session = new BrowserSession(port);
    String token = session.csrfTokenOf("/login");
    var fields =
        caller.user() == null
            ? Map.<String, String>of()
            : Map.of("username", caller.user(), "password", caller.password());
    return Answer.of(session.postForm(endpoint.path(), token, fields));
  }

  private static HttpRequest.BodyPublisher body(Endpoint endpoint) {
    return WITH_BODY.contains(endpoint.method())
        ? HttpRequest.BodyPublishers.ofString(BODIES.getOrDefault(endpoint.path(), "{"))
        : HttpRequest.BodyPublishers.noBody();
  }

  private synchronized BrowserSession webappSession(Caller caller) {
    return webappSessions.computeIfAbsent(caller, this::loggedIn);
  }

  /**
   * A session logged into the webapps through Camunda's Welcome page, which Camunda opens to every
   * user: the widest door a password opens. Without a user, or refused, it stays anonymous.
   */
  private BrowserSession loggedIn(Caller caller) {
    var session = new BrowserSession(port);
    if (caller.user() != null) {
      session.webappLogin("welcome", caller.user(), caller.password());
    }
    return session;
  }
}
