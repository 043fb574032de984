package dev.ectx.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputSafetyTest {

  @Test
  void staticInitialiserOfAnAuditedClassNeverRuns() throws IOException {
    Path marker = Paths.get(System.getProperty("java.io.tmpdir"), "ectx-audit-clinit-ran");
    Files.deleteIfExists(marker);

    AuditResult result = Fixtures.audit("clinit");

    assertEquals(1, result.classCount());
    assertFalse(Files.exists(marker), "the audit ran Bomb's static initialiser");
  }

  @Test
  void truncatedClassFileIsAClearInputError(@TempDir Path dir) throws IOException {
    Path original = Fixtures.classes("race/plain").resolve("audit/race/Counter.class");
    byte[] bytes = Files.readAllBytes(original);
    Path broken = dir.resolve("audit/race/Counter.class");
    Files.createDirectories(broken.getParent());
    Files.write(broken, Arrays.copyOf(bytes, bytes.length / 2));

    AuditInputException e = assertThrows(AuditInputException.class,
        () -> new Auditor().audit(AuditConfig.of(List.of(dir))));
    assertTrue(e.getMessage().contains("Counter.class is a corrupt or truncated class file"),
        e.getMessage());
  }

  @Test
  void fileWithoutClassHeaderIsAClearInputError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Junk.class"), "not a class file at all");

    AuditInputException e = assertThrows(AuditInputException.class,
        () -> new Auditor().audit(AuditConfig.of(List.of(dir))));
    assertTrue(e.getMessage().contains("is not a class file"), e.getMessage());
  }

  @Test
  void corruptJarIsAClearInputError(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("broken.jar");
    Files.write(jar, new byte[] {'P', 'K', 3, 4, 0, 0, 1});

    AuditInputException e = assertThrows(AuditInputException.class,
        () -> new Auditor().audit(AuditConfig.of(List.of(jar))));
    assertTrue(e.getMessage().contains("is not a readable jar"), e.getMessage());
  }

  @Test
  void missingInputIsAClearInputError(@TempDir Path dir) {
    AuditInputException e = assertThrows(AuditInputException.class,
        () -> new Auditor().audit(AuditConfig.of(List.of(dir.resolve("nope.jar")))));
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
  }
}
