package dev.ectx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input gives one line naming the cause, exit code 2, and no stack trace. */
class BadInputTest {
  @TempDir Path dir;

  private static void assertOneLine(CliRun run, String cause) {
    assertEquals(ExitCodes.INPUT_ERROR, run.exit(), run.toString());
    assertEquals(1, run.err().lines().count(), "one line: " + run.err());
    assertTrue(run.err().startsWith("ectx: error: "), run.err());
    assertTrue(run.err().contains(cause), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    assertEquals("", run.out());
  }

  @Test
  void missingPath() {
    assertOneLine(CliRun.of("check", dir.resolve("Nope.java").toString()), "no such file or folder: ");
  }

  @Test
  void notAJavaFile() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
    assertOneLine(CliRun.of("check", text.toString()), "not a Java source file: ");
  }

  @Test
  void folderWithoutSources() {
    assertOneLine(CliRun.of("check", dir.toString()), "no Java source files in ");
  }

  @Test
  void fileThatDoesNotParse() {
    Path broken = CliRun.fixture("broken", dir).resolve("Broken.java");
    assertOneLine(CliRun.of("check", broken.toString()), "Broken.java:2:22: illegal start of expression");
  }

  @Test
  void missingClassPathEntry() {
    Path clean = CliRun.fixture("clean", dir);
    String classpath = dir.resolve("lib/absent.jar").toString();
    assertOneLine(CliRun.of("check", "--classpath", classpath, clean.toString()), "class path entry not found: ");
  }

  @Test
  void classMissingFromTheClassPath() {
    Path uses = CliRun.fixture("missing-class", dir);
    assertOneLine(CliRun.of("check", uses.toString()), "pass it with --classpath");
  }

  @Test
  void mavenProjectWhoseDependenciesDoNotResolve() {
    Path project = CliRun.fixture("maven-unresolvable", dir);
    CliRun run = CliRun.of("check", "--quiet", project.toString());
    assertOneLine(run, "cannot resolve the dependencies of ");
  }

  @Test
  void multiModuleMavenProject() throws IOException {
    Files.writeString(
        dir.resolve("pom.xml"),
        "<project><modelVersion>4.0.0</modelVersion><modules><module>a</module></modules></project>");
    assertOneLine(CliRun.of("check", dir.toString()), "is a multi-module Maven project: check each module's folder");
  }

  @Test
  void pomThatIsNotXml() throws IOException {
    Files.writeString(dir.resolve("pom.xml"), "<project>");
    assertOneLine(CliRun.of("check", dir.toString()), "cannot read ");
  }

  @Test
  void unknownOption() {
    assertOneLine(CliRun.of("check", "--bogus"), "Unknown option: '--bogus'");
  }

  @Test
  void unknownFormat() {
    assertOneLine(CliRun.of("check", "--format", "pdf"), "--format");
  }

  @Test
  void updateBaselineWithoutBaseline() {
    assertOneLine(CliRun.of("check", "--update-baseline"), "--update-baseline needs --baseline FILE");
  }

  @Test
  void missingBaseline() {
    Path clean = CliRun.fixture("clean", dir);
    assertOneLine(
        CliRun.of("check", "--baseline", dir.resolve("absent.json").toString(), clean.toString()),
        "baseline not found: ");
  }

  @Test
  void corruptBaseline() throws IOException {
    Path clean = CliRun.fixture("clean", dir);
    Path baseline = Files.writeString(dir.resolve("baseline.json"), "{ not json");
    assertOneLine(
        CliRun.of("check", "--baseline", baseline.toString(), clean.toString()), "not an ectx baseline: ");
  }

  @Test
  void outputIntoAMissingFolderWritesNothing() {
    Path clean = CliRun.fixture("clean", dir);
    Path output = dir.resolve("absent" + File.separator + "report.json");
    assertOneLine(
        CliRun.of("check", "--format", "json", "--output", output.toString(), clean.toString()),
        "cannot write ");
    assertFalse(Files.exists(output.getParent()));
  }

  @Test
  void verboseAddsTheStackTrace() {
    CliRun run = CliRun.of("check", "--verbose", dir.resolve("Nope.java").toString());
    assertEquals(ExitCodes.INPUT_ERROR, run.exit());
    assertTrue(run.err().contains("\tat "), run.err());
  }
}
