package dev.ectx.cli.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one run of the checker compiles: the source files, the class path they need, and the
 * checker options that their build declares.
 *
 * @param sources the {@code .java} files, absolute, no duplicates
 * @param classpath the class path entries (jars and class folders) of the sources' dependencies
 * @param options checker options ({@code ectx.contexts} and the like, without {@code -A}) found in
 *     the inputs' build files; the command line's own options take precedence
 * @param displayRoot the folder that file names in the report are relative to
 */
public record SourceSet(
    List<Path> sources, List<Path> classpath, Map<String, String> options, Path displayRoot) {

  /** Freezes the lists. */
  public SourceSet {
    sources = List.copyOf(sources);
    classpath = List.copyOf(classpath);
    options = Map.copyOf(options);
  }

  /** How a source file is shown in reports: relative to the display root when below it. */
  public String display(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(displayRoot) ? displayRoot.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}
