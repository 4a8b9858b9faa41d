package jp.gyomu.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;

/** The access matrix and the engine's authorizations as Markdown tables for docs/SECURITY.md. */
final class MatrixMarkdown {

  private MatrixMarkdown() {}

  /** One table per section; a row's endpoint count is how many endpoints it decides. */
  static String matrix(List<AccessRule> rules, List<Endpoint> endpoints) {
    Map<AccessRule, Long> counts = new LinkedHashMap<>();
    for (Endpoint e : endpoints) {
      AccessRules.ruleFor(e).ifPresent(r -> counts.merge(r, 1L, Long::sum));
    }
    var out = new StringBuilder();
    String section = null;
    for (AccessRule rule : rules) {
      if (!rule.section().equals(section)) {
        section = rule.section();
        out.append(section == null ? "" : "\n#### " + section + "\n\n");
        out.append("| Method | Paths | Endpoints | ");
        Arrays.stream(Caller.values()).forEach(c -> out.append(c.label()).append(" | "));
        out.append("Why |\n|---|---|--:|");
        out.append(":-:|".repeat(Caller.values().length)).append("---|\n");
      }
      out.append("| ")
          .append(rule.methods().equals("write") ? "not GET" : rule.methods().replace(' ', ','))
          .append(" | ")
          .append(rule.patterns().stream().map(p -> "`" + p + "`").collect(Collectors.joining(" ")))
          .append(" | ")
          .append(counts.getOrDefault(rule, 0L))
          .append(" | ");
      for (Caller c : Caller.values()) {
        out.append(rule.allowed().contains(c) ? "✓" : "–").append(" | ");
      }
      out.append(rule.why()).append(" |\n");
    }
    return out.toString().stripLeading();
  }

  /** Grants of Gyomu's groups on every object ('*') and on the webapps, as the engine has them. */
  static String authorizations(List<Authorization> grants, Map<String, String> jobByGroup) {
    Map<String, Map<String, String>> byGroup = new TreeMap<>();
    for (Authorization a : grants) {
      Resource resource = resource(a.getResourceType());
      Permission[] possible = ResourceTypeUtil.getPermissionsByResourceType(a.getResourceType());
      Permission[] granted = a.getPermissions(possible);
      boolean all = Arrays.stream(granted).anyMatch(p -> p.getName().equals("ALL"));
      String names =
          all
              ? "ALL"
              : Arrays.stream(granted)
                  .map(Permission::getName)
                  .filter(n -> !n.equals("NONE"))
                  .sorted()
                  .collect(Collectors.joining(", "));
      String target =
          resource.resourceName() + (a.getResourceId().equals("*") ? "" : " " + a.getResourceId());
      byGroup.computeIfAbsent(a.getGroupId(), g -> new TreeMap<>()).put(target, names);
    }
    var out = new StringBuilder("| Group | Job | Grants |\n|---|---|---|\n");
    byGroup.entrySet().stream()
        .sorted(Comparator.comparing(e -> order(jobByGroup, e.getKey())))
        .forEach(
            e -> {
              List<String> lines = new ArrayList<>();
              Map<String, List<String>> targetsByGrant = new LinkedHashMap<>();
              e.getValue()
                  .forEach(
                      (target, grant) ->
                          targetsByGrant
                              .computeIfAbsent(grant, g -> new ArrayList<>())
                              .add(target));
              targetsByGrant.forEach(
                  (grant, targets) -> lines.add(String.join(", ", targets) + ": " + grant));
              out.append("| `")
                  .append(e.getKey())
                  .append("` | ")
                  .append(jobByGroup.getOrDefault(e.getKey(), ""))
                  .append(" | ")
                  .append(String.join("<br>", lines))
                  .append(" |\n");
            });
    return out.toString();
  }

  private static String order(Map<String, String> jobByGroup, String group) {
    List<String> groups = new ArrayList<>(jobByGroup.keySet());
    int at = groups.indexOf(group);
    return (at < 0 ? "9" : String.valueOf(at)) + group;
  }

  private static Resource resource(int type) {
    return Arrays.stream(Resources.values())
        .filter(r -> r.resourceType() == type)
        .map(r -> (Resource) r)
        .findFirst()
        .orElseThrow();
  }
}
