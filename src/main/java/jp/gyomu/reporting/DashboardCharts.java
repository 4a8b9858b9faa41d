package jp.gyomu.reporting;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.gyomu.registry.Progress;
import jp.gyomu.registry.TaskStatus;
import jp.gyomu.system.PageScriptJson;

/** The dashboard charts' data as JSON for the page's script, with labels in the page language. */
final class DashboardCharts {

  private DashboardCharts() {}

  static String json(Progress p, ReportLabels labels, PageScriptJson scriptJson) {
    var data = new LinkedHashMap<String, Object>();
    data.put(
        "months",
        Map.of(
            "labels", p.months().stream().map(m -> labels.month(m.month())).toList(),
            "gross", p.months().stream().map(m -> m.savings().grossHours()).toList(),
            "net", p.months().stream().map(m -> m.savings().netHours()).toList()));
    List<TaskStatus> statuses = Arrays.asList(TaskStatus.values());
    data.put(
        "funnel",
        Map.of(
            "labels", statuses.stream().map(labels::status).toList(),
            "counts", statuses.stream().map(s -> p.funnel().get(s)).toList()));
    data.put(
        "departments",
        Map.of(
            "labels", p.departments().stream().map(Progress.DepartmentSavings::department).toList(),
            "gross", p.departments().stream().map(d -> d.savings().grossHours()).toList(),
            "net", p.departments().stream().map(d -> d.savings().netHours()).toList()));
    data.put(
        "text",
        Map.of(
            "gross", labels.text("dashboard.chart.gross"),
            "net", labels.text("dashboard.chart.net"),
            "tasks", labels.text("dashboard.chart.tasks"),
            "hours", labels.text("dashboard.chart.hours")));
    return scriptJson.of(data);
  }
}
