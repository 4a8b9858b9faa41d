package jp.gyomu.registry;

import java.util.List;

/** Input the registry refused, with every reason found; nothing was saved. */
public class RegistryValidationException extends RuntimeException {

  private final transient List<FieldError> errors;

  public RegistryValidationException(List<FieldError> errors) {
    super(
        errors.size()
            + " invalid value(s), nothing saved; first: row "
            + errors.get(0).row()
            + ", "
            + errors.get(0).column()
            + ": "
            + errors.get(0).reason());
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
