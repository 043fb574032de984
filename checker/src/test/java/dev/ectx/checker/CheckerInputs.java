package dev.ectx.checker;

import dev.ectx.checker.InMemoryJavac.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The checker's test inputs as families: every folder under {@code test-inputs/} that holds
 * {@code .java} files is one family, compiled together (as the per-directory harness does).
 * Project folders are left out: {@code audit/} (class-file inputs of the audit) and {@code gate/}
 * (outside Maven projects), and any folder with a build file of its own.
 */
final class CheckerInputs {
  /** Top-level folders of {@code test-inputs/} that are not checker inputs. */
  private static final Set<String> NOT_CHECKER_INPUTS = Set.of("audit", "gate");

  private CheckerInputs() {}

  /** The {@code test-inputs} folder: the system property Surefire sets, else next to the module. */
  static Path root() {
    return Paths.get(System.getProperty("ectx.testInputs", "../test-inputs"));
  }

  /**
   * Reads every family, in a stable order (folders and files sorted by path).
   *
   * @param root the {@code test-inputs} folder
   * @return each family's folder (relative to root, with {@code /}) mapped to its files
   */
  static Map<String, List<SourceFile>> families(Path root) {
    Map<String, List<SourceFile>> families = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path file : (Iterable<Path>) paths.sorted()::iterator) {
        if (file.toString().endsWith(".java") && isCheckerInput(root, file)) {
          String folder = slashes(root.relativize(file.getParent()));
          families.computeIfAbsent(folder, f -> new ArrayList<>()).add(
              new SourceFile(slashes(root.relativize(file)), Files.readString(file, StandardCharsets.UTF_8)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return families;
  }

  private static boolean isCheckerInput(Path root, Path file) {
    Path relative = root.relativize(file);
    if (relative.getNameCount() > 1 && NOT_CHECKER_INPUTS.contains(relative.getName(0).toString())) {
      return false;
    }
    for (Path folder = file.getParent(); folder.startsWith(root); folder = folder.getParent()) {
      if (Files.exists(folder.resolve("pom.xml")) || Files.exists(folder.resolve("build.gradle"))) {
        return false;
      }
      if (folder.equals(root)) {
        break;
      }
    }
    return true;
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }
}
