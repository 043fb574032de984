package dev.ectx.audit;

import java.nio.file.Path;
import java.util.List;

/** {@link Fixtures} for tests in other packages. */
public final class TestFixtures {
  private TestFixtures() {}

  public static List<Path> sources(String caseName) {
    return Fixtures.sources(caseName);
  }

  public static Path annotations() {
    return Fixtures.annotations();
  }

  public static Path compile(Path sourceRoot, Path out) {
    return Fixtures.compile(List.of(sourceRoot), out);
  }

  public static AuditResult audit(String caseName) {
    return Fixtures.audit(caseName);
  }
}
