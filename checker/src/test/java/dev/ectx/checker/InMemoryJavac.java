package dev.ectx.checker;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs javac in this JVM on sources held in memory, with or without the ectx checker, and
 * keeps everything it reported. Compilation stops after flow analysis (the checker runs there),
 * so no class files are written.
 */
final class InMemoryJavac {
  /**
   * A source file that exists only in memory.
   *
   * @param path its path relative to a source root, e.g. {@code mutants/m7/CallRule.java}
   * @param text its content
   */
  record SourceFile(String path, String text) {}

  /**
   * What one compilation reported.
   *
   * @param diagnostics every diagnostic, in the order javac reported them
   * @param thrown what escaped from javac, or null
   */
  record Outcome(List<Diagnostic<? extends JavaFileObject>> diagnostics, Throwable thrown) {

    /** The first sign of a crash: an escaped throwable or a checker crash report; else null. */
    String crash() {
      if (thrown != null) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        return trace.toString();
      }
      for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
        String message = diagnostic.getMessage(Locale.ROOT);
        if (isCheckerMessage(diagnostic) && CRASH_REPORT.matcher(message).find()) {
          return message;
        }
      }
      return null;
    }

    /** The paths of the sources that javac itself (not the checker) reported an error in. */
    List<String> pathsWithJavacErrors() {
      List<String> paths = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
        if (diagnostic.getKind() == Diagnostic.Kind.ERROR && !isCheckerMessage(diagnostic)
            && diagnostic.getSource() instanceof MemorySource source) {
          paths.add(source.path);
        }
      }
      return paths;
    }

    /** Every diagnostic as {@code path:line:column: kind: message}, in reported order. */
    List<String> rendered() {
      List<String> lines = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
        String path = diagnostic.getSource() instanceof MemorySource source ? source.path : "-";
        lines.add(path + ":" + diagnostic.getLineNumber() + ":" + diagnostic.getColumnNumber() + ": "
            + diagnostic.getKind() + ": " + diagnostic.getMessage(Locale.ROOT));
      }
      return lines;
    }
  }

  /** How the Checker Framework (and javac for a failing processor) report a crash. */
  private static final Pattern CRASH_REPORT = Pattern.compile(
      "crashed|buggy|BugInCF|uncaught exception|\\n\\s*at [\\w$.]+\\(");

  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

  private InMemoryJavac() {}

  /**
   * Compiles the sources together with plain javac (no annotation processing).
   *
   * @param sources the files
   * @return what javac reported
   */
  static Outcome plain(List<SourceFile> sources) {
    return compile(sources, false, List.of());
  }

  /**
   * Compiles the sources together with the ectx checker.
   *
   * @param sources the files
   * @param checkerOptions {@code -A...} options for the checker
   * @return what javac and the checker reported
   */
  static Outcome checked(List<SourceFile> sources, List<String> checkerOptions) {
    return compile(sources, true, checkerOptions);
  }

  private static Outcome compile(List<SourceFile> sources, boolean withChecker, List<String> extra) {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path classes = temporaryDirectory();
    List<String> options = new ArrayList<>(List.of(
        "-classpath", System.getProperty("java.class.path"),
        "-d", classes.toString(),
        "-implicit:none", "-nowarn", "-Xlint:none", "-Xmaxerrs", "100000", "-Xmaxwarns", "100000",
        // Stop after flow analysis, and get there even when some file has errors, so every
        // file's errors are reported; the checker runs at the end of flow analysis.
        "-XDshould-stop.ifNoError=FLOW", "-XDshould-stop.ifError=FLOW"));
    if (!withChecker) {
      options.add("-proc:none");
    }
    options.addAll(extra);
    List<JavaFileObject> units = new ArrayList<>();
    for (SourceFile source : sources) {
      units.add(new MemorySource(source.path(), source.text()));
    }
    Throwable thrown = null;
    try (StandardJavaFileManager files = JAVAC.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          JAVAC.getTask(new StringWriter(), files, diagnostics, options, null, units);
      if (withChecker) {
        task.setProcessors(List.of(new ExecutionContextChecker()));
      }
      task.call();
    } catch (RuntimeException | Error e) {
      thrown = e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(classes);
    }
    return new Outcome(List.copyOf(diagnostics.getDiagnostics()), thrown);
  }

  private static boolean isCheckerMessage(Diagnostic<?> diagnostic) {
    return diagnostic.getCode() != null && diagnostic.getCode().endsWith("proc.messager");
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("ectx-javac");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path directory) {
    try (var paths = Files.walk(directory)) {
      paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover empty temporary directory is harmless.
    }
  }

  /** A source file object backed by a string; its URI carries the path so javac's name checks work. */
  private static final class MemorySource extends SimpleJavaFileObject {
    private final String path;
    private final String text;

    MemorySource(String path, String text) {
      super(URI.create("mem:///" + path), Kind.SOURCE);
      this.path = path;
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
