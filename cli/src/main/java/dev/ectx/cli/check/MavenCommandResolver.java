package dev.ectx.cli.check;

import dev.ectx.cli.InputException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Resolves a Maven project's compile class path by running {@code mvn dependency:build-classpath}
 * in it: the project's own {@code mvnw} when it has one, else {@code mvn} from the {@code PATH};
 * offline first (fast, no network), then online when the local repository lacks something. A
 * project without dependencies needs no Maven at all.
 */
public final class MavenCommandResolver implements MavenProject.Resolver {
  @Override
  public List<Path> dependencyClasspath(MavenProject project) {
    if (!project.hasDependencies()) {
      return List.of();
    }
    List<String> maven = mavenCommand(project.folder());
    Path output = null;
    try {
      output = Files.createTempFile("ectx-classpath", ".txt");
      Run offline = run(maven, project.folder(), output, true);
      Run result = offline.succeeded() ? offline : run(maven, project.folder(), output, false);
      if (!result.succeeded()) {
        throw new InputException(
            "cannot resolve the dependencies of "
                + project.folder()
                + ": mvn dependency:build-classpath failed"
                + (result.firstError().isEmpty() ? "" : ": " + result.firstError()));
      }
      String text = Files.readString(output).strip();
      List<Path> entries = new ArrayList<>();
      for (String entry : text.split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          entries.add(Path.of(entry));
        }
      }
      return entries;
    } catch (IOException e) {
      throw new InputException(
          "cannot resolve the dependencies of " + project.folder() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException("interrupted while resolving the dependencies of " + project.folder());
    } finally {
      if (output != null) {
        try {
          Files.deleteIfExists(output);
        } catch (IOException ignored) {
          // a temporary file of a few bytes is left behind
        }
      }
    }
  }

  private static List<String> mavenCommand(Path folder) {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    Path wrapper = folder.resolve(windows ? "mvnw.cmd" : "mvnw");
    if (Files.isExecutable(wrapper)) {
      return List.of(wrapper.toString());
    }
    String executable = windows ? "mvn.cmd" : "mvn";
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (Files.isExecutable(Path.of(dir, executable))) {
          return List.of(Path.of(dir, executable).toString());
        }
      }
    }
    throw new InputException(
        "cannot resolve the dependencies of "
            + folder
            + ": mvn is not on the PATH (check its source folder with --classpath instead)");
  }

  private static Run run(List<String> maven, Path folder, Path output, boolean offline)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(maven);
    command.addAll(Arrays.asList("-B", "-q"));
    if (offline) {
      command.add("-o");
    }
    command.add("dependency:build-classpath");
    command.add("-Dmdep.outputFile=" + output);
    command.add("-Dmdep.includeScope=compile");
    Process process =
        new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    String firstError = "";
    for (String line : log.split("\\R")) {
      if (line.startsWith("[ERROR]") && firstError.isEmpty()) {
        firstError = line.substring("[ERROR]".length()).strip();
      }
    }
    return new Run(exit == 0, firstError);
  }

  private record Run(boolean succeeded, String firstError) {}
}
