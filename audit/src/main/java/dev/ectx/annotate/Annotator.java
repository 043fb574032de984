package dev.ectx.annotate;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import dev.ectx.audit.AuditInputException;
import dev.ectx.audit.Messages;
import dev.ectx.audit.Suggestion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes suggested annotations into Java sources with JavaParser's lexical-preserving printer, so
 * every byte outside the added annotations and imports stays as it was.
 *
 * <ol>
 *   <li>Only {@code .java} files inside the given roots (folders or single files) are read, and a
 *       file whose real path (after symbolic links) leaves its root is never written.
 *   <li>A file that fails to parse is reported and left untouched.
 *   <li>A method that already has a context annotation is left alone, so running twice changes
 *       nothing the second time.
 *   <li>A changed file is written whole to a temporary file beside it, then renamed over it.
 *   <li>A dry run writes nothing and returns the unified diffs.
 * </ol>
 */
public final class Annotator {
  private final JavaParser parser = new JavaParser(new ParserConfiguration()
      .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
      .setCharacterEncoding(StandardCharsets.UTF_8));

  /**
   * Applies {@code suggestions} to the sources under {@code roots}.
   *
   * @throws AuditInputException if a root does not exist
   */
  public AnnotateResult annotate(List<Path> roots, List<Suggestion> suggestions, boolean dryRun) {
    List<AnnotateResult.Change> changes = new ArrayList<>();
    List<AnnotateResult.Problem> problems = new ArrayList<>();
    Set<Suggestion> unmatched = new LinkedHashSet<>(suggestions);
    for (Path root : roots) {
      for (Path file : javaFiles(root)) {
        annotateFile(root, file, suggestions, dryRun, changes, problems, unmatched);
      }
    }
    return new AnnotateResult(changes, problems, new ArrayList<>(unmatched));
  }

  private void annotateFile(Path root, Path file, List<Suggestion> suggestions, boolean dryRun,
      List<AnnotateResult.Change> changes, List<AnnotateResult.Problem> problems,
      Set<Suggestion> unmatched) {
    try {
      if (!insideRoot(root, file)) {
        problems.add(new AnnotateResult.Problem(file, Messages.format("annotate.outside", file, root)));
        return;
      }
      String before = Files.readString(file, StandardCharsets.UTF_8);
      ParseResult<CompilationUnit> parsed = parser.parse(before);
      if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
        String why = parsed.getProblems().isEmpty() ? "" : parsed.getProblems().get(0).getMessage();
        problems.add(new AnnotateResult.Problem(file, Messages.format("annotate.parse", file, why)));
        return;
      }
      CompilationUnit unit = LexicalPreservingPrinter.setup(parsed.getResult().get());
      SourceAnnotator annotator = new SourceAnnotator(unit);
      Set<String> declared = Set.copyOf(annotator.classNames());
      int added = 0;
      for (Suggestion s : suggestions) {
        if (declared.contains(s.className()) && annotator.declares(s)) {
          unmatched.remove(s);
          added += annotator.apply(s) ? 1 : 0;
        }
      }
      if (added == 0) {
        return;
      }
      String after = annotator.withImports(LexicalPreservingPrinter.print(unit));
      Path label = Files.isDirectory(root) ? root.relativize(file) : file.getFileName();
      changes.add(new AnnotateResult.Change(file, added,
          UnifiedDiff.of(label.toString().replace('\\', '/'), before, after)));
      if (!dryRun) {
        replace(file, after);
      }
    } catch (IOException | RuntimeException e) {
      problems.add(new AnnotateResult.Problem(file, Messages.format("annotate.io", file, e.getMessage())));
    }
  }

  private static List<Path> javaFiles(Path root) {
    if (!Files.exists(root)) {
      throw new AuditInputException(Messages.format("input.missing", root));
    }
    if (!Files.isDirectory(root)) {
      return root.toString().endsWith(".java") ? List.of(root) : List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
          .sorted().toList();
    } catch (IOException e) {
      throw new AuditInputException(Messages.format("input.unreadable", root, e.getMessage()), e);
    }
  }

  /** Whether {@code file}, with every symbolic link resolved, is still inside {@code root}. */
  private static boolean insideRoot(Path root, Path file) throws IOException {
    Path realRoot = root.toRealPath();
    Path realFile = file.toRealPath();
    return Files.isDirectory(realRoot) ? realFile.startsWith(realRoot) : realFile.equals(realRoot);
  }

  /** Writes the whole new text beside the file, then renames it over the file. */
  private static void replace(Path file, String text) throws IOException {
    Path real = file.toRealPath();
    Path temp = Files.createTempFile(real.getParent(), ".ectx-annotate-", ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
