package jp.gyomu.ocr;

/**
 * What the second opinion did since the engine started.
 *
 * @param pages pages reviewed (horizontal pages read with the fast Japanese model)
 * @param pagesReRead pages with at least one line read again
 * @param lines lines on the pages reviewed
 * @param linesReRead lines read again
 * @param segmentsReplaced runs of words (a line split at wide gaps) whose second reading was kept
 */
public record SecondOpinionCounts(
    long pages, long pagesReRead, long lines, long linesReRead, long segmentsReplaced) {}
