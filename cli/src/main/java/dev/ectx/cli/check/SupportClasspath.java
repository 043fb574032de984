package dev.ectx.cli.check;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.checker.qual.Aliased;
import dev.ectx.cli.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.checkerframework.framework.qual.SubtypeOf;

/**
 * The class path entries the checker needs next to the checked code: the Checker Framework's
 * qualifiers and the checker's own (the framework looks them up on the class path), and ectx's
 * annotations and cells when the checked code's class path brings none, so a loose file checks
 * with no setup. During the build they are the modules' own folders and jars; in the runnable jar
 * they are sliced out of it into two small jars in the temporary folder (made once per jar), so
 * the checked code does not see the command's other libraries.
 */
final class SupportClasspath {
  private static final String ANNOTATION_CLASS = "dev/ectx/annotations/ExecutionContext.class";
  private static final String COMMAND_CLASS = "dev/ectx/cli/Main.class";

  private static final Predicate<String> ANNOTATIONS =
      name -> name.startsWith("dev/ectx/annotations/") || name.startsWith("dev/ectx/cells/");
  private static final Predicate<String> QUALIFIERS =
      name ->
          name.startsWith("dev/ectx/checker/qual/")
              || name.startsWith("org/checkerframework/") && name.contains("/qual/");

  private SupportClasspath() {}

  /** {@code userClasspath} followed by the entries the checker needs. */
  static List<Path> complete(List<Path> userClasspath) {
    Set<Path> entries = new LinkedHashSet<>(userClasspath);
    Path annotations = locationOf(ExecutionContext.class);
    if (isCommandJar(annotations)) {
      if (userClasspath.stream().noneMatch(SupportClasspath::holdsAnnotations)) {
        entries.add(slice(annotations, "ectx-annotations.jar", ANNOTATIONS));
      }
      entries.add(slice(annotations, "ectx-qualifiers.jar", QUALIFIERS));
    } else {
      if (userClasspath.stream().noneMatch(SupportClasspath::holdsAnnotations)) {
        entries.add(annotations);
      }
      entries.add(locationOf(Aliased.class));
      entries.add(locationOf(SubtypeOf.class));
    }
    return new ArrayList<>(entries);
  }

  private static boolean holdsAnnotations(Path entry) {
    return holds(entry, ANNOTATION_CLASS);
  }

  private static boolean isCommandJar(Path entry) {
    return Files.isRegularFile(entry) && holds(entry, COMMAND_CLASS);
  }

  private static boolean holds(Path entry, String classFile) {
    if (Files.isDirectory(entry)) {
      return Files.isRegularFile(entry.resolve(classFile));
    }
    if (!Files.isRegularFile(entry)) {
      return false;
    }
    try (JarFile jar = new JarFile(entry.toFile())) {
      return jar.getEntry(classFile) != null;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * A jar of the entries of {@code commandJar} that {@code wanted} selects, cached in the
   * temporary folder under the command jar's size and time, written whole or not at all.
   */
  private static Path slice(Path commandJar, String name, Predicate<String> wanted) {
    try {
      String stamp = Files.size(commandJar) + "-" + Files.getLastModifiedTime(commandJar).toMillis();
      Path folder = Path.of(System.getProperty("java.io.tmpdir"), "ectx-support-" + stamp);
      Path target = folder.resolve(name);
      if (Files.isRegularFile(target)) {
        return target;
      }
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, name, ".tmp");
      try (JarFile jar = new JarFile(commandJar.toFile());
          JarOutputStream out = new JarOutputStream(Files.newOutputStream(temporary))) {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
          JarEntry entry = entries.nextElement();
          if (!entry.isDirectory() && wanted.test(entry.getName())) {
            out.putNextEntry(new JarEntry(entry.getName()));
            try (InputStream in = jar.getInputStream(entry)) {
              in.transferTo(out);
            }
            out.closeEntry();
          }
        }
      }
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        Files.deleteIfExists(temporary);
      }
      return target;
    } catch (IOException e) {
      throw new InputException("cannot prepare the checker's class path in the temporary folder: " + e.getMessage(), e);
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
