package jp.gyomu.ocrwork;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import jp.gyomu.ocrwork.PageWork.Failure;
import jp.gyomu.ocrwork.PageWork.Result;
import jp.gyomu.ocrwork.PageWork.TakenPage;

/** An OCR worker's calls to a node's {@code /api/ocr-work}, with its token on each. */
final class WorkerClient {

  /** The node refused the worker's credentials: no point in asking again soon. */
  static final class Refused extends IOException {
    Refused(int status) {
      super(
          "the node refused the worker's token (HTTP "
              + status
              + "): is it a live token of a member of gyomu-ocr-workers?");
    }
  }

  private static final Duration CALL = Duration.ofSeconds(60);

  private final URI node;
  private final String token;
  private final String name;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final ObjectMapper json = new ObjectMapper();

  WorkerClient(URI node, String token, String name) {
    this.node = node;
    this.token = token;
    this.name = name;
  }

  /** A page, or empty when none came within {@code waitSeconds}. */
  Optional<TakenPage> take(int waitSeconds) throws IOException, InterruptedException {
    HttpResponse<byte[]> answer =
        send(
            request(
                    "/api/ocr-work/take?wait="
                        + waitSeconds
                        + "&worker="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .timeout(CALL.plusSeconds(waitSeconds))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    return answer.statusCode() == 204
        ? Optional.empty()
        : Optional.of(json.readValue(expect(answer, 200).body(), TakenPage.class));
  }

  /** The page's PNG; empty when the lease is lost. */
  Optional<byte[]> image(TakenPage page) throws IOException, InterruptedException {
    HttpResponse<byte[]> answer = send(leased(page, "/image").GET().build());
    return answer.statusCode() == 409 ? Optional.empty() : Optional.of(expect(answer, 200).body());
  }

  /** False when the lease is lost. */
  boolean renew(TakenPage page) throws IOException, InterruptedException {
    return accepted(send(leased(page, "/lease").POST(HttpRequest.BodyPublishers.noBody()).build()));
  }

  /** False when the lease was lost and the answer not kept. */
  boolean result(TakenPage page, Result result) throws IOException, InterruptedException {
    return accepted(send(withJson(leased(page, "/result"), result)));
  }

  boolean failure(TakenPage page, Failure failure) throws IOException, InterruptedException {
    return accepted(send(withJson(leased(page, "/failure"), failure)));
  }

  private HttpRequest withJson(HttpRequest.Builder request, Object body) throws IOException {
    return request
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
        .build();
  }

  private HttpRequest.Builder leased(TakenPage page, String path) {
    return request("/api/ocr-work/" + page.id() + path)
        .timeout(CALL)
        .header(OcrWorkController.LEASE, page.lease());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(node.resolve(path)).header("Authorization", "Bearer " + token);
  }

  private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (answer.statusCode() == 401 || answer.statusCode() == 403) {
      throw new Refused(answer.statusCode());
    }
    return answer;
  }

  private static boolean accepted(HttpResponse<byte[]> answer) throws IOException {
    if (answer.statusCode() == 409) {
      return false;
    }
    expect(answer, 204);
    return true;
  }

  private static HttpResponse<byte[]> expect(HttpResponse<byte[]> answer, int status)
      throws IOException {
    if (answer.statusCode() != status) {
      throw new IOException(
          "the node answered HTTP "
              + answer.statusCode()
              + " to "
              + answer.request().uri().getPath()
              + ": "
              + new String(answer.body(), StandardCharsets.UTF_8));
    }
    return answer;
  }
}
