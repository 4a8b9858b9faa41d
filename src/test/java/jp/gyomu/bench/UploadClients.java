package jp.gyomu.bench;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.gyomu.support.Http;

/**
 * Several upload clients on loopback, each sending the next scan as soon as the last one was taken,
 * and waiting as long as a 503's Retry-After says before sending the same scan again. Bounded by
 * the scans given and by a deadline.
 */
final class UploadClients {

  /** What one scan went through. {@code accepted} is null when the deadline came first. */
  record Sent(int number, Instant firstTry, Instant accepted, int refusals, String error) {}

  /** All clients' outcomes, and every Retry-After they were given (seconds). */
  record Outcome(List<Sent> sent, List<Long> retryAfters) {

    long accepted() {
      return sent.stream().filter(s -> s.accepted() != null).count();
    }

    long refusals() {
      return sent.stream().mapToLong(Sent::refusals).sum();
    }

    long errors() {
      return sent.stream().filter(s -> s.error() != null).count();
    }
  }

  private final Http http;
  private final String user;
  private final String password;

  UploadClients(Http http, String user, String password) {
    this.http = http;
    this.user = user;
    this.password = password;
  }

  Outcome run(int clients, List<LoadForms.Form> forms, Instant deadline) throws Exception {
    Queue<LoadForms.Form> next = new ConcurrentLinkedQueue<>(forms);
    List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
    List<Long> retryAfters = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      running.add(
          pool.submit(
              () -> {
                LoadForms.Form form;
                while (Instant.now().isBefore(deadline) && (form = next.poll()) != null) {
                  sent.add(send(form, deadline, retryAfters));
                }
                return null;
              }));
    }
    for (var r : running) {
      r.get();
    }
    pool.shutdown();
    return new Outcome(List.copyOf(sent), List.copyOf(retryAfters));
  }

  private Sent send(LoadForms.Form form, Instant deadline, List<Long> retryAfters)
      throws Exception {
    byte[] content = Files.readAllBytes(form.file());
    Instant first = Instant.now();
    int refusals = 0;
    while (Instant.now().isBefore(deadline)) {
      var response =
          http.upload(
              "/api/documents",
              form.file().getFileName().toString(),
              content,
              form.type(),
              user,
              password);
      if (response.statusCode() == 202) {
        return new Sent(form.number(), first, Instant.now(), refusals, null);
      }
      if (response.statusCode() != 503) {
        return new Sent(
            form.number(), first, null, refusals, response.statusCode() + " " + response.body());
      }
      refusals++;
      long seconds = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(30L);
      retryAfters.add(seconds);
      long untilDeadline = Duration.between(Instant.now(), deadline).toMillis();
      Thread.sleep(Math.max(0, Math.min(Duration.ofSeconds(seconds).toMillis(), untilDeadline)));
    }
    return new Sent(form.number(), first, null, refusals, null);
  }
}
