package jp.gyomu.reporting;

import java.time.YearMonth;
import java.util.Locale;
import jp.gyomu.registry.AutomationTask;
import jp.gyomu.registry.FiscalPeriod;
import jp.gyomu.registry.TaskStatus;
import jp.gyomu.registry.Technology;
import org.springframework.context.MessageSource;

/** Words of the reports in one language, from the message bundles. */
final class ReportLabels {

  private final MessageSource messages;
  private final Locale locale;

  ReportLabels(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  boolean japanese() {
    return !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
  }

  String text(String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  String status(TaskStatus status) {
    return text("registry.status." + status.name());
  }

  String technology(Technology technology) {
    return text("registry.technology." + technology.name());
  }

  String period(FiscalPeriod period) {
    return japanese()
        ? period.label()
        : period.englishLabel() + " (" + period.japaneseLabel() + ")";
  }

  String month(YearMonth month) {
    return text("report.month", month.getYear(), month.getMonthValue());
  }

  String name(AutomationTask task) {
    return japanese() || task.nameEn() == null ? task.nameJa() : task.nameEn();
  }
}
