package jp.gyomu.demo;

import static jp.gyomu.registry.TaskStatus.CANDIDATE;
import static jp.gyomu.registry.TaskStatus.IN_DEVELOPMENT;
import static jp.gyomu.registry.TaskStatus.PILOT;
import static jp.gyomu.registry.TaskStatus.PRODUCTION;
import static jp.gyomu.registry.TaskStatus.RETIRED;
import static jp.gyomu.registry.Technology.AI_OCR;
import static jp.gyomu.registry.Technology.OTHER;
import static jp.gyomu.registry.Technology.RPA;
import static jp.gyomu.registry.Technology.RPA_AI_OCR;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.gyomu.registry.AutomationTask;
import jp.gyomu.registry.FiscalPeriod;
import jp.gyomu.registry.RegistryService;
import jp.gyomu.registry.RunReport;
import jp.gyomu.registry.TaskStatus;
import jp.gyomu.registry.Technology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * DEMO ONLY. Fills an empty registry on the embedded H2 database with a realistic prefecture: five
 * tasks in production since last fiscal year, more in pilot and development toward this year's
 * target of 30, with their past months reported through the registry as bots outside BPMN report
 * runs, so the dashboard has history to chart. The three shipped processes are registered under
 * their real keys: the cases {@link DemoDocuments} starts from generated scans count on top, as
 * measured engine history. Runs once: a registry with any task is left alone.
 */
@Component
class DemoData {

  private static final String ACTOR = "demo";
  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final DemoSettings settings;
  private final Environment environment;
  private final RegistryService registry;
  private final DemoDocuments documents;
  private final TransactionTemplate transaction;
  private final Random random = new Random(20250401);

  DemoData(
      DemoSettings settings,
      Environment environment,
      RegistryService registry,
      DemoDocuments documents,
      PlatformTransactionManager transactions) {
    this.settings = settings;
    this.environment = environment;
    this.registry = registry;
    this.documents = documents;
    this.transaction = new TransactionTemplate(transactions);
  }

  @EventListener(ApplicationReadyEvent.class)
  void fillEmptyRegistry() {
    String url = environment.getProperty("spring.datasource.url", "");
    if (!settings.enabled() || !url.startsWith("jdbc:h2:")) {
      return;
    }
    if (registry.taskCount() > 0) {
      if (documents.begun()) {
        documents.feedInBackground(); // what a stopped first start had not handed in yet
      }
      return;
    }
    long started = System.nanoTime();
    LocalDate today = LocalDate.now(FiscalPeriod.JAPAN);
    int year = FiscalPeriod.fiscalYearOf(today);
    // one commit for the whole registry
    transaction.executeWithoutResult(
        status -> {
          registerTasks(year);
          registry.setTarget(year - 1, 5, ACTOR);
          registry.setTarget(year, 30, ACTOR);
          reportRuns(year, today);
        });
    log.info(
        "Demo data: {} tasks with their history in {} ms; {} generated scans go to the intake in"
            + " the background (DEMO ONLY; off on PostgreSQL or with GYOMU_DEMO_ENABLED=false)",
        registry.taskCount(),
        (System.nanoTime() - started) / 1_000_000,
        DemoDocuments.scans().size());
    documents.feedInBackground();
  }

  /** The demo registry; dates relative to the current fiscal year {@code y}. */
  private void registerTasks(int y) {
    // in production since last fiscal year: the 5 at the start of the year
    task(
        "RPA-001",
        "旅費精算の審査・支払登録",
        "Travel expense review and payment entry",
        "総務部",
        "総務課",
        RPA_AI_OCR,
        20,
        4800,
        "travel-expense",
        PRODUCTION,
        date(y - 1, 7, 1),
        "出張報告書と領収書を AI-OCR で読取");
    task(
        "RPA-002",
        "請求書の受付・会計システム入力",
        "Invoice intake and accounting entry",
        "会計局",
        "会計管理課",
        RPA_AI_OCR,
        15,
        6000,
        "invoice",
        PRODUCTION,
        date(y - 1, 10, 1),
        "");
    task(
        "RPA-003",
        "公用車運行日誌の集計",
        "Official vehicle log totals",
        "総務部",
        "管財課",
        RPA,
        30,
        1200,
        null,
        PRODUCTION,
        date(y - 1, 6, 1),
        "ボットが実行件数を API で報告");
    task(
        "RPA-004",
        "夜間データ照合 (支払と台帳)",
        "Nightly reconciliation of payments and ledger",
        "会計局",
        "会計管理課",
        RPA,
        45,
        245,
        null,
        PRODUCTION,
        date(y - 1, 11, 1),
        "夜間バッチ; 件数は API 報告");
    task(
        "RPA-005",
        "補助金交付申請の受付",
        "Subsidy application intake",
        "産業労働部",
        "商工政策課",
        RPA_AI_OCR,
        40,
        1500,
        "subsidy-application",
        PRODUCTION,
        date(y - 1, 12, 1),
        "審査・決裁はタスクリストで実施");
    // new this fiscal year
    task(
        "RPA-006",
        "児童手当現況届の入力",
        "Child allowance status report entry",
        "健康福祉部",
        "子ども家庭課",
        AI_OCR,
        12,
        9000,
        null,
        PRODUCTION,
        date(y, 6, 1),
        "");
    task(
        "RPA-007",
        "給与支払報告書の仕分け",
        "Payroll report sorting",
        "総務部",
        "税務課",
        AI_OCR,
        8,
        20000,
        null,
        PRODUCTION,
        date(y, 7, 1),
        "");
    task(
        "RPA-008",
        "職員研修申込の集計",
        "Staff training sign-up totals",
        "総務部",
        "人事課",
        RPA,
        10,
        900,
        null,
        PRODUCTION,
        date(y, 9, 1),
        "");
    task(
        "RPA-009",
        "道路占用許可申請の受付",
        "Road occupancy permit intake",
        "県土整備部",
        "道路管理課",
        RPA_AI_OCR,
        35,
        700,
        null,
        PILOT,
        date(y, 10, 1),
        "実証中: 2 事務所");
    task(
        "RPA-010",
        "予防接種予診票の読取",
        "Vaccination questionnaire reading",
        "健康福祉部",
        "感染症対策課",
        AI_OCR,
        6,
        30000,
        null,
        PILOT,
        date(y, 10, 15),
        "");
    task(
        "RPA-011",
        "産業廃棄物実績報告の入力",
        "Industrial waste report entry",
        "環境森林部",
        "廃棄物対策課",
        RPA_AI_OCR,
        25,
        2400,
        null,
        PILOT,
        date(y, 11, 1),
        "");
    task(
        "RPA-012",
        "就学援助申請の受付",
        "School aid application intake",
        "教育委員会",
        "学事課",
        AI_OCR,
        18,
        3500,
        null,
        PILOT,
        date(y, 11, 10),
        "");
    // planned toward the target
    task(
        "RPA-013",
        "物品購入伺の起票",
        "Purchase request drafting",
        "会計局",
        "調達課",
        RPA,
        15,
        5000,
        null,
        IN_DEVELOPMENT,
        null,
        "");
    task(
        "RPA-014",
        "森林経営計画の受付",
        "Forest management plan intake",
        "環境森林部",
        "森林整備課",
        AI_OCR,
        30,
        400,
        null,
        IN_DEVELOPMENT,
        null,
        "");
    task(
        "RPA-015",
        "農地転用許可申請の審査補助",
        "Farmland conversion permit checks",
        "農政部",
        "農地利用課",
        RPA_AI_OCR,
        40,
        600,
        null,
        IN_DEVELOPMENT,
        null,
        "");
    task(
        "RPA-016",
        "介護保険事業者指定申請の受付",
        "Care provider designation intake",
        "健康福祉部",
        "高齢福祉課",
        AI_OCR,
        35,
        800,
        null,
        IN_DEVELOPMENT,
        null,
        "");
    task(
        "RPA-017",
        "県税納付書の消込",
        "Prefectural tax payment matching",
        "総務部",
        "税務課",
        RPA,
        5,
        40000,
        null,
        IN_DEVELOPMENT,
        null,
        "");
    task(
        "RPA-018",
        "建設業許可申請の受付",
        "Construction business permit intake",
        "県土整備部",
        "建設業課",
        RPA_AI_OCR,
        45,
        900,
        null,
        CANDIDATE,
        null,
        "");
    task(
        "RPA-019",
        "奨学金返還の督促状作成",
        "Scholarship repayment reminders",
        "教育委員会",
        "教育総務課",
        RPA,
        10,
        3000,
        null,
        CANDIDATE,
        null,
        "");
    task(
        "RPA-020",
        "観光統計調査票の集計",
        "Tourism survey totals",
        "産業労働部",
        "観光課",
        AI_OCR,
        20,
        1800,
        null,
        CANDIDATE,
        null,
        "");
    task(
        "RPA-021",
        "会議録の文字起こし",
        "Meeting minutes transcription",
        "総務部",
        "文書課",
        OTHER,
        90,
        300,
        null,
        CANDIDATE,
        null,
        "音声認識を検討");
    task(
        "RPA-022",
        "FAX 受注票の入力",
        "Fax order form entry",
        "農政部",
        "農業技術課",
        AI_OCR,
        10,
        1200,
        null,
        RETIRED,
        null,
        "FAX 廃止により停止");
  }

  /** Registers a task and walks it through its statuses up to {@code status}, dated. */
  private void task(
      String code,
      String nameJa,
      String nameEn,
      String department,
      String division,
      Technology technology,
      int baselineMinutes,
      int annualCases,
      String processKey,
      TaskStatus status,
      LocalDate goLive,
      String notes) {
    LocalDate live = goLive != null ? goLive : LocalDate.now(FiscalPeriod.JAPAN).minusMonths(2);
    var steps = new ArrayList<TaskStatus>(List.of(CANDIDATE));
    var dates = new ArrayList<LocalDate>(List.of(live.minusMonths(10)));
    if (status != CANDIDATE) {
      steps.add(IN_DEVELOPMENT);
      dates.add(live.minusMonths(6));
    }
    if (status == PILOT || status == PRODUCTION || status == RETIRED) {
      steps.add(PILOT);
      dates.add(status == PILOT ? live : live.minusMonths(2));
    }
    if (status == PRODUCTION || status == RETIRED) {
      steps.add(PRODUCTION);
      dates.add(live);
    }
    if (status == RETIRED) {
      steps.add(RETIRED);
      dates.add(live.plusMonths(1));
    }
    for (int i = 0; i < steps.size(); i++) {
      var t =
          new AutomationTask(
              code,
              nameJa,
              nameEn,
              department,
              division,
              technology,
              steps.get(i),
              steps.get(i) == PRODUCTION || steps.get(i) == RETIRED ? live : null,
              processKey,
              baselineMinutes,
              annualCases,
              notes.isEmpty() ? null : notes);
      Instant at = dates.get(i).atTime(10, 0).atZone(FiscalPeriod.JAPAN).toInstant();
      if (i == 0) {
        registry.create(t, ACTOR, at);
      } else {
        registry.update(t, ACTOR, at);
      }
    }
  }

  /** Runs reported once a month since each task went live; the people's minutes per case too. */
  private void reportRuns(int y, LocalDate today) {
    LocalDate from = date(y - 1, 4, 1);
    for (LocalDate month = from; month.isBefore(today); month = month.plusMonths(1)) {
      reportMonth("RPA-001", month, date(y - 1, 7, 1), today, 40, 8);
      reportMonth("RPA-002", month, date(y - 1, 10, 1), today, 60, 4);
      reportMonth("RPA-003", month, date(y - 1, 6, 1), today, 95, 0.5);
      reportMonth("RPA-004", month, date(y - 1, 11, 1), today, 21, 3);
      reportMonth("RPA-005", month, date(y - 1, 12, 1), today, 25, 30);
      reportMonth("RPA-006", month, date(y, 6, 1), today, 700, 2);
      reportMonth("RPA-007", month, date(y, 7, 1), today, 1600, 1);
      reportMonth("RPA-008", month, date(y, 9, 1), today, 80, 1);
      reportMonth("RPA-009", month, date(y, 10, 1), today, 40, 12);
      reportMonth("RPA-010", month, date(y, 10, 15), today, 1500, 2);
    }
  }

  /** One report per month on the 28th; for the running month, the days so far until yesterday. */
  private void reportMonth(
      String code, LocalDate month, LocalDate live, LocalDate today, int cases, double minutes) {
    LocalDate yesterday = today.minusDays(1);
    LocalDate day = month.plusDays(27).isBefore(yesterday) ? month.plusDays(27) : yesterday;
    if (day.isBefore(live) || day.isBefore(month)) {
      return;
    }
    int n = cases * (85 + random.nextInt(30)) / 100 * day.getDayOfMonth() / 28;
    var performed = day.atTime(18, 0).atZone(FiscalPeriod.JAPAN).toOffsetDateTime();
    registry.reportRun(
        code, new RunReport(n, Math.round(n * minutes * 10) / 10.0, performed), "demo-bot");
  }

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(month >= 4 ? year : year + 1, month, day);
  }
}
