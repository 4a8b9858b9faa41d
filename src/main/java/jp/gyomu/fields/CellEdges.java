package jp.gyomu.fields;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each column's cells lie between printed rules, for reading a cell's crop alone: the rules
 * between headers ({@link TableHeader#ruled}), and for the first and last column the table's outer
 * border (the nearest rule between the label and the page's edge), which the header's spans leave
 * open since a cell's words may reach past it on an unruled table.
 */
final class CellEdges {

  /** A cell's inside: from the rule on its left to the rule on its right, in pixels. */
  record Edges(int left, int right) {}

  private final Map<ColumnDefinition, Edges> edges;

  private CellEdges(Map<ColumnDefinition, Edges> edges) {
    this.edges = edges;
  }

  static CellEdges of(TableHeader header, BufferedImage image) {
    Map<ColumnDefinition, Edges> edges = new HashMap<>();
    List<TableHeader.Span> spans = header.spans();
    for (int i = 0; i < spans.size(); i++) {
      TableHeader.Span span = spans.get(i);
      int left = span.left();
      int right = span.right();
      Rectangle label = span.header();
      if (i == 0 && left == Integer.MIN_VALUE && image != null) {
        List<Integer> rules =
            ColumnRule.between(image, new Rectangle(0, label.y, 1, label.height), label);
        left = rules.isEmpty() ? left : rules.get(rules.size() - 1);
      }
      if (i == spans.size() - 1 && right == Integer.MAX_VALUE && image != null) {
        Rectangle edge = new Rectangle(image.getWidth() - 2, label.y, 1, label.height);
        List<Integer> rules = ColumnRule.between(image, label, edge);
        right = rules.isEmpty() ? right : rules.get(0);
      }
      if (left != Integer.MIN_VALUE && right != Integer.MAX_VALUE) {
        edges.put(span.column(), new Edges(left, right));
      }
    }
    return new CellEdges(edges);
  }

  /** The column's rules either side, when both were seen. */
  Optional<Edges> of(ColumnDefinition column) {
    return Optional.ofNullable(edges.get(column));
  }
}
