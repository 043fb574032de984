package dev.ectx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** {@code ectx explain KEY} for every key of DESIGN.md. */
class ExplainCommandTest {
  /** Every diagnostic key of DESIGN.md's rule tables. */
  static final List<String> DESIGN_KEYS =
      List.of(
          "context.call", "context.field", "context.static", "context.override", "context.undeclared",
          "send.unsendable", "unique.moved", "unique.required", "unique.field", "borrowed.escape",
          "mutalias.field", "mutalias.variant", "immutable.field", "shared.field", "cs.escape",
          "alloc.forbidden", "audit.context", "audit.race", "audit.reentrant", "audit.trusted");

  static Stream<String> designKeys() {
    return DESIGN_KEYS.stream();
  }

  /**
   * The page of each key is the repository's {@code docs/rules/KEY.md}, printed as is. Pages are
   * written by the engineers of each rule; a key whose page is not in this tree yet is skipped
   * with its name, and checked as soon as the page arrives.
   */
  @ParameterizedTest
  @MethodSource("designKeys")
  void explainPrintsThePageOfEveryDesignKey(String key) throws Exception {
    Path page = Path.of(System.getProperty("ectx.repositoryRoot", ".."), "docs", "rules", key + ".md");
    assumeTrue(Files.isRegularFile(page), "no page docs/rules/" + key + ".md yet");
    CliRun run = CliRun.of("explain", key);
    assertEquals(ExitCodes.CLEAN, run.exit(), run.toString());
    assertEquals(Files.readString(page).strip(), run.out().strip());
    assertTrue(run.out().contains("## Wrong") && run.out().contains("## Right"), run.out());
  }

  @Test
  void anUnknownKeyListsTheKnownOnes() {
    CliRun run = CliRun.of("explain", "context.bogus");
    assertEquals(ExitCodes.INPUT_ERROR, run.exit());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("ectx: error: no rule page for 'context.bogus'; known keys: "), run.err());
  }

  @Test
  void aKeyThatIsAPathIsRefused() {
    assertEquals(ExitCodes.INPUT_ERROR, CliRun.of("explain", "../README").exit());
  }

  @Test
  void listShowsEveryBundledPage() throws Exception {
    CliRun run = CliRun.of("explain", "--list");
    assertEquals(ExitCodes.CLEAN, run.exit());
    Path rules = Path.of(System.getProperty("ectx.repositoryRoot", ".."), "docs", "rules");
    try (Stream<Path> pages = Files.list(rules)) {
      for (Path page : pages.filter(p -> !p.endsWith("README.md")).toList()) {
        String key = page.getFileName().toString().replace(".md", "");
        assertTrue(run.out().contains(key + "  "), key + " in " + run.out());
      }
    }
  }
}
