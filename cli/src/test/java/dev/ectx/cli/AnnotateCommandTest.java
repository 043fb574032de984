package dev.ectx.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotateCommandTest {
  private static final String HELPERS = "audit/race/Helpers.java";

  @TempDir Path dir;

  @Test
  void auditAnnotateThenCheckReportsNoNewFinding() throws IOException {
    Path classes = AuditFixtures.classes("race/volatile", dir);
    Path src = dir.resolve("src");
    Path original = AuditFixtures.sources("race/volatile", dir.resolve("original"));
    Path suggestions = dir.resolve("suggestions.json");
    CliRun audit = CliRun.of("audit", classes.toString(), "--classpath",
        AuditFixtures.annotations().toString(), "--suggest", suggestions.toString());
    assertEquals(ExitCodes.CLEAN, audit.exit(), audit.toString());

    CliRun annotate = CliRun.of("annotate", src.toString(), "--from", suggestions.toString());

    assertEquals(ExitCodes.CLEAN, annotate.exit(), annotate.toString());
    String helpers = Files.readString(src.resolve(HELPERS));
    assertTrue(helpers.contains("  @ExecutionContext(\"irq\")\n  static void bump(Counter counter) {"), helpers);
    assertTrue(helpers.contains("  @ExecutionContext(\"kernel\")\n  static int peek(Counter counter) {"), helpers);
    assertEquals(findings(original), findings(src));

    CliRun again = CliRun.of("annotate", src.toString(), "--from", suggestions.toString());
    assertEquals(ExitCodes.CLEAN, again.exit(), again.toString());
    assertTrue(again.err().contains("added 0 annotations in 0 files"), again.toString());
    assertEquals(helpers, Files.readString(src.resolve(HELPERS)));
  }

  @Test
  void dryRunPrintsAUnifiedDiffAndWritesNothing() throws IOException {
    Path classes = AuditFixtures.classes("race/plain", dir);
    Path suggestions = dir.resolve("suggestions.json");
    CliRun.of("audit", classes.toString(), "--suggest", suggestions.toString());
    byte[] before = Files.readAllBytes(dir.resolve("src").resolve(HELPERS));

    CliRun run = CliRun.of("annotate", dir.resolve("src").toString(), "--from",
        suggestions.toString(), "--dry-run");

    assertEquals(ExitCodes.CLEAN, run.exit(), run.toString());
    assertTrue(run.out().startsWith("--- a/audit/race/Helpers.java\n+++ b/audit/race/Helpers.java\n@@ "),
        run.out());
    assertTrue(run.out().contains("\n+import dev.ectx.annotations.ExecutionContext;\n"), run.out());
    assertArrayEquals(before, Files.readAllBytes(dir.resolve("src").resolve(HELPERS)));
  }

  @Test
  void fileThatDoesNotParseIsReportedWithExitTwo() throws IOException {
    Path classes = AuditFixtures.classes("race/plain", dir);
    Path suggestions = dir.resolve("suggestions.json");
    CliRun.of("audit", classes.toString(), "--suggest", suggestions.toString());
    Path broken = dir.resolve("src/audit/race/Broken.java");
    Files.writeString(broken, "class Broken {");

    CliRun run = CliRun.of("annotate", dir.resolve("src").toString(), "--from", suggestions.toString());

    assertEquals(ExitCodes.INPUT_ERROR, run.exit(), run.toString());
    assertTrue(run.err().contains("Broken.java does not parse and is left untouched"), run.err());
    assertEquals("class Broken {", Files.readString(broken));
  }

  @Test
  void missingSuggestionsFileIsAnInputError() {
    CliRun run = CliRun.of("annotate", dir.toString(), "--from", dir.resolve("none.json").toString());

    assertEquals(ExitCodes.INPUT_ERROR, run.exit(), run.toString());
  }

  /** The check findings by key, member and message (lines move when annotations are added). */
  private static List<String> findings(Path sources) throws IOException {
    CliRun run = CliRun.of("check", sources.toString(), "-f", "json", "--contexts", "kernel,irq");
    assertTrue(run.exit() == ExitCodes.CLEAN || run.exit() == ExitCodes.FINDINGS, run.toString());
    List<String> found = new ArrayList<>();
    for (JsonNode f : new ObjectMapper().readTree(run.out()).get("findings")) {
      found.add(f.get("key").asText() + " " + f.path("member").asText() + " " + f.get("message").asText());
    }
    return found;
  }
}
