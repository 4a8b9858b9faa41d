package jp.gyomu.process;

import jp.gyomu.system.engine.UsableInModels;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets {@code duplicateOf} to the document id of an earlier identical invoice, or null. */
@UsableInModels
@Component("duplicateInvoiceCheck")
class DuplicateInvoiceCheck implements JavaDelegate {

  static final String DUPLICATE_OF = "duplicateOf";

  private final EarlierInvoices earlierInvoices;

  DuplicateInvoiceCheck(EarlierInvoices earlierInvoices) {
    this.earlierInvoices = earlierInvoices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String earlier =
        earlierInvoices
            .find(
                (String) execution.getVariable(EarlierInvoices.ISSUER),
                (String) execution.getVariable(EarlierInvoices.INVOICE_NUMBER),
                execution.getProcessInstanceId())
            .orElse(null);
    execution.setVariable(DUPLICATE_OF, earlier);
  }
}
