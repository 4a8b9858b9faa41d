package jp.gyomu.ingestion;

/**
 * An inbox file that another node sharing the inbox is taking at the same moment: this node leaves
 * it alone (the inbox route rolls back quietly and moves nothing); the other node records and moves
 * it, or, should it die first, a later poll finds the file and its row.
 */
public class InboxFileTakenElsewhere extends RuntimeException {

  InboxFileTakenElsewhere(String sourceKey) {
    super("taken by another node: " + sourceKey);
  }
}
