package jp.gyomu.testdocs;

import java.util.List;

/**
 * What a generated test document says: a title, a table of labelled fields and paragraphs of
 * running text. One preset per business form; new forms are new data, not new drawing code.
 *
 * @param title drawn centred at the top
 * @param fields label/value rows of the form's table, top to bottom
 * @param paragraphs running text below the table, wrapped to the page width
 */
public record FormSpec(String title, List<Field> fields, List<String> paragraphs) {

  /** One row of the form: the printed label and the value filled in. */
  public record Field(String label, String value) {}

  public static FormSpec travelExpense() {
    return new FormSpec(
        "旅費精算書",
        List.of(
            new Field("申請日", "令和6年4月1日"),
            new Field("氏名", "山田 太郎"),
            new Field("所属", "総務部 総務課"),
            new Field("出張先", "東京都庁"),
            new Field("用務", "全国自治体DX推進会議への出席"),
            new Field("出張期間", "令和6年3月25日から令和6年3月26日まで"),
            new Field("金額", "12,345円")),
        List.of(
            "上記のとおり旅費を精算したいので、領収書を添えて申請します。交通費は新幹線の普通車指定席の料金、" + "宿泊費は旅費規程に定める上限額の範囲内で計上しています。",
            "なお、出張先での打合せ内容については、別紙の復命書により報告します。"));
  }

  public static FormSpec invoice() {
    return new FormSpec(
        "請求書",
        List.of(
            new Field("請求日", "令和6年4月30日"),
            new Field("請求書番号", "INV-2024-0042"),
            new Field("発行者", "株式会社みどり情報サービス"),
            new Field("宛先", "みどり市役所 財政課 御中"),
            new Field("件名", "文書管理システム保守費用（4月分）"),
            new Field("金額", "¥12,345"),
            new Field("支払期限", "令和6年5月31日"),
            new Field("振込先", "みどり銀行 本店営業部 普通 1234567")),
        List.of(
            "下記のとおりご請求申し上げます。お支払いは上記の支払期限までに指定の口座へお振り込みください。" + "振込手数料は貴庁にてご負担くださいますようお願い申し上げます。"));
  }

  public static FormSpec subsidyApplication() {
    return new FormSpec(
        "補助金交付申請書",
        List.of(
            new Field("申請日", "令和6年6月10日"),
            new Field("申請者", "株式会社山田製作所"),
            new Field("代表者", "代表取締役 山田 花子"),
            new Field("所在地", "東京都千代田区霞が関1-2-3"),
            new Field("事業名", "省エネルギー設備導入事業"),
            new Field("交付申請額", "1,250,000円"),
            new Field("担当者", "鈴木 一郎（電話 03-1234-5678）")),
        List.of(
            "みどり市中小企業省エネルギー設備導入補助金交付要綱第5条の規定により、" + "下記のとおり補助金の交付を申請します。",
            "本事業では、工場内の照明をすべて発光ダイオード照明に更新し、あわせて高効率の空調設備を導入する" + "ことにより、年間の電力使用量を約三割削減することを目指します。"));
  }

  public static FormSpec englishInvoice() {
    return new FormSpec(
        "INVOICE",
        List.of(
            new Field("Date", "April 30, 2024"),
            new Field("Invoice No.", "INV-2024-0042"),
            new Field("Bill to", "City of Midori, Finance Division"),
            new Field("Subject", "Document management maintenance (April)"),
            new Field("Amount", "USD 1,234.50"),
            new Field("Due date", "May 31, 2024")),
        List.of(
            "Please transfer the amount above to our account by the due date. Bank charges are"
                + " to be paid by the sender. Thank you for your continued business."));
  }
}
