package dev.ectx.cli.check;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.SourcePositions;
import dev.ectx.cli.report.Finding;
import dev.ectx.cli.report.Location;
import dev.ectx.cli.report.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Turns the checker's javac diagnostics ({@code [key] message}, reported through the annotation
 * processing messager) into findings with the source line and the enclosing member.
 */
final class CheckerDiagnostics {
  private static final Pattern KEYED =
      Pattern.compile("^\\[(?:[\\w.]+:)?([A-Za-z][\\w.]*)\\]\\s*(.*)$", Pattern.DOTALL);

  private final SourceSet sources;
  private final SourcePositions positions;
  private final Map<String, CompilationUnitTree> units;
  private final Map<String, MemberLocator> locators = new HashMap<>();
  private final Map<Path, List<String>> lines = new HashMap<>();

  CheckerDiagnostics(
      SourceSet sources, SourcePositions positions, Map<String, CompilationUnitTree> units) {
    this.sources = sources;
    this.positions = positions;
    this.units = units;
  }

  /** Whether {@code diagnostic} comes from an annotation processor (the checker). */
  static boolean isChecker(Diagnostic<?> diagnostic) {
    String code = diagnostic.getCode();
    return code != null && code.startsWith("compiler.") && code.endsWith(".proc.messager");
  }

  Finding toFinding(Diagnostic<? extends JavaFileObject> diagnostic) {
    String text = diagnostic.getMessage(Locale.ROOT).strip();
    Matcher keyed = KEYED.matcher(text);
    String key = keyed.matches() ? keyed.group(1) : "checker";
    String message = keyed.matches() ? keyed.group(2).strip() : text;
    Severity severity =
        switch (diagnostic.getKind()) {
          case ERROR -> Severity.ERROR;
          case WARNING, MANDATORY_WARNING -> Severity.WARNING;
          default -> Severity.NOTE;
        };
    if (diagnostic.getSource() == null) {
      return Finding.of(key, severity, message, Location.of("", 0, 0), null);
    }
    Path file = Path.of(diagnostic.getSource().toUri());
    int line = (int) diagnostic.getLineNumber();
    int column = (int) diagnostic.getColumnNumber();
    Location location =
        new Location(sources.display(file), Math.max(line, 0), Math.max(column, 0), sourceLine(file, line));
    return Finding.of(key, severity, message, location, member(diagnostic));
  }

  private String member(Diagnostic<? extends JavaFileObject> diagnostic) {
    String uri = diagnostic.getSource().toUri().toString();
    CompilationUnitTree unit = units.get(uri);
    if (unit == null || diagnostic.getPosition() == Diagnostic.NOPOS) {
      return null;
    }
    return locators
        .computeIfAbsent(uri, u -> new MemberLocator(unit, positions))
        .memberAt(diagnostic.getPosition());
  }

  private String sourceLine(Path file, int line) {
    List<String> text =
        lines.computeIfAbsent(
            file,
            f -> {
              try {
                return Files.readAllLines(f, StandardCharsets.UTF_8);
              } catch (IOException e) {
                return List.of();
              }
            });
    return line >= 1 && line <= text.size() ? text.get(line - 1) : null;
  }
}
