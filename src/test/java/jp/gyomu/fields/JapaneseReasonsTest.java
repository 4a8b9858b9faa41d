package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import jp.gyomu.reasons.Reason;
import jp.gyomu.reasons.Reasons;
import org.junit.jupiter.api.Test;

/**
 * What a Japanese reader sees when a value is missing or odd: every reason the normalisers give is
 * a typed reason whose Japanese text has Japanese in it, never an English sentence.
 */
class JapaneseReasonsTest {

  static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

  static final List<String> ODD_TEXTS =
      List.of(
          "",
          "  ",
          "abc",
          "1.250,5",
          "12,34,567",
          "12.5",
          "123456789012345678901",
          "令和0年1月1日",
          "平成31年5月3日",
          "令和2年13月1日",
          "令和2年2月30日",
          "明治1年1月1日",
          "T1234567890123",
          "T12",
          "03-12",
          "〒12-34",
          "maybe");

  /**
   * Pages of every shipped document type with labels but odd, unsure or no values, and a page with
   * nothing on it: each field the extractor reads from them that needs a word of explanation gives
   * it in Japanese.
   */
  @Test
  void everyReasonTheExtractorGivesOnOddPagesOfEveryShippedTypeReadsInJapanese() throws Exception {
    List<Path> templates;
    try (var files = Files.list(Path.of("processes"))) {
      templates = files.filter(f -> f.toString().endsWith(FieldTemplateLoader.SUFFIX)).toList();
    }
    assertThat(templates).hasSizeGreaterThanOrEqualTo(3);
    int reasons = 0;
    for (Path file : templates) {
      FieldTemplate template = FieldTemplateLoader.load(file);
      List<TestPages> pages = new ArrayList<>();
      pages.add(TestPages.page().row(100, TestPages.at(100, "?")));
      TestPages odd = TestPages.page();
      TestPages unsure = TestPages.page();
      int y = 100;
      for (FieldDefinition field : template.fields()) {
        String label = field.anchors().get(0);
        odd.row(
            y,
            TestPages.at(100, label),
            TestPages.at(600, ODD_VALUES.get(y / 100 % ODD_VALUES.size())));
        unsure.row(y, TestPages.at(100, label), TestPages.at(600, "12,800円", 20f));
        y += 100;
      }
      pages.add(odd);
      pages.add(unsure);
      for (TestPages page : pages) {
        for (ExtractedField field : FieldExtractor.extract(page.build(), template).fields()) {
          for (Reason why : field.reasons()) {
            reasons++;
            assertThat(japaneseWithoutArguments(why))
                .as(template.id() + "." + field.name() + ": " + why.english())
                .containsPattern(JAPANESE);
          }
        }
      }
    }
    assertThat(reasons).as("odd pages give reasons").isGreaterThan(30);
  }

  static final List<String> ODD_VALUES = ODD_TEXTS.stream().filter(t -> !t.isBlank()).toList();

  @Test
  void everyReasonAValueIsRefusedOrDoubtedForReadsInJapanese() {
    int reasons = 0;
    for (FieldType type : FieldType.values()) {
      for (String text : ODD_TEXTS) {
        Reason why = type.normalise(text).why();
        if (why == null) {
          continue;
        }
        reasons++;
        assertThat(japaneseWithoutArguments(why))
            .as(type.id() + " «" + text + "»: " + why.english())
            .containsPattern(JAPANESE);
      }
    }
    assertThat(reasons).as("odd texts give reasons").isGreaterThan(40);
  }

  /**
   * The Japanese text with every argument as {@code x}: the Japanese must come from the bundle, not
   * from a label or a value quoted in an English sentence.
   */
  static String japaneseWithoutArguments(Reason reason) {
    return Reasons.text(withoutArguments(reason), Locale.JAPANESE);
  }

  private static Reason withoutArguments(Reason reason) {
    return new Reason(
        reason.code(),
        reason.args().stream().map(a -> "x").toList(),
        reason.cause() == null ? null : withoutArguments(reason.cause()));
  }
}
