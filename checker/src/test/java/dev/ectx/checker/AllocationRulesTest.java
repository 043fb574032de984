package dev.ectx.checker;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.checkerframework.framework.test.CheckerFrameworkPerDirectoryTest;
import org.checkerframework.framework.test.TestRootDirectory;
import org.junit.runners.Parameterized.Parameters;

/**
 * Runs the checker over {@code test-inputs/alloc}, with context {@code irq} allocation-free, and
 * compares with the expected diagnostics.
 */
@TestRootDirectory("../test-inputs")
public class AllocationRulesTest extends CheckerFrameworkPerDirectoryTest {

  /**
   * One run over all files of the family.
   *
   * @param testFiles the files the harness found
   */
  public AllocationRulesTest(List<File> testFiles) {
    super(testFiles, ExecutionContextChecker.class, "alloc", options());
  }

  /** The shared options, context {@code irq} allocation-free, and a warning for stale stubs. */
  private static String[] options() {
    List<String> options = new ArrayList<>(Arrays.asList(CheckerTestSupport.OPTIONS));
    options.add("-Aectx.allocationFree=irq");
    options.add("-AstubWarnIfNotFound");
    return options.toArray(new String[0]);
  }

  /** The family's folder under {@code test-inputs}. */
  @Parameters
  public static String[] getTestDirs() {
    return new String[] {"alloc"};
  }
}
