package jp.gyomu.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A problem's {@code errors} as row, field and message: what a person reads of each. */
public final class ProblemErrors {

  private ProblemErrors() {}

  /** Each error without its typed {@code reason} (tests of reasons check that on their own). */
  public static List<Map<String, Object>> read(Object errors) {
    return ((List<?>) errors)
        .stream()
            .map(
                e -> {
                  Map<String, Object> read = new LinkedHashMap<>();
                  ((Map<?, ?>) e).forEach((k, v) -> read.put((String) k, v));
                  read.remove("reason");
                  return read;
                })
            .toList();
  }
}
