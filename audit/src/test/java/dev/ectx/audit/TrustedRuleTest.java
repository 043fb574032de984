package dev.ectx.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedRuleTest {

  @Test
  void everyTrustedClassAndMethodIsCountedAsANote() {
    AuditResult result = Fixtures.audit("trusted");
    List<Finding> found = Fixtures.withKey(result, "audit.trusted");

    assertEquals(2, found.size(), found.toString());
    assertTrue(found.stream().allMatch(f -> f.severity() == Severity.NOTE));
    assertTrue(found.stream().allMatch(f -> f.message().contains("(2 trusted sites")));
    assertTrue(found.stream().anyMatch(f -> f.message().startsWith("Class RegisterGlue is @Trusted")));
    Finding method = found.stream()
        .filter(f -> f.message().startsWith("Method Driver.poke() is @Trusted")).findFirst().orElseThrow();
    // The witness shows which context reaches the trusted code.
    assertEquals("kernel", method.witnesses().get(0).context());
    assertFalse(result.hasErrors());
  }

  @Test
  void codeWithoutTrustedHasNoTrustedFinding() {
    assertEquals(List.of(), Fixtures.withKey(Fixtures.audit("race/plain"), "audit.trusted"));
  }
}
