package dev.ectx.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ectx.checker.InMemoryJavac.Outcome;
import com.sun.management.OperatingSystemMXBean;
import dev.ectx.checker.InMemoryJavac.SourceFile;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The checker must survive bad input: seeded mutants of every test input (see {@link
 * SourceMutator} for the edits) go through javac with the checker, and the only acceptable
 * results are diagnostics and javac errors: no exception, no Checker Framework crash report.
 *
 * <p>The Checker Framework stops type-checking for the rest of a javac run once javac itself
 * reported an error, so mutants are first sorted with plain javac: those that compile are
 * checked together in large batches (each mutant lives in its own package), those with javac
 * errors in one run of their own. Every run also gets one copy of the inputs that declare a
 * package ({@link CheckerInputs#library}). A batch that crashes is split in halves until the crashing
 * mutant is found; the failure shows its source and the stack trace.
 *
 * <p>System properties: {@code ectx.mutation.seed} (default {@value #DEFAULT_SEED}; the seed is
 * printed), {@code ectx.mutation.count} (default {@value #DEFAULT_COUNT}), {@code
 * ectx.mutation.batch} (mutants per checker run, default {@value #DEFAULT_BATCH}).
 */
class MutationRobustnessTest {
  private static final long DEFAULT_SEED = 20261124L;
  private static final int DEFAULT_COUNT = 1000;
  private static final int DEFAULT_BATCH = 500;

  /** The test options, plus an allocation-free context so rule A's code runs too. */
  private static final List<String> CHECKER_OPTIONS = options();

  @Test
  void mutantsOfEveryTestInputNeverCrashTheChecker() {
    long seed = Long.getLong("ectx.mutation.seed", DEFAULT_SEED);
    int count = Integer.getInteger("ectx.mutation.count", DEFAULT_COUNT);
    int batchSize = Integer.getInteger("ectx.mutation.batch", DEFAULT_BATCH);
    System.out.println("MutationRobustnessTest: seed " + seed
        + " (rerun with -Dectx.mutation.seed=" + seed + "), " + count + " mutants");
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();

    Map<String, List<SourceFile>> families = CheckerInputs.families(CheckerInputs.root());
    assertFalse(families.isEmpty(), "no test inputs under " + CheckerInputs.root());
    List<SourceFile> library = CheckerInputs.library(families);
    assertEquals(List.of(), InMemoryJavac.plain(library).rendered(), "the declared-package inputs");
    List<Mutant> mutants =
        new MutantFactory(families, standaloneInputs(families, library)).create(count, seed);
    assertEquals(count, mutants.size(), "mutants made");

    List<Mutant> compilable = new ArrayList<>();
    List<Mutant> broken = new ArrayList<>();
    sortByJavacErrors(mutants, library, compilable, broken);
    long sorted = System.nanoTime();
    for (int from = 0; from < compilable.size(); from += batchSize) {
      assertNoCrash(compilable.subList(from, Math.min(from + batchSize, compilable.size())), library);
    }
    long checked = System.nanoTime();
    assertNoCrash(broken, library);

    System.out.printf("MutationRobustnessTest: %d mutants of %d inputs: %d compile and were"
            + " type-checked, %d have javac errors; by operator: %s%n",
        mutants.size(), families.values().stream().mapToInt(List::size).sum(), compilable.size(),
        broken.size(), byOperator(mutants));
    System.out.printf("MutationRobustnessTest: %.1f s (making and sorting %.1f s, checking the"
            + " compiling ones %.1f s, the others %.1f s), CPU time of the test JVM %.1f s%n",
        seconds(System.nanoTime() - start), seconds(sorted - start), seconds(checked - sorted),
        seconds(System.nanoTime() - checked), seconds(processCpuNanos() - cpuStart));
    assertFalse(compilable.isEmpty(), "no mutant compiled, so none was type-checked");
  }

  @Test
  void aCrashingBatchIsSplitUntilTheCrashingMutantIsNamed() {
    List<Mutant> batch = trivialMutants(9);
    Optional<String> report = findCrash(batch, mutants -> outcome(mutants.contains(batch.get(6))));
    assertTrue(report.orElseThrow().startsWith("mutant 6 of in/X.java"), report.get());
    assertTrue(report.get().contains("IllegalStateException: crash"), report.get());
    assertTrue(findCrash(batch, mutants -> outcome(false)).isEmpty());
  }

  @Test
  void aCrashThatNeedsTwoMutantsTogetherNamesTheBatch() {
    List<Mutant> batch = trivialMutants(2);
    Optional<String> report = findCrash(batch, mutants -> outcome(mutants.size() == 2));
    assertTrue(report.orElseThrow().startsWith("no single mutant"), report.get());
  }

  private static List<Mutant> trivialMutants(int count) {
    List<Mutant> mutants = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      mutants.add(new Mutant(i, "in/X.java", SourceMutator.Operator.DELETE_TOKEN, "-",
          List.of(new SourceFile("mutants/m" + i + "/X.java", "class X {}"))));
    }
    return mutants;
  }

  private static Outcome outcome(boolean crashed) {
    return new Outcome(List.of(), crashed ? new IllegalStateException("crash") : null);
  }

  /** Paths of the inputs that compile alone (each moved to a package of its own) with the library. */
  private static Set<String> standaloneInputs(Map<String, List<SourceFile>> families,
      List<SourceFile> library) {
    List<SourceFile> moved = new ArrayList<>(library);
    Map<String, String> originOf = new HashMap<>();
    int number = 0;
    for (List<SourceFile> family : families.values()) {
      for (SourceFile input : family) {
        SourceFile file = MutantFactory.inPackage("originals.o" + number++, input.path(), input.text());
        moved.add(file);
        originOf.put(file.path(), input.path());
      }
    }
    Set<String> standalone = new HashSet<>(originOf.values());
    for (String path : InMemoryJavac.plain(moved).pathsWithJavacErrors()) {
      standalone.remove(originOf.get(path));
    }
    return standalone;
  }

  /** Splits mutants by whether plain javac reports an error in any of their files. */
  private static void sortByJavacErrors(List<Mutant> mutants, List<SourceFile> library,
      List<Mutant> compilable, List<Mutant> broken) {
    Outcome outcome = InMemoryJavac.plain(filesOf(mutants, library));
    if (outcome.crash() != null) {
      fail("javac itself crashed on the mutants, before the checker ran:\n" + outcome.crash());
    }
    Set<String> withErrors = new HashSet<>(outcome.pathsWithJavacErrors());
    for (Mutant mutant : mutants) {
      boolean clean = mutant.files().stream().noneMatch(f -> withErrors.contains(f.path()));
      (clean ? compilable : broken).add(mutant);
    }
  }

  private static void assertNoCrash(List<Mutant> batch, List<SourceFile> library) {
    if (!batch.isEmpty()) {
      findCrash(batch, mutants -> InMemoryJavac.checked(filesOf(mutants, library), CHECKER_OPTIONS))
          .ifPresent(report -> fail("the checker crashed on " + report));
    }
  }

  /**
   * Compiles the batch; if it crashes, bisects it to the mutant that crashes alone.
   *
   * @return a report naming the crashing mutant with its source and the stack trace, or empty
   */
  static Optional<String> findCrash(List<Mutant> batch, Function<List<Mutant>, Outcome> javac) {
    String crash = javac.apply(batch).crash();
    if (crash == null) {
      return Optional.empty();
    }
    if (batch.size() == 1) {
      return Optional.of(batch.get(0).report() + "\n--- crash ---\n" + crash);
    }
    List<Mutant> left = batch.subList(0, batch.size() / 2);
    List<Mutant> right = batch.subList(batch.size() / 2, batch.size());
    Optional<String> alone = findCrash(left, javac).or(() -> findCrash(right, javac));
    if (alone.isPresent()) {
      return alone;
    }
    StringBuilder together = new StringBuilder("no single mutant, only these together:\n");
    batch.forEach(m -> together.append(m.report()).append('\n'));
    return Optional.of(together.append("--- crash ---\n").append(crash).toString());
  }

  /** The library's files, then every mutant's. */
  private static List<SourceFile> filesOf(List<Mutant> mutants, List<SourceFile> library) {
    List<SourceFile> files = new ArrayList<>(library);
    mutants.forEach(m -> files.addAll(m.files()));
    return files;
  }

  private static Map<SourceMutator.Operator, Integer> byOperator(List<Mutant> mutants) {
    Map<SourceMutator.Operator, Integer> counts = new EnumMap<>(SourceMutator.Operator.class);
    for (Mutant mutant : mutants) {
      counts.merge(mutant.operator(), 1, Integer::sum);
    }
    return counts;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static long processCpuNanos() {
    return ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getProcessCpuTime();
  }

  private static List<String> options() {
    List<String> options = new ArrayList<>(List.of(CheckerTestSupport.OPTIONS));
    options.add("-Aectx.allocationFree=irq");
    return List.copyOf(options);
  }
}
