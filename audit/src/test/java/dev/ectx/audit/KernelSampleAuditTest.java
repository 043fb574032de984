package dev.ectx.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ectx.hal.cpu.Cpu;
import dev.ectx.kernel.Kernel;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample kernel's own classes, as its build produced them, audit clean: no context, race or
 * re-entrancy finding, only the notes that count its trusted code.
 */
class KernelSampleAuditTest {
  private static AuditResult result;

  @BeforeAll
  static void auditKernel() {
    result = new Auditor().audit(new AuditConfig(
        List.of(codeSource(Kernel.class)),
        List.of(codeSource(Cpu.class), Fixtures.annotations()),
        List.of()));
  }

  /** The jar or classes folder a class was loaded from (the reactor's build of its module). */
  private static Path codeSource(Class<?> type) {
    try {
      return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theWholeKernelIsReadWithItsIrqAndKernelCode() {
    assertTrue(result.classCount() > 100, "classes read: " + result.classCount());
    List<String> contexts =
        result.picture().nodes().stream().map(ContextPicture.Node::context).distinct().toList();
    assertTrue(contexts.containsAll(List.of("kernel", "irq")), contexts.toString());
  }

  @Test
  void noMethodIsReachedFromAnotherContext() {
    assertEquals(List.of(), Fixtures.withKey(result, "audit.context"));
  }

  @Test
  void noFieldRacesBetweenContexts() {
    assertEquals(List.of(), Fixtures.withKey(result, "audit.race"));
  }

  @Test
  void noDowncallReachesAnUpcallSynchronously() {
    assertEquals(List.of(), Fixtures.withKey(result, "audit.reentrant"));
  }

  @Test
  void trustedCodeIsCountedAndIsTheOnlyFinding() {
    assertFalse(Fixtures.withKey(result, "audit.trusted").isEmpty());
    assertTrue(result.findings().stream().allMatch(f -> f.key().equals("audit.trusted")),
        result.findings().toString());
    assertFalse(result.hasErrors());
  }
}
