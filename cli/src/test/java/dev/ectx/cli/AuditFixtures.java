package dev.ectx.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ectx.annotations.ExecutionContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** The audit's fixtures ({@code test-inputs/audit/CASE}): copied sources and compiled classes. */
final class AuditFixtures {
  private AuditFixtures() {}

  /** The annotations jar or folder, the classpath of every fixture. */
  static Path annotations() {
    try {
      return Path.of(ExecutionContext.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A copy of the case's sources in {@code dir/src}; a case {@code family/variant} brings {@code
   * family/common} along, as the audit module's fixtures do.
   */
  static Path sources(String caseName, Path dir) {
    Path own = Path.of(System.getProperty("ectx.repositoryRoot", ".."), "test-inputs", "audit", caseName);
    Path common = own.resolveSibling("common");
    Path to = dir.resolve("src");
    copy(own, to);
    if (caseName.contains("/") && Files.isDirectory(common)) {
      copy(common, to);
    }
    return to;
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!Files.exists(target)) {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles the sources under {@code src} into {@code out} with plain javac. */
  static Path compile(Path src, Path out) {
    try (Stream<Path> walk = Files.walk(src)) {
      List<Path> files = walk.filter(p -> p.toString().endsWith(".java")).toList();
      Files.createDirectories(out);
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      StringWriter log = new StringWriter();
      try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
        boolean ok = javac.getTask(log, fm, null,
            List.of("-d", out.toString(), "-cp", annotations().toString(), "-g", "-proc:none"),
            null, fm.getJavaFileObjectsFromPaths(files)).call();
        assertTrue(ok, log.toString());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The case's sources copied into {@code dir} and compiled into {@code dir/classes}. */
  static Path classes(String caseName, Path dir) {
    return compile(sources(caseName, dir), dir.resolve("classes"));
  }
}
