package dev.ectx.cli.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ectx.cli.Json;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The JSON format: {@link JsonReport}, schema version {@value #SCHEMA_VERSION}, documented in
 * {@code docs/cli.md}. Fields are only ever added within a schema version.
 */
public final class JsonRenderer implements ReportRenderer {
  /** The version of the JSON schema; raised only on an incompatible change. */
  public static final int SCHEMA_VERSION = 1;

  /** The shared mapper: indented, fields in declaration order. */
  static final ObjectMapper MAPPER = Json.mapper();

  @Override
  public void render(Report report, Writer out) throws IOException {
    MAPPER.writeValue(out, toJson(report));
    out.write(System.lineSeparator());
    out.flush();
  }

  /** The JSON document of {@code report}. */
  public static JsonReport toJson(Report report) {
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    for (Finding finding : report.findings()) {
      switch (finding.severity()) {
        case ERROR -> errors++;
        case WARNING -> warnings++;
        case NOTE -> notes++;
      }
    }
    return new JsonReport(
        SCHEMA_VERSION,
        new Tool("ectx", report.toolVersion()),
        report.command(),
        new Summary(errors, warnings, notes, report.baselined()),
        report.findings(),
        report.contextMap());
  }

  /**
   * The top-level JSON object.
   *
   * @param schemaVersion {@value #SCHEMA_VERSION}
   * @param tool name and version of ectx
   * @param command the subcommand
   * @param summary counts per severity, and the findings the baseline suppressed
   * @param findings the findings
   * @param contextMap the classes and members with their contexts and the cross-context edges
   */
  @JsonPropertyOrder({"schemaVersion", "tool", "command", "summary", "findings", "contextMap"})
  public record JsonReport(
      int schemaVersion,
      Tool tool,
      String command,
      Summary summary,
      List<Finding> findings,
      ContextMap contextMap) {}

  /** The tool's name and version. */
  public record Tool(String name, String version) {}

  /** Counts of the reported findings per severity, and of those the baseline suppressed. */
  public record Summary(int errors, int warnings, int notes, int baselined) {}
}
