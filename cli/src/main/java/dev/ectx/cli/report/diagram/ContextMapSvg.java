package dev.ectx.cli.report.diagram;

import static dev.ectx.cli.report.Html.escape;

import dev.ectx.cli.report.ContextMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Draws a laid-out context map as inline SVG: one box per class, filled with its context's
 * colour, a row per member with its context, a legend of the contexts, and the cross-context
 * edges, offending ones red and thick. Every text is escaped; nothing is fetched.
 */
public final class ContextMapSvg {
  private static final String[] PALETTE = {
    "#dbeafe", "#dcfce7", "#fef3c7", "#ede9fe", "#fce7f3", "#cffafe", "#fee2e2", "#e0e7ff"
  };
  private static final String NEUTRAL = "#f3f4f6";
  private static final double LEGEND = 28;

  private ContextMapSvg() {}

  /** The SVG element of {@code layout}, or a short paragraph when the map is empty. */
  public static String draw(DiagramLayout layout) {
    if (layout.boxes().isEmpty()) {
      return "<p class=\"empty\">No class or method of the checked code carries a context.</p>";
    }
    Map<String, String> colours = colours(layout);
    StringBuilder svg = new StringBuilder();
    double height = layout.height() + LEGEND;
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"context map\""
                + " width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">%n",
            Math.max(layout.width(), 300), height, Math.max(layout.width(), 300), height));
    svg.append(
        "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
            + " markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#6b7280\"/></marker>"
            + "<marker id=\"arrow-bad\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
            + " markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#dc2626\"/></marker></defs>\n");
    legend(svg, colours);
    svg.append(String.format(Locale.ROOT, "<g transform=\"translate(0 %.0f)\">%n", LEGEND));
    for (DiagramLayout.Box box : layout.boxes()) {
      box(svg, box, colours);
    }
    for (DiagramLayout.Route route : layout.routes()) {
      route(svg, route);
    }
    svg.append("</g>\n</svg>\n");
    return svg.toString();
  }

  private static Map<String, String> colours(DiagramLayout layout) {
    TreeSet<String> contexts = new TreeSet<>();
    for (DiagramLayout.Box box : layout.boxes()) {
      contexts.add(box.node().context());
      box.members().forEach(m -> contexts.add(m.context()));
    }
    Map<String, String> colours = new TreeMap<>();
    int next = 0;
    for (String context : contexts) {
      boolean neutral = context.equals("any") || context.equals("poly");
      colours.put(context, neutral ? NEUTRAL : PALETTE[next++ % PALETTE.length]);
    }
    return colours;
  }

  private static void legend(StringBuilder svg, Map<String, String> colours) {
    double x = 8;
    for (Map.Entry<String, String> entry : colours.entrySet()) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"6\" width=\"14\" height=\"14\" fill=\"%s\" stroke=\"#374151\"/>"
                  + "<text x=\"%.1f\" y=\"17\" class=\"legend\">%s</text>%n",
              x, entry.getValue(), x + 18, escape(entry.getKey())));
      x += 18 + entry.getKey().length() * DiagramLayout.CHAR + 20;
    }
  }

  private static void box(StringBuilder svg, DiagramLayout.Box box, Map<String, String> colours) {
    ContextMap.Node type = box.node();
    svg.append(
        String.format(
            Locale.ROOT,
            "<g class=\"class\"><title>%s (%s)</title>"
                + "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"4\" fill=\"%s\" stroke=\"#374151\"/>"
                + "<text x=\"%.1f\" y=\"%.1f\" class=\"cls\">%s <tspan class=\"ctx\">[%s]</tspan></text>%n",
            escape(type.id()), escape(type.context()),
            box.x(), box.y(), box.width(), box.height(), colours.get(type.context()),
            box.x() + DiagramLayout.PADDING, box.y() + 16, escape(type.label()), escape(type.context())));
    List<ContextMap.Node> members = box.members();
    for (int i = 0; i < members.size(); i++) {
      ContextMap.Node member = members.get(i);
      double top = box.y() + DiagramLayout.HEADER + i * DiagramLayout.ROW;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>"
                  + "<text x=\"%.1f\" y=\"%.1f\" class=\"member\"><title>%s</title>%s <tspan class=\"ctx\">[%s]</tspan></text>%n",
              box.x() + 2, top, box.width() - 4, DiagramLayout.ROW - 2, colours.get(member.context()),
              box.x() + DiagramLayout.PADDING, top + 13, escape(member.id()), escape(member.label()),
              escape(member.context())));
    }
    svg.append("</g>\n");
  }

  private static void route(StringBuilder svg, DiagramLayout.Route route) {
    if (route.points().size() < 2) {
      return;
    }
    StringBuilder path = new StringBuilder();
    for (DiagramLayout.Point point : route.points()) {
      path.append(path.length() == 0 ? "M" : " L")
          .append(String.format(Locale.ROOT, "%.1f,%.1f", point.x(), point.y()));
    }
    ContextMap.Edge edge = route.edge();
    String title = edge.from() + " -> " + edge.to() + (edge.offending() ? " [" + edge.key() + "]" : "");
    svg.append(
        String.format(
            Locale.ROOT,
            "<path class=\"%s\" d=\"%s\" marker-end=\"url(#%s)\"><title>%s</title></path>%n",
            edge.offending() ? "edge offending" : "edge",
            path,
            edge.offending() ? "arrow-bad" : "arrow",
            escape(title)));
  }
}
