package jp.gyomu.fields.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.gyomu.fields.FieldDefinition;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.fields.FieldTemplateLoader;
import jp.gyomu.fields.FieldType;
import jp.gyomu.ocr.OcrWord;
import jp.gyomu.ocr.PageText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Proposals from pages whose words are known exactly (no OCR): what is a label, what a value. */
class FormProposerTest {

  private static final int H = 40; // text height in pixels

  /** Words of one row: text and left edge, pairs. */
  private static List<OcrWord> row(int y, Object... textsAndXs) {
    List<OcrWord> words = new ArrayList<>();
    for (int i = 0; i < textsAndXs.length; i += 2) {
      String text = (String) textsAndXs[i];
      int x = (Integer) textsAndXs[i + 1];
      words.add(new OcrWord(text, 90, new Rectangle(x, y, text.length() * H, H)));
    }
    return words;
  }

  private static PageText page(List<List<OcrWord>> rows) {
    List<OcrWord> words = rows.stream().flatMap(List::stream).toList();
    return new PageText("", words, 90, 2480, 3508, 300, 0, 0, "jpn");
  }

  private static List<OcrWord> title(int dx, int dy) {
    return List.of(new OcrWord("施設利用申込書", 95, new Rectangle(800 + dx, 200 + dy, 7 * 70, 70)));
  }

  @Test
  void labelsAndTheValuesBesideOrUnderThemBecomeTypedFieldsNamedInRomaji() {
    PageText page =
        page(
            List.of(
                title(0, 0),
                row(400, "申込日：", 200, "令和6年5月1日", 200 + 4 * H),
                row(500, "団体名", 200, "みどり市民合唱団", 1000),
                row(600, "使用料", 200, "¥4,500", 1000),
                row(700, "電話番号", 200),
                row(760, "03-1234-5678", 200)));

    Proposal proposal = FormProposer.propose(page, null, Optional.empty());

    assertThat(proposal.nameJa()).isEqualTo("施設利用申込書");
    assertThat(proposal.keywords()).containsExactly("施設利用申込書");
    assertThat(proposal.id()).isEqualTo("shisetsu-riyo-moshikomisho");
    assertThat(proposal.fields())
        .extracting(Proposal.Field::name, Proposal.Field::label, Proposal.Field::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("moshikomiBi", "申込日", FieldType.DATE),
            org.assertj.core.groups.Tuple.tuple("dantaiMei", "団体名", FieldType.TEXT),
            org.assertj.core.groups.Tuple.tuple("shiyoryo", "使用料", FieldType.AMOUNT),
            org.assertj.core.groups.Tuple.tuple("denwaBango", "電話番号", FieldType.PHONE));
    assertThat(proposal.fields()).allMatch(Proposal.Field::required);
  }

  @Test
  void theProposedYamlLoadsWithTheTemplateLoaderAsItIs(@TempDir Path folder) throws Exception {
    PageText page =
        page(
            List.of(
                title(0, 0),
                row(400, "申込日：", 200, "令和6年5月1日", 200 + 4 * H),
                row(500, "品名", 200, "数量", 1000, "金額", 1900),
                row(560, "コピー用紙", 200, "3", 1000, "3,600", 1900),
                row(620, "トナー", 200, "1", 1000, "8,000", 1900),
                row(700, "配偶者", 200, "■", 1000, "有", 1000 + H + 10, "□", 1300, "無", 1300 + H + 10),
                row(800, "令和6年5月2日", 1800)));
    Proposal proposal = FormProposer.propose(page, null, Optional.empty());
    Path file = folder.resolve(proposal.id() + FieldTemplateLoader.SUFFIX);
    Files.writeString(file, TemplateYaml.yaml(TemplateYaml.definition(proposal)));

    FieldTemplate template = FieldTemplateLoader.load(file);

    assertThat(template.nameJa()).isEqualTo("施設利用申込書");
    assertThat(template.titleKeywords()).containsExactly("施設利用申込書");
    assertThat(template.fields())
        .extracting(FieldDefinition::name, FieldDefinition::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("moshikomiBi", FieldType.DATE),
            org.assertj.core.groups.Tuple.tuple("meisai", FieldType.TABLE),
            org.assertj.core.groups.Tuple.tuple("haigusha", FieldType.CHOICE),
            org.assertj.core.groups.Tuple.tuple("hizuke", FieldType.DATE));
    assertThat(template.fields().get(1).columns())
        .extracting(c -> c.name())
        .containsExactly("hinmei", "suryo", "kingaku");
    assertThat(template.fields().get(2).options()).containsExactly("有", "無");
    assertThat(template.fields().get(3).zone())
        .as("an unlabelled date is looked for where it was")
        .isNotNull();
  }

  @Test
  void withTheBlankFormAValueThatLooksLikeALabelIsStillAValue() {
    List<List<OcrWord>> filled =
        List.of(title(0, 0), row(400, "預金種目", 200, "普通", 1000), row(500, "団体名", 200, "みどり", 1000));
    // the blank was scanned 30 px right and 12 px lower
    List<List<OcrWord>> blank = List.of(title(30, 12), row(412, "預金種目", 230), row(512, "団体名", 230));

    Proposal without = FormProposer.propose(page(filled), null, Optional.empty());
    Proposal with = FormProposer.propose(page(filled), null, Optional.of(page(blank)));

    assertThat(without.fields()).extracting(Proposal.Field::label).containsExactly("団体名");
    assertThat(with.fields()).extracting(Proposal.Field::label).containsExactly("預金種目", "団体名");
  }

  @Test
  void aHeaderRowWithRowsUnderItsColumnsIsATable() {
    PageText page =
        page(
            List.of(
                title(0, 0),
                row(500, "品名", 200, "数量", 1000, "単価", 1400, "金額", 1900),
                row(560, "コピー用紙", 200, "3", 1000, "1,200", 1400, "3,600", 1900),
                row(620, "トナー", 200, "1", 1000, "8,000", 1400, "8,000", 1900),
                row(760, "小計", 1400, "11,600", 1900)));

    Proposal proposal = FormProposer.propose(page, null, Optional.empty());

    Proposal.Field table = proposal.fields().get(0);
    assertThat(table.type()).isEqualTo(FieldType.TABLE);
    assertThat(table.columns())
        .extracting(Proposal.Column::label, Proposal.Column::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("品名", FieldType.TEXT),
            org.assertj.core.groups.Tuple.tuple("数量", FieldType.NUMBER),
            org.assertj.core.groups.Tuple.tuple("単価", FieldType.AMOUNT),
            org.assertj.core.groups.Tuple.tuple("金額", FieldType.AMOUNT));
    assertThat(proposal.fields().get(1).label()).isEqualTo("小計");
    assertThat(proposal.fields().get(1).type()).isEqualTo(FieldType.AMOUNT);
  }

  @Test
  void boxGlyphsBeforeOptionsAfterALabelAreAChoiceAndABoxBeforeATextIsACheckBox() {
    PageText page =
        page(
            List.of(
                title(0, 0),
                row(500, "配偶者", 200, "■", 1000, "有", 1000 + H + 10, "□", 1300, "無", 1300 + H + 10),
                row(600, "☑", 200, "所得の申告をしている", 200 + H + 10)));

    Proposal proposal = FormProposer.propose(page, null, Optional.empty());

    assertThat(proposal.fields())
        .extracting(Proposal.Field::label, Proposal.Field::type, Proposal.Field::options)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("配偶者", FieldType.CHOICE, List.of("有", "無")),
            org.assertj.core.groups.Tuple.tuple("所得の申告をしている", FieldType.CHECKBOX, List.of()));
  }

  @ParameterizedTest
  @CsvSource({
    "令和6年5月1日, date",
    "R6.5.1, date",
    "2024/05/01, date",
    "平成31年4月30日（火）, date",
    "'¥1,250,000', amount",
    "4500円, amount",
    "'12,000', amount",
    "3, number",
    "2年, number",
    "03-1234-5678, phone",
    "090-1234-5678, phone",
    "〒123-4567, postalCode",
    "T1234567890123, text",
    "みどり市中央1-2-3, text",
    "山田 太郎, text"
  })
  void valuesAreTypedByWhatTheyLookLike(String printed, String type) {
    assertThat(ValueKinds.of(printed).id()).isEqualTo(type);
  }

  @ParameterizedTest
  @CsvSource({
    "申請日, shinseiBi",
    "電話番号, denwaBango",
    "保護者氏名, hogoshaShimei",
    "ふりがな, furigana",
    "チェック, chekku",
    "TEL, tel"
  })
  void labelsAreNamedInRomajiCamelCase(String label, String name) {
    assertThat(Romaji.camelCase(label)).hasValue(name);
  }

  @Test
  void aLabelOfUnlistedKanjiGetsNoRomaji() {
    assertThat(Romaji.camelCase("鬱蒼麒麟")).isEmpty();
  }
}
