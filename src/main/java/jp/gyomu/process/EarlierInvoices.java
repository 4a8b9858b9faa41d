package jp.gyomu.process;

import java.util.Comparator;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/** Finds an invoice already received: same issuer, same invoice number, any state. */
@Service
class EarlierInvoices {

  static final String PROCESS_KEY = "invoice";
  static final String ISSUER = "issuer";
  static final String INVOICE_NUMBER = "invoiceNumber";

  private final HistoryService history;

  EarlierInvoices(HistoryService history) {
    this.history = history;
  }

  /** The document id of the earliest other case with this issuer and number. */
  Optional<String> find(String issuer, String invoiceNumber, String exceptProcessInstanceId) {
    if (issuer == null || invoiceNumber == null) {
      return Optional.empty(); // nothing to compare yet: review will ask for the values
    }
    return history
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY)
        .variableValueEquals(ISSUER, issuer)
        .variableValueEquals(INVOICE_NUMBER, invoiceNumber)
        .list()
        .stream()
        .filter(p -> !p.getId().equals(exceptProcessInstanceId))
        .min(Comparator.comparing(HistoricProcessInstance::getStartTime))
        .map(HistoricProcessInstance::getBusinessKey);
  }
}
