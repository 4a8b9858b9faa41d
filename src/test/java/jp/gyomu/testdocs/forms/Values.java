package jp.gyomu.testdocs.forms;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Random but realistic values for Japanese office forms, printed the ways offices print them. Dates
 * fall in 令和2 (2020) to 令和8 (2026), so no 令和元年 is printed.
 */
public final class Values {

  private Values() {}

  static final List<String> SURNAMES =
      List.of(
          "山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤", "吉田", "山本", "松本", "井上", "木村",
          "清水", "森", "池田", "橋本", "石川", "前田", "藤田", "岡田", "後藤", "長谷川", "村上", "近藤", "坂本", "遠藤", "青木");
  static final List<String> GIVEN_NAMES =
      List.of(
          "太郎", "花子", "一郎", "次郎", "美咲", "健一", "陽子", "大輔", "直樹", "由美", "翔太", "恵子", "誠", "明美", "浩二",
          "裕子", "和也", "真由美", "拓也", "聡", "智子", "博", "愛", "修", "達也", "千尋", "剛", "里美");
  static final List<String> BUREAUS =
      List.of("総務部", "企画部", "財政部", "市民生活部", "健康福祉部", "こども未来部", "環境部", "建設部", "産業振興部", "教育委員会事務局");
  static final List<String> SECTIONS =
      List.of(
          "総務課", "企画課", "財政課", "市民課", "福祉課", "子育て支援課", "環境政策課", "道路課", "商工観光課", "学校教育課", "情報政策課",
          "人事課");
  static final List<String> DESTINATIONS =
      List.of(
          "東京都庁",
          "大阪府庁",
          "総務省",
          "厚生労働省",
          "デジタル庁",
          "横浜市役所",
          "名古屋市役所",
          "福岡市役所",
          "札幌市役所",
          "仙台市役所",
          "国立印刷局",
          "地方公共団体情報システム機構",
          "京都府庁",
          "神戸市役所",
          "広島県庁",
          "さいたま市役所");
  static final List<String> PURPOSES =
      List.of(
          "全国自治体DX推進会議への出席",
          "情報セキュリティ研修への参加",
          "補助事業の現地調査",
          "子育て支援施策の視察",
          "防災担当者連絡会議への出席",
          "戸籍事務研修会への参加",
          "観光振興協議会への出席",
          "公共施設管理に関する打合せ",
          "地方財政説明会への出席",
          "ごみ減量施策の先進地視察",
          "職員採用説明会の開催",
          "文書管理システムの導入打合せ");
  static final List<String> PREFECTURE_CITIES =
      List.of(
          "東京都千代田区霞が関",
          "東京都新宿区西新宿",
          "大阪府大阪市北区梅田",
          "愛知県名古屋市中区栄",
          "神奈川県横浜市中区本町",
          "福岡県福岡市中央区天神",
          "北海道札幌市中央区北一条西",
          "宮城県仙台市青葉区国分町",
          "京都府京都市中京区烏丸",
          "埼玉県さいたま市浦和区高砂",
          "千葉県千葉市中央区富士見",
          "兵庫県神戸市中央区加納町",
          "静岡県静岡市葵区追手町");
  static final List<String> COMPANY_STEMS =
      List.of(
          "みどり情報サービス",
          "山田製作所",
          "さくら電機",
          "青葉システム",
          "ひかり印刷",
          "東西商事",
          "富士建設",
          "あおぞら物産",
          "中央ソフトウェア",
          "北斗エンジニアリング",
          "若葉環境サービス",
          "日の出食品",
          "大和設備工業",
          "つばさ運輸",
          "朝日事務機");
  static final List<String> PROJECTS =
      List.of(
          "省エネルギー設備導入事業",
          "商店街にぎわい創出事業",
          "地域防災力強化事業",
          "空き家改修活用事業",
          "子ども食堂運営支援事業",
          "地域公共交通利用促進事業",
          "伝統工芸後継者育成事業",
          "太陽光発電設備設置事業",
          "観光案内多言語化事業",
          "農産物販路拡大事業",
          "高齢者見守り活動事業",
          "創業支援セミナー開催事業");
  static final List<String> ITEMS =
      List.of(
          "文書管理システム保守",
          "コピー用紙A4",
          "トナーカートリッジ",
          "サーバ保守作業",
          "ノートパソコン",
          "会議用テーブル",
          "研修講師派遣",
          "封筒長形3号",
          "ソフトウェアライセンス",
          "清掃業務委託",
          "ネットワーク機器",
          "事務用椅子",
          "データ入力作業",
          "印刷製本費");
  static final List<String> TITLES = List.of("代表取締役", "代表取締役社長", "理事長", "会長", "代表理事", "代表");

  public static <T> T pick(Random r, List<T> options) {
    return options.get(r.nextInt(options.size()));
  }

  @SafeVarargs
  public static <T> T pick(Random r, T... options) {
    return options[r.nextInt(options.length)];
  }

  static int between(Random r, int min, int max) {
    return min + r.nextInt(max - min + 1);
  }

  /** A person's name, with a space, an ideographic space or none between the names. */
  public static Value personName(Random r) {
    String surname = pick(r, SURNAMES);
    String given = pick(r, GIVEN_NAMES);
    return new Value(surname + pick(r, " ", "　", "") + given, surname + given);
  }

  public static Value department(Random r) {
    return Value.text(pick(r, BUREAUS) + pick(r, " ", "　", "") + pick(r, SECTIONS));
  }

  public static Value destination(Random r) {
    return Value.text(pick(r, DESTINATIONS));
  }

  public static Value purpose(Random r) {
    return Value.text(pick(r, PURPOSES));
  }

  public static Value projectName(Random r) {
    return Value.text(pick(r, PROJECTS));
  }

  public static Value address(Random r) {
    String block =
        r.nextBoolean()
            ? between(r, 1, 9) + "-" + between(r, 1, 30) + "-" + between(r, 1, 20)
            : between(r, 1, 9) + "丁目" + between(r, 1, 30) + "番" + between(r, 1, 20) + "号";
    return Value.text(pick(r, PREFECTURE_CITIES) + block);
  }

  public static Value company(Random r) {
    String stem = pick(r, COMPANY_STEMS);
    String name =
        switch (r.nextInt(5)) {
          case 0 -> stem + "株式会社";
          case 1 -> "有限会社" + stem;
          case 2 -> "合同会社" + stem;
          default -> "株式会社" + stem;
        };
    return Value.text(name);
  }

  public static Value representative(Random r) {
    Value name = personName(r);
    String title = pick(r, TITLES);
    return new Value(title + " " + name.printed(), title + name.expected());
  }

  private static final LocalDate SHOWA = LocalDate.of(1926, 12, 25);

  /** A day in 2020-2026. */
  public static LocalDate day(Random r) {
    return LocalDate.of(2020, 1, 1).plusDays(r.nextInt(365 * 6 + 1));
  }

  /**
   * A date printed in its era (令和, 平成, 昭和; spaced or not, zero padded or not, or the letter form
   * R6.4.1) or in the Western calendar. Dates in 1989 and 2019, where eras change and 元年 is
   * printed, are avoided by the generators.
   */
  public static Value date(Random r, LocalDate date) {
    if (date.isBefore(SHOWA)) {
      // 昭和 began on 1926-12-25; earlier dates would be printed as 昭和0年 (no such year)
      throw new IllegalArgumentException("dates before 昭和 are not generated: " + date);
    }
    int y = date.getYear();
    int m = date.getMonthValue();
    int d = date.getDayOfMonth();
    String era = y >= 2019 ? "令和" : y >= 1989 ? "平成" : "昭和";
    char letter = y >= 2019 ? 'R' : y >= 1989 ? 'H' : 'S';
    int eraYear = y - (y >= 2019 ? 2018 : y >= 1989 ? 1988 : 1925);
    String printed =
        switch (r.nextInt(7)) {
          case 0, 1 -> era + eraYear + "年" + m + "月" + d + "日";
          case 2 -> era + " " + eraYear + " 年 " + m + " 月 " + d + " 日";
          case 3 -> String.format("%s%d年%02d月%02d日", era, eraYear, m, d);
          case 4 -> y + "年" + m + "月" + d + "日";
          case 5 -> String.format("%d/%02d/%02d", y, m, d);
          default -> String.format("%s%d.%d.%d", letter, eraYear, m, d);
        };
    return new Value(printed, date);
  }

  /** A birth date between the years (1989 and 2019 skipped). */
  public static LocalDate birthDate(Random r, int fromYear, int toYear) {
    LocalDate date;
    do {
      date = LocalDate.of(fromYear, 1, 1).plusDays(r.nextInt(365 * (toYear - fromYear + 1)));
    } while (date.getYear() == 1989 || date.getYear() == 2019);
    return date;
  }

  public static Value date(Random r) {
    return date(r, day(r));
  }

  /** An amount in yen with commas: 12,345円, ¥12,345, ￥12,345-, 金12,345円. */
  public static Value yen(Random r, long amount) {
    String digits = String.format("%,d", amount);
    String printed =
        switch (r.nextInt(5)) {
          case 0, 1 -> digits + "円";
          case 2 -> "¥" + digits;
          case 3 -> "￥" + digits + "-";
          default -> "金" + digits + "円";
        };
    return new Value(printed, amount);
  }

  /** A round-ish amount between the bounds, as offices claim them. */
  public static long amount(Random r, long min, long max, long step) {
    return (min + (long) (r.nextDouble() * (max - min))) / step * step;
  }

  public static Value invoiceNumber(Random r) {
    int year = between(r, 2020, 2026);
    String printed =
        switch (r.nextInt(4)) {
          case 0 -> String.format("INV-%d-%04d", year, between(r, 1, 9999));
          case 1 -> String.format("%d%02d-%03d", year, between(r, 1, 12), between(r, 1, 999));
          case 2 -> String.format("%06d", between(r, 1, 999_999));
          default -> String.format("A-%05d", between(r, 1, 99_999));
        };
    return Value.text(printed);
  }

  public static String postalCode(Random r) {
    return String.format("%03d-%04d", between(r, 100, 999), between(r, 0, 9999));
  }

  public static String phone(Random r) {
    return String.format(
        "0%d-%04d-%04d", between(r, 3, 6), between(r, 1000, 9999), between(r, 0, 9999));
  }
}
