package dev.ectx.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;

/**
 * javac-style text: {@code file:line:col: error: [key] message}, then the source line and a
 * caret under the column, then the witness path of audit findings, then a summary line.
 */
public final class TextRenderer implements ReportRenderer {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final Map<Severity, String> COLOURS =
      Map.of(Severity.ERROR, "\u001b[1;31m", Severity.WARNING, "\u001b[1;33m", Severity.NOTE, "\u001b[1;36m");

  private final boolean colour;
  private final boolean summary;

  /**
   * @param colour whether to use ANSI colours (only on a terminal, never under NO_COLOR)
   * @param summary whether to end with the summary line ({@code --quiet} drops it)
   */
  public TextRenderer(boolean colour, boolean summary) {
    this.colour = colour;
    this.summary = summary;
  }

  @Override
  public void render(Report report, Writer out) throws IOException {
    for (Finding finding : report.findings()) {
      renderFinding(finding, out);
    }
    if (summary) {
      out.write(summary(report));
      out.write(System.lineSeparator());
    }
    out.flush();
  }

  private void renderFinding(Finding finding, Writer out) throws IOException {
    String nl = System.lineSeparator();
    out.write(paint(BOLD, finding.location().position() + ":"));
    out.write(" ");
    out.write(paint(COLOURS.get(finding.severity()), finding.severity().label() + ":"));
    out.write(" [" + finding.key() + "] " + finding.message() + nl);
    String snippet = finding.location().snippet();
    if (snippet != null && finding.location().column() > 0) {
      out.write(snippet + nl);
      out.write(caretLine(snippet, finding.location().column()) + nl);
    }
    if (!finding.witness().isEmpty()) {
      out.write("  witness path:" + nl);
      for (WitnessStep step : finding.witness()) {
        out.write("    " + step.location().position());
        if (step.member() != null) {
          out.write(" " + step.member());
        }
        out.write(": " + step.description() + nl);
      }
    }
  }

  /** Keeps tabs so the caret lines up under the column in any tab width. */
  private static String caretLine(String snippet, int column) {
    StringBuilder caret = new StringBuilder();
    for (int i = 0; i < column - 1 && i < snippet.length(); i++) {
      caret.append(snippet.charAt(i) == '\t' ? '\t' : ' ');
    }
    return caret.append('^').toString();
  }

  private String paint(String style, String text) {
    return colour ? style + text + RESET : text;
  }

  /** "2 errors, 1 warning (3 suppressed by the baseline)" or "no findings". */
  static String summary(Report report) {
    Map<Severity, Integer> counts = new TreeMap<>();
    report.findings().forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    StringBuilder summary = new StringBuilder();
    counts.forEach(
        (severity, count) -> {
          if (summary.length() > 0) {
            summary.append(", ");
          }
          summary.append(count).append(' ').append(severity.label()).append(count == 1 ? "" : "s");
        });
    if (summary.length() == 0) {
      summary.append("no findings");
    }
    if (report.baselined() > 0) {
      summary.append(" (").append(report.baselined()).append(" suppressed by the baseline)");
    }
    return summary.toString();
  }
}
