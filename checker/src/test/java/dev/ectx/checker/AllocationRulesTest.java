package dev.ectx.checker;

import java.io.File;
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

  private static String[] options() {
    String[] options =
        Arrays.copyOf(CheckerTestSupport.OPTIONS, CheckerTestSupport.OPTIONS.length + 1);
    options[options.length - 1] = "-Aectx.allocationFree=irq";
    return options;
  }

  /** The family's folder under {@code test-inputs}. */
  @Parameters
  public static String[] getTestDirs() {
    return new String[] {"alloc"};
  }
}
