package dev.ectx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real runnable jar ({@code target/ectx.jar}) run with {@code java -jar}: its manifest opens
 * javac to the checker, its resources hold the rule pages and the sample, and a JRE without javac
 * gets a clear message. Runs after the shade step (failsafe).
 */
class JarIT {
  private static final Path JAR = Path.of(System.getProperty("ectx.jar", "target/ectx.jar"));
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @TempDir Path dir;

  private static CliRun run(Path java, Path workDir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(workDir.toFile()).start();
    process.getOutputStream().close();
    byte[] err = process.getErrorStream().readAllBytes();
    byte[] out = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES));
    return new CliRun(
        process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  private CliRun ectx(String... args) throws IOException, InterruptedException {
    return run(JAVA, dir, args);
  }

  @Test
  void versionAndHelp() throws Exception {
    assertTrue(ectx("--version").out().startsWith("ectx "));
    CliRun help = ectx("check", "--help");
    assertEquals(ExitCodes.CLEAN, help.exit());
    assertTrue(help.out().contains("Examples:"), help.out());
  }

  @Test
  void checksWithTheCheckerInProcess() throws Exception {
    CliRun.fixture("loose", dir);
    CliRun text = ectx("check", "loose/Aliasing.java");
    assertEquals(ExitCodes.FINDINGS, text.exit(), text.toString());
    assertTrue(text.out().startsWith("loose/Aliasing.java:6:"), "paths relative to the working directory: " + text);
    assertFalse(text.err().contains("IllegalAccessError"), text.err());

    CliRun json = ectx("check", "--format", "json", "loose");
    JsonNode parsed = new ObjectMapper().readTree(json.out());
    assertEquals(1, parsed.get("summary").get("errors").asInt(), json.toString());
  }

  @Test
  void theCheckedCodeSeesTheAnnotationsButNotTheCommandsLibraries() throws Exception {
    CliRun.fixture("clean", dir);
    CliRun.fixture("sees-command", dir);
    assertEquals(ExitCodes.CLEAN, ectx("check", "clean").exit());
    CliRun leaking = ectx("check", "sees-command");
    assertEquals(ExitCodes.INPUT_ERROR, leaking.exit(), leaking.toString());
    assertTrue(leaking.err().contains("package picocli does not exist"), leaking.err());
  }

  @Test
  void explainReadsThePagesFromTheJar() throws Exception {
    CliRun list = ectx("explain", "--list");
    assertEquals(ExitCodes.CLEAN, list.exit(), list.toString());
    Path rules = Path.of(System.getProperty("ectx.repositoryRoot", ".."), "docs", "rules");
    try (Stream<Path> pages = Files.list(rules)) {
      for (Path page : pages.filter(p -> !p.endsWith("README.md")).toList()) {
        String key = page.getFileName().toString().replace(".md", "");
        assertTrue(list.out().contains(key + "  "), key + " listed: " + list.out());
        assertEquals(Files.readString(page).strip(), ectx("explain", key).out().strip());
      }
    }
    assertEquals(ExitCodes.INPUT_ERROR, ectx("explain", "no.such").exit());
  }

  @Test
  void withoutPathTheBundledSampleIsChecked() throws Exception {
    CliRun run = ectx("check");
    if (run.exit() == ExitCodes.INPUT_ERROR) {
      assertTrue(run.err().contains("bundles no sample sources"), run.toString());
    } else {
      assertTrue(run.err().contains("checking the bundled sample kernel"), run.toString());
    }
  }

  @Test
  void aRuntimeWithoutJavacGetsOneClearLine() throws Exception {
    Path jre = runtimeWithoutJavac();
    CliRun.fixture("clean", dir);
    CliRun run = run(jre.resolve("bin").resolve("java"), dir, "check", "clean");
    assertEquals(ExitCodes.INPUT_ERROR, run.exit(), run.toString());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("ectx: error: no Java compiler in this Java runtime"), run.err());
  }

  /** A small runtime with the javax.tools API but no javac, made once per build with jlink. */
  private static synchronized Path runtimeWithoutJavac() throws IOException, InterruptedException {
    Path jre = JAR.toAbsolutePath().getParent().resolve("jre-without-javac");
    if (Files.isExecutable(jre.resolve("bin").resolve("java"))) {
      return jre;
    }
    Path jlink = Path.of(System.getProperty("java.home"), "bin", "jlink");
    Process process =
        new ProcessBuilder(
                jlink.toString(), "--add-modules", "java.base,java.compiler,java.xml",
                "--no-header-files", "--no-man-pages", "--output", jre.toString())
            .inheritIO()
            .start();
    assertEquals(0, process.waitFor(), "jlink");
    return jre;
  }
}
