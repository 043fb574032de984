package dev.ectx.checker;

import java.io.File;
import java.util.List;
import org.checkerframework.framework.test.CheckerFrameworkPerDirectoryTest;
import org.checkerframework.framework.test.TestRootDirectory;
import org.junit.runners.Parameterized.Parameters;

/**
 * Runs the checker, with every rule, over {@code test-inputs/unannotated}: code that uses no ectx
 * annotation; no rule may fire on it.
 */
@TestRootDirectory("../test-inputs")
public class UnannotatedTest extends CheckerFrameworkPerDirectoryTest {

  /**
   * One run over all files of the folder.
   *
   * @param testFiles the files the harness found
   */
  public UnannotatedTest(List<File> testFiles) {
    super(testFiles, ExecutionContextChecker.class, "unannotated", CheckerTestSupport.OPTIONS);
  }

  /** The folder under {@code test-inputs}. */
  @Parameters
  public static String[] getTestDirs() {
    return new String[] {"unannotated"};
  }
}
