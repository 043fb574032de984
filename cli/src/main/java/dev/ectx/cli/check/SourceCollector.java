package dev.ectx.cli.check;

import dev.ectx.cli.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the command's PATH arguments into a {@link SourceSet}:
 *
 * <ol>
 *   <li>a {@code .java} file is checked with the {@code package-info.java} of its folder, so the
 *       contexts its package declares are known;
 *   <li>a folder with a {@code pom.xml} is a Maven project ({@link MavenProject});
 *   <li>any other folder contributes every {@code .java} file below it (hidden folders skipped).
 * </ol>
 */
public final class SourceCollector {
  private static final String CONTEXTS = "ectx.contexts";

  private final MavenProject.Resolver maven;

  /** @param maven how Maven projects get their dependency class path */
  public SourceCollector(MavenProject.Resolver maven) {
    this.maven = maven;
  }

  /**
   * Collects the sources of {@code paths}.
   *
   * @param displayRoot the folder reports show paths relative to (the working directory)
   * @throws InputException when a path is missing, is not Java, or holds no Java source
   */
  public SourceSet collect(List<Path> paths, Path displayRoot) {
    Set<Path> sources = new LinkedHashSet<>();
    List<Path> classpath = new ArrayList<>();
    Map<String, String> options = new LinkedHashMap<>();
    for (Path path : paths) {
      Path absolute = path.toAbsolutePath().normalize();
      if (!Files.exists(absolute)) {
        throw new InputException("no such file or folder: " + path);
      }
      if (Files.isRegularFile(absolute)) {
        if (!absolute.getFileName().toString().endsWith(".java")) {
          throw new InputException("not a Java source file: " + path);
        }
        sources.add(absolute);
        Path packageInfo = absolute.resolveSibling("package-info.java");
        if (Files.isRegularFile(packageInfo)) {
          sources.add(packageInfo);
        }
      } else if (Files.isRegularFile(absolute.resolve("pom.xml"))) {
        MavenProject project = MavenProject.read(absolute);
        if (project.aggregator() && project.sourceRoots().stream().noneMatch(Files::isDirectory)) {
          throw new InputException(
              path + " is a multi-module Maven project: check each module's folder");
        }
        List<Path> found = javaFilesBelow(project.sourceRoots(), path);
        sources.addAll(found);
        classpath.addAll(maven.dependencyClasspath(project));
        project.checkerOptions().forEach((name, value) -> merge(options, name, value));
      } else {
        sources.addAll(javaFilesBelow(List.of(absolute), path));
      }
    }
    return new SourceSet(List.copyOf(sources), classpath, options, displayRoot.toAbsolutePath().normalize());
  }

  /**
   * Adds a build file's checker option. The modules of one run compile together, so their
   * context declarations are united; for any other option the first module's value stays.
   */
  private static void merge(Map<String, String> options, String name, String value) {
    if (name.equals(CONTEXTS) && options.containsKey(CONTEXTS)) {
      Set<String> names = new LinkedHashSet<>(List.of(options.get(CONTEXTS).split(",")));
      names.addAll(List.of(value.split(",")));
      names.removeIf(String::isBlank);
      options.put(CONTEXTS, String.join(",", names));
    } else {
      options.putIfAbsent(name, value);
    }
  }

  /** Every {@code .java} file below {@code roots}, sorted, skipping hidden folders. */
  static List<Path> javaFilesBelow(List<Path> roots, Path shownAs) {
    List<Path> found = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.getFileName().toString().endsWith(".java"))
            .filter(Files::isRegularFile)
            .filter(p -> !isHidden(root.relativize(p)))
            .sorted()
            .forEach(found::add);
      } catch (IOException e) {
        throw new InputException("cannot read " + shownAs + ": " + e.getMessage(), e);
      } catch (UncheckedIOException e) {
        throw new InputException("cannot read " + shownAs + ": " + e.getCause().getMessage(), e);
      }
    }
    if (found.isEmpty()) {
      throw new InputException("no Java source files in " + shownAs);
    }
    return found;
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
