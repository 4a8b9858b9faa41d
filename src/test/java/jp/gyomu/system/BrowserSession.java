package jp.gyomu.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser tab as far as the server can tell: it keeps cookies, follows no redirects, and logs in
 * through Gyomu's login form (with its CSRF token) or Camunda's webapp login (with its XSRF
 * header).
 */
final class BrowserSession {

  private static final Pattern PAGE_API_TOKEN =
      Pattern.compile("<meta name=\"csrf-token\"\\s+content=\"([^\"]+)\"");
  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  BrowserSession(int port) {
    this.base = "http://localhost:" + port;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*"));
  }

  /** Sends as the webapps' pages do: with the XSRF token they keep in a cookie. */
  HttpResponse<String> webapp(String method, String path, String contentType, byte[] body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", contentType)
            .header("X-XSRF-TOKEN", xsrfToken()));
  }

  /** Camunda's login form for one of cockpit, tasklist, admin, welcome. */
  HttpResponse<String> webappLogin(String app, String user, String password) {
    return webappLoginAt("/camunda/api/admin/auth/user/default/login/" + app, user, password);
  }

  HttpResponse<String> webappLoginAt(String path, String user, String password) {
    var response =
        webapp(
            "POST",
            path,
            "application/x-www-form-urlencoded",
            form(Map.of("username", orEmpty(user), "password", orEmpty(password)))
                .getBytes(StandardCharsets.UTF_8));
    get("/camunda/api/admin/auth/user/default"); // the new session's XSRF token
    return response;
  }

  /** Gyomu's login form, posted with the token the login page carries. */
  HttpResponse<String> login(String user, String password) {
    return postForm(
        "/login", csrfTokenOf("/login"), Map.of("username", user, "password", password));
  }

  /** Posts a form of Gyomu's pages; a null token leaves the CSRF field out. */
  HttpResponse<String> postForm(String path, String csrfToken, Map<String, String> fields) {
    var all = new LinkedHashMap<>(fields);
    if (csrfToken != null) {
      all.put("_csrf", csrfToken);
    }
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html,*/*")
            .POST(HttpRequest.BodyPublishers.ofString(form(all))));
  }

  /** The CSRF token in the form of a page of Gyomu's. */
  String csrfTokenOf(String page) {
    var body = get(page).body();
    var token = CSRF_FIELD.matcher(body);
    if (!token.find()) {
      throw new IllegalStateException(page + " has no CSRF field: " + body);
    }
    return token.group(1);
  }

  /** The token a page's script sends with its API calls (meta csrf-token, decision 0010). */
  String pageApiToken(String page) {
    var body = get(page).body();
    var token = PAGE_API_TOKEN.matcher(body);
    if (!token.find()) {
      throw new IllegalStateException(page + " has no csrf-token meta element: " + body);
    }
    return token.group(1);
  }

  String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  /** The webapps hand out their XSRF token as a cookie on the first page. */
  String xsrfToken() {
    if (cookie("XSRF-TOKEN") == null) {
      get("/camunda/app/welcome/default/");
    }
    String token = cookie("XSRF-TOKEN");
    if (token == null) {
      throw new IllegalStateException("The webapps set no XSRF-TOKEN cookie");
    }
    return token;
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  URI uri(String path) {
    return URI.create(base + path);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
