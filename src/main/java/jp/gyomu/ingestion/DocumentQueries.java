package jp.gyomu.ingestion;

import java.util.List;
import jp.gyomu.system.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Read side of documents for the API and the dashboard. */
@Service
public class DocumentQueries {

  private final DocumentRepository repository;

  DocumentQueries(DocumentRepository repository) {
    this.repository = repository;
  }

  /** A page of documents. */
  public record Page(List<Document> items, int page, int size, long total) {}

  /** A document with its history of states. */
  public record Details(Document document, List<DocumentEvent> events) {}

  /** No such document or file: 404 on the API. */
  public static class NotFound extends ProblemException {
    NotFound(String message) {
      super(HttpStatus.NOT_FOUND, message, null);
    }
  }

  public Page list(DocumentStatus status, String type, int page, int size) {
    return new Page(
        repository.list(status, type, page, size), page, size, repository.count(status, type));
  }

  public Details details(String id) {
    var document = repository.find(id).orElseThrow(() -> new NotFound("No document with id " + id));
    return new Details(document, repository.events(id));
  }
}
