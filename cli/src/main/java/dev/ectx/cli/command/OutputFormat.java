package dev.ectx.cli.command;

import dev.ectx.cli.report.HtmlRenderer;
import dev.ectx.cli.report.JsonRenderer;
import dev.ectx.cli.report.ReportRenderer;
import dev.ectx.cli.report.SarifRenderer;
import dev.ectx.cli.report.TextRenderer;
import dev.ectx.cli.rules.RulePages;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/** The output formats of {@code --format}. */
public enum OutputFormat {
  /** javac-style lines with the source line and a caret. */
  TEXT,
  /** The JSON schema of docs/cli.md. */
  JSON,
  /** SARIF 2.1.0. */
  SARIF,
  /** One self-contained HTML page with a picture of the contexts. */
  HTML;

  /**
   * The renderer of this format; {@code colour} (text on a terminal) and {@code quiet} (no
   * summary line) apply to text only.
   */
  ReportRenderer renderer(RulePages pages, boolean colour, boolean quiet) {
    return switch (this) {
      case TEXT -> new TextRenderer(colour, !quiet);
      case JSON -> new JsonRenderer();
      case SARIF -> new SarifRenderer(pages);
      case HTML -> new HtmlRenderer(pages);
    };
  }

  /** The names offered by shell completion and help. */
  public static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).iterator();
    }
  }
}
