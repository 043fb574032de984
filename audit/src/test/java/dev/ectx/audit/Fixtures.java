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
 * target/audit-fixtures/CASE} once per test run, so every audit test reads real class files. A
 * case {@code family/variant} is compiled together with {@code family/common} when that exists
 * (the race and UART variants share everything but the class that differs).
 */
final class Fixtures {
  private static final Map<String, Path> COMPILED = new HashMap<>();

  private Fixtures() {}

  /** The source folders of a case: its own, and its family's common one if there is one. */
  static List<Path> sources(String caseName) {
    Path root = Paths.get(System.getProperty("ectx.testInputs", "../test-inputs"), "audit");
    Path own = root.resolve(caseName);
    Path common = own.resolveSibling("common");
    return caseName.contains("/") && Files.isDirectory(common) ? List.of(own, common) : List.of(own);
  }

  /** The repository's {@code docs} folder. */
  static Path docs() {
    return Paths.get(System.getProperty("ectx.testInputs", "../test-inputs")).resolveSibling("docs");
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

  /** Compiles every {@code .java} file under {@code sourceRoots} into {@code out}. */
  static Path compile(List<Path> sourceRoots, Path out) {
    try {
      Files.createDirectories(out);
      List<Path> files = new ArrayList<>();
      for (Path root : sourceRoots) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
        }
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      StringWriter log = new StringWriter();
      try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
        boolean ok = javac.getTask(log, fm, null,
            List.of("-d", out.toString(), "-cp", annotations().toString(), "-g", "-proc:none"),
            null, fm.getJavaFileObjectsFromPaths(files)).call();
        assertTrue(ok, "fixture " + sourceRoots + " does not compile:\n" + log);
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
