package dev.ectx.cli.report.diagram;

import dev.ectx.cli.report.ContextMap;
import java.util.List;

/**
 * Where each class box, member row and edge of a context map is drawn (SVG user units).
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param boxes one box per class, with a row per member
 * @param routes one route per edge
 */
public record DiagramLayout(double width, double height, List<Box> boxes, List<Route> routes) {
  /** The height of the class name header of a box. */
  public static final double HEADER = 24;

  /** The height of one member row. */
  public static final double ROW = 18;

  /** The width of a character of the diagram's monospace font, rounded up. */
  public static final double CHAR = 7.2;

  /** The horizontal padding inside a box. */
  public static final double PADDING = 8;

  /**
   * A class box.
   *
   * @param node the class
   * @param x left edge
   * @param y top edge
   * @param width width
   * @param height height
   * @param members the member rows, top to bottom
   */
  public record Box(
      ContextMap.Node node, double x, double y, double width, double height, List<ContextMap.Node> members) {}

  /**
   * The path of an edge.
   *
   * @param edge the edge
   * @param points start, bend points, end
   */
  public record Route(ContextMap.Edge edge, List<Point> points) {}

  /** A point. */
  public record Point(double x, double y) {}

  /** The size of the box of {@code node} with {@code members}. */
  public static double[] boxSize(ContextMap.Node node, List<ContextMap.Node> members) {
    int longest = node.label().length() + node.context().length() + 3;
    for (ContextMap.Node member : members) {
      longest = Math.max(longest, member.label().length() + member.context().length() + 3);
    }
    return new double[] {Math.ceil(longest * CHAR + 2 * PADDING), HEADER + members.size() * ROW + 4};
  }

  /** The vertical centre of member row {@code index} of a box, relative to the box's top. */
  public static double rowCentre(int index) {
    return HEADER + index * ROW + ROW / 2;
  }
}
