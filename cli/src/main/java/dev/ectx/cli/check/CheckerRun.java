package dev.ectx.cli.check;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.Trees;
import dev.ectx.checker.ExecutionContextChecker;
import dev.ectx.cli.InputException;
import dev.ectx.cli.report.Finding;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;

/**
 * Runs javac in this process with the ectx checker as its only annotation processor, through
 * attribution and flow analysis (no class files are written), and turns the checker's
 * diagnostics into findings. Errors of javac itself (a file that does not parse, a missing class)
 * are input errors: the sources must compile before they can be checked.
 */
public final class CheckerRun {
  private final Progress progress;

  /** @param progress hears about each checked file */
  public CheckerRun(Progress progress) {
    this.progress = progress;
  }

  /**
   * Checks {@code sources}.
   *
   * @param sources what to compile
   * @param checkerOptions the checker options ({@code ectx.contexts} to its value), merged over
   *     those of the sources' build files
   * @throws InputException when there is no compiler, a class path entry is missing, or javac
   *     reports an error of its own
   */
  public CheckResult check(SourceSet sources, Map<String, String> checkerOptions) {
    JavaCompiler compiler = SystemCompiler.require();
    for (Path entry : sources.classpath()) {
      if (!Files.exists(entry)) {
        throw new InputException("class path entry not found: " + entry);
      }
    }
    Map<String, String> options = new LinkedHashMap<>(sources.options());
    options.putAll(checkerOptions);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavacTask task =
          (JavacTask)
              compiler.getTask(
                  null,
                  files,
                  diagnostics,
                  javacOptions(SupportClasspath.complete(sources.classpath()), options),
                  null,
                  files.getJavaFileObjectsFromPaths(sources.sources()));
      task.setProcessors(List.of(new ExecutionContextChecker()));
      task.addTaskListener(new FileCounter(sources.sources().size()));
      Iterable<? extends CompilationUnitTree> units = task.parse();
      failOnJavacErrors(diagnostics.getDiagnostics(), sources);
      task.analyze();
      failOnJavacErrors(diagnostics.getDiagnostics(), sources);
      return result(task, units, diagnostics.getDiagnostics(), sources);
    } catch (IOException e) {
      throw new InputException("cannot read the sources: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new InputException("javac refused its options: " + e.getMessage(), e);
    }
  }

  private static List<String> javacOptions(List<Path> classpath, Map<String, String> checkerOptions) {
    List<String> options = new ArrayList<>();
    options.add("-classpath");
    options.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    options.add("-encoding");
    options.add("UTF-8");
    options.add("-Xmaxerrs");
    options.add("100000");
    options.add("-Xmaxwarns");
    options.add("100000");
    checkerOptions.forEach(
        (name, value) -> options.add(value.isEmpty() ? "-A" + name : "-A" + name + "=" + value));
    return options;
  }

  private static void failOnJavacErrors(
      List<Diagnostic<? extends JavaFileObject>> diagnostics, SourceSet sources) {
    List<Diagnostic<? extends JavaFileObject>> errors =
        diagnostics.stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR && !CheckerDiagnostics.isChecker(d))
            .toList();
    if (errors.isEmpty()) {
      return;
    }
    Diagnostic<? extends JavaFileObject> first = errors.get(0);
    StringBuilder line = new StringBuilder("cannot compile ");
    if (first.getSource() != null) {
      line.append(sources.display(Path.of(first.getSource().toUri())))
          .append(':')
          .append(first.getLineNumber())
          .append(':')
          .append(first.getColumnNumber())
          .append(": ");
    } else {
      line.append("the sources: ");
    }
    line.append(first.getMessage(Locale.ROOT).lines().findFirst().orElse(""));
    if (first.getCode() != null && first.getCode().startsWith("compiler.err.cant.resolve")
        || "compiler.err.doesnt.exist".equals(first.getCode())) {
      line.append(" (is the class path complete? pass it with --classpath)");
    }
    if (errors.size() > 1) {
      line.append(" (and ").append(errors.size() - 1).append(" more javac errors)");
    }
    throw new InputException(line.toString());
  }

  private static CheckResult result(
      JavacTask task,
      Iterable<? extends CompilationUnitTree> units,
      List<Diagnostic<? extends JavaFileObject>> diagnostics,
      SourceSet sources) {
    Trees trees = Trees.instance(task);
    Map<String, CompilationUnitTree> unitsByUri = new HashMap<>();
    for (CompilationUnitTree unit : units) {
      unitsByUri.put(unit.getSourceFile().toUri().toString(), unit);
    }
    CheckerDiagnostics converter = new CheckerDiagnostics(sources, trees.getSourcePositions(), unitsByUri);
    List<Finding> findings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
      if (CheckerDiagnostics.isChecker(diagnostic)) {
        findings.add(converter.toFinding(diagnostic));
      }
    }
    findings.sort(
        Comparator.comparing((Finding f) -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::key));
    ContextMapBuilder map = new ContextMapBuilder(trees, findings);
    for (CompilationUnitTree unit : units) {
      map.add(unit, sources.display(Path.of(unit.getSourceFile().toUri())));
    }
    return new CheckResult(findings, map.build(), sources.sources().size());
  }

  /** Reports progress as javac finishes analysing each file. */
  private final class FileCounter implements TaskListener {
    private final Set<String> done = new HashSet<>();
    private final int total;

    FileCounter(int total) {
      this.total = total;
    }

    @Override
    public void finished(TaskEvent event) {
      if (event.getKind() == TaskEvent.Kind.ANALYZE
          && event.getSourceFile() != null
          && done.add(event.getSourceFile().toUri().toString())) {
        progress.advanced(done.size(), total);
      }
    }
  }
}
