package jp.gyomu.testdocs.forms;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.gyomu.testdocs.TestDocument;
import jp.gyomu.testdocs.forms.FormContent.CheckBox;
import jp.gyomu.testdocs.forms.FormContent.Labelled;
import jp.gyomu.testdocs.forms.LayoutStyle.Placement;

/**
 * Filled copies of one office's own form ({@link FormInstances}: the same layout and labels on
 * every copy, only what the applicant wrote differs), as the studio gets a sample and more scans,
 * with the values a reader should get by the label printed beside them.
 */
public final class OfficeCopies {

  private OfficeCopies() {}

  /** 畜犬登録申請書: a form Gyomu ships no template for; one spelling per label, 14 fields. */
  public static ContentGenerator dogRegistration() {
    return FormRecipe.of("dog-registration", "畜犬登録申請書")
        .line("みどり市長 様")
        .field("applicationDate", Values::date, "申請日")
        .field("ownerName", Values::personName, "所有者氏名")
        .field("address", Values::address, "住所")
        .field("phone", r -> Value.text(Values.phone(r)), "電話番号")
        .field(
            "dogName",
            r -> Value.text(Values.pick(r, "ポチ", "ハナ", "モモ", "コタロウ", "サクラ", "ソラ")),
            "犬の名前")
        .field("breed", r -> Value.text(Values.pick(r, "柴犬", "秋田犬", "雑種", "トイプードル")), "犬の種類")
        .field("colour", r -> Value.text(Values.pick(r, "白", "黒", "茶", "白黒")), "毛色")
        .field("sex", r -> Value.text(Values.pick(r, "オス", "メス")), "性別")
        .field("dogBirthDate", r -> Values.date(r, Values.birthDate(r, 2015, 2025)), "犬の生年月日")
        .field("keptAt", Values::address, "飼養場所")
        .field("fee", r -> Values.yen(r, 3000), "手数料")
        .field("vet", r -> Value.text(Values.pick(r, "みどり動物病院", "さくら獣医科", "ひがし動物クリニック")), "動物病院名")
        .checkbox("rabiesShot", "狂犬病予防注射を受けさせます")
        .checkbox("microchip", "マイクロチップを装着しています")
        .paragraph("上記のとおり犬の登録を申請します。");
  }

  /**
   * A layout seed from {@code seed} onwards whose form is printed as most office forms are: one
   * field per row in ruled label and value cells, in a readable size.
   */
  public static long ruledLayout(ContentGenerator form, long seed) {
    for (long s = seed; ; s++) {
      LayoutStyle style = FormInstances.filled(form, s, s, PageVariant.CLEAN).layout();
      if (style.placement() == Placement.RULED_TABLE
          && style.gridColumns() == 1
          && style.bodyPoints() >= 10.5) {
        return s;
      }
    }
  }

  /** Another applicant's copy of the form printed with {@code layoutSeed}. */
  public static Copy copy(
      ContentGenerator form, long layoutSeed, long copySeed, PageVariant variant) {
    GeneratedForm filled = FormInstances.filled(form, layoutSeed, copySeed, variant);
    return new Copy(filled.content(), filled.document());
  }

  /** A copy's content and page. */
  public record Copy(FormContent content, TestDocument document) {

    /** What a reader should get, by the label printed beside it. */
    public Map<String, Object> expectedByLabel() {
      Map<String, Object> byLabel = new LinkedHashMap<>();
      for (var element : content.elements()) {
        if (element instanceof Labelled l && l.field() != null) {
          byLabel.put(l.label(), l.expected());
        } else if (element instanceof CheckBox c) {
          byLabel.put(c.label(), c.checked());
        }
      }
      return byLabel;
    }
  }
}
