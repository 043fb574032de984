package dev.ectx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.ectx.cli.report.ContextMap;
import dev.ectx.cli.report.Finding;
import dev.ectx.cli.report.HtmlRenderer;
import dev.ectx.cli.report.Location;
import dev.ectx.cli.report.Report;
import dev.ectx.cli.report.SarifRenderer;
import dev.ectx.cli.report.Severity;
import dev.ectx.cli.report.WitnessStep;
import dev.ectx.cli.rules.RulePages;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each output format, from a real check and from an audit-style finding with a witness path. */
class FormatsTest {
  private static final String HOSTILE = "String s = \"</script><script>alert(1)</script>\";";

  @TempDir Path dir;

  private Path finding() {
    return CliRun.fixture("loose", dir).resolve("Aliasing.java");
  }

  /** A finding as the audit reports it: with a witness path, and hostile text everywhere. */
  private static Report auditReport() {
    Location access = new Location("src/Uart.java", 12, 5, "    " + HOSTILE);
    Finding finding =
        new Finding(
            "audit.reentrant",
            Severity.ERROR,
            "Uart#transmit calls Client#done synchronously </script><script>",
            access,
            "dev.x.Uart#transmit(byte[])",
            List.of(
                new WitnessStep(Location.of("src/Uart.java", 10, 3), "dev.x.Uart#transmit(byte[])", "@Downcall entered"),
                new WitnessStep(access, "dev.x.Client#done()", "calls the @Upcall <img src=x>")));
    ContextMap map =
        new ContextMap(
            List.of(
                new ContextMap.Node("dev.x.Uart", ContextMap.Kind.CLASS, "Uart</text><script>", null, "kernel"),
                new ContextMap.Node("dev.x.Uart#irq()", ContextMap.Kind.MEMBER, "irq()", "dev.x.Uart", "irq"),
                new ContextMap.Node("dev.x.Uart#tx()", ContextMap.Kind.MEMBER, "tx()", "dev.x.Uart", "kernel")),
            List.of(new ContextMap.Edge("dev.x.Uart#irq()", "dev.x.Uart#tx()", true, "context.call")));
    return new Report("audit", "test", List.of(finding), 0, map);
  }

  @Test
  void jsonParsesBackWithTheDocumentedFields() throws IOException {
    CliRun run = CliRun.of("check", "--format", "json", finding().toString());
    assertEquals(ExitCodes.FINDINGS, run.exit(), run.toString());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(1, json.get("schemaVersion").asInt());
    assertEquals("ectx", json.get("tool").get("name").asText());
    assertEquals("check", json.get("command").asText());
    assertEquals(1, json.get("summary").get("errors").asInt());
    JsonNode first = json.get("findings").get(0);
    assertTrue(first.get("key").asText().matches("[a-z][a-z.]*"), first.toString());
    assertEquals("error", first.get("severity").asText());
    assertEquals(6, first.get("location").get("line").asInt());
    assertTrue(first.get("location").get("file").asText().endsWith("Aliasing.java"));
    assertEquals("    @Unique Object owned = shared;", first.get("location").get("snippet").asText());
    assertEquals("Aliasing#keep(Object)", first.get("member").asText());
    assertTrue(json.get("contextMap").get("nodes").isArray());
  }

  @Test
  void sarifOfARealCheckValidatesAgainstTheSchema() throws IOException {
    Path output = dir.resolve("ectx.sarif");
    CliRun run = CliRun.of("check", "--format", "sarif", "--output", output.toString(), finding().toString());
    assertEquals(ExitCodes.FINDINGS, run.exit(), run.toString());
    assertEquals("", run.out());
    String sarif = Files.readString(output);
    assertValidSarif(sarif);
    JsonNode result = new ObjectMapper().readTree(sarif).get("runs").get(0).get("results").get(0);
    assertEquals(6, result.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
    assertTrue(result.get("partialFingerprints").has("ectxIdentity/v1"));
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
    }
    assertTrue(
        Files.getPosixFilePermissions(output).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
        "a report is readable like any file, not private like a temporary one");
  }

  @Test
  void sarifCarriesRuleMetadataAndWitnessPathsAsCodeFlows() throws IOException {
    StringWriter out = new StringWriter();
    RulePages pages = new RulePages(BundledResources.ofCommand());
    new SarifRenderer(pages).render(auditReport(), out);
    assertValidSarif(out.toString());
    JsonNode run = new ObjectMapper().readTree(out.toString()).get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    JsonNode result = run.get("results").get(0);
    JsonNode rule = rules.get(result.get("ruleIndex").asInt());
    assertEquals("audit.reentrant", rule.get("id").asText());
    assertEquals(pages.summary("audit.reentrant"), rule.get("shortDescription").get("text").asText());
    if (pages.page("audit.reentrant").isPresent()) {
      assertEquals(pages.page("audit.reentrant").get(), rule.get("help").get("markdown").asText());
    }
    JsonNode steps = result.get("codeFlows").get(0).get("threadFlows").get(0).get("locations");
    assertEquals(2, steps.size());
    assertEquals("@Downcall entered", steps.get(0).get("location").get("message").get("text").asText());
  }

  @Test
  void htmlIsOneSelfContainedFileWithEverythingEscaped() throws IOException {
    StringWriter out = new StringWriter();
    new HtmlRenderer(new RulePages(BundledResources.ofCommand())).render(auditReport(), out);
    String html = out.toString();
    String lower = html.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script"), "no script element, not even an injected one");
    assertFalse(lower.contains("<img"), html);
    assertTrue(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    String outside = lower.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    for (String fetch : new String[] {"http:", "https:", "<link", "<img", "<iframe", "<object", "@import"}) {
      assertFalse(outside.contains(fetch), "loads nothing: " + fetch);
    }
    assertTrue(html.contains("default-src 'none'"), "the policy forbids scripts and fetches");
    assertTrue(html.contains("<svg"), "the context map is drawn");
    assertTrue(html.contains("class=\"edge offending\""), "the offending edge is highlighted");
    assertTrue(html.contains("Uart&lt;/text&gt;&lt;script&gt;"), "labels in the SVG are escaped");
    assertTrue(html.contains("@Downcall entered"), "the witness path is listed");
  }

  @Test
  void htmlOfARealCheckEscapesAHostileSourceLine() throws IOException {
    Path file = finding();
    Files.writeString(
        file, Files.readString(file).replace("    @Unique Object owned = shared;", "    @Unique Object owned = shared; " + HOSTILE));
    Path output = dir.resolve("report.html");
    CliRun run = CliRun.of("check", "-f", "html", "-o", output.toString(), file.toString());
    assertEquals(ExitCodes.FINDINGS, run.exit(), run.toString());
    String html = Files.readString(output);
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
    assertTrue(html.contains("&lt;/script&gt;&lt;script&gt;"), html);
  }

  private static void assertValidSarif(String sarif) throws IOException {
    try (InputStream schemaText = FormatsTest.class.getResourceAsStream("/sarif-2.1.0-rtm.5.json")) {
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schemaText);
      List<Error> errors = schema.validate(sarif, InputFormat.JSON);
      assertTrue(errors.isEmpty(), errors + "\n" + sarif);
    }
    JsonNode log = new ObjectMapper().readTree(sarif);
    assertEquals("2.1.0", log.get("version").asText());
  }
}
