package dev.ectx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ectx.cli.check.BundledSample;
import dev.ectx.cli.check.CheckResult;
import dev.ectx.cli.check.CheckerRun;
import dev.ectx.cli.check.Progress;
import dev.ectx.cli.check.SourceCollector;
import dev.ectx.cli.check.SourceSet;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ectx.cli.report.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ectx check} end to end through {@link Main#run}. */
class CheckCommandTest {
  /** A javac-style first line: file:line:col: error: [key] message. */
  private static final Pattern FINDING_LINE =
      Pattern.compile("(?m)^\\S*Aliasing\\.java:6:\\d+: error: \\[[a-z][a-z.]*\\] .+$");

  @TempDir Path dir;

  @Test
  void aFindingIsPrintedLikeJavacAndExitsWithOne() {
    Path file = CliRun.fixture("loose", dir).resolve("Aliasing.java");
    CliRun run = CliRun.of("check", file.toString());
    assertEquals(ExitCodes.FINDINGS, run.exit(), run.toString());
    assertTrue(FINDING_LINE.matcher(run.out()).find(), run.toString());
    assertTrue(run.out().contains(": error: [unique.required] shared is not @Unique"), run.out());
    assertTrue(run.out().contains("    @Unique Object owned = shared;\n"), run.out());
    assertTrue(Pattern.compile("(?m)^ +\\^$").matcher(run.out()).find(), "caret line: " + run.out());
    assertTrue(run.out().contains("1 error"), run.out());
    assertFalse(run.out().contains("\u001b["), "no colour when not on a terminal");
  }

  @Test
  void cleanSourcesExitWithZero() {
    CliRun run = CliRun.of("check", CliRun.fixture("clean", dir).toString());
    assertEquals(ExitCodes.CLEAN, run.exit(), run.toString());
    assertTrue(run.out().contains("no findings"), run.out());
  }

  @Test
  void colourOnlyOnATerminal() {
    Path file = CliRun.fixture("loose", dir).resolve("Aliasing.java");
    CliRun run = CliRun.with(new Terminal(true, false), "check", file.toString());
    assertTrue(run.out().contains("\u001b[1;31merror:"), run.out());
  }

  @Test
  void noColorTurnsColourOff() {
    assertFalse(Terminal.detect(Map.of("NO_COLOR", "1")).colour());
  }

  @Test
  void quietPrintsOnlyTheFindings() {
    Path file = CliRun.fixture("loose", dir).resolve("Aliasing.java");
    CliRun run = CliRun.of("check", "--quiet", file.toString());
    assertEquals(ExitCodes.FINDINGS, run.exit());
    assertFalse(run.out().contains("1 error"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void progressGoesToStandardErrorOnATerminal() {
    Path file = CliRun.fixture("clean", dir).resolve("Clean.java");
    CliRun run = CliRun.with(new Terminal(false, true), "check", file.toString());
    assertTrue(run.err().contains("checked 1/1 files"), run.err());
    assertFalse(run.out().contains("checked"), run.out());
  }

  @Test
  void checkerOptionsPassThrough() {
    Path file = CliRun.fixture("loose", dir).resolve("Aliasing.java");
    CliRun run = CliRun.of("check", "-Awarns", file.toString());
    assertTrue(run.out().contains(": warning: ["), run.out());
    assertEquals(ExitCodes.FINDINGS, run.exit(), "warnings are findings too");
  }

  @Test
  void contextsAreDeclaredOnTheCommandLine() {
    Path button = CliRun.fixture("contexts", dir).resolve("Button.java");
    CliRun undeclared = CliRun.of("check", button.toString());
    assertTrue(undeclared.out().contains("[context.undeclared] context \"kernel\""), undeclared.out());

    CliRun declared = CliRun.of("check", "--contexts", "kernel,irq", button.toString());
    assertEquals(ExitCodes.FINDINGS, declared.exit(), declared.toString());
    assertFalse(declared.out().contains("context.undeclared"), declared.out());
    assertTrue(declared.out().contains("Button.java:10:"), declared.out());
    assertTrue(declared.out().contains("[context.call] irq code calls"), declared.out());
  }

  @Test
  void theContextMapMarksTheOffendingEdge() throws Exception {
    Path button = CliRun.fixture("contexts", dir).resolve("Button.java");
    CliRun run = CliRun.of("check", "-Aectx.contexts=kernel,irq", "--format", "json", button.toString());
    JsonNode map = new ObjectMapper().readTree(run.out()).get("contextMap");
    List<String> nodes = new ArrayList<>();
    map.get("nodes").forEach(n -> nodes.add(n.get("id").asText() + "@" + n.get("context").asText()));
    assertEquals(List.of("Button@kernel", "Button#count()@kernel", "Button#interrupt()@irq"), nodes);
    JsonNode edge = map.get("edges").get(0);
    assertEquals("Button#interrupt()", edge.get("from").asText());
    assertEquals("Button#count()", edge.get("to").asText());
    assertTrue(edge.get("offending").asBoolean());
    assertEquals("context.call", edge.get("key").asText());
  }

  @Test
  void aMavenProjectFolderIsCheckedWithItsCompilerArguments() {
    Path project = CliRun.fixture("maven-project", dir);
    CliRun run = CliRun.of("check", project.toString());
    assertEquals(ExitCodes.FINDINGS, run.exit(), run.toString());
    assertTrue(
        run.out().contains("src/main/java/demo/Aliasing.java:8:"), "the sources of src/main/java: " + run.out());
    assertTrue(run.out().contains(": warning: ["), "the pom's -Awarns applies: " + run.out());
  }

  @Test
  void withoutPathTheBundledSampleIsCheckedOrTheEmptyBundleIsExplained() {
    CliRun run = CliRun.of("check");
    if (run.exit() == ExitCodes.INPUT_ERROR) {
      assertTrue(run.err().contains("bundles no sample sources"), run.toString());
    } else {
      assertTrue(run.err().contains("checking the bundled sample kernel"), run.toString());
      assertTrue(
          run.out().contains("no findings") || run.out().contains("kernel-sample/src/main/java/"),
          run.toString());
    }
  }

  @Test
  void theBundlingMechanismChecksModulesTogetherWithTheirPackageContexts() {
    try (BundledSample sample =
        BundledSample.extract(BundledResources.ofCommand(), "dev/ectx/cli/sample-fixture")) {
      List<Path> modules = sample.modules();
      assertEquals(2, modules.size());
      SourceSet sources = new SourceCollector(project -> List.of()).collect(modules, sample.root());
      assertTrue(
          sources.sources().stream().anyMatch(p -> p.endsWith("package-info.java")),
          "package-info.java files are compiled, so @DeclareContexts applies");
      assertEquals(
          Map.of("ectx.contexts", "irq,kernel,process"),
          sources.options(),
          "the modules' -A contexts are united, properties filled in, unresolved ones dropped");
      CheckResult result = new CheckerRun(Progress.NONE).check(sources, Map.of());
      assertEquals(4, result.filesChecked());
      List<Finding> findings = result.findings();
      assertEquals(1, findings.size(), findings.toString());
      assertEquals(
          "kernel-sample/src/main/java/dev/fixture/kernel/Board.java", findings.get(0).location().file());
      assertEquals("dev.fixture.kernel.Board#wire(Pin,Object)", findings.get(0).member());
    }
  }
}
