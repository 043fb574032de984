package dev.ectx.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule page {@code docs/rules/KEY.md} of a key the checker reports keeps its promise: its
 * "Wrong" example reports KEY under the checker and its "Right" example reports nothing. Pages are
 * found, not listed, so a new page is tested as soon as it exists; pages of other tools' keys
 * ({@code audit.*}) are theirs to test.
 *
 * <p>All examples are compiled in one javac run, each in a package of its own, and each example's
 * diagnostics are judged on their own.
 */
class RulePagesTest {
  private static final String WRONG = "Wrong";
  private static final String RIGHT = "Right";

  @TempDir Path work;

  @TestFactory
  Stream<DynamicTest> everyPageCompilesAsItSays() throws IOException {
    Properties messages = checkerMessages();
    List<Path> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(rulesDir())) {
      files
          .filter(p -> p.toString().endsWith(".md"))
          .filter(p -> messages.containsKey(keyOf(p)))
          .sorted()
          .forEach(pages::add);
    }
    assertTrue(!pages.isEmpty(), "no rule pages found in " + rulesDir());
    Map<String, String> examples = new LinkedHashMap<>();
    for (Path page : pages) {
      examples.put(keyOf(page) + "-" + WRONG, example(page, WRONG));
      examples.put(keyOf(page) + "-" + RIGHT, example(page, RIGHT));
    }
    Map<String, List<String>> problems = new CheckerCompiler(work).compileEach(examples);
    return pages.stream()
        .flatMap(
            page -> {
              String key = keyOf(page);
              List<String> wrong = problems.get(key + "-" + WRONG);
              List<String> right = problems.get(key + "-" + RIGHT);
              return Stream.of(
                  DynamicTest.dynamicTest(
                      key + ": Wrong reports it",
                      () ->
                          assertTrue(
                              wrong.stream().anyMatch(p -> p.contains("[" + key + "]")),
                              key + " not reported; got " + wrong)),
                  DynamicTest.dynamicTest(
                      key + ": Right is clean",
                      () -> assertEquals(List.of(), right, key + ": Right example")));
            });
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

  private static String keyOf(Path page) {
    return page.getFileName().toString().replaceFirst("\\.md$", "");
  }

  /** The checker's messages, whose keys are the diagnostic keys it reports. */
  private static Properties checkerMessages() {
    Properties messages = new Properties();
    try (InputStream in =
        ExecutionContextChecker.class.getResourceAsStream("messages.properties")) {
      messages.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return messages;
  }

  private static Path rulesDir() {
    String inputs = System.getProperty("ectx.testInputs", "../test-inputs");
    return Path.of(inputs).toAbsolutePath().normalize().resolveSibling("docs").resolve("rules");
  }
}
