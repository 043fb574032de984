package dev.ectx.checker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles Java source text in-process with the ectx checker as annotation processor. */
final class CheckerCompiler {
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "public\\s+(?:final\\s+|abstract\\s+|sealed\\s+)*(?:class|interface|enum|record|@interface)\\s+(\\w+)");

  private final Path workDir;

  /**
   * A compiler writing sources and classes under {@code workDir}.
   *
   * @param workDir a fresh directory
   */
  CheckerCompiler(Path workDir) {
    this.workDir = workDir;
  }

  /**
   * Compiles one compilation unit with the checker and {@link CheckerTestSupport#OPTIONS}.
   *
   * @param name a name for the unit's folder
   * @param source the unit's text
   * @param classPath extra class path entries (may be empty)
   * @return the output folder of the compiled classes and the diagnostics javac reported
   */
  Result compile(String name, String source, Path... classPath) {
    try {
      Path dir = Files.createDirectories(workDir.resolve(name));
      Path sourceFile = dir.resolve(publicTypeName(source) + ".java");
      Files.writeString(sourceFile, source);
      Path classes = Files.createDirectories(dir.resolve("classes"));
      return new Result(classes, run(sourceFile, classes, classPath));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles several compilation units in one javac run with the checker, each in a package of its
   * own so that their class names cannot clash.
   *
   * @param sources each unit's text by a name for it (letters, digits, dots and dashes)
   * @return each unit's errors and warnings, one line each, by its name
   */
  Map<String, List<String>> compileEach(Map<String, String> sources) {
    try {
      Path dir = Files.createDirectories(workDir.resolve("each"));
      Map<Path, String> names = new HashMap<>();
      Map<String, List<String>> problems = new LinkedHashMap<>();
      for (Map.Entry<String, String> unit : sources.entrySet()) {
        String pkg = "unit_" + unit.getKey().replaceAll("[^A-Za-z0-9]", "_");
        Path file =
            Files.createDirectories(dir.resolve(pkg))
                .resolve(publicTypeName(unit.getValue()) + ".java");
        Files.writeString(file, "package " + pkg + ";\n" + unit.getValue());
        names.put(file.toAbsolutePath().normalize(), unit.getKey());
        problems.put(unit.getKey(), new ArrayList<>());
      }
      Path classes = Files.createDirectories(dir.resolve("classes"));
      for (Diagnostic<? extends JavaFileObject> d : run(names.keySet(), classes)) {
        if (d.getKind() == Diagnostic.Kind.NOTE || d.getKind() == Diagnostic.Kind.OTHER) {
          continue;
        }
        String line = (d.getLineNumber() - 1) + ": " + d.getMessage(Locale.ROOT);
        String name =
            d.getSource() == null
                ? null
                : names.get(Path.of(d.getSource().toUri()).toAbsolutePath().normalize());
        for (Map.Entry<String, List<String>> unit : problems.entrySet()) {
          if (name == null || name.equals(unit.getKey())) {
            unit.getValue().add(line);
          }
        }
      }
      return problems;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Diagnostic<? extends JavaFileObject>> run(
      Path sourceFile, Path classes, Path... classPath) throws IOException {
    return run(List.of(sourceFile), classes, classPath);
  }

  private static List<Diagnostic<? extends JavaFileObject>> run(
      Collection<Path> sourceFiles, Path classes, Path... classPath) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    String path = System.getProperty("java.class.path");
    for (Path entry : classPath) {
      path = entry + java.io.File.pathSeparator + path;
    }
    List<String> options = new ArrayList<>(Arrays.asList(CheckerTestSupport.OPTIONS));
    options.addAll(
        List.of(
            "-processor", ExecutionContextChecker.class.getName(),
            "-classpath", path,
            "-d", classes.toString()));
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      javac
          .getTask(
              null,
              files,
              diagnostics,
              options,
              null,
              files.getJavaFileObjectsFromPaths(sourceFiles))
          .call();
    }
    return diagnostics.getDiagnostics();
  }

  private static String publicTypeName(String source) {
    Matcher m = PUBLIC_TYPE.matcher(source);
    return m.find() ? m.group(1) : "Example";
  }

  /** What one compilation produced. */
  static final class Result {
    final Path classes;
    final List<Diagnostic<? extends JavaFileObject>> diagnostics;

    Result(Path classes, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
      this.classes = classes;
      this.diagnostics = diagnostics;
    }

    /** The errors and warnings, one line each. */
    List<String> problems() {
      return diagnostics.stream()
          .filter(d -> d.getKind() != Diagnostic.Kind.NOTE && d.getKind() != Diagnostic.Kind.OTHER)
          .map(d -> d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
          .collect(Collectors.toList());
    }

    /** Whether some diagnostic carries {@code key}. */
    boolean reports(String key) {
      return problems().stream().anyMatch(p -> p.contains("[" + key + "]"));
    }
  }
}
