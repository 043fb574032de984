package dev.ectx.checker;

import java.io.File;
import java.util.List;
import org.checkerframework.framework.test.CheckerFrameworkPerDirectoryTest;
import org.checkerframework.framework.test.TestRootDirectory;
import org.junit.runners.Parameterized.Parameters;

/**
 * Runs the checker over {@code test-inputs/structure} and compares with the expected diagnostics.
 */
@TestRootDirectory("../test-inputs")
public class StructureRulesTest extends CheckerFrameworkPerDirectoryTest {

  /**
   * One run over all files of the family.
   *
   * @param testFiles the files the harness found
   */
  public StructureRulesTest(List<File> testFiles) {
    super(testFiles, ExecutionContextChecker.class, "structure", CheckerTestSupport.OPTIONS);
  }

  /** The family's folder under {@code test-inputs}. */
  @Parameters
  public static String[] getTestDirs() {
    return new String[] {"structure"};
  }
}
