package jp.gyomu.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.gyomu.fields.FieldTemplate;
import jp.gyomu.fields.FieldTemplateLoader;

/**
 * The templates field measurements read: the shipped ones ({@code processes/}) and the forms kept
 * for measuring only ({@code bench/forms/}: a form with check boxes, and the form written after the
 * code was frozen). Classification picks among all of them, as it would in an office with them.
 */
public final class BenchTemplates {

  private BenchTemplates() {}

  public static List<FieldTemplate> all() {
    List<FieldTemplate> templates =
        new ArrayList<>(FieldTemplateLoader.loadAll(Path.of("processes")));
    templates.addAll(FieldTemplateLoader.loadAll(Path.of("bench", "forms")));
    return List.copyOf(templates);
  }
}
