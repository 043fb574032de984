package dev.ectx.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of the audit's rule pages ({@code docs/rules/audit.*.md}, marked "Checked by: ectx
 * audit") are compiled and audited: the Wrong block must report the page's key, the Right block
 * must not.
 */
class AuditRulePagesTest {
  private static final Pattern BLOCK =
      Pattern.compile("## (Wrong|Right)\\n```java\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> wrongReportsTheKeyAndRightDoesNot() throws IOException {
    Path rules = Fixtures.docs().resolve("rules");
    List<Path> pages;
    try (Stream<Path> files = Files.list(rules)) {
      pages = files.filter(p -> p.getFileName().toString().startsWith("audit.")).sorted().toList();
    }
    assertEquals(4, pages.size(), pages.toString());
    return pages.stream().flatMap(page -> {
      String key = page.getFileName().toString().replace(".md", "");
      String text = read(page);
      assertTrue(text.startsWith("# " + key + "\n\nChecked by: ectx audit\n"), key);
      Matcher m = BLOCK.matcher(text);
      Stream.Builder<DynamicTest> tests = Stream.builder();
      while (m.find()) {
        String kind = m.group(1);
        String code = m.group(2);
        tests.add(DynamicTest.dynamicTest(key + " " + kind, () -> {
          Path src = Files.createDirectories(dir.resolve(key + "-" + kind + "/src"));
          Files.writeString(src.resolve("Example.java"), code);
          Path classes = Fixtures.compile(List.of(src), dir.resolve(key + "-" + kind + "/classes"));
          AuditResult result = new Auditor().audit(
              new AuditConfig(List.of(classes), List.of(Fixtures.annotations()), List.of()));
          List<Finding> found = Fixtures.withKey(result, key);
          if (kind.equals("Wrong")) {
            assertFalse(found.isEmpty(), key + " Wrong reports nothing: " + result.findings());
          } else {
            assertEquals(List.of(), found);
          }
        }));
      }
      return tests.build();
    });
  }

  private static String read(Path page) {
    try {
      return Files.readString(page);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
