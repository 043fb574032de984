package dev.ectx.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReentrancyRuleTest {

  @Test
  void virtualUartCallingItsClientInsideTransmitIsReentrant() {
    List<Finding> found = Fixtures.withKey(Fixtures.audit("uart/reentrant"), "audit.reentrant");

    assertEquals(1, found.size(), found.toString());
    Finding f = found.get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(f.message().contains("UartClient.transmitDone"), f.message());
    assertEquals("audit/uart/VirtualUart.java", f.location().sourceFile());
    List<WitnessStep> steps = f.witnesses().get(0).steps();
    assertEquals(3, steps.size(), steps.toString());
    assertTrue(steps.get(0).location().member().startsWith("transmit("), steps.toString());
    assertTrue(steps.get(1).note().contains("VirtualUart.finish"), steps.toString());
    assertTrue(steps.get(2).location().member().startsWith("finish("), steps.toString());
    assertTrue(steps.get(2).location().line() > 0);
  }

  @Test
  void deferredCallbackIsNotReentrant() {
    assertEquals(List.of(), Fixtures.withKey(Fixtures.audit("uart/deferred"), "audit.reentrant"));
  }
}
