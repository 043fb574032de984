package dev.ectx.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RaceRuleTest {

  @Test
  void fieldWrittenInIrqAndReadInKernelThroughHelpersRaces() {
    List<Finding> found = Fixtures.withKey(Fixtures.audit("race/plain"), "audit.race");

    assertEquals(1, found.size(), found.toString());
    Finding f = found.get(0);
    assertTrue(f.message().startsWith("Field Counter.ticks is written in context irq and read in context kernel"),
        f.message());
    assertEquals(2, f.witnesses().size());
    WitnessPath irq = f.witnesses().get(0);
    assertEquals("irq", irq.context());
    // The entry point's declaration, its call of the helper, the write in the helper.
    assertEquals(List.of("handleInterrupt()", "handleInterrupt()", "bump(Counter)"),
        irq.steps().stream().map(s -> s.location().member()).toList());
    assertTrue(irq.steps().get(0).note().contains("entry point of context irq"));
    assertTrue(irq.steps().get(1).note().contains("Helpers.bump"));
    assertTrue(irq.steps().get(2).note().startsWith("writes"));
    WitnessPath kernel = f.witnesses().get(1);
    assertEquals("kernel", kernel.context());
    assertTrue(kernel.steps().get(kernel.steps().size() - 1).note().startsWith("reads"));
  }

  @Test
  void volatileFieldDoesNotRace() {
    assertEquals(List.of(), Fixtures.withKey(Fixtures.audit("race/volatile"), "audit.race"));
  }

  @Test
  void fieldOfSharedClassDoesNotRace() {
    assertEquals(List.of(), Fixtures.withKey(Fixtures.audit("race/shared"), "audit.race"));
  }

  @Test
  void criticalSectionOnBothSidesProtectsAndOneSideDoesNot() {
    List<Finding> found = Fixtures.withKey(Fixtures.audit("race-critical"), "audit.race");

    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).message().startsWith("Field Stats.misses"), found.get(0).message());
  }

  @Test
  void lambdaMethodReferenceAndAnonymousClassRegisteredForIrqRaceWithKernel() {
    List<String> fields = Fixtures.withKey(Fixtures.audit("callbacks"), "audit.race").stream()
        .map(f -> f.message().substring(0, f.message().indexOf(" is written")))
        .toList();

    assertEquals(List.of("Field App.anonymousHits", "Field App.lambdaHits", "Field App.referenceHits"),
        fields.stream().sorted().toList());
  }
}
