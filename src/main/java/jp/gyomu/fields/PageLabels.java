package jp.gyomu.fields;

import java.util.List;

/**
 * A page (or one zone of it) split into visual lines, with the template's labels found in each.
 *
 * @param lines top to bottom
 * @param hits for each line, its label hits by position
 */
record PageLabels(List<TextLine> lines, List<List<LabelHit>> hits) {}
