package jp.gyomu.ingestion;

import jakarta.servlet.MultipartConfigElement;
import java.util.Map;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * One size limit for both doors: an upload larger than {@code gyomu.intake.max-file-size} is
 * refused while it streams in (413 with the limit in words, nothing stored), and a folder file
 * larger than it is quarantined by preflight. Replaces Spring Boot's own multipart settings.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

  // room for the multipart headers and the type field beside the file
  private static final DataSize FORM_OVERHEAD = DataSize.ofKilobytes(64);

  @Bean
  MultipartConfigElement multipartConfig(IntakeSettings settings) {
    var factory = new MultipartConfigFactory();
    factory.setMaxFileSize(settings.maxFileSize());
    factory.setMaxRequestSize(
        DataSize.ofBytes(settings.maxFileSize().toBytes() + FORM_OVERHEAD.toBytes()));
    factory.setFileSizeThreshold(DataSize.ofBytes(0));
    return factory.createMultipartConfig();
  }

  /** Multipart parsing fails before any controller is chosen, so this answers for all of them. */
  @RestControllerAdvice
  static class TooLarge {

    private final IntakeSettings settings;

    TooLarge(IntakeSettings settings) {
      this.settings = settings;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
          .body(
              Map.of(
                  "error",
                  "The file is larger than the limit of "
                      + PreflightStep.megabytes(settings.maxFileSize().toBytes())
                      + " for one document. Split it into smaller files or scan at a lower"
                      + " resolution."));
    }
  }
}
