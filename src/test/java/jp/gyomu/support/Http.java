package jp.gyomu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Plain HTTP against the running application, as a browser, bot or script would call it. */
public final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private final String baseUrl;

  public Http(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  public HttpResponse<String> send(String method, String path, String user, String password) {
    return send(method, path, user, password, "application/json", "");
  }

  public HttpResponse<String> send(
      String method, String path, String user, String password, String contentType, String body) {
    var request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .header("Content-Type", contentType);
    return send(authorised(request, user, password), HttpResponse.BodyHandlers.ofString());
  }

  /** A multipart upload as a browser form or {@code curl -F file=@...} sends it. */
  public HttpResponse<String> upload(
      String path, String fileName, byte[] content, String type, String user, String password) {
    return upload(path, fileName, content, type, user, password, java.util.Map.of());
  }

  /** An upload with extra request headers ({@code Idempotency-Key}...). */
  public HttpResponse<String> upload(
      String path,
      String fileName,
      byte[] content,
      String type,
      String user,
      String password,
      java.util.Map<String, String> headers) {
    String boundary = "gyomu-" + System.nanoTime();
    var body = new java.io.ByteArrayOutputStream();
    java.util.function.Consumer<String> text =
        s -> body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    if (type != null) {
      text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n");
      text.accept(type + "\r\n");
    }
    text.accept(
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(content);
    text.accept("\r\n--" + boundary + "--\r\n");
    var request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary);
    headers.forEach(request::header);
    return send(authorised(request, user, password), HttpResponse.BodyHandlers.ofString());
  }

  /** One part of a multipart form: a text field when {@code fileName} is null, else a file. */
  public record FormPart(String name, String fileName, byte[] content) {

    public static FormPart text(String name, String value) {
      return new FormPart(name, null, value.getBytes(StandardCharsets.UTF_8));
    }

    public static FormPart file(String name, String fileName, byte[] content) {
      return new FormPart(name, fileName, content);
    }
  }

  /** A multipart request of any parts, in order, as {@code curl -F} sends them. */
  public HttpResponse<String> multipart(
      String method, String path, java.util.List<FormPart> parts, String user, String password) {
    String boundary = "gyomu-" + System.nanoTime();
    var body = new java.io.ByteArrayOutputStream();
    java.util.function.Consumer<String> text =
        s -> body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    for (FormPart part : parts) {
      text.accept(
          "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\"");
      text.accept(
          part.fileName() == null
              ? "\r\n\r\n"
              : "; filename=\""
                  + part.fileName()
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      body.writeBytes(part.content());
      text.accept("\r\n");
    }
    text.accept("--" + boundary + "--\r\n");
    var request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary);
    return send(authorised(request, user, password), HttpResponse.BodyHandlers.ofString());
  }

  /** GET returning bytes (PDFs, images). */
  public HttpResponse<byte[]> getBytes(String path, String user, String password) {
    var request = HttpRequest.newBuilder(URI.create(baseUrl + path));
    return send(authorised(request, user, password), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Adds HTTP Basic credentials, as a bot or script sends them; none for a null user. */
  private static HttpRequest authorised(HttpRequest.Builder request, String user, String password) {
    if (user != null) {
      String token = user + ":" + password;
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }
    return request.build();
  }

  private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return CLIENT.send(request, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> get(String path) {
    return send("GET", path, null, null);
  }

  public HttpResponse<String> get(String path, String user, String password) {
    return send("GET", path, user, password);
  }

  /** GET asking for answers in {@code language} ({@code Accept-Language}), as an API client may. */
  public HttpResponse<String> getIn(String language, String path, String user, String password) {
    var request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .GET()
            .header("Accept-Language", language);
    return send(authorised(request, user, password), HttpResponse.BodyHandlers.ofString());
  }
}
