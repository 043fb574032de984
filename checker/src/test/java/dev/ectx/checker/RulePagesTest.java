package dev.ectx.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule page {@code docs/rules/KEY.md} keeps its promise: its "Wrong" example reports KEY
 * under the checker and its "Right" example reports nothing. Pages are found, not listed, so a
 * new page is tested as soon as it exists. Pages marked "Checked by: ectx audit" are the audit's
 * (their keys are not the checker's); the audit module's tests audit their examples.
 */
class RulePagesTest {
  @TempDir Path work;

  @TestFactory
  Stream<DynamicTest> everyPageCompilesAsItSays() throws IOException {
    List<Path> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(rulesDir())) {
      files
          .filter(p -> p.toString().endsWith(".md"))
          .filter(p -> !p.getFileName().toString().equals("README.md"))
          .filter(p -> !checkedByAudit(p))
          .sorted()
          .forEach(pages::add);
    }
    assertTrue(!pages.isEmpty(), "no rule pages found in " + rulesDir());
    return pages.stream().flatMap(this::testsOf);
  }

  private Stream<DynamicTest> testsOf(Path page) {
    String key = page.getFileName().toString().replaceFirst("\\.md$", "");
    CheckerCompiler compiler = new CheckerCompiler(work);
    return Stream.of(
        DynamicTest.dynamicTest(
            key + ": Wrong reports it",
            () -> {
              CheckerCompiler.Result result =
                  compiler.compile(key + "-wrong", example(page, "Wrong"));
              assertTrue(result.reports(key), key + " not reported; got " + result.problems());
            }),
        DynamicTest.dynamicTest(
            key + ": Right is clean",
            () -> {
              CheckerCompiler.Result result =
                  compiler.compile(key + "-right", example(page, "Right"));
              assertEquals(List.of(), result.problems(), key + ": Right example");
            }));
  }

  /** The first {@code java} code block under the page's heading {@code ## section}. */
  static String example(Path page, String section) throws IOException {
    String text = Files.readString(page);
    Matcher heading = Pattern.compile("(?m)^## " + section + "\\s*$").matcher(text);
    assertTrue(heading.find(), page + " has no '## " + section + "' section");
    Matcher block = Pattern.compile("(?s)```java\\n(.*?)```").matcher(text);
    assertTrue(block.find(heading.end()), page + ": no java block under " + section);
    Matcher next = Pattern.compile("(?m)^## ").matcher(text);
    if (next.find(heading.end())) {
      assertTrue(block.start() < next.start(), page + ": no java block under " + section);
    }
    return block.group(1);
  }

  private static boolean checkedByAudit(Path page) {
    try {
      return Files.readString(page).contains("\nChecked by: ectx audit\n");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path rulesDir() {
    String inputs = System.getProperty("ectx.testInputs", "../test-inputs");
    return Path.of(inputs).toAbsolutePath().normalize().resolveSibling("docs").resolve("rules");
  }
}
