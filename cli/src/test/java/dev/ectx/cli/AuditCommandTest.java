package dev.ectx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
  @TempDir Path dir;

  private CliRun audit(String caseName, String... options) {
    String[] args = new String[options.length + 4];
    args[0] = "audit";
    args[1] = AuditFixtures.classes(caseName, dir).toString();
    args[2] = "--classpath";
    args[3] = AuditFixtures.annotations().toString();
    System.arraycopy(options, 0, args, 4, options.length);
    return CliRun.of(args);
  }

  @Test
  void raceIsPrintedWithBothWitnessPathsAndExitsWithOne() {
    CliRun run = audit("race/plain");

    assertEquals(ExitCodes.FINDINGS, run.exit(), run.toString());
    assertTrue(run.out().contains("audit/race/Helpers.java:8: error: [audit.race] Field Counter.ticks"),
        run.out());
    assertTrue(run.out().contains("  witness path:\n"), run.out());
    assertTrue(run.out().contains("audit.race.Helpers#bump(Counter): [irq] writes Counter.ticks"), run.out());
    assertTrue(run.out().contains("audit.race.Helpers#peek(Counter): [kernel] reads Counter.ticks"), run.out());
  }

  @Test
  void cleanProgramExitsWithZero() {
    CliRun run = audit("uart/deferred");

    assertEquals(ExitCodes.CLEAN, run.exit(), run.toString());
  }

  @Test
  void trustedNotesAloneDoNotFailTheRun() {
    CliRun run = audit("trusted");

    assertEquals(ExitCodes.CLEAN, run.exit(), run.toString());
    assertTrue(run.out().contains("note: [audit.trusted]"), run.out());
  }

  @Test
  void sarifCarriesTheWitnessAsACodeFlowAndValidates() throws IOException {
    CliRun run = audit("uart/reentrant", "-f", "sarif");

    assertEquals(ExitCodes.FINDINGS, run.exit(), run.toString());
    assertValidSarif(run.out());
    JsonNode result = new ObjectMapper().readTree(run.out()).get("runs").get(0).get("results").get(0);
    assertEquals("audit.reentrant", result.get("ruleId").asText());
    JsonNode steps = result.get("codeFlows").get(0).get("threadFlows").get(0).get("locations");
    assertEquals(3, steps.size(), steps.toString());
  }

  @Test
  void jsonCarriesTheContextPicture() throws IOException {
    CliRun run = audit("context", "-f", "json");

    JsonNode map = new ObjectMapper().readTree(run.out()).get("contextMap");
    assertTrue(map.get("edges").get(0).get("to").asText().equals("audit.context.Led#toggle()"),
        map.toString());
  }

  @Test
  void suggestWritesTheSuggestionsFile() throws IOException {
    Path file = dir.resolve("suggestions.json");

    CliRun run = audit("race/volatile", "--suggest", file.toString());

    assertEquals(ExitCodes.CLEAN, run.exit(), run.toString());
    String json = Files.readString(file);
    assertTrue(json.contains("\"method\" : \"bump\""), json);
    assertTrue(json.contains("\"context\" : \"irq\""), json);
  }

  @Test
  void corruptClassFileIsAnInputErrorWithExitTwo() throws IOException {
    Files.writeString(dir.resolve("Junk.class"), "junk");

    CliRun run = CliRun.of("audit", dir.toString());

    assertEquals(ExitCodes.INPUT_ERROR, run.exit(), run.toString());
    assertTrue(run.err().startsWith("ectx: error: "), run.err());
    assertTrue(run.err().contains("Junk.class is not a class file"), run.err());
  }

  @Test
  void malformedEntryIsAUsageError() {
    CliRun run = audit("context", "--entry", "NoMethodHere=irq");

    assertEquals(ExitCodes.INPUT_ERROR, run.exit(), run.toString());
    assertTrue(run.err().contains("Class#method=context"), run.err());
  }

  private static void assertValidSarif(String sarif) throws IOException {
    try (InputStream schemaText = AuditCommandTest.class.getResourceAsStream("/sarif-2.1.0-rtm.5.json")) {
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schemaText);
      List<Error> errors = schema.validate(sarif, InputFormat.JSON);
      assertTrue(errors.isEmpty(), errors + "\n" + sarif);
    }
  }
}
