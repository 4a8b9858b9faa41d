package jp.gyomu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.gyomu.Modules.Module;
import jp.gyomu.support.GeneratedDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The boundaries between Gyomu's packages, checked on the compiled code: the build fails when a
 * class crosses one. The table is {@link Modules}; docs/ARCHITECTURE.md shows it.
 */
class ModularityTest {

  private static final JavaClasses GYOMU =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("jp.gyomu");

  static Stream<Module> modules() {
    return Modules.ALL.stream();
  }

  @Test
  void everyPackageIsInTheTable() {
    Set<String> packages =
        GYOMU.stream()
            .map(c -> c.getPackageName())
            .filter(p -> p.startsWith("jp.gyomu."))
            .map(p -> p.substring("jp.gyomu.".length()).split("\\.")[0])
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(packages)
        .containsExactlyInAnyOrderElementsOf(Modules.ALL.stream().map(Module::name).toList());
  }

  @ParameterizedTest
  @MethodSource("modules")
  void aPackageUsesOnlyThePackagesTheTableAllows(Module module) {
    String[] forbidden =
        Modules.ALL.stream()
            .map(Module::name)
            .filter(other -> !other.equals(module.name()) && !module.mayUse().contains(other))
            .map(other -> "jp.gyomu." + other + "..")
            .toArray(String[]::new);
    if (forbidden.length == 0) {
      return;
    }
    noClasses()
        .that()
        .resideInAPackage("jp.gyomu." + module.name() + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden)
        .because("Modules says %s may use only %s".formatted(module.name(), module.mayUse()))
        .check(GYOMU);
  }

  @Test
  void ocrPagesAndFieldsKnowNoSpringCamelOrCamunda() {
    String[] frameworkFree =
        Modules.ALL.stream()
            .filter(Module::frameworkFree)
            .map(m -> "jp.gyomu." + m.name() + "..")
            .toArray(String[]::new);
    noClasses()
        .that()
        .resideInAnyPackage(frameworkFree)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "org.apache.camel..", "org.camunda..")
        .because("they are libraries any part of Gyomu, or another program, can use")
        .check(GYOMU);
  }

  @Test
  void onlyTheEngineAdapterTouchesCamundasInternals() {
    noClasses()
        .that()
        .resideOutsideOfPackage("jp.gyomu.system.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.camunda..impl..")
        .because("an engine swap (Operaton) should touch one package")
        .check(GYOMU);
  }

  @Test
  void repositoriesStayInsideTheirFeature() {
    classes()
        .that()
        .haveSimpleNameEndingWith("Repository")
        .should()
        .notBePublic()
        .because("a feature talks to another through its service, never its tables")
        .check(GYOMU);
  }

  @Test
  void featuresDependOnEachOtherWithoutCycles() {
    slices().matching("jp.gyomu.(*)..").should().beFreeOfCycles().check(GYOMU);
  }

  @Test
  void theArchitectureDocumentShowsThisTable() {
    var table = new StringBuilder("| package | owns | may use |\n|---|---|---|\n");
    for (Module module : Modules.ALL) {
      String uses =
          module.mayUse().isEmpty()
              ? "nothing else of Gyomu's"
              : Modules.ALL.stream()
                  .map(Module::name)
                  .filter(module.mayUse()::contains)
                  .map(name -> "`" + name + "`")
                  .collect(Collectors.joining(", "));
      if (module.frameworkFree()) {
        uses += "; no Spring, Camel or Camunda";
      }
      table.append("| `%s` | %s | %s |\n".formatted(module.name(), module.owns(), uses));
    }
    GeneratedDocs.assertSection(
        "docs/ARCHITECTURE.md", "modules", table.toString(), "ModularityTest");
  }
}
