package dev.ectx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Runs the command in-process through {@link Main#run} and keeps what it printed.
 *
 * @param exit the exit code
 * @param out standard output
 * @param err standard error
 */
public record CliRun(int exit, String out, String err) {
  /** Runs {@code ectx args} with plain output. */
  public static CliRun of(String... args) {
    return with(Terminal.PLAIN, args);
  }

  /** Runs {@code ectx args} as if on {@code terminal}. */
  public static CliRun with(Terminal terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out), new PrintWriter(err), terminal, args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  /** A copy of the test fixture folder {@code name} (under {@code fixtures/}) inside {@code dir}. */
  public static Path fixture(String name, Path dir) {
    try {
      Path source = Path.of(CliRun.class.getResource("/fixtures/" + name).toURI());
      Path target = dir.resolve(name);
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file : files.toList()) {
          Path copy = target.resolve(source.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(copy);
          } else {
            Files.copy(file, copy);
          }
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
  }
}
