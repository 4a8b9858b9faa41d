package jp.gyomu.ingestion;

/** This node's lease on a document was taken by another node: its result must not be written. */
class LeaseLostException extends RuntimeException {

  LeaseLostException(String documentId) {
    super("the lease on document " + documentId + " is held by another node");
  }
}
