package dev.ectx.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The class files of jars and folders, read as bytes (never loaded). A folder is a class-path
 * root: {@code a/b/C.class} is class {@code a.b.C}.
 */
final class ClassSource implements AutoCloseable {
  private final Map<String, Entry> entries = new HashMap<>();
  private final List<ZipFile> archives = new ArrayList<>();

  /** Where one class file lives. */
  private record Entry(Path file, ZipFile archive, ZipEntry zipEntry) {
    String where() {
      return archive == null ? file.toString() : file + "!/" + zipEntry.getName();
    }
  }

  /**
   * Indexes the class files under {@code roots}; the first root that holds a class wins.
   *
   * @throws AuditInputException if a root is missing or an archive is unreadable
   */
  ClassSource(List<Path> roots) {
    for (Path root : roots) {
      try {
        index(root);
      } catch (ZipException e) {
        close();
        throw new AuditInputException(Messages.format("input.corruptArchive", root, e.getMessage()));
      } catch (IOException e) {
        close();
        throw new AuditInputException(Messages.format("input.unreadable", root, e.getMessage()));
      }
    }
  }

  private void index(Path root) throws IOException {
    if (!Files.exists(root)) {
      throw new AuditInputException(Messages.format("input.missing", root));
    }
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          String rel = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
          if (rel.endsWith(".class") && Files.isRegularFile(file)) {
            add(classNameOf(rel), new Entry(file, null, null));
          }
        }
      }
    } else {
      ZipFile zip = new ZipFile(root.toFile());
      archives.add(zip);
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        String name = entry.getName();
        // Multi-release and module descriptors are not classes of the program.
        if (name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class")) {
          add(classNameOf(name), new Entry(root, zip, entry));
        }
      }
    }
  }

  private void add(String className, Entry entry) {
    if (!className.endsWith("module-info") && !className.endsWith("package-info")) {
      entries.putIfAbsent(className, entry);
    }
  }

  private static String classNameOf(String relativePath) {
    return relativePath.substring(0, relativePath.length() - ".class".length()).replace('/', '.');
  }

  /** The names of every indexed class. */
  List<String> classNames() {
    return entries.keySet().stream().sorted().toList();
  }

  boolean contains(String className) {
    return entries.containsKey(className);
  }

  /** The class's header, or null if this source has no such class. */
  ClassHeader header(String className, ClassHeader.Origin origin) {
    Entry entry = entries.get(className);
    if (entry == null) {
      return null;
    }
    ClassHeader header = HeaderReader.read(bytes(entry), entry.where(), origin);
    if (!header.name().equals(className)) {
      throw new AuditInputException(
          Messages.format("input.misplacedClass", entry.where(), header.name()));
    }
    return header;
  }

  private static byte[] bytes(Entry entry) {
    try {
      if (entry.archive() == null) {
        return Files.readAllBytes(entry.file());
      }
      try (InputStream in = entry.archive().getInputStream(entry.zipEntry())) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new AuditInputException(Messages.format("input.unreadable", entry.where(), e.getMessage()));
    }
  }

  @Override
  public void close() {
    for (ZipFile zip : archives) {
      try {
        zip.close();
      } catch (IOException e) {
        // Closing a read-only archive cannot lose data.
      }
    }
    archives.clear();
  }
}
