package dev.ectx.checker;

import java.io.File;
import java.util.List;
import org.checkerframework.framework.test.CheckerFrameworkPerDirectoryTest;
import org.checkerframework.framework.test.TestRootDirectory;
import org.junit.runners.Parameterized.Parameters;

/**
 * Runs the checker, with every rule, over {@code test-inputs/constructs}: the shared corpus of Java
 * constructs; every file must check clean and not crash the checker.
 */
@TestRootDirectory("../test-inputs")
public class ConstructsTest extends CheckerFrameworkPerDirectoryTest {

  /**
   * One run over all files of the folder.
   *
   * @param testFiles the files the harness found
   */
  public ConstructsTest(List<File> testFiles) {
    super(testFiles, ExecutionContextChecker.class, "constructs", CheckerTestSupport.OPTIONS);
  }

  /** The folder under {@code test-inputs}. */
  @Parameters
  public static String[] getTestDirs() {
    return new String[] {"constructs"};
  }
}
