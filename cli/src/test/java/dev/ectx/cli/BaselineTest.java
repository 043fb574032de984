package dev.ectx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adoption with a baseline: write it, then only new findings are reported, across edits. */
class BaselineTest {
  @TempDir Path dir;

  @Test
  void roundTripSurvivesUnrelatedEditsAndReportsOnlyNewFindings() throws IOException {
    Path file = CliRun.fixture("loose", dir).resolve("Aliasing.java");
    Path baseline = dir.resolve("ectx-baseline.json");

    CliRun update = CliRun.of("check", "--baseline", baseline.toString(), "--update-baseline", file.toString());
    assertEquals(ExitCodes.CLEAN, update.exit(), update.toString());
    assertTrue(update.err().contains("wrote 1 findings to the baseline"), update.err());
    JsonNode written = new ObjectMapper().readTree(baseline.toFile());
    assertEquals(1, written.get("version").asInt());
    JsonNode entry = written.get("entries").get(0);
    assertEquals("Aliasing#keep(Object)", entry.get("member").asText());
    assertTrue(entry.get("file").asText().endsWith("Aliasing.java"));
    assertTrue(entry.get("line") == null, "lines are not part of the identity");

    CliRun again = CliRun.of("check", "--baseline", baseline.toString(), file.toString());
    assertEquals(ExitCodes.CLEAN, again.exit(), again.toString());
    assertTrue(again.out().contains("no findings (1 suppressed by the baseline)"), again.out());

    String source = Files.readString(file);
    Files.writeString(file, source.replace("class Aliasing {", "class Aliasing {\n\n  int unrelated;\n"));
    CliRun moved = CliRun.of("check", "--baseline", baseline.toString(), file.toString());
    assertEquals(ExitCodes.CLEAN, moved.exit(), "an edit above the finding keeps it baselined: " + moved);

    Files.writeString(
        file,
        Files.readString(file)
            .replace("  int unrelated;", "  void more(Object other) {\n    @Unique Object mine = other;\n  }"));
    CliRun added = CliRun.of("check", "--baseline", baseline.toString(), file.toString());
    assertEquals(ExitCodes.FINDINGS, added.exit(), added.toString());
    assertTrue(added.out().contains("@Unique Object mine = other;"), added.out());
    assertTrue(!added.out().contains("@Unique Object owned = shared;"), added.out());
    assertTrue(added.out().contains("1 error (1 suppressed by the baseline)"), added.out());
  }
}
