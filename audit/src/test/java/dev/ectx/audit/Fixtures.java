package dev.ectx.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ectx.annotations.ExecutionContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the sources of {@code test-inputs/audit/CASE} with javac into {@code
 * target/audit-fixtures/CASE} once per test run, so every audit test reads real class files.
 */
final class Fixtures {
  private static final Map<String, Path> COMPILED = new HashMap<>();

  private Fixtures() {}

  /** The test-inputs folder of the audit. */
  static Path sources(String caseName) {
    return Paths.get(System.getProperty("ectx.testInputs", "../test-inputs"), "audit", caseName);
  }

  /** The annotations jar or classes folder the fixtures compile against. */
  static Path annotations() {
    try {
      return Paths.get(
          ExecutionContext.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The compiled classes of {@code caseName}. */
  static synchronized Path classes(String caseName) {
    return COMPILED.computeIfAbsent(caseName,
        c -> compile(sources(c), Paths.get("target", "audit-fixtures", c)));
  }

  /** Compiles every {@code .java} file under {@code sourceRoot} into {@code out}. */
  static Path compile(Path sourceRoot, Path out) {
    try {
      Files.createDirectories(out);
      List<Path> files = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(sourceRoot)) {
        walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      StringWriter log = new StringWriter();
      try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
        boolean ok = javac.getTask(log, fm, null,
            List.of("-d", out.toString(), "-cp", annotations().toString(), "-g", "-proc:none"),
            null, fm.getJavaFileObjectsFromPaths(files)).call();
        assertTrue(ok, "fixture " + sourceRoot + " does not compile:\n" + log);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Audits a compiled case with the annotations on the classpath. */
  static AuditResult audit(String caseName) {
    return new Auditor().audit(
        new AuditConfig(List.of(classes(caseName)), List.of(annotations()), List.of()));
  }

  /** The findings of {@code result} with key {@code key}. */
  static List<Finding> withKey(AuditResult result, String key) {
    return result.findings().stream().filter(f -> f.key().equals(key)).toList();
  }
}
