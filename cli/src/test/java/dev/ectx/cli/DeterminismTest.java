package dev.ectx.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same input gives byte-identical reports in every format: checked twice, and with the files
 * named in another order.
 */
class DeterminismTest {
  @TempDir Path dir;

  /** The ownership family's inputs: several files, many findings of several keys. */
  private static List<String> inputs() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("../test-inputs/ownership"))) {
      return files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().toList();
    }
  }

  private byte[] report(String format, List<String> files, String name) throws IOException {
    Path output = dir.resolve(name + "." + format);
    List<String> args = new ArrayList<>(List.of("check", "--quiet", "--format", format, "--output", output.toString(),
        "--contexts", "kernel,irq,process,ui,worker"));
    args.addAll(files);
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(ExitCodes.FINDINGS, run.exit(), run.toString());
    return Files.readAllBytes(output);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "html"})
  void sameInputSameBytes(String format) throws IOException {
    List<String> files = inputs();
    List<String> reversed = new ArrayList<>(files);
    Collections.reverse(reversed);

    byte[] first = report(format, files, "first");
    assertArrayEquals(first, report(format, files, "again"), format + ": a second run differs");
    assertArrayEquals(first, report(format, reversed, "reversed"), format + ": another file order differs");
  }
}
