package dev.ectx.cli.check;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.checker.qual.Aliased;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import org.checkerframework.framework.qual.SubtypeOf;

/**
 * The class path entries the checker itself needs next to the checked code: the checker's
 * internal qualifiers and the Checker Framework's, and ectx's annotations when the checked code's
 * class path brings none (so a loose file checks with no setup). They come from wherever this
 * command loaded them: its own jar, or the build's class folders.
 */
final class SupportClasspath {
  private static final String ANNOTATION_CLASS = "dev/ectx/annotations/ExecutionContext.class";

  private SupportClasspath() {}

  /** {@code userClasspath} followed by the entries the checker needs. */
  static List<Path> complete(List<Path> userClasspath) {
    Set<Path> entries = new LinkedHashSet<>(userClasspath);
    if (userClasspath.stream().noneMatch(SupportClasspath::holdsAnnotations)) {
      entries.add(locationOf(ExecutionContext.class));
    }
    entries.add(locationOf(Aliased.class));
    entries.add(locationOf(SubtypeOf.class));
    return new ArrayList<>(entries);
  }

  private static boolean holdsAnnotations(Path entry) {
    if (Files.isDirectory(entry)) {
      return Files.isRegularFile(entry.resolve(ANNOTATION_CLASS));
    }
    if (!Files.isRegularFile(entry)) {
      return false;
    }
    try (JarFile jar = new JarFile(entry.toFile())) {
      return jar.getEntry(ANNOTATION_CLASS) != null;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static Path locationOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null) {
      throw new IllegalStateException("cannot locate the classes of " + type.getName());
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
