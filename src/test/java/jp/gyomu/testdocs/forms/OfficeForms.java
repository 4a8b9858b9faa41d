package jp.gyomu.testdocs.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import jp.gyomu.testdocs.forms.FormContent.Column;
import jp.gyomu.testdocs.forms.FormContent.CornerBlock;
import jp.gyomu.testdocs.forms.FormContent.Element;
import jp.gyomu.testdocs.forms.FormContent.Labelled;
import jp.gyomu.testdocs.forms.FormContent.Table;

/**
 * The content of the document types Gyomu ships (travel-expense, invoice, subsidy-application) and
 * of a municipal form with check boxes, a choice and a table (benefit-status-report), with the
 * label spellings other offices print.
 */
public final class OfficeForms {

  private OfficeForms() {}

  public static final String TRAVEL_EXPENSE = "travel-expense";
  public static final String INVOICE = "invoice";
  public static final String SUBSIDY_APPLICATION = "subsidy-application";
  public static final String BENEFIT_STATUS_REPORT = "benefit-status-report";
  // written after the fields code was frozen, measured once (docs/BENCHMARKS.md)
  public static final String SCHOOL_AID_APPLICATION = "school-aid-application";
  // the second form written after a code freeze (issue 10 (c), 2026-12-05 afternoon)
  public static final String FACILITY_USE_APPLICATION = "facility-use-application";
  // the third form written after a code freeze (issue 10 (c), 2026-12-05 evening)
  public static final String MEDICAL_REFUND_APPLICATION = "medical-refund-application";
  // the fourth form written after a code freeze (issue 10 (c), 2026-12-05 night)
  public static final String DOG_REGISTRATION = "dog-registration";
  // the fifth form written after a code freeze (issue 10 (c), 2026-12-05 night)
  public static final String RESIDENCE_CERTIFICATE_REQUEST = "residence-certificate-request";
  // the sixth form written after a code freeze (issue 10 (c), 2026-12-06 night)
  public static final String CARE_NEEDS_APPLICATION = "care-needs-application";
  // the seventh form written after a code freeze (issue 10 (c), 2026-12-06)
  public static final String RESIDENT_MOVE_NOTIFICATION = "resident-move-notification";
  // the eighth form written after a code freeze (issue 10 (c), 2026-12-06 morning)
  public static final String CHILD_ALLOWANCE_CLAIM = "child-allowance-claim";

  /** The shipped types, then the check-box form. */
  public static List<ContentGenerator> all() {
    return List.of(
        travelExpense(),
        invoice(),
        subsidyApplication(),
        benefitStatusReport(),
        schoolAidApplication(),
        facilityUseApplication(),
        medicalRefundApplication(),
        dogRegistration(),
        residenceCertificateRequest(),
        careNeedsApplication(),
        residentMoveNotification(),
        childAllowanceClaim());
  }

  public static ContentGenerator byType(String type) {
    return all().stream()
        .filter(g -> g.type().equals(type))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no generator for " + type));
  }

  private static final String MAYOR = "みどり市長";

  public static ContentGenerator travelExpense() {
    return FormRecipe.of(TRAVEL_EXPENSE, "旅費精算書", "出張旅費精算書", "旅費請求書", "出張旅費請求書")
        .add(r -> r.nextBoolean() ? List.of(new FormContent.Line(MAYOR + " 様")) : List.of())
        .field("applicationDate", Values::date, "申請日", "申請年月日", "提出日")
        .field("applicantName", Values::personName, "氏名", "出張者", "申請者氏名", "職員氏名")
        .field("department", Values::department, "所属", "所属部署", "所属課")
        .field("destination", Values::destination, "出張先", "用務先", "行先")
        .field("purpose", Values::purpose, "用務", "件名", "目的", "出張目的")
        .add(OfficeForms::period)
        .add(OfficeForms::travelTotal)
        .paragraph(
            "上記のとおり旅費を精算したいので、領収書を添えて申請します。",
            "上記のとおり出張したので、旅費の支給を請求します。なお、出張の内容については別紙の復命書により報告します。",
            "交通費は実費、宿泊費は旅費規程に定める上限額の範囲内で計上しています。");
  }

  /** The trip, a few days to a month before the claim. */
  private static List<Element> period(Random r, Map<String, Object> drawn) {
    LocalDate end = ((LocalDate) drawn.get("applicationDate")).minusDays(1 + r.nextInt(30));
    LocalDate start = end.minusDays(r.nextInt(3));
    String printed =
        Values.date(r, start).printed()
            + Values.pick(r, "～", "から", " - ")
            + Values.date(r, end).printed();
    return List.of(new Labelled(null, Values.pick(r, "出張期間", "期間", "日程"), printed, null));
  }

  /** The total alone, or under a breakdown whose amounts come first. */
  private static List<Element> travelTotal(Random r) {
    long fare = Values.amount(r, 2_000, 60_000, 10);
    long hotel = r.nextBoolean() ? Values.amount(r, 6_000, 15_000, 100) : 0;
    long allowance = Values.pick(r, 0L, 1_100L, 2_200L);
    long total = fare + hotel + allowance;
    if (r.nextBoolean()) {
      Value v = Values.yen(r, total);
      return List.of(
          new Labelled(
              "totalAmount",
              Values.pick(r, "金額", "合計", "旅費合計", "合計金額", "支給額"),
              v.printed(),
              total));
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("交通費", String.format("%,d", fare)));
    rows.add(List.of("宿泊費", String.format("%,d", hotel)));
    rows.add(List.of("日当", String.format("%,d", allowance)));
    Value sum = Values.yen(r, total);
    return List.of(
        new Table(
            null,
            List.of(
                new Column(Values.pick(r, "区分", "費目", "内訳"), "category", false),
                new Column(Values.pick(r, "金額", "金額（円）"), "amount", true)),
            rows,
            List.of(),
            List.of(
                new Labelled(
                    "totalAmount",
                    Values.pick(r, "合計", "旅費合計", "合計金額", "支給額"),
                    sum.printed(),
                    total))));
  }

  public static ContentGenerator invoice() {
    return FormRecipe.of(INVOICE, "請求書", "御請求書", "請求書（適格請求書）")
        .line("みどり市役所 財政課 御中", "みどり市役所 御中", "みどり市 会計管理者 様")
        .field("invoiceDate", Values::date, "請求日", "発行日", "請求年月日")
        .field("invoiceNumber", Values::invoiceNumber, "請求書番号", "請求番号", "No.")
        .add(OfficeForms::issuer)
        .line("下記のとおりご請求申し上げます。", "下記の通りご請求いたします。")
        .add(OfficeForms::invoiceAmounts)
        .other(
            r ->
                Value.text(
                    "みどり銀行 "
                        + Values.pick(r, "本店営業部", "駅前支店")
                        + " 普通 "
                        + (1_000_000 + r.nextInt(9_000_000))),
            "振込先",
            "お振込先")
        .paragraph("お支払いは上記の期限までに指定の口座へお振り込みください。振込手数料は貴庁にてご負担くださいますようお願い申し上げます。")
        .qrCode("qrCode", "GYOMU-INVOICE-", 0.3);
  }

  /** The issuer labelled 発行者, or as the unlabelled block at the top right. */
  private static List<Element> issuer(Random r) {
    Value company = Values.company(r);
    String registration = CorporateNumbers.registrationNumber(r);
    if (r.nextBoolean()) {
      return List.of(
          new Labelled(
              "issuer", Values.pick(r, "発行者", "請求元"), company.printed(), company.expected()),
          new Labelled(
              "registrationNumber",
              Values.pick(r, "登録番号", "適格請求書発行事業者登録番号"),
              registration,
              registration));
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("issuer", company.expected());
    values.put("registrationNumber", registration);
    return List.of(
        new CornerBlock(
            List.of(
                company.printed(),
                "〒" + Values.postalCode(r),
                Values.address(r).printed(),
                "TEL " + Values.phone(r),
                "登録番号 " + registration),
            values,
            false));
  }

  /** The headline total (or none), then line items whose amounts come before 小計, 消費税, 合計. */
  private static List<Element> invoiceAmounts(Random r, Map<String, Object> drawn) {
    int count = 3 + r.nextInt(6);
    List<String> items = new ArrayList<>(Values.ITEMS);
    java.util.Collections.shuffle(items, r);
    TableRows rows = new TableRows();
    long subtotal = 0;
    for (int i = 0; i < count; i++) {
      long quantity = 1 + r.nextInt(r.nextBoolean() ? 3 : 30);
      long unitPrice = Values.amount(r, 100, 80_000, 10);
      long amount = quantity * unitPrice;
      subtotal += amount;
      rows.add(
          List.of(
              items.get(i),
              String.valueOf(quantity),
              String.format("%,d", unitPrice),
              String.format("%,d", amount)),
          items.get(i),
          quantity,
          unitPrice,
          amount);
    }
    long tax = subtotal / 10;
    long total = subtotal + tax;
    boolean headline = r.nextInt(3) > 0;
    List<Element> elements = new ArrayList<>();
    if (headline) {
      Value v = Values.yen(r, total);
      elements.add(
          new Labelled(
              "totalAmount",
              Values.pick(r, "ご請求金額", "合計", "総額", "合計金額", "請求金額"),
              v.printed(),
              total));
    }
    Value due =
        Values.date(
            r, ((LocalDate) drawn.get("invoiceDate")).plusDays(Values.pick(r, 14, 30, 31, 45, 60)));
    elements.add(
        new Labelled(
            "dueDate", Values.pick(r, "支払期限", "お支払期限", "振込期限"), due.printed(), due.expected()));
    elements.add(
        rows.table(
            "lineItems",
            List.of(
                new Column(Values.pick(r, "品名", "品目", "内容", "摘要"), "itemName", false),
                new Column("数量", "quantity", true),
                new Column("単価", "unitPrice", true),
                new Column("金額", "amount", true)),
            List.of(
                new Labelled("subtotal", "小計", String.format("%,d", subtotal), subtotal),
                new Labelled(
                    "tax",
                    Values.pick(r, "消費税(10%)", "消費税（10%）", "消費税等"),
                    String.format("%,d", tax),
                    tax),
                new Labelled(
                    headline ? null : "totalAmount", "合計", String.format("%,d", total), total))));
    return elements;
  }

  public static ContentGenerator subsidyApplication() {
    return FormRecipe.of(SUBSIDY_APPLICATION, "補助金交付申請書", "補助金等交付申請書", "みどり市地域振興補助金交付申請書")
        .add(OfficeForms::subsidyDate)
        .line(MAYOR + " 様", MAYOR + "　殿")
        .field("organisationName", OfficeForms::organisation, "団体名", "申請者", "法人名", "事業者名")
        .field("representative", Values::representative, "代表者", "代表者氏名")
        .field("address", Values::address, "所在地", "住所")
        .paragraph(
            "みどり市補助金等交付規則第4条の規定により、下記のとおり補助金の交付を申請します。", "みどり市地域振興補助金交付要綱第5条の規定により、関係書類を添えて申請します。")
        .line("記")
        .field("projectName", Values::projectName, "事業名", "補助事業名", "事業の名称")
        .add(
            r -> {
              long amount = Values.amount(r, 100_000, 5_000_000, 1_000);
              Value v = Values.yen(r, amount);
              return List.of(
                  new Labelled(
                      "requestedAmount",
                      Values.pick(r, "交付申請額", "補助金交付申請額", "申請額"),
                      v.printed(),
                      amount));
            })
        .other(
            r -> Value.text(Values.personName(r).printed() + "（電話 " + Values.phone(r) + "）"),
            "担当者",
            "連絡先");
  }

  /** The application date unlabelled above the title at the top right, or labelled. */
  private static List<Element> subsidyDate(Random r) {
    Value date = Values.date(r);
    if (r.nextBoolean()) {
      return List.of(
          new CornerBlock(
              List.of(date.printed()), Map.of("applicationDate", date.expected()), true));
    }
    return List.of(
        new Labelled(
            "applicationDate",
            Values.pick(r, "申請日", "申請年月日", "提出日"),
            date.printed(),
            date.expected()));
  }

  private static Value organisation(Random r) {
    return r.nextInt(3) == 0
        ? Value.text(
            Values.pick(r, "特定非営利活動法人 ", "一般社団法人 ") + Values.pick(r, "みどりの森", "まちづくり協議会", "子育てネット"))
        : Values.company(r);
  }

  public static ContentGenerator benefitStatusReport() {
    return FormRecipe.of(BENEFIT_STATUS_REPORT, "児童手当現況届", "児童手当・特例給付現況届", "現況届（児童手当）")
        .line(MAYOR + " 様")
        .field("applicantName", Values::personName, "氏名", "受給者氏名", "請求者氏名")
        .field("birthDate", r -> Values.date(r, Values.birthDate(r, 1965, 2000)), "生年月日")
        .field("address", Values::address, "住所", "現住所")
        .choice("publicPension", "公的年金の受給", "有", "無")
        .choice("spouse", "配偶者", "有", "無")
        .checkbox("caresForChildren", "児童を監護し、生計を同じくしている")
        .checkbox("dependant", "扶養している")
        .checkbox("incomeDeclared", "所得の申告をしている")
        .add(OfficeForms::children)
        .paragraph("上記のとおり児童手当の現況を届け出ます。記載内容に誤りはありません。")
        .qrCode("qrCode", "GYOMU-FORM-", 0.5);
  }

  /** 就学援助費受給申請書: a form nobody tuned on (its template came after the code freeze). */
  public static ContentGenerator schoolAidApplication() {
    return FormRecipe.of(SCHOOL_AID_APPLICATION, "就学援助費受給申請書", "就学援助申請書")
        .line("教育委員会教育長 様")
        .field("applicationDate", Values::date, "申請日", "申請年月日")
        .field("guardianName", Values::personName, "保護者氏名", "申請者氏名")
        .field("address", Values::address, "住所", "現住所")
        .field("phone", r -> phone(Values.phone(r)), "電話番号", "連絡先電話番号")
        .choice("reason", "申請理由", "児童扶養手当", "市民税非課税", "その他")
        .checkbox("consent", "税情報の閲覧に同意します")
        .checkbox("welfare", "生活保護を受給していません")
        .add(OfficeForms::pupils)
        .paragraph("上記のとおり就学援助費の受給を申請します。記載事項に相違ありません。");
  }

  /**
   * 公共施設使用許可申請書: a second form nobody tuned on (its recipe came before, its template after the
   * fields code froze): an organisation, a use date after the application, a head count, a
   * three-way time slot, two check boxes and a table of equipment with a fee total.
   */
  public static ContentGenerator facilityUseApplication() {
    return FormRecipe.of(FACILITY_USE_APPLICATION, "公共施設使用許可申請書", "施設使用許可申請書", "集会施設使用申請書")
        .line(MAYOR + " 様", "みどり市教育委員会 様")
        .add(
            r -> {
              LocalDate applied = Values.day(r);
              Value date = Values.date(r, applied);
              Value use = Values.date(r, applied.plusDays(7 + r.nextInt(60)));
              return List.of(
                  new Labelled(
                      "applicationDate",
                      Values.pick(r, "申請日", "申請年月日"),
                      date.printed(),
                      date.expected()),
                  new Labelled(
                      "useDate",
                      Values.pick(r, "使用日", "使用年月日", "利用日"),
                      use.printed(),
                      use.expected()));
            })
        .field("organisationName", OfficeForms::organisation, "団体名", "使用団体名", "利用団体名")
        .field("representative", Values::personName, "代表者氏名", "責任者氏名")
        .field("address", Values::address, "住所", "所在地")
        .field("phone", r -> phone(Values.phone(r)), "電話番号", "連絡先")
        .field("purpose", r -> Value.text(Values.pick(r, FACILITY_PURPOSES)), "使用目的", "利用目的", "行事名")
        .field(
            "attendees",
            r -> {
              long count = 5 + r.nextInt(196);
              return new Value(count + Values.pick(r, "人", "名", " 人"), count);
            },
            "使用人数",
            "利用人数",
            "参加予定人数")
        .choice("timeSlot", "使用区分", "午前", "午後", "夜間")
        .checkbox("airConditioning", "冷暖房を使用する")
        .checkbox("nonProfit", "営利を目的としない使用です")
        .add(OfficeForms::equipment)
        .paragraph("上記のとおり施設の使用を申請します。使用にあたっては規則を守ります。");
  }

  private static final List<String> FACILITY_PURPOSES =
      List.of("自治会定例会", "子ども会行事", "健康体操教室", "防災訓練説明会", "書道サークル活動", "地域清掃打合せ", "高齢者交流会");

  private static final List<String> EQUIPMENT =
      List.of("会議室", "和室", "調理室", "プロジェクター", "マイク", "長机", "ホワイトボード", "音響設備");

  /** Equipment and rooms with their fees, then 合計. */
  private static List<Element> equipment(Random r) {
    List<String> names = new ArrayList<>(EQUIPMENT);
    java.util.Collections.shuffle(names, r);
    int count = 1 + r.nextInt(4);
    TableRows rows = new TableRows();
    long total = 0;
    for (int i = 0; i < count; i++) {
      long quantity = 1 + r.nextInt(r.nextBoolean() ? 2 : 10);
      long fee = quantity * Values.amount(r, 100, 3_000, 50);
      total += fee;
      rows.add(
          List.of(names.get(i), String.valueOf(quantity), String.format("%,d", fee)),
          names.get(i),
          quantity,
          fee);
    }
    return List.of(
        rows.table(
            "equipment",
            List.of(
                new Column(Values.pick(r, "使用施設・設備", "施設・設備名", "設備名"), "item", false),
                new Column("数量", "quantity", true),
                new Column(Values.pick(r, "使用料", "使用料（円）"), "fee", true)),
            List.of(new Labelled("feeTotal", "合計", String.format("%,d", total), total))));
  }

  /**
   * 国民健康保険 高額療養費支給申請書: a third form nobody tuned on (its recipe came before, its template after the
   * fields code froze): an insured number, the householder and the patient, a table of the month's
   * medical bills with a total, a two-way account kind, the bank account and two check boxes.
   */
  public static ContentGenerator medicalRefundApplication() {
    return FormRecipe.of(
            MEDICAL_REFUND_APPLICATION, "国民健康保険高額療養費支給申請書", "高額療養費支給申請書", "高額療養費 支給申請書")
        .line(MAYOR + " 様")
        .field("applicationDate", Values::date, "申請日", "申請年月日", "提出日")
        .field(
            "insuredNumber",
            r -> Value.text(String.valueOf(10_000_000 + r.nextInt(90_000_000))),
            "被保険者番号",
            "保険証番号",
            "記号番号")
        .field("householderName", Values::personName, "世帯主氏名", "申請者氏名")
        .field("address", Values::address, "住所", "世帯主住所")
        .field("phone", r -> phone(Values.phone(r)), "電話番号", "日中の連絡先")
        .field("patientName", Values::personName, "療養を受けた方", "受診者氏名", "受診者")
        .add(OfficeForms::medicalBills)
        .choice("accountKind", "預金種別", "普通", "当座")
        .field(
            "bankName",
            r ->
                Value.text(
                    Values.pick(r, "みどり銀行", "さくら信用金庫", "ひがし農業協同組合")
                        + " "
                        + Values.pick(r, "本店", "駅前支店", "中央支店")),
            "金融機関名",
            "振込先金融機関")
        .field(
            "accountNumber",
            r -> Value.text(String.valueOf(1_000_000 + r.nextInt(9_000_000))),
            "口座番号")
        .checkbox("delegation", "支給金の受領を世帯主以外に委任する")
        .checkbox("incomeConsent", "所得の調査に同意します")
        .paragraph("上記のとおり高額療養費の支給を申請します。領収書の写しを添付します。");
  }

  /**
   * 犬の登録申請書: a fourth form nobody tuned on (its recipe came before, its template after the fields
   * code froze): the owner, the dog (name in kana, breed, coat, sex as a choice, birth date), a
   * table of rabies shots (date, tag number, animal hospital) and two check boxes.
   */
  public static ContentGenerator dogRegistration() {
    return FormRecipe.of(DOG_REGISTRATION, "犬の登録申請書", "畜犬登録申請書", "犬の登録 申請書")
        .line(MAYOR + " 様")
        .field("applicationDate", Values::date, "申請日", "届出日", "申請年月日")
        .field("ownerName", Values::personName, "所有者氏名", "飼い主氏名", "氏名")
        .field("address", Values::address, "所有者住所", "住所", "飼養場所")
        .field("phone", r -> phone(Values.phone(r)), "電話番号", "連絡先")
        .field("dogName", r -> Value.text(Values.pick(r, DOG_NAMES)), "犬の名前", "犬名", "呼び名")
        .field("breed", r -> Value.text(Values.pick(r, BREEDS)), "犬種", "種類")
        .field("coat", r -> Value.text(Values.pick(r, COATS)), "毛色", "毛の色")
        .choice("sex", "性別", "オス", "メス")
        .field(
            "dogBirthDate", r -> Values.date(r, Values.birthDate(r, 2010, 2025)), "生年月日", "犬の生年月日")
        .add(OfficeForms::rabiesShots)
        .checkbox("neutered", "不妊・去勢手術済み")
        .checkbox("movedIn", "他の市区町村からの転入")
        .paragraph("上記のとおり犬の登録を申請します。", "狂犬病予防法第4条の規定により、犬の登録を申請します。");
  }

  /**
   * 住民票の写し等交付請求書: a fifth form nobody tuned on (its recipe came before, its template after the
   * fields code froze): who asks, for which household, how many copies, what the copy shows (check
   * boxes), the purpose and the scope as choices, and the people wanted as a table.
   */
  public static ContentGenerator residenceCertificateRequest() {
    return FormRecipe.of(RESIDENCE_CERTIFICATE_REQUEST, "住民票の写し等交付請求書", "住民票交付請求書", "住民票の写し 交付請求書")
        .line(MAYOR + " 様", "みどり市長 あて")
        .field("requestDate", Values::date, "請求日", "請求年月日", "申請日")
        .field("requesterName", Values::personName, "請求者氏名", "窓口に来た方の氏名", "氏名")
        .field("requesterAddress", Values::address, "請求者住所", "住所")
        .field("phone", r -> phone(Values.phone(r)), "電話番号", "日中の連絡先")
        .field("householder", Values::personName, "世帯主氏名", "世帯主")
        .choice("scope", "請求の範囲", "世帯全員", "世帯の一部")
        .add(OfficeForms::peopleWanted)
        .field("copies", OfficeForms::copies, "通数", "必要な通数")
        .checkbox("withDomicile", "本籍・筆頭者の記載")
        .checkbox("withRelationship", "世帯主との続柄の記載")
        .choice("purpose", "使用目的", "年金手続", "自動車登録", "その他")
        .paragraph("上記のとおり住民票の写しの交付を請求します。", "請求者本人であることを確認できる書類を提示してください。");
  }

  /**
   * 介護保険 要介護認定申請書: a sixth form nobody tuned on (its recipe came before, its template after the
   * fields code froze): the insured person (number, name, birth date, sex), the kind of
   * application, the family doctor and clinic, two check boxes and a table of people to contact.
   */
  public static ContentGenerator careNeedsApplication() {
    return FormRecipe.of(CARE_NEEDS_APPLICATION, "介護保険 要介護認定申請書", "要介護認定・要支援認定申請書", "要介護認定申請書")
        .line(MAYOR + " 様", "みどり市介護保険課 あて")
        .field("applicationDate", Values::date, "申請日", "申請年月日", "届出日")
        .field("insuredNumber", OfficeForms::insuredNumber, "被保険者番号", "介護保険被保険者番号")
        .field("insuredName", Values::personName, "被保険者氏名", "氏名", "申請者氏名")
        .field(
            "birthDate", r -> Values.date(r, Values.birthDate(r, 1927, 1960)), "生年月日", "被保険者の生年月日")
        .choice("sex", "性別", "男", "女")
        .field("address", Values::address, "住所", "被保険者住所", "居住地")
        .field("phone", r -> phone(Values.phone(r)), "電話番号", "連絡先電話")
        .choice("applicationKind", "申請区分", "新規", "更新", "区分変更")
        .field("doctorName", Values::personName, "主治医氏名", "主治医", "かかりつけ医")
        .field("clinic", r -> Value.text(Values.pick(r, CLINICS)), "医療機関名", "主治医の医療機関")
        .checkbox("inHospital", "現在、入院・入所している")
        .checkbox("shareResults", "認定結果を担当の介護支援専門員に提供することに同意する")
        .add(OfficeForms::contacts)
        .paragraph("上記のとおり要介護認定を申請します。", "介護保険法第27条の規定により、要介護認定を申請します。");
  }

  /**
   * 住民異動届: a seventh form nobody tuned on (its recipe came before, its template after the fields
   * code froze): the kind of move, the move and notification dates, the new and the former address
   * (two addresses whose labels differ by a word), the householder and who notifies, a table of the
   * people moving with birth date, sex and relationship, and two check boxes for the procedures
   * that follow.
   */
  public static ContentGenerator residentMoveNotification() {
    return FormRecipe.of(RESIDENT_MOVE_NOTIFICATION, "住民異動届", "住民異動届出書", "転入・転居届")
        .line(MAYOR + " 様", "みどり市市民課 あて")
        .field("notificationDate", Values::date, "届出日", "届出年月日", "提出日")
        .choice("moveKind", "異動の種別", "転入", "転居", "世帯変更")
        .field("moveDate", Values::date, "異動日", "異動年月日", "住み始めた日")
        .field("newAddress", Values::address, "新住所", "新しい住所", "異動後の住所")
        .field("previousAddress", Values::address, "旧住所", "前住所", "従前の住所")
        .field("householder", Values::personName, "世帯主氏名", "新しい世帯主")
        .field("notifierName", Values::personName, "届出人氏名", "届出人", "窓口に来た方の氏名")
        .field("phone", r -> phone(Values.phone(r)), "電話番号", "日中の連絡先", "連絡先")
        .add(OfficeForms::peopleMoving)
        .checkbox("healthInsurance", "国民健康保険の手続きを希望する")
        .checkbox("childAllowance", "児童手当・医療費助成の手続きがある")
        .paragraph("上記のとおり届け出ます。", "住民基本台帳法の規定により、上記のとおり異動を届け出ます。");
  }

  /** The people who move: name, birth date, sex, relationship to the householder. */
  private static List<Element> peopleMoving(Random r) {
    TableRows rows = new TableRows();
    int count = 1 + r.nextInt(4);
    for (int i = 0; i < count; i++) {
      Value name = Values.personName(r);
      Value born = Values.date(r, Values.birthDate(r, 1940, 2025));
      String sex = Values.pick(r, "男", "女");
      String relation = i == 0 ? "世帯主" : Values.pick(r, "妻", "夫", "子", "長男", "長女", "母", "父", "同居人");
      rows.add(
          List.of(name.printed(), born.printed(), sex, relation),
          name.expected(),
          born.expected(),
          sex,
          relation);
    }
    return List.of(
        rows.table(
            "movers",
            List.of(
                new Column(Values.pick(r, "異動する人の氏名", "氏名"), "name", false),
                new Column("生年月日", "birthDate", false),
                new Column("性別", "sex", false),
                new Column(Values.pick(r, "続柄", "世帯主との続柄"), "relationship", false)),
            List.of()));
  }

  /**
   * 児童手当 認定請求書: an eighth form nobody tuned on (its recipe came before, its template after the
   * fields code froze): who claims (name, birth date, address, phone), whether there is a spouse,
   * the bank account the allowance goes to (bank, account kind, number), a check box, and a table
   * of the children claimed for with birth date, relationship and whether they live with the
   * claimant.
   */
  public static ContentGenerator childAllowanceClaim() {
    return FormRecipe.of(CHILD_ALLOWANCE_CLAIM, "児童手当認定請求書", "児童手当 認定請求書", "認定請求書（児童手当）")
        .line(MAYOR + " 様", "みどり市こども家庭課 あて")
        .field("claimDate", Values::date, "請求日", "請求年月日", "記入日")
        .field("claimantName", Values::personName, "請求者氏名", "請求者", "受給者氏名")
        .field(
            "claimantBirthDate",
            r -> Values.date(r, Values.birthDate(r, 1965, 2004)),
            "請求者の生年月日",
            "本人の生年月日")
        .field("address", Values::address, "住所", "現住所", "請求者住所")
        .field("phone", r -> phone(Values.phone(r)), "電話番号", "連絡先", "日中の連絡先")
        .choice("spouse", "配偶者の有無", "有", "無")
        .field("bankName", r -> Value.text(Values.pick(r, BANKS)), "金融機関名", "振込先金融機関")
        .choice("accountKind", "預金種目", "普通", "当座")
        .field("accountNumber", OfficeForms::accountNumber, "口座番号", "振込先口座番号")
        .checkbox("publicServant", "請求者は公務員である")
        .add(OfficeForms::childrenClaimed)
        .paragraph("上記のとおり児童手当の認定を請求します。", "児童手当法第7条の規定により、上記のとおり認定を請求します。");
  }

  private static final List<String> BANKS =
      List.of("みどり信用金庫 本店", "東西銀行 中央支店", "さくら農業協同組合", "ひかり銀行 駅前支店", "青葉信用組合 北支店");

  private static Value accountNumber(Random r) {
    String number = String.format("%07d", r.nextInt(10_000_000));
    return new Value(number, number);
  }

  /** The children claimed for: name, birth date, relationship, living together or apart. */
  private static List<Element> childrenClaimed(Random r) {
    TableRows rows = new TableRows();
    int count = 1 + r.nextInt(3);
    for (int i = 0; i < count; i++) {
      Value name = Values.personName(r);
      Value born = Values.date(r, Values.birthDate(r, 2008, 2025));
      String relation = Values.pick(r, "長男", "長女", "二男", "二女", "子", "孫");
      String living = Values.pick(r, "同居", "別居");
      rows.add(
          List.of(name.printed(), born.printed(), relation, living),
          name.expected(),
          born.expected(),
          relation,
          living);
    }
    return List.of(
        rows.table(
            "children",
            List.of(
                new Column(Values.pick(r, "児童の氏名", "氏名"), "name", false),
                new Column("生年月日", "birthDate", false),
                new Column("続柄", "relationship", false),
                new Column(Values.pick(r, "同居・別居", "同別居の別"), "living", false)),
            List.of()));
  }

  private static Value insuredNumber(Random r) {
    String number = String.format("%010d", 1 + r.nextInt(999_999_999));
    return new Value(number, number);
  }

  /** Family to contact about the visit: name, relationship, phone. */
  private static List<Element> contacts(Random r) {
    TableRows rows = new TableRows();
    int count = 1 + r.nextInt(2);
    for (int i = 0; i < count; i++) {
      Value name = Values.personName(r);
      String relation = Values.pick(r, "妻", "夫", "長男", "長女", "次男", "次女", "嫁", "孫");
      String phone = Values.phone(r);
      rows.add(List.of(name.printed(), relation, phone), name.expected(), relation, phone);
    }
    return List.of(
        rows.table(
            "contacts",
            List.of(
                new Column(Values.pick(r, "連絡先氏名", "家族氏名", "氏名"), "name", false),
                new Column("続柄", "relationship", false),
                new Column(Values.pick(r, "電話", "連絡先"), "phone", false)),
            List.of()));
  }

  private static Value copies(Random r) {
    long copies = 1 + r.nextInt(5);
    return new Value(String.valueOf(copies), copies);
  }

  /** The people the copy is for: name, birth date, relationship to the householder. */
  private static List<Element> peopleWanted(Random r) {
    TableRows rows = new TableRows();
    int count = 1 + r.nextInt(3);
    for (int i = 0; i < count; i++) {
      Value name = Values.personName(r);
      Value born = Values.date(r, Values.birthDate(r, 1940, 2024));
      String relation =
          i == 0
              ? Values.pick(r, "本人", "世帯主")
              : Values.pick(r, "妻", "夫", "長男", "長女", "次男", "母", "父");
      addPerson(rows, name, born, relation);
    }
    return List.of(
        rows.table(
            "people",
            List.of(
                new Column(Values.pick(r, "必要な方の氏名", "氏名"), "name", false),
                new Column("生年月日", "birthDate", false),
                new Column(Values.pick(r, "続柄", "世帯主との続柄"), "relationship", false)),
            List.of()));
  }

  /** A row of a people table: name, birth date, relationship, as printed and as expected. */
  private static void addPerson(TableRows rows, Value name, Value born, String relation) {
    rows.add(
        List.of(name.printed(), born.printed(), relation),
        name.expected(),
        born.expected(),
        relation);
  }

  private static final List<String> DOG_NAMES =
      List.of("ポチ", "モモ", "ハナ", "コタロウ", "さくら", "チョコ", "マロン", "ソラ", "ココ", "はるまる", "レオ", "きなこ");
  private static final List<String> BREEDS =
      List.of("柴犬", "トイ・プードル", "ミニチュア・ダックスフンド", "チワワ", "ゴールデン・レトリーバー", "雑種", "秋田犬", "ポメラニアン");
  private static final List<String> COATS =
      List.of("茶", "白", "黒", "茶白", "黒白", "クリーム", "赤", "ブラックタン");
  private static final List<String> ANIMAL_HOSPITALS =
      List.of("みどり動物病院", "さくらペットクリニック", "ひがし犬猫病院", "中央どうぶつ病院", "あおば獣医科医院");

  /** The rabies shots of the last years: date, tag number, animal hospital. */
  private static List<Element> rabiesShots(Random r) {
    int count = 1 + r.nextInt(3);
    LocalDate last = Values.day(r);
    TableRows rows = new TableRows();
    for (int i = count - 1; i >= 0; i--) {
      LocalDate shot = last.minusYears(i).minusDays(r.nextInt(20));
      Value printed = Values.date(r, shot);
      long tag = 100 + r.nextInt(9_900);
      String hospital = Values.pick(r, ANIMAL_HOSPITALS);
      rows.add(
          List.of(printed.printed(), String.valueOf(tag), hospital),
          printed.expected(),
          tag,
          hospital);
    }
    return List.of(
        rows.table(
            "shots",
            List.of(
                new Column(Values.pick(r, "注射年月日", "接種日"), "date", false),
                new Column(Values.pick(r, "注射済票番号", "済票番号"), "tag", true),
                new Column(Values.pick(r, "動物病院名", "実施機関"), "hospital", false)),
            List.of()));
  }

  private static final List<String> CLINICS =
      List.of("みどり市民病院", "さくら内科クリニック", "ひがし整形外科", "中央歯科医院", "あおば調剤薬局", "みなと眼科");

  /** The month's bills per clinic (入院 or 外来) with what was paid, then 合計. */
  private static List<Element> medicalBills(Random r) {
    List<String> clinics = new ArrayList<>(CLINICS);
    java.util.Collections.shuffle(clinics, r);
    int count = 1 + r.nextInt(4);
    TableRows rows = new TableRows();
    long total = 0;
    for (int i = 0; i < count; i++) {
      String kind = r.nextInt(3) == 0 ? "入院" : "外来";
      long paid = Values.amount(r, 1_000, "入院".equals(kind) ? 250_000 : 60_000, 10);
      total += paid;
      rows.add(
          List.of(clinics.get(i), kind, String.format("%,d", paid)), clinics.get(i), kind, paid);
    }
    return List.of(
        rows.table(
            "bills",
            List.of(
                new Column(Values.pick(r, "医療機関名", "医療機関等の名称", "病院・薬局名"), "clinic", false),
                new Column(Values.pick(r, "区分", "入院・外来"), "kind", false),
                new Column(Values.pick(r, "支払額", "自己負担額", "支払額（円）"), "paid", true)),
            List.of(
                new Labelled(
                    "billTotal",
                    Values.pick(r, "合計", "支払額合計"),
                    String.format("%,d", total),
                    total))));
  }

  private static Value phone(String printed) {
    return new Value(printed, printed);
  }

  private static List<Element> pupils(Random r) {
    TableRows rows = new TableRows();
    int count = 1 + r.nextInt(3);
    for (int i = 0; i < count; i++) {
      Value name = Values.personName(r);
      String school = Values.pick(r, "みどり小学校", "さくら小学校", "みどり中学校", "ひがし中学校");
      long grade = 1 + r.nextInt(6);
      rows.add(List.of(name.printed(), school, grade + "年"), name.expected(), school, grade);
    }
    return List.of(
        rows.table(
            "pupils",
            List.of(
                new Column(Values.pick(r, "児童生徒氏名", "氏名"), "name", false),
                new Column("学校名", "school", false),
                new Column("学年", "grade", true)),
            List.of()));
  }

  private static List<Element> children(Random r) {
    TableRows rows = new TableRows();
    int count = 1 + r.nextInt(4);
    for (int i = 0; i < count; i++) {
      Value name = Values.personName(r);
      Value born = Values.date(r, Values.birthDate(r, 2008, 2025));
      String relation = Values.pick(r, "長男", "長女", "次男", "次女", "三男", "三女");
      addPerson(rows, name, born, relation);
    }
    return List.of(
        rows.table(
            "children",
            List.of(
                new Column(Values.pick(r, "氏名", "児童氏名"), "name", false),
                new Column("生年月日", "birthDate", false),
                new Column("続柄", "relationship", false)),
            List.of()));
  }
}
