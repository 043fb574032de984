package dev.ectx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The conventions: help with examples, version, completion script, usage without a command. */
class HelpAndVersionTest {
  @Test
  void helpShowsSubcommandsExamplesAndExitCodes() {
    CliRun run = CliRun.of("--help");
    assertEquals(ExitCodes.CLEAN, run.exit());
    assertTrue(run.out().contains("check"), run.out());
    assertTrue(run.out().contains("explain"), run.out());
    assertTrue(run.out().contains("Examples:"), run.out());
    assertTrue(run.out().contains("2  usage or input error"), run.out());
  }

  @Test
  void checkHelpShowsItsOptionsAndExamples() {
    CliRun run = CliRun.of("check", "--help");
    assertEquals(ExitCodes.CLEAN, run.exit());
    for (String option : new String[] {"--classpath", "--contexts", "-A", "--format", "--output", "--baseline", "--update-baseline", "--quiet", "--verbose"}) {
      assertTrue(run.out().contains(option), option + " in " + run.out());
    }
    assertTrue(run.out().contains("text, json, sarif, html"), run.out());
    assertTrue(run.out().contains("ectx check Driver.java --contexts kernel,irq"), run.out());
  }

  @Test
  void versionNamesEctx() {
    CliRun run = CliRun.of("--version");
    assertEquals(ExitCodes.CLEAN, run.exit());
    assertTrue(run.out().matches("(?s)ectx \\d+\\.\\d+\\.\\d+.*"), run.out());
  }

  @Test
  void completionScriptIsGenerated() {
    CliRun run = CliRun.of("generate-completion");
    assertEquals(ExitCodes.CLEAN, run.exit());
    assertTrue(run.out().contains("complete -F"), "a bash/zsh completion script");
    assertTrue(run.out().contains("explain"), run.out().substring(0, 200));
  }

  @Test
  void noSubcommandPrintsUsage() {
    CliRun run = CliRun.of();
    assertEquals(ExitCodes.CLEAN, run.exit());
    assertTrue(run.out().startsWith("Usage: ectx"), run.out());
  }
}
