package jp.gyomu.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldTemplateLoaderTest {

  private static final String MINIMAL =
      """
      id: leave-request
      name: {ja: 休暇届, en: Leave request}
      fields:
        - name: applicationDate
          label: 申請日
          type: date
      """;

  @TempDir Path folder;

  private Path write(String fileName, String yaml) throws IOException {
    return Files.writeString(folder.resolve(fileName), yaml);
  }

  private String problemWith(String yaml) throws IOException {
    Path file = write("leave-request.fields.yaml", yaml);
    return assertThatThrownBy(() -> FieldTemplateLoader.load(file))
        .isInstanceOf(FieldTemplateException.class)
        .hasMessageStartingWith(file + ": ")
        .actual()
        .getMessage()
        .substring(file.toString().length() + 2);
  }

  @Test
  void loadsTheThreeShippedTemplates() {
    List<FieldTemplate> templates = FieldTemplateLoader.loadAll(Path.of("processes"));

    assertThat(templates)
        .extracting(FieldTemplate::id)
        .containsExactly("invoice", "subsidy-application", "travel-expense");
    assertThat(templates).allSatisfy(t -> assertThat(t.languages()).isEqualTo("jpn"));
  }

  @Test
  void readsEveryPartOfTheTravelExpenseTemplate() {
    FieldTemplate travel =
        FieldTemplateLoader.load(Path.of("processes/travel-expense.fields.yaml"));

    assertThat(travel.nameJa()).isEqualTo("旅費精算書");
    assertThat(travel.nameEn()).isEqualTo("Travel expense claim");
    assertThat(travel.titleKeywords()).contains("旅費精算書");
    assertThat(travel.titlePatterns()).hasSize(1);
    assertThat(travel.fields())
        .extracting(FieldDefinition::name)
        .containsExactly(
            "applicationDate",
            "applicantName",
            "department",
            "destination",
            "purpose",
            "totalAmount");
    FieldDefinition date = travel.fields().get(0);
    assertThat(date.anchors()).startsWith("申請日", "申請年月日", "提出日");
    assertThat(date.type()).isEqualTo(FieldType.DATE);
    assertThat(date.required()).isTrue();
    assertThat(date.minConfidence()).isEqualTo(50);
    assertThat(date.zone()).isNull();
  }

  @Test
  void appliesDefaultsForLanguagesRequiredAndConfidence() throws IOException {
    FieldTemplate template = FieldTemplateLoader.load(write("leave-request.fields.yaml", MINIMAL));

    assertThat(template.languages()).isEqualTo("jpn");
    assertThat(template.titleKeywords()).isEmpty();
    FieldDefinition field = template.fields().get(0);
    assertThat(field.required()).isFalse();
    assertThat(field.minConfidence()).isEqualTo(50);
    assertThat(field.anchors()).containsExactly("申請日");
  }

  @Test
  void readsAZone() throws IOException {
    FieldTemplate template =
        FieldTemplateLoader.load(
            write(
                "leave-request.fields.yaml",
                MINIMAL + "    zone: {left: 0.5, top: 0, width: 0.5, height: 0.25}\n"));

    assertThat(template.fields().get(0).zone()).isEqualTo(new Zone(0.5, 0, 0.5, 0.25));
  }

  @Test
  void triesTheLabelFirstUnlessTheAnchorsGiveItAPlace() throws IOException {
    FieldTemplate first =
        FieldTemplateLoader.load(
            write("leave-request.fields.yaml", MINIMAL + "    anchors: [申請年月日, 提出日]\n"));
    FieldTemplate placed =
        FieldTemplateLoader.load(
            write("leave-request.fields.yaml", MINIMAL + "    anchors: [申請年月日, 申請日, 提出日]\n"));

    assertThat(first.fields().get(0).anchors()).containsExactly("申請日", "申請年月日", "提出日");
    assertThat(placed.fields().get(0).anchors()).containsExactly("申請年月日", "申請日", "提出日");
    assertThat(placed.fields().get(0).label()).isEqualTo("申請日");
  }

  @Test
  void namesTheFieldAndTheProblemForAnUnknownType() throws IOException {
    assertThat(problemWith(MINIMAL.replace("type: date", "type: money")))
        .isEqualTo(
            "fields[0] (applicationDate).type: unknown type 'money'"
                + " (one of text, date, amount, number, postalCode, phone,"
                + " invoiceRegistrationNumber, checkbox, choice, table, qr)");
  }

  @Test
  void rejectsAMisspelledKeyInsteadOfIgnoringIt() throws IOException {
    assertThat(problemWith(MINIMAL + "    requried: true\n"))
        .startsWith("fields[0]: unknown key 'requried'");
  }

  @Test
  void rejectsAConfidenceOutsideZeroToHundred() throws IOException {
    assertThat(problemWith(MINIMAL + "    minConfidence: 120\n"))
        .isEqualTo(
            "fields[0] (applicationDate).minConfidence: a whole number from 0 to 100, not '120'");
  }

  @Test
  void rejectsAZoneBeyondThePage() throws IOException {
    assertThat(problemWith(MINIMAL + "    zone: {left: 0.6, top: 0, width: 0.6, height: 1}\n"))
        .startsWith("fields[0] (applicationDate).zone: reaches beyond the page");
  }

  @Test
  void rejectsAnIdThatDiffersFromTheFileName() throws IOException {
    assertThat(problemWith(MINIMAL.replace("id: leave-request", "id: holiday")))
        .startsWith("id: 'holiday' differs from the file name");
  }

  @Test
  void rejectsTwoFieldsWithTheSameName() throws IOException {
    String twice = MINIMAL + "  - name: applicationDate\n    label: 提出日\n    type: date\n";
    assertThat(problemWith(twice))
        .isEqualTo("fields[1] (applicationDate): a second field of that name");
  }

  @Test
  void rejectsAFieldNameThatIsNotAnEnglishId() throws IOException {
    assertThat(problemWith(MINIMAL.replace("name: applicationDate", "name: 申請日")))
        .startsWith("fields[0].name: '申請日' is not an English camelCase id");
  }

  @Test
  void rejectsAMissingJapaneseName() throws IOException {
    assertThat(problemWith(MINIMAL.replace("ja: 休暇届, ", "")))
        .isEqualTo("name.ja: a non-empty text is required");
  }

  @Test
  void rejectsABrokenClassificationPattern() throws IOException {
    assertThat(problemWith(MINIMAL + "classification:\n  patterns: ['休暇(届']\n"))
        .startsWith("classification.patterns: '休暇(届' is not a valid regular expression");
  }

  @Test
  void rejectsATemplateWithoutFields() throws IOException {
    assertThat(problemWith("id: leave-request\nname: {ja: 休暇届, en: Leave request}\n"))
        .isEqualTo("fields: a non-empty list of fields is required");
  }

  @Test
  void reportsTheLineOfBrokenYaml() throws IOException {
    assertThat(problemWith("id: leave-request\nname: [unclosed\n"))
        .startsWith("not valid YAML at line");
  }

  @Test
  void rejectsAFileWhoseNameLacksTheSuffix() throws IOException {
    Path file = write("leave-request.yaml", MINIMAL);
    assertThatThrownBy(() -> FieldTemplateLoader.load(file))
        .hasMessageContaining("ends with .fields.yaml");
  }

  @Test
  void rejectsALabelSharedByTwoFields() throws IOException {
    String shared =
        MINIMAL + "  - name: submissionDate\n    label: 提出日\n    anchors: [申請日]\n    type: date\n";
    assertThat(problemWith(shared))
        .isEqualTo(
            "fields[1] (submissionDate).anchors: label '申請日' is also a label of applicationDate");
  }

  private static final String PEOPLE =
      MINIMAL
          + """
            - name: movers
              label: 異動する人
              type: table
              columns:
                - name: name
                  label: 氏名
                - name: sex
                  label: 性別
                  options: [男, 女]
          """;

  @Test
  void readsATextColumnsClosedSetOfOptions() throws IOException {
    FieldTemplate template = FieldTemplateLoader.load(write("leave-request.fields.yaml", PEOPLE));

    List<ColumnDefinition> columns = template.fields().get(1).columns();
    assertThat(columns.get(1).options()).containsExactly("男", "女");
    assertThat(columns.get(0).options()).isEmpty();
  }

  @Test
  void rejectsAnEmptyListOfOptions() throws IOException {
    assertThat(problemWith(PEOPLE.replace("[男, 女]", "[]")))
        .isEqualTo(
            "fields[1] (movers).columns[1] (sex).options:"
                + " a non-empty list of options is required, e.g. [男, 女]");
  }

  @Test
  void rejectsAnOptionListedTwice() throws IOException {
    assertThat(problemWith(PEOPLE.replace("[男, 女]", "[男, 女, 男]")))
        .isEqualTo("fields[1] (movers).columns[1] (sex).options[2]: a second option 男");
  }

  @Test
  void rejectsABlankOption() throws IOException {
    assertThat(problemWith(PEOPLE.replace("[男, 女]", "[男, '']")))
        .isEqualTo("fields[1] (movers).columns[1] (sex).options[1]: a non-empty text is required");
  }

  @Test
  void rejectsOptionsOnAColumnOfDates() throws IOException {
    assertThat(problemWith(PEOPLE.replace("label: 性別\n", "label: 性別\n        type: date\n")))
        .isEqualTo(
            "fields[1] (movers).columns[1] (sex).options:"
                + " only a text column has options, e.g. [男, 女]");
  }

  @Test
  void rejectsOptionsOnAFieldThatIsNeitherAChoiceNorATable() throws IOException {
    assertThat(problemWith(MINIMAL + "    options: [男, 女]\n"))
        .isEqualTo(
            "fields[0] (applicationDate).options:"
                + " only a choice field or a table's text column has options");
  }
}
