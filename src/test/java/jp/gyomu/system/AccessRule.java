package jp.gyomu.system;

import java.util.List;
import java.util.Set;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One row of the access matrix: which callers may call these methods on these paths, and why.
 *
 * @param section heading the row is listed under
 * @param methods {@code GET}, {@code POST}..., {@code *} for any, {@code write} for any but GET
 * @param patterns path patterns (Spring's syntax: {@code *} one segment, {@code **} the rest)
 * @param allowed the callers let in; everybody else gets 401 or 403
 * @param why the job that needs it
 */
record AccessRule(
    String section, String methods, List<String> patterns, Set<Caller> allowed, String why) {

  private static final PathPatternParser PARSER = new PathPatternParser();

  boolean matches(Endpoint endpoint) {
    if (!methodMatches(endpoint.method())) {
      return false;
    }
    PathContainer path = PathContainer.parsePath(endpoint.path());
    return patterns.stream().map(PARSER::parse).anyMatch(p -> p.matches(path));
  }

  private boolean methodMatches(String method) {
    return switch (methods) {
      case "*" -> true;
      case "write" -> !method.equals("GET") && !method.equals("HEAD");
      default -> List.of(methods.split(" ")).contains(method);
    };
  }

  static PathPattern parse(String pattern) {
    return PARSER.parse(pattern);
  }
}
