package dev.ectx.cli.report;

import static dev.ectx.cli.report.Html.escape;

import dev.ectx.cli.report.diagram.ContextMapSvg;
import dev.ectx.cli.report.diagram.ElkLayout;
import dev.ectx.cli.rules.RulePages;
import java.io.IOException;
import java.io.Writer;

/**
 * One self-contained HTML page: a summary, the context map as inline SVG, and a table of the
 * findings with their source lines and witness paths. It has no script and loads nothing (its
 * Content-Security-Policy forbids both), and every embedded text is escaped, so a source line
 * holding {@code </script><script>} stays text.
 */
public final class HtmlRenderer implements ReportRenderer {
  private static final String STYLE =
      "body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#111827}"
          + "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}"
          + "table{border-collapse:collapse;width:100%}"
          + "th,td{border-bottom:1px solid #e5e7eb;padding:.4em;text-align:left;vertical-align:top}"
          + "pre{margin:.3em 0;background:#f9fafb;padding:.3em;overflow-x:auto}"
          + "code,pre,svg text{font-family:ui-monospace,Menlo,Consolas,monospace}"
          + ".error{color:#b91c1c;font-weight:600}.warning{color:#b45309;font-weight:600}"
          + ".note{color:#0e7490;font-weight:600}"
          + ".map{overflow:auto;border:1px solid #e5e7eb;padding:.5em}"
          + "svg text{font-size:12px}svg .cls{font-weight:700}svg .ctx{fill:#4b5563}"
          + "svg .edge{fill:none;stroke:#6b7280;stroke-width:1.2}"
          + "svg .edge.offending{stroke:#dc2626;stroke-width:2.5}"
          + "ol.witness{margin:.3em 0 0 1.2em;padding:0}";

  private final RulePages pages;

  /** @param pages the rule pages whose summaries explain each key */
  public HtmlRenderer(RulePages pages) {
    this.pages = pages;
  }

  @Override
  public void render(Report report, Writer out) throws IOException {
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src"
            + " 'unsafe-inline'; img-src data:\">\n");
    out.write("<title>ectx " + escape(report.command()) + " report</title>\n");
    out.write("<style>" + STYLE + "</style>\n</head>\n<body>\n");
    out.write(
        "<h1>ectx " + escape(report.command()) + "</h1>\n<p>" + escape(TextRenderer.summary(report))
            + " &middot; ectx " + escape(report.toolVersion()) + "</p>\n");
    out.write("<h2>Contexts</h2>\n<p>Classes and members with their contexts; arrows are calls and"
        + " accesses that cross from one context to another, red where a finding is reported.</p>\n");
    out.write("<div class=\"map\">\n" + ContextMapSvg.draw(new ElkLayout().layout(report.contextMap())) + "</div>\n");
    out.write("<h2>Findings</h2>\n");
    if (report.findings().isEmpty()) {
      out.write("<p>No findings.</p>\n");
    } else {
      out.write("<table>\n<thead><tr><th>Where</th><th>Severity</th><th>Key</th><th>Message</th></tr></thead>\n<tbody>\n");
      for (Finding finding : report.findings()) {
        finding(finding, out);
      }
      out.write("</tbody>\n</table>\n");
    }
    out.write("</body>\n</html>\n");
    out.flush();
  }

  private void finding(Finding finding, Writer out) throws IOException {
    Location at = finding.location();
    out.write("<tr><td><code>" + escape(at.position()) + "</code>");
    if (finding.member() != null) {
      out.write("<br><small>" + escape(finding.member()) + "</small>");
    }
    out.write("</td><td class=\"" + finding.severity().label() + "\">" + finding.severity().label() + "</td>");
    out.write("<td><code title=\"" + escape(pages.summary(finding.key())) + "\">" + escape(finding.key()) + "</code></td>");
    out.write("<td>" + escape(finding.message()));
    if (at.snippet() != null) {
      out.write("<pre>" + escape(at.snippet()) + "</pre>");
    }
    if (!finding.witness().isEmpty()) {
      out.write("<ol class=\"witness\">");
      for (WitnessStep step : finding.witness()) {
        out.write("<li><code>" + escape(step.location().position()) + "</code> "
            + (step.member() == null ? "" : "<code>" + escape(step.member()) + "</code> ")
            + escape(step.description()) + "</li>");
      }
      out.write("</ol>");
    }
    out.write("</td></tr>\n");
  }
}
