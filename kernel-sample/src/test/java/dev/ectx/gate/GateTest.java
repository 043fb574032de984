package dev.ectx.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Maven build gate seen from outside: a real {@code mvn} build of {@code test-inputs/gate},
 * a project that uses ectx with the README's snippet. It must fail with the violation's key, and
 * pass once the violation is fixed.
 *
 * <p>The outside build finds {@code ectx-annotations} and {@code ectx-checker} in a file
 * repository that this test writes under {@code target/} from the reactor's jars and poms, added
 * by a generated {@code settings.xml}; the local repository stays {@code ~/.m2} so third-party
 * artifacts come from its cache ({@code -o}, with file repositories allowed offline).
 */
class GateTest {
  private static final long TIMEOUT_MINUTES = 5;

  private static Path root;
  private static Path work;
  private static Path settings;

  @BeforeAll
  static void publishReactorArtifacts() throws IOException {
    root = Path.of(System.getProperty("ectx.root", "..")).toAbsolutePath().normalize();
    work = Path.of(System.getProperty("ectx.gateWork", "target/gate")).toAbsolutePath();
    String version = System.getProperty("ectx.version", "0.1.0-SNAPSHOT");
    deleteTree(work);
    Path repository = work.resolve("repository");
    publish(repository, "ectx-parent", version, root.resolve("pom.xml"), null);
    publish(
        repository,
        "ectx-annotations",
        version,
        root.resolve("annotations/pom.xml"),
        root.resolve("annotations/target/ectx-annotations-" + version + ".jar"));
    publish(
        repository,
        "ectx-checker",
        version,
        root.resolve("checker/pom.xml"),
        root.resolve("checker/target/ectx-checker-" + version + ".jar"));
    settings = work.resolve("settings.xml");
    Files.writeString(settings, settingsXml(repository), StandardCharsets.UTF_8);
  }

  @Test
  void theViolationFailsTheBuildWithItsKeyAndTheFixPassesIt() throws Exception {
    Path project = work.resolve("project");
    copyTree(root.resolve("test-inputs/gate"), project);

    Build failing = maven(project);
    assertNotEquals(0, failing.exitCode, failing.output);
    assertTrue(failing.output.contains("Isr.java"), failing.output);
    assertTrue(failing.output.contains("[context.call]"), failing.output);
    assertEquals(1, diagnostics(failing.output), "exactly one diagnostic:\n" + failing.output);

    Files.copy(
        project.resolve("fixed/gate/Isr.java"),
        project.resolve("src/main/java/gate/Isr.java"),
        StandardCopyOption.REPLACE_EXISTING);
    Build passing = maven(project);
    assertEquals(0, passing.exitCode, passing.output);
    assertTrue(Files.exists(project.resolve("target/classes/gate/Isr.class")));
  }

  @Test
  void theOutsideProjectUsesTheDocumentedSnippetVerbatim() throws IOException {
    String pom = Files.readString(root.resolve("test-inputs/gate/pom.xml"));
    List<String> snippets = snippets(pom);
    assertEquals(2, snippets.size());
    for (String page : List.of("README.md", "docs/build.md")) {
      String text = normalize(Files.readString(root.resolve(page)));
      for (String snippet : snippets) {
        assertTrue(
            text.contains(normalize(snippet)),
            page + " lacks this part of the gate project's pom:\n" + snippet);
      }
    }
  }

  private static List<String> snippets(String pom) {
    List<String> parts = new ArrayList<>();
    String[] pieces = pom.split("<!-- ectx snippet: ");
    for (int i = 1; i < pieces.length; i++) {
      String piece = pieces[i];
      if (!piece.startsWith("end")) {
        parts.add(piece.substring(piece.indexOf("-->") + 3));
      }
    }
    return parts;
  }

  private static String normalize(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }

  /** Distinct diagnostics: Maven prints each twice (compiler output and failure summary). */
  private static long diagnostics(String output) {
    return output.lines().filter(l -> l.contains(" error: [")).map(l -> l.replaceFirst("^.*?/src/", "")).distinct().count();
  }

  private record Build(int exitCode, String output) {}

  private static Build maven(Path project) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(mavenExecutable());
    command.addAll(
        List.of(
            "-B", "-o", "-s", settings.toString(), "-Daether.offline.protocols=file", "compile"));
    Process process =
        new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("mvn did not finish in " + TIMEOUT_MINUTES + " minutes");
    }
    return new Build(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  private static String mavenExecutable() {
    String home = System.getProperty("maven.home");
    if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
      return Path.of(home, "bin", "mvn").toString();
    }
    return "mvn";
  }

  private static void publish(Path repository, String artifact, String version, Path pom, Path jar)
      throws IOException {
    Path directory = repository.resolve("dev/ectx/" + artifact + "/" + version);
    Files.createDirectories(directory);
    Files.copy(pom, directory.resolve(artifact + "-" + version + ".pom"));
    if (jar != null) {
      assertTrue(Files.exists(jar), jar + " is built before kernel-sample's tests run");
      Files.copy(jar, directory.resolve(artifact + "-" + version + ".jar"));
    }
  }

  private static String settingsXml(Path repository) {
    return "<settings>\n"
        + "  <profiles>\n"
        + "    <profile>\n"
        + "      <id>ectx-reactor</id>\n"
        + "      <repositories>\n"
        + "        <repository>\n"
        + "          <id>ectx-reactor</id>\n"
        + "          <url>" + repository.toUri() + "</url>\n"
        + "          <releases><enabled>false</enabled></releases>\n"
        + "          <snapshots><enabled>true</enabled><updatePolicy>always</updatePolicy></snapshots>\n"
        + "        </repository>\n"
        + "      </repositories>\n"
        + "    </profile>\n"
        + "  </profiles>\n"
        + "  <activeProfiles><activeProfile>ectx-reactor</activeProfile></activeProfiles>\n"
        + "</settings>\n";
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else if (!source.toString().contains("/target/")) {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path each : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(each);
      }
    }
  }
}
