package jp.gyomu.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import jp.gyomu.support.Http;

/**
 * What a user of a running Gyomu sees of its intake: uploads and their answers, files dropped into
 * the inbox, documents and their events in the API, and the quarantine folder.
 */
final class IntakeClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(90);

  private final Http http;
  private final Path dataDir;
  private final String user;
  private final String password;

  IntakeClient(Http http, Path dataDir, String user, String password) {
    this.http = http;
    this.dataDir = dataDir;
    this.user = user;
    this.password = password;
  }

  Path inbox() {
    return dataDir.resolve("inbox");
  }

  Path quarantine() {
    return dataDir.resolve("quarantine");
  }

  HttpResponse<String> post(String fileName, byte[] content, String type) {
    return http.upload("/api/documents", fileName, content, type, user, password);
  }

  /** Uploads and returns the new document's id, failing unless Gyomu answers 202. */
  String upload(String fileName, byte[] content, String type) {
    var response = post(fileName, content, type);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return json(response.body()).get("id").asText();
  }

  /** Writes a file into the inbox as a scanner would: under a hidden name, then renamed. */
  Path drop(String relativePath, byte[] content) {
    try {
      Path target = inbox().resolve(relativePath);
      Files.createDirectories(target.getParent());
      Path hidden = target.resolveSibling("." + System.nanoTime() + ".part");
      Files.write(hidden, content);
      return Files.move(hidden, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document and its events, as {@code GET /api/documents/{id}} shows them. */
  JsonNode details(String id) {
    return json(get("/api/documents/" + id).body());
  }

  /** Waits until the document has left RECEIVED; returns its details. */
  JsonNode settled(String id) {
    JsonNode[] last = new JsonNode[1];
    await()
        .atMost(SETTLE_TIMEOUT)
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> {
              last[0] = details(id);
              return !last[0].get("document").get("status").asText().equals("RECEIVED");
            });
    return last[0];
  }

  /**
   * Waits until every file with these bytes that came from {@code source} has settled; returns
   * their details, oldest first.
   */
  List<JsonNode> settledWithContent(byte[] content, String source, int expected) {
    String sha256 = sha256(content);
    List<JsonNode>[] found = new List[1];
    await()
        .atMost(SETTLE_TIMEOUT)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              found[0] =
                  documents().stream()
                      .filter(d -> d.get("sha256").asText().equals(sha256))
                      .filter(d -> d.get("source").asText().equals(source))
                      .toList();
              return found[0].size() == expected
                  && found[0].stream().noneMatch(d -> d.get("status").asText().equals("RECEIVED"));
            });
    return found[0].stream()
        .map(d -> details(d.get("id").asText()))
        .sorted((a, b) -> created(a).compareTo(created(b)))
        .toList();
  }

  /** The one document from {@code source} with these bytes, once settled. */
  JsonNode settledWithContent(byte[] content, String source) {
    return settledWithContent(content, source, 1).get(0);
  }

  /** The quarantined original of a document: {@code quarantine/<id>-<name>}. */
  Optional<Path> quarantined(String id) {
    try (var files = Files.list(quarantine())) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(id + "-"))
          .filter(p -> !p.getFileName().toString().endsWith(".reason.txt"))
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** How many process instances carry this business key, in the engine's history. */
  int processInstances(String businessKey) {
    var body =
        get("/engine-rest/history/process-instance/count?processInstanceBusinessKey="
                + URLEncoder.encode(businessKey, StandardCharsets.UTF_8))
            .body();
    return json(body).get("count").asInt();
  }

  /** GET in English: these tests quote the English reasons that logs and bots read. */
  HttpResponse<String> get(String path) {
    return http.getIn("en", path, user, password);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("Not JSON: " + body, e);
    }
  }

  private List<JsonNode> documents() {
    JsonNode items = json(get("/api/documents?size=500").body()).get("items");
    return StreamSupport.stream(items.spliterator(), false).toList();
  }

  private static String created(JsonNode details) {
    return details.get("document").get("createdAt").asText();
  }
}
