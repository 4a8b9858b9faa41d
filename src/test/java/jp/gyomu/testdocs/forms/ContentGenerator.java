package jp.gyomu.testdocs.forms;

import java.util.Random;

/** Draws the content of one form of a document type. */
public interface ContentGenerator {

  /** The document type id, e.g. {@code invoice}. */
  String type();

  FormContent generate(Random random);
}
