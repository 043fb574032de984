package dev.ectx.audit;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The running JDK's class files, read through the {@code jrt:} file system as bytes: the audit
 * sees their signatures (for the type hierarchy) but never their bodies, and loads nothing.
 */
final class JdkClasses {
  private final FileSystem jrt;

  JdkClasses() {
    FileSystem fs;
    try {
      fs = FileSystems.getFileSystem(URI.create("jrt:/"));
    } catch (FileSystemNotFoundException e) {
      try {
        fs = FileSystems.newFileSystem(URI.create("jrt:/"), Map.of());
      } catch (IOException io) {
        fs = null;
      }
    }
    jrt = fs;
  }

  /** The JDK class's header, or null if the JDK has no such class. */
  ClassHeader header(String className) {
    if (jrt == null) {
      return null;
    }
    int dot = className.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    Path packageDir = jrt.getPath("/packages", className.substring(0, dot));
    if (!Files.isDirectory(packageDir)) {
      return null;
    }
    String file = className.substring(dot + 1) + ".class";
    try (Stream<Path> modules = Files.list(packageDir)) {
      for (Path module : (Iterable<Path>) modules::iterator) {
        Path classFile =
            module.resolve(className.substring(0, dot).replace('.', '/')).resolve(file);
        if (Files.isRegularFile(classFile)) {
          return HeaderReader.read(
              Files.readAllBytes(classFile), classFile.toString(), ClassHeader.Origin.JDK);
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }
}
