package dev.ectx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Files bundled with the command as class-path resources (the rule pages, the sample sources, the
 * annotation classes), read the same way from a class folder during the build and from the jar.
 */
public final class BundledResources {
  private final ClassLoader loader;

  /** Reads the resources visible to {@code loader}. */
  public BundledResources(ClassLoader loader) {
    this.loader = loader;
  }

  /** Reads the resources bundled with this command. */
  public static BundledResources ofCommand() {
    return new BundledResources(BundledResources.class.getClassLoader());
  }

  /**
   * The files below a resource folder, as sorted paths relative to it with {@code /} separators.
   *
   * @param folder a resource folder such as {@code dev/ectx/cli/rules}, no trailing slash
   */
  public List<String> list(String folder) {
    TreeSet<String> names = new TreeSet<>();
    try {
      Enumeration<URL> roots = loader.getResources(folder);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if ("jar".equals(root.getProtocol())) {
          listJar(root, folder, names);
        } else if ("file".equals(root.getProtocol())) {
          listFolder(Paths.get(root.toURI()), names);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return List.copyOf(names);
  }

  /** The text of a resource, if it exists. */
  public Optional<String> text(String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of a resource that {@link #list} returned. */
  public byte[] bytes(String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource vanished: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void listJar(URL root, String folder, TreeSet<String> names) throws IOException {
    JarURLConnection connection = (JarURLConnection) root.openConnection();
    connection.setUseCaches(false);
    String prefix = folder + "/";
    try (JarFile jar = connection.getJarFile()) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
          names.add(entry.getName().substring(prefix.length()));
        }
      }
    }
  }

  private static void listFolder(Path root, TreeSet<String> names) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(Files::isRegularFile)
          .forEach(f -> names.add(root.relativize(f).toString().replace('\\', '/')));
    }
  }
}
