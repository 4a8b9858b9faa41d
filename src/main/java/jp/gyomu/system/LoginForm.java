package jp.gyomu.system;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form body read as Jersey reads it for {@code @FormParam}: fields split at {@code &}, empty ones
 * skipped, names and values percent-decoded (a name without {@code =} has an empty value), every
 * value of a repeated name kept. Malformed encoding gives an empty form.
 */
final class LoginForm {

  private LoginForm() {}

  static Map<String, List<String>> parse(byte[] body) {
    Map<String, List<String>> form = new LinkedHashMap<>();
    try {
      for (String field : new String(body, StandardCharsets.UTF_8).split("&")) {
        if (field.isEmpty()) {
          continue;
        }
        int eq = field.indexOf('=');
        String name = eq < 0 ? field : field.substring(0, eq);
        String value = eq < 0 ? "" : field.substring(eq + 1);
        form.computeIfAbsent(decode(name), n -> new ArrayList<>()).add(decode(value));
      }
    } catch (IllegalArgumentException malformed) {
      return Map.of();
    }
    return form;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
