package jp.gyomu.process;

import java.util.ArrayList;
import java.util.List;

/** Whether a case needs a person, and why, one reason per line. */
record ReviewNeed(boolean needed, String reasons) {

  static final String NO_OCR_VERDICT = "OCR の判定がありません (started without OCR)";

  /**
   * A case started without the OCR's verdict (by hand in Tasklist or Cockpit) is checked: nobody
   * has looked at its values yet.
   */
  static ReviewNeed decide(Boolean ocrNeedsReview, String ocrReasons, List<String> findings) {
    List<String> lines = new ArrayList<>();
    if (ocrReasons != null && !ocrReasons.isBlank()) {
      lines.add(ocrReasons.strip());
    }
    if (ocrNeedsReview == null) {
      lines.add(NO_OCR_VERDICT);
    }
    lines.addAll(findings);
    boolean needed = ocrNeedsReview == null || ocrNeedsReview || !findings.isEmpty();
    return new ReviewNeed(needed, String.join("\n", lines));
  }
}
