package dev.ectx.cli.report;

import dev.ectx.cli.baseline.FindingIdentity;
import dev.ectx.cli.rules.RulePages;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * SARIF 2.1.0: one run, one rule per key (id = key, help = the rule page), one result per finding
 * with the enclosing member as logical location, the baseline identity as partial fingerprint,
 * and an audit finding's witness path as a code flow.
 */
public final class SarifRenderer implements ReportRenderer {
  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final RulePages pages;

  /** @param pages the rule pages that give each rule its description and help */
  public SarifRenderer(RulePages pages) {
    this.pages = pages;
  }

  @Override
  public void render(Report report, Writer out) throws IOException {
    TreeSet<String> keys = new TreeSet<>(pages.keys());
    report.findings().forEach(f -> keys.add(f.key()));
    List<String> ruleIds = List.copyOf(keys);
    List<SarifModel.Rule> rules = ruleIds.stream().map(this::rule).toList();
    List<SarifModel.Result> results = new ArrayList<>();
    for (Finding finding : report.findings()) {
      results.add(result(finding, ruleIds.indexOf(finding.key())));
    }
    SarifModel.Run run =
        new SarifModel.Run(
            new SarifModel.Tool(
                new SarifModel.Driver("ectx", report.toolVersion(), rules)),
            results,
            report.baselined() > 0 ? Map.of("baselined", report.baselined()) : Map.of());
    JsonRenderer.MAPPER.writeValue(out, new SarifModel.Log(SCHEMA, "2.1.0", List.of(run)));
    out.write(System.lineSeparator());
    out.flush();
  }

  private SarifModel.Rule rule(String key) {
    String summary = pages.summary(key);
    String page = pages.page(key).orElse(null);
    return new SarifModel.Rule(
        key,
        new SarifModel.Message(summary),
        new SarifModel.Message(summary),
        page == null ? null : new SarifModel.MultiformatMessage(page, page),
        new SarifModel.Configuration(key.equals("audit.trusted") ? "note" : "error"));
  }

  private static SarifModel.Result result(Finding finding, int ruleIndex) {
    List<SarifModel.LogicalLocation> logical =
        finding.member() == null ? List.of() : List.of(new SarifModel.LogicalLocation(finding.member()));
    List<SarifModel.CodeFlow> flows = List.of();
    if (!finding.witness().isEmpty()) {
      List<SarifModel.ThreadFlowLocation> steps =
          finding.witness().stream()
              .map(
                  step ->
                      new SarifModel.ThreadFlowLocation(
                          new SarifModel.ResultLocation(
                              physical(step.location()),
                              step.member() == null
                                  ? List.of()
                                  : List.of(new SarifModel.LogicalLocation(step.member())),
                              new SarifModel.Message(step.description()))))
              .toList();
      flows = List.of(new SarifModel.CodeFlow(List.of(new SarifModel.ThreadFlow(steps))));
    }
    return new SarifModel.Result(
        finding.key(),
        ruleIndex,
        finding.severity() == Severity.NOTE ? "note" : finding.severity().label(),
        new SarifModel.Message(finding.message()),
        List.of(new SarifModel.ResultLocation(physical(finding.location()), logical, null)),
        Map.of("ectxIdentity/v1", FindingIdentity.of(finding).fingerprint()),
        flows);
  }

  private static SarifModel.PhysicalLocation physical(Location location) {
    SarifModel.Region region = null;
    if (location.line() > 0) {
      region =
          new SarifModel.Region(
              location.line(),
              location.column() > 0 ? location.column() : null,
              location.snippet() == null ? null : new SarifModel.Message(location.snippet()));
    }
    return new SarifModel.PhysicalLocation(new SarifModel.ArtifactLocation(uri(location.file())), region);
  }

  /** A relative or absolute file path as a URI reference (spaces and the like escaped). */
  private static String uri(String file) {
    try {
      if (file.startsWith("/")) {
        return new URI("file", null, file, null).toASCIIString();
      }
      return new URI(null, null, file, null).toASCIIString();
    } catch (java.net.URISyntaxException e) {
      return file;
    }
  }
}
