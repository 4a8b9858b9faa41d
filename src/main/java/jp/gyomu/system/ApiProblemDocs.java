package jp.gyomu.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The problem shape in the OpenAPI document (decision 0009): one schema, one response for 4XX and
 * one for 5XX, referenced by every operation of {@code /api}, so Swagger UI shows what an error
 * looks like.
 */
@Configuration(proxyBeanMethods = false)
class ApiProblemDocs {

  static final String PROBLEM = "Problem";
  static final String FIELD_ERROR = "FieldError";

  @Bean
  OpenApiCustomizer problemResponses() {
    return openApi -> {
      if (openApi.getComponents() == null) {
        openApi.setComponents(new Components());
      }
      openApi
          .getComponents()
          .addSchemas(PROBLEM, problem())
          .addSchemas(FIELD_ERROR, fieldError())
          .addResponses(PROBLEM, response());
      var shared = new ApiResponse().$ref("#/components/responses/" + PROBLEM);
      if (openApi.getPaths() != null) {
        openApi
            .getPaths()
            .values()
            .forEach(
                path ->
                    path.readOperations()
                        .forEach(
                            operation ->
                                operation
                                    .getResponses()
                                    .addApiResponse("4XX", shared)
                                    .addApiResponse("5XX", shared)));
      }
    };
  }

  private static Schema<?> problem() {
    return new ObjectSchema()
        .description(
            "An RFC 9457 problem: every error answer of /api, as application/problem+json.")
        .addProperty(
            "type",
            new StringSchema()
                .format("uri")
                ._default("about:blank")
                .description("about:blank: the status says what kind of problem it is"))
        .addProperty("title", new StringSchema().description("The status in words, e.g. Not Found"))
        .addProperty("status", new IntegerSchema().description("The HTTP status"))
        .addProperty(
            "detail",
            new StringSchema()
                .description("What went wrong with this request and what to do, for people"))
        .addProperty(
            "instance", new StringSchema().format("uri").description("The path of the request"))
        .addProperty(
            "errors",
            new ArraySchema()
                .items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
                .description("Each refused value, when values were refused (400)"))
        .required(List.of("type", "title", "status", "detail"));
  }

  private static Schema<?> fieldError() {
    return new ObjectSchema()
        .description("Why one value was refused")
        .addProperty(
            "row",
            new IntegerSchema()
                .description("The data row of an imported file, from 1; absent for a request"))
        .addProperty(
            "field",
            new StringSchema().description("The field or column; absent for the file as a whole"))
        .addProperty("message", new StringSchema().description("Why the value was refused"))
        .required(List.of("message"));
  }

  private static ApiResponse response() {
    return new ApiResponse()
        .description(
            "A problem (RFC 9457). 429 and 503 carry Retry-After: the seconds to wait before"
                + " sending the request again.")
        .addHeaderObject(
            "Retry-After",
            new Header().description("Seconds to wait (429, 503)").schema(new IntegerSchema()))
        .content(
            new Content()
                .addMediaType(
                    org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
  }
}
