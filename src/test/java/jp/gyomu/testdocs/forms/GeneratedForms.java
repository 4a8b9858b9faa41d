package jp.gyomu.testdocs.forms;

import java.util.Random;
import jp.gyomu.testdocs.ScanDegradation;
import jp.gyomu.testdocs.ScanVariant;
import jp.gyomu.testdocs.TestDocument;

/**
 * Randomised forms of known types: content, layout and scan drawn from one seed. The same type and
 * seed give the same content and layout in every variant (only the degradation differs), and the
 * same pixels on the same JDK and fonts.
 */
public final class GeneratedForms {

  private GeneratedForms() {}

  public static GeneratedForm generate(String type, long seed, PageVariant variant) {
    return generate(OfficeForms.byType(type), seed, variant);
  }

  public static GeneratedForm generate(ContentGenerator generator, long seed, PageVariant variant) {
    long base = seed * 1_000_003L + generator.type().hashCode();
    FormContent content = generator.generate(stream(base, 1));
    LayoutStyle layout = LayoutStyle.random(stream(base, 2));
    ScanVariant scan = variant.draw(stream(base, 3 + variant.ordinal()));
    FormRenderer.Result page;
    try {
      page = FormRenderer.render(content, layout, scan.dpi(), stream(base, 10));
    } catch (IllegalStateException tooLong) {
      layout = layout.compact();
      page = FormRenderer.render(content, layout, scan.dpi(), stream(base, 10));
    }
    var image = ScanDegradation.apply(page.image(), scan, stream(base, 11));
    return new GeneratedForm(
        generator.type(),
        seed,
        variant,
        content,
        layout,
        scan,
        new TestDocument(image, scan.dpi(), page.texts()),
        page.boxes());
  }

  /**
   * An independent random stream per purpose: java.util.Random's first draws from nearby seeds are
   * alike, so seeds are scrambled first (SplittableRandom's mix64).
   */
  static Random stream(long base, int purpose) {
    long z = base * 0x9E3779B97F4A7C15L + purpose * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new Random(z ^ (z >>> 31));
  }
}
