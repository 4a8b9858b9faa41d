package jp.gyomu;

import java.util.List;
import java.util.Set;

/**
 * Gyomu's packages, what each owns and which others it may use: the one table that ModularityTest
 * enforces and docs/ARCHITECTURE.md shows. A new dependency between features is a decision: change
 * it here, with the reason, and rewrite the doc with {@code -Dgyomu.write-docs=true}.
 */
final class Modules {

  private Modules() {}

  /** One top-level package under {@code jp.gyomu}. */
  record Module(String name, String owns, Set<String> mayUse, boolean frameworkFree) {}

  static final List<Module> ALL =
      List.of(
          new Module(
              "system",
              "security and logins (`system.login`), web settings, start-up report, the engine"
                  + " adapter (`system.engine`: the only code that touches Camunda's `impl`"
                  + " packages)",
              Set.of(),
              false),
          new Module(
              "ocr",
              "reading page images: Tesseract through TessAPI, engine pool, deadlines,"
                  + " orientation, deskew",
              Set.of(),
              true),
          new Module(
              "reasons",
              "typed reasons (a code with arguments, `ReasonCode`): why a field was not read, why a"
                  + " document stopped, why a request was refused; rendered from the message bundles"
                  + " in the reader's language",
              Set.of(),
              true),
          new Module(
              "pages",
              "input files as pages (PNG, JPEG, TIFF, BMP, PDF; limits read from headers), PDF"
                  + " text layers and active content, searchable PDFs, safe file names",
              Set.of("ocr"),
              true),
          new Module(
              "fields",
              "field templates, extraction, classification, Japanese normalisers",
              Set.of("ocr", "reasons"),
              true),
          new Module(
              "process",
              "deployment from `processes/` and the model rules, starting cases, delegates,"
                  + " variable names",
              Set.of("fields", "reasons", "system"),
              false),
          new Module(
              "ingestion",
              "intake (inbox route, uploads), document rows and events, file store, the pipeline"
                  + " (its steps listed in order in `PipelineSteps`), the documents API",
              Set.of("ocr", "pages", "fields", "reasons", "process", "system"),
              false),
          new Module(
              "ocrwork",
              "OCR workers that scale out (decision 0015): the page queue (Flyway V12) with its"
                  + " leases, the engine that hands pages to it, the workers' API `/api/ocr-work`"
                  + " and the worker itself (`./gyomu worker`)",
              Set.of("ocr", "ingestion"),
              false),
          new Module(
              "forms",
              "the document-types API: templates read, changed without a restart (checked as at"
                  + " start-up, written in one step), and tried on scans without storing anything",
              Set.of("ocr", "pages", "fields", "process", "ingestion", "system"),
              false),
          new Module(
              "studio",
              "the form studio: its pages and their API, drafts of document types with their test"
                  + " sets (Flyway V7), their trial after every edit, and publishing one as a"
                  + " running business task (template, standard BPMN, registry entry)",
              Set.of("ocr", "fields", "forms", "process", "registry", "system"),
              false),
          new Module(
              "review",
              "the review form's page images and recording corrections",
              Set.of("fields", "reasons", "ingestion", "process", "system"),
              false),
          new Module(
              "bot",
              "the reference RPA bot (external-task worker) and its ledger",
              Set.of("system"),
              false),
          new Module(
              "registry",
              "automation tasks, targets, hours saved from history, registry API and files",
              Set.of("reasons", "system"),
              false),
          new Module(
              "reporting",
              "dashboard, printable report, CSV and Excel downloads",
              // the dashboard counts documents waiting for an operator and links to the console
              Set.of("registry", "ingestion", "system"),
              false),
          new Module(
              "console",
              "the documents console's pages (`/documents`, `/documents/{id}`): markup and texts"
                  + " for scripts that work through the documents API",
              Set.of("ingestion", "fields", "system"),
              false),
          new Module(
              "demo",
              "demo registry with its history, and generated scans handed to the intake (embedded"
                  + " database only)",
              Set.of("registry", "ingestion", "system"),
              false));
}
