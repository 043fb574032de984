package dev.ectx.cli.check;

import dev.ectx.cli.BundledResources;
import dev.ectx.cli.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample kernel and the simulated chip it runs on, bundled as sources in the command so that
 * {@code ectx check} with no PATH shows a real result. The build copies each module's {@code
 * pom.xml} and {@code src/main/java} below {@value #FOLDER}; this class extracts them into a
 * temporary folder that it deletes when closed. Reports name the files as they are named in the
 * repository ({@code kernel-sample/src/main/java/...}).
 */
public final class BundledSample implements AutoCloseable {
  /** The resource folder that holds one folder per bundled module. */
  public static final String FOLDER = "dev/ectx/cli/sample";

  /** The bundled modules, in dependency order. */
  public static final List<String> MODULES = List.of("hal-sim", "kernel-sample");

  private final Path root;

  private BundledSample(Path root) {
    this.root = root;
  }

  /** Extracts the sample bundled with the command. */
  public static BundledSample extract() {
    return extract(BundledResources.ofCommand(), FOLDER);
  }

  /** Extracts a sample from {@code folder} of {@code resources} (tests use a small fixture). */
  public static BundledSample extract(BundledResources resources, String folder) {
    try {
      Path root = Files.createTempDirectory("ectx-sample");
      for (String name : resources.list(folder)) {
        Path target = root.resolve(name).normalize();
        if (!target.startsWith(root)) {
          continue;
        }
        Files.createDirectories(target.getParent());
        Files.write(target, resources.bytes(folder + "/" + name));
      }
      return new BundledSample(root);
    } catch (IOException e) {
      throw new InputException("cannot extract the bundled sample: " + e.getMessage(), e);
    }
  }

  /** The folder the sample was extracted to; reports are relative to it. */
  public Path root() {
    return root;
  }

  /**
   * The module folders that hold sources.
   *
   * @throws InputException when the command was built without any sample sources
   */
  public List<Path> modules() {
    List<Path> modules = new ArrayList<>();
    for (String module : MODULES) {
      Path folder = root.resolve(module);
      if (Files.isRegularFile(folder.resolve("pom.xml")) && hasJava(folder)) {
        modules.add(folder);
      }
    }
    if (modules.isEmpty()) {
      throw new InputException(
          "this build of ectx bundles no sample sources (it was built before kernel-sample had"
              + " any); pass a PATH to check");
    }
    return modules;
  }

  private static boolean hasJava(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the extracted files. */
  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // a temporary folder is left behind; nothing the user must act on
    }
  }
}
