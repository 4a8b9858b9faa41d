package jp.gyomu.registry;

import java.util.List;
import jp.gyomu.system.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * Input the registry refused, with every reason found; nothing was saved. On the API: 400, the
 * reasons in the problem's {@code errors}.
 */
public class RegistryValidationException extends ProblemException {

  private final transient List<FieldError> errors;

  public RegistryValidationException(List<FieldError> errors) {
    super(
        HttpStatus.BAD_REQUEST,
        errors.size()
            + " invalid value(s), nothing saved; first: row "
            + errors.get(0).row()
            + ", "
            + errors.get(0).field()
            + ": "
            + errors.get(0).english(),
        null);
    this.errors = List.copyOf(errors);
    getBody().setProperty("errors", this.errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
