package dev.ectx.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.ectx.checker.InMemoryJavac.SourceFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checker's diagnostics depend only on its input: every test input, checked in one javac
 * run, gives the same diagnostics (with their full message text) when run again, and the same
 * diagnostics per file when the files come in another order. The command's reports build on
 * this (their byte-for-byte determinism is tested with the command).
 */
class CheckerDeterminismTest {
  /** Full message text (no {@code -Anomsgtext}), so that the names in messages are compared too. */
  private static final List<String> OPTIONS =
      List.of("-Aectx.contexts=kernel,irq,process,ui,worker", "-Aectx.allocationFree=irq");

  private static List<SourceFile> inputs;
  private static List<String> firstRun;

  @BeforeAll
  static void checkAllInputsOnce() {
    inputs = allInputsInOneRun();
    firstRun = InMemoryJavac.checked(inputs, OPTIONS).rendered();
  }

  @Test
  void theSameInputsTwiceGiveTheSameDiagnosticsInTheSameOrder() {
    assumeFalse(firstRun.isEmpty(), "the checker reports nothing on the test inputs yet");
    assertEquals(firstRun, InMemoryJavac.checked(inputs, OPTIONS).rendered());
  }

  @Test
  void anotherFileOrderGivesTheSameDiagnostics() {
    assumeFalse(firstRun.isEmpty(), "the checker reports nothing on the test inputs yet");
    List<SourceFile> reversed = new ArrayList<>(inputs);
    Collections.reverse(reversed);
    List<SourceFile> shuffled = new ArrayList<>(inputs);
    Collections.shuffle(shuffled, new Random(inputs.size()));
    assertEquals(sorted(firstRun), sorted(InMemoryJavac.checked(reversed, OPTIONS).rendered()));
    assertEquals(sorted(firstRun), sorted(InMemoryJavac.checked(shuffled, OPTIONS).rendered()));
  }

  /**
   * Every family's unnamed-package files moved to a package named after the family (so families
   * may reuse class names), and one copy of the declared-package files.
   */
  private static List<SourceFile> allInputsInOneRun() {
    Map<String, List<SourceFile>> families = CheckerInputs.families(CheckerInputs.root());
    List<SourceFile> files = new ArrayList<>(CheckerInputs.library(families));
    families.forEach((family, sources) -> {
      for (SourceFile source : sources) {
        if (SourceTokens.packageName(source.text()).isEmpty()) {
          String pkg = "family_" + family.replaceAll("[^A-Za-z0-9_]", "_");
          files.add(MutantFactory.inPackage(pkg, source.path(), source.text()));
        }
      }
    });
    return files;
  }

  private static List<String> sorted(List<String> lines) {
    List<String> copy = new ArrayList<>(lines);
    Collections.sort(copy);
    return copy;
  }
}
