package jp.gyomu.testdocs.forms;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import jp.gyomu.testdocs.ScanDegradation;
import jp.gyomu.testdocs.ScanVariant;
import jp.gyomu.testdocs.TestDocument;
import jp.gyomu.testdocs.forms.FormContent.CheckBox;
import jp.gyomu.testdocs.forms.FormContent.Labelled;
import jp.gyomu.testdocs.forms.LayoutStyle.Placement;

/**
 * Filled copies of one office's own form: unlike {@link GeneratedForms}, which draws a new layout
 * and label spellings per seed, every copy here has the same layout and labels and only what the
 * applicant wrote differs, as when the studio gets a sample and more scans of the same form.
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
   * One filled copy.
   *
   * @param layoutSeed the form's layout (the same for every copy of the form)
   * @param copySeed what is written on this copy, and how it was scanned
   */
  public static Copy copy(
      ContentGenerator form, long layoutSeed, long copySeed, PageVariant variant) {
    FormContent content = form.generate(new Random(copySeed * 7919 + 1));
    LayoutStyle layout = plainLayout(layoutSeed);
    ScanVariant scan = variant.draw(new Random(copySeed * 7919 + 2));
    FormRenderer.Result page = FormRenderer.render(content, layout, scan.dpi(), new Random(3));
    var image = ScanDegradation.apply(page.image(), scan, new Random(copySeed * 7919 + 4));
    return new Copy(content, new TestDocument(image, scan.dpi(), page.texts()));
  }

  /**
   * A layout drawn from {@code seed} onwards whose fields keep their order, one per row in ruled
   * label and value cells: what a printed office form looks like.
   */
  static LayoutStyle plainLayout(long seed) {
    for (long s = seed; ; s++) {
      LayoutStyle style = LayoutStyle.random(new Random(s));
      if (!style.shuffleFields()
          && style.placement() == Placement.RULED_TABLE
          && style.gridColumns() == 1
          && style.bodyPoints() >= 10.5) {
        return style;
      }
    }
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
