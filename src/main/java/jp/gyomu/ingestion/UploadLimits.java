package jp.gyomu.ingestion;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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

  /**
   * Multipart parsing fails before any controller is chosen, so this answers for all of them, with
   * a problem (decision 0009); before the catch-all of {@code /api}, which would not know the
   * limit.
   */
  @RestControllerAdvice
  @Order(Ordered.HIGHEST_PRECEDENCE)
  static class TooLarge {

    private final IntakeSettings settings;

    TooLarge(IntakeSettings settings) {
      this.settings = settings;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
      // Tomcat reports over-long part headers (a very long file name) as a size limit too
      if (causes(e).anyMatch(m -> m.contains("Header section"))) {
        return ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "The file name is too long for an upload (server.tomcat.max-part-header-size)."
                + " Rename the file and upload it again.");
      }
      return ProblemDetail.forStatusAndDetail(
          HttpStatus.PAYLOAD_TOO_LARGE,
          "The file is larger than the limit of "
              + PreflightStep.megabytes(settings.maxFileSize().toBytes())
              + " for one document. Split it into smaller files or scan at a lower resolution.");
    }

    private static java.util.stream.Stream<String> causes(Throwable e) {
      return java.util.stream.Stream.iterate(e, t -> t != null, Throwable::getCause)
          .limit(10)
          .map(t -> String.valueOf(t.getMessage()));
    }
  }
}
