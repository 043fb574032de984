package dev.ectx.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ectx.audit.AuditConfig;
import dev.ectx.audit.AuditResult;
import dev.ectx.audit.Auditor;
import dev.ectx.audit.Finding;
import dev.ectx.audit.Suggestion;
import dev.ectx.audit.SuggestionsFile;
import dev.ectx.audit.TestFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotatorTest {

  private static final String GLUE = "audit/context/Glue.java";

  @Test
  void auditAnnotateRoundTripIsCorrectAndIdempotent(@TempDir Path dir) throws IOException {
    Path sources = copy(TestFixtures.sources("context"), dir.resolve("src"));
    AuditResult first = TestFixtures.audit("context");
    Path file = dir.resolve("suggest.json");
    SuggestionsFile.write(file, first.suggestions());
    String glueBefore = Files.readString(sources.resolve(GLUE));

    AnnotateResult result =
        new Annotator().annotate(List.of(sources), SuggestionsFile.read(file), false);

    assertEquals(List.of(), result.problems());
    assertEquals(List.of(), result.unmatched());
    assertEquals(1, result.changes().size());
    assertEquals(2, result.changes().get(0).added());
    String glueAfter = Files.readString(sources.resolve(GLUE));
    assertTrue(glueAfter.contains("import dev.ectx.annotations.AnyContext;\n"), glueAfter);
    assertTrue(glueAfter.contains("import dev.ectx.annotations.ExecutionContext;\n"), glueAfter);
    assertTrue(glueAfter.contains("  @AnyContext\n  static void blink(Led led) {"), glueAfter);
    assertTrue(glueAfter.contains("  @ExecutionContext(\"irq\")\n  static int pinOf(Led led) {"),
        glueAfter);
    // Every original line is still there, in order: only lines were added.
    assertEquals(glueBefore, removeAddedLines(glueAfter));

    // The annotated sources compile, and their audit has nothing left to suggest and no new finding.
    Path classes = TestFixtures.compile(sources, dir.resolve("classes"));
    AuditResult second = new Auditor().audit(
        new AuditConfig(List.of(classes), List.of(TestFixtures.annotations()), List.of()));
    assertEquals(List.of(), second.suggestions());
    assertEquals(messages(first.findings()), messages(second.findings()));

    // A second run changes nothing.
    AnnotateResult again = new Annotator().annotate(List.of(sources), first.suggestions(), false);
    assertEquals(List.of(), again.changes());
    assertEquals(glueAfter, Files.readString(sources.resolve(GLUE)));
  }

  @Test
  void dryRunPrintsTheDiffAndWritesNothing(@TempDir Path dir) throws IOException {
    Path sources = copy(TestFixtures.sources("context"), dir.resolve("src"));
    byte[] before = Files.readAllBytes(sources.resolve(GLUE));

    AnnotateResult result = new Annotator().annotate(
        List.of(sources), TestFixtures.audit("context").suggestions(), true);

    assertArrayEquals(before, Files.readAllBytes(sources.resolve(GLUE)));
    String diff = result.changes().get(0).diff();
    assertTrue(diff.startsWith("--- a/audit/context/Glue.java\n+++ b/audit/context/Glue.java\n@@ "),
        diff);
    assertTrue(diff.contains("\n+  @ExecutionContext(\"irq\")\n"), diff);
    assertTrue(diff.contains("\n+import dev.ectx.annotations.AnyContext;\n"), diff);
  }

  @Test
  void fileThatFailsToParseIsReportedAndLeftUntouched(@TempDir Path dir) throws IOException {
    Path sources = copy(TestFixtures.sources("context"), dir.resolve("src"));
    Path broken = sources.resolve("audit/context/Broken.java");
    Files.writeString(broken, "package audit.context;\nclass Broken { void f( }\n");
    byte[] brokenBefore = Files.readAllBytes(broken);

    AnnotateResult result = new Annotator().annotate(
        List.of(sources), TestFixtures.audit("context").suggestions(), false);

    assertEquals(1, result.problems().size());
    assertTrue(result.problems().get(0).message().contains("does not parse"));
    assertArrayEquals(brokenBefore, Files.readAllBytes(broken));
    assertEquals(1, result.changes().size(), "the other files are still annotated");
  }

  @Test
  void fileLinkedFromOutsideTheRootIsNeverWritten(@TempDir Path dir) throws IOException {
    Path outside = copy(TestFixtures.sources("context"), dir.resolve("outside"));
    Path root = Files.createDirectories(dir.resolve("root/audit/context"));
    Files.createSymbolicLink(root.resolve("Glue.java"), outside.resolve(GLUE));
    byte[] before = Files.readAllBytes(outside.resolve(GLUE));

    AnnotateResult result = new Annotator().annotate(
        List.of(dir.resolve("root")), TestFixtures.audit("context").suggestions(), false);

    assertEquals(List.of(), result.changes());
    assertTrue(result.problems().get(0).message().contains("resolves outside the root"));
    assertArrayEquals(before, Files.readAllBytes(outside.resolve(GLUE)));
  }

  @Test
  void suggestionForAMethodNotInTheSourcesIsUnmatched(@TempDir Path dir) throws IOException {
    Path sources = copy(TestFixtures.sources("context"), dir.resolve("src"));
    Suggestion elsewhere = new Suggestion("audit.context.Glue", "missing", List.of(), 0,
        List.of("irq"), Suggestion.EXECUTION_CONTEXT, "irq");

    AnnotateResult result = new Annotator().annotate(List.of(sources), List.of(elsewhere), false);

    assertEquals(List.of(elsewhere), result.unmatched());
    assertEquals(List.of(), result.changes());
  }

  private static List<String> messages(List<Finding> findings) {
    return findings.stream().map(f -> f.key() + " " + f.message()).toList();
  }

  private static String removeAddedLines(String text) {
    return text.replace("import dev.ectx.annotations.AnyContext;\n", "")
        .replace("import dev.ectx.annotations.ExecutionContext;\n", "")
        .replace("  @AnyContext\n", "")
        .replace("  @ExecutionContext(\"irq\")\n", "")
        .replaceFirst("package audit.context;\n\n\n", "package audit.context;\n\n");
  }

  private static Path copy(List<Path> from, Path to) throws IOException {
    for (Path root : from) {
      copy(root, to);
    }
    return to;
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }
}
