package jp.gyomu.ingestion;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import jp.gyomu.process.CaseTasks;
import jp.gyomu.system.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Read side of documents for the API, the documents console and the dashboard. */
@Service
public class DocumentQueries {

  /**
   * The order the console and the dashboard show statuses in: what waits for a person first, then
   * what is being read, then what went on.
   */
  public static final List<DocumentStatus> ATTENTION_ORDER =
      List.of(
          DocumentStatus.NEEDS_ROUTING,
          DocumentStatus.QUARANTINED,
          DocumentStatus.FAILED,
          DocumentStatus.DUPLICATE,
          DocumentStatus.RECEIVED,
          DocumentStatus.HANDED_OFF,
          DocumentStatus.OCR_DONE);

  /** The statuses in which a document waits for a person: each has its action. */
  public static final List<DocumentStatus> WAITING_FOR_A_PERSON = ATTENTION_ORDER.subList(0, 4);

  private final DocumentRepository repository;
  private final CaseTasks cases;

  DocumentQueries(DocumentRepository repository, CaseTasks cases) {
    this.repository = repository;
    this.cases = cases;
  }

  /** A page of documents. */
  public record Page(List<Document> items, int page, int size, long total) {

    /** The page with each document's reasons in {@code locale}'s language. */
    public Page in(Locale locale) {
      return new Page(items.stream().map(d -> d.in(locale)).toList(), page, size, total);
    }
  }

  /**
   * A document with its history of states and what people did to it.
   *
   * @param actions who did what when (assign a type, retry, release, keep a duplicate), oldest
   *     first
   * @param caseState its case in the engine (state, tasks waiting for a person); null without one
   */
  public record Details(
      Document document,
      List<DocumentEvent> events,
      List<DocumentAction> actions,
      CaseTasks.CaseState caseState) {

    /** The details with every typed reason in {@code locale}'s language. */
    public Details in(Locale locale) {
      return new Details(
          document.in(locale), events.stream().map(e -> e.in(locale)).toList(), actions, caseState);
    }
  }

  /** How many documents are in one status. */
  public record StatusCount(DocumentStatus status, long count) {}

  /** No such document or file: 404 on the API. */
  public static class NotFound extends ProblemException {
    NotFound(String message) {
      super(HttpStatus.NOT_FOUND, message, null);
    }
  }

  /**
   * Documents in any of {@code statuses} (all when empty) of {@code type} (all when null), newest
   * first.
   */
  public Page list(Collection<DocumentStatus> statuses, String type, int page, int size) {
    var wanted =
        statuses == null || statuses.isEmpty()
            ? EnumSet.noneOf(DocumentStatus.class)
            : EnumSet.copyOf(statuses);
    return new Page(
        repository.list(wanted, type, page, size), page, size, repository.count(wanted, type));
  }

  /** Every status with its count (zero included), in {@link #ATTENTION_ORDER}. */
  public List<StatusCount> countsByStatus(String type) {
    var counts = repository.countsByStatus(type);
    return ATTENTION_ORDER.stream()
        .map(s -> new StatusCount(s, counts.getOrDefault(s, 0L)))
        .toList();
  }

  public Details details(String id) {
    var document = repository.find(id).orElseThrow(() -> new NotFound("No document with id " + id));
    var caseState =
        document.processInstanceId() == null ? null : cases.of(document.processInstanceId());
    return new Details(document, repository.events(id), repository.actions(id), caseState);
  }
}
