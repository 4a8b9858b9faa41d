package jp.gyomu.pages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;

/**
 * Finds what a PDF would run or hand over when opened in a viewer: JavaScript (document scripts, an
 * open action, document actions) and embedded files. Gyomu reads only the pages' images and text
 * and serves a PDF it draws itself, so none of it is run or kept (decision 0005); this only names
 * it, so that the document's history says what was left behind.
 */
final class PdfActiveContent {

  private static final int NAMES_SHOWN = 5;
  private static final int NAMES_READ = 1000;

  private PdfActiveContent() {}

  static Optional<String> describe(PDDocument document) {
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    List<String> found = new ArrayList<>();
    if (hasJavaScript(catalog)) {
      found.add("JavaScript");
    }
    List<String> files = embeddedFileNames(catalog);
    if (!files.isEmpty()) {
      String shown = String.join(", ", files.subList(0, Math.min(files.size(), NAMES_SHOWN)));
      found.add(
          (files.size() == 1 ? "an embedded file (" : files.size() + " embedded files (")
              + FileNames.sanitise(shown)
              + (files.size() > NAMES_SHOWN ? ", ..." : "")
              + ")");
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "the PDF carries "
            + String.join(" and ", found)
            + "; Gyomu never runs scripts or opens attachments: it reads only the pages, and they"
            + " are not kept in the searchable PDF it serves");
  }

  private static boolean hasJavaScript(PDDocumentCatalog catalog) {
    COSDictionary root = catalog.getCOSObject();
    if (root.getDictionaryObject(COSName.OPEN_ACTION) instanceof COSDictionary action
        && COSName.JAVA_SCRIPT.equals(action.getCOSName(COSName.S))) {
      return true;
    }
    if (root.getDictionaryObject(COSName.AA) != null) {
      return true;
    }
    return root.getDictionaryObject(COSName.NAMES) instanceof COSDictionary names
        && names.getDictionaryObject(COSName.JAVA_SCRIPT) != null;
  }

  private static List<String> embeddedFileNames(PDDocumentCatalog catalog) {
    var names = catalog.getNames();
    if (names == null || names.getEmbeddedFiles() == null) {
      return List.of();
    }
    List<String> found = new ArrayList<>();
    try {
      collect(names.getEmbeddedFiles(), found, 0);
    } catch (IOException | RuntimeException e) {
      found.add("unreadable file list");
    }
    return found;
  }

  /** Walks the name tree a few levels deep, stopping early on a hostile one. */
  private static void collect(PDNameTreeNode<?> node, List<String> found, int depth)
      throws IOException {
    if (depth > 8 || found.size() >= NAMES_READ) {
      return;
    }
    Map<String, ?> here = node.getNames();
    if (here != null) {
      found.addAll(here.keySet());
    }
    var kids = node.getKids();
    if (kids != null) {
      for (var kid : kids) {
        collect(kid, found, depth + 1);
      }
    }
  }
}
