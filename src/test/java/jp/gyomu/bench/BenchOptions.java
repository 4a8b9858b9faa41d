package jp.gyomu.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The {@code name=value} arguments of a benchmark script, over its defaults. */
final class BenchOptions {

  private BenchOptions() {}

  /**
   * @param defaults every option the script knows, with its default value
   * @param required options without a default that must be given
   * @throws IllegalArgumentException naming the known options, for an unknown or missing one
   */
  static Map<String, String> parse(
      Map<String, String> defaults, String[] args, String... required) {
    Map<String, String> o = new HashMap<>(defaults);
    var known = new TreeSet<>(defaults.keySet());
    known.addAll(List.of(required));
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq < 1 || !known.contains(arg.substring(0, eq))) {
        throw new IllegalArgumentException("Unknown option " + arg + "; known: " + known);
      }
      o.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    for (String name : required) {
      if (!o.containsKey(name)) {
        throw new IllegalArgumentException(name + "=... is needed; known: " + known);
      }
    }
    return o;
  }
}
