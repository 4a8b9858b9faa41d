package jp.gyomu.ocrwork;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import jp.gyomu.ocrwork.PageWork.Failure;
import jp.gyomu.ocrwork.PageWork.Result;
import jp.gyomu.ocrwork.PageWork.TakenPage;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The OCR workers' side of the page queue (decision 0015): take a page, download its image, keep
 * the lease, send the text back. Only OCR workers may call it (SecurityConfig), and a page's image
 * and answer only under its live lease.
 */
@RestController
@RequestMapping("/api/ocr-work")
@Tag(
    name = "OCR workers",
    description = "Pages waiting for OCR, for `./gyomu worker` (decision 0015)")
class OcrWorkController {

  /** The header every call about a taken page carries. */
  static final String LEASE = "Gyomu-Lease";

  private static final int MAX_WAIT_SECONDS = 30;

  /** A worker waiting here also sees pages queued through other nodes this often. */
  private static final Duration RECHECK = Duration.ofSeconds(1);

  private final OcrPageQueue queue;
  private final PageSignals signals;

  OcrWorkController(OcrPageQueue queue, PageSignals signals) {
    this.queue = queue;
    this.signals = signals;
  }

  @PostMapping("/take")
  @Operation(
      summary =
          "Take the oldest page waiting for OCR, under a lease; 204 when none came within `wait`"
              + " seconds")
  ResponseEntity<TakenPage> take(
      @Parameter(description = "the worker's name, shown as who read a page")
          @RequestParam(defaultValue = "")
          String worker,
      @Parameter(description = "seconds to wait for a page, 0 to 30")
          @RequestParam(defaultValue = "0")
          int wait,
      Principal principal)
      throws InterruptedException {
    if (wait < 0 || wait > MAX_WAIT_SECONDS) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "wait must be between 0 and " + MAX_WAIT_SECONDS + " seconds.");
    }
    String holder = holder(principal, worker);
    long end = System.nanoTime() + Duration.ofSeconds(wait).toNanos();
    while (true) {
      Optional<TakenPage> taken = queue.take(holder);
      if (taken.isPresent()) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(taken.get());
      }
      long left = end - System.nanoTime();
      if (left <= 0) {
        return ResponseEntity.noContent().build();
      }
      signals.awaitQueued(Duration.ofNanos(Math.min(left, RECHECK.toNanos())));
    }
  }

  @GetMapping(value = "/{id}/image", produces = MediaType.IMAGE_PNG_VALUE)
  @Operation(summary = "The image of a page this worker holds (PNG, lossless)")
  ResponseEntity<byte[]> image(@PathVariable String id, @RequestHeader(LEASE) String lease) {
    byte[] png = queue.image(id, lease).orElseThrow(OcrWorkController::leaseLost);
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .contentType(MediaType.IMAGE_PNG)
        .body(png);
  }

  @PostMapping("/{id}/lease")
  @Operation(summary = "Renew the lease on a page being read; 409 when the page went to another")
  ResponseEntity<Void> renew(@PathVariable String id, @RequestHeader(LEASE) String lease) {
    if (!queue.renew(id, lease)) {
      throw leaseLost();
    }
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/result")
  @Operation(
      summary =
          "Send a page's text, words and confidences; 409 (and nothing kept) when the lease is lost")
  ResponseEntity<Void> result(
      @PathVariable String id, @RequestHeader(LEASE) String lease, @RequestBody Result result) {
    if (!queue.complete(id, lease, result)) {
      throw leaseLost();
    }
    signals.pageAnswered(id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/failure")
  @Operation(summary = "Say why a page could not be read (past its deadline, engine error)")
  ResponseEntity<Void> failure(
      @PathVariable String id, @RequestHeader(LEASE) String lease, @RequestBody Failure failure) {
    if (failure.kind() == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "kind is DEADLINE or ERROR.");
    }
    if (!queue.fail(id, lease, failure)) {
      throw leaseLost();
    }
    signals.pageAnswered(id);
    return ResponseEntity.noContent().build();
  }

  private static String holder(Principal principal, String worker) {
    String name = worker.strip().replaceAll("[^\\p{Alnum}._:/@-]", "");
    String holder = name.isEmpty() ? principal.getName() : principal.getName() + "/" + name;
    return holder.length() > 255 ? holder.substring(0, 255) : holder;
  }

  private static ResponseStatusException leaseLost() {
    return new ResponseStatusException(
        HttpStatus.CONFLICT,
        "This worker does not hold the page (its lease lapsed and it went to another worker, or"
            + " it is answered or no longer wanted).");
  }
}
