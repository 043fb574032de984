package dev.ectx.cli.report;

import java.io.IOException;
import java.io.Writer;

/** Renders a report in one output format. */
public interface ReportRenderer {
  /**
   * Writes {@code report} to {@code out}.
   *
   * @throws IOException when {@code out} fails
   */
  void render(Report report, Writer out) throws IOException;
}
