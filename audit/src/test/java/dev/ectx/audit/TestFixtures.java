package dev.ectx.audit;

import java.nio.file.Path;

/** {@link Fixtures} for tests in other packages. */
public final class TestFixtures {
  private TestFixtures() {}

  public static Path sources(String caseName) {
    return Fixtures.sources(caseName);
  }

  public static Path annotations() {
    return Fixtures.annotations();
  }

  public static Path compile(Path sourceRoot, Path out) {
    return Fixtures.compile(sourceRoot, out);
  }

  public static AuditResult audit(String caseName) {
    return Fixtures.audit(caseName);
  }
}
