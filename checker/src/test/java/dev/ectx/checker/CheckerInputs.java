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
 * The checker's test inputs as families: every top-level folder under {@code test-inputs/} is
 * one family, all its {@code .java} files (subfolders included) compiled together, as the
 * per-directory harness does. Project folders are left out: {@code audit/} (class-file inputs of
 * the audit) and {@code gate/} (outside Maven projects), and any folder with a build file of its
 * own.
 *
 * <p>Most inputs are in the unnamed package; a few declare one (annotation look-alikes such as
 * {@code androidx.annotation.UiThread}, which the checker matches by qualified name, or a
 * package that declares contexts). To compile many inputs in one run, callers move the unnamed
 * ones into packages of their own and keep one copy of each declared-package file: the {@link
 * #library}.
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
   * @return each family's folder name mapped to its files (paths relative to root, with {@code /})
   */
  static Map<String, List<SourceFile>> families(Path root) {
    Map<String, List<SourceFile>> families = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path file : (Iterable<Path>) paths.sorted()::iterator) {
        if (file.toString().endsWith(".java") && isCheckerInput(root, file)) {
          Path relative = root.relativize(file);
          String family = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
          families.computeIfAbsent(family, f -> new ArrayList<>()).add(
              new SourceFile(slashes(root.relativize(file)), Files.readString(file, StandardCharsets.UTF_8)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return families;
  }

  /**
   * The inputs that declare a package, unmoved, one per package and file name (the first found).
   *
   * @param families the families
   * @return the declared-package files
   */
  static List<SourceFile> library(Map<String, List<SourceFile>> families) {
    Map<String, SourceFile> byName = new TreeMap<>();
    for (List<SourceFile> family : families.values()) {
      for (SourceFile file : family) {
        String pkg = SourceTokens.packageName(file.text());
        if (!pkg.isEmpty()) {
          byName.putIfAbsent(pkg + "/" + file.path().substring(file.path().lastIndexOf('/') + 1), file);
        }
      }
    }
    return List.copyOf(byName.values());
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
