package dev.ectx.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ectx.boards.SimBoard;
import dev.ectx.hal.Chip;
import dev.ectx.hal.check.ContextViolation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kernel rules that need no running process: deferred calls, capabilities, runtime contexts. */
class KernelUnitTest {
  @Test
  void deferredCallsRunLowestBitFirstAndOncePerSet() {
    DeferredCalls calls = new DeferredCalls();
    List<Integer> ran = new ArrayList<>();
    DeferredCall[] created = new DeferredCall[3];
    for (int i = 0; i < 3; i++) {
      int bit = i;
      created[i] = calls.create();
      created[i].register(() -> ran.add(bit));
    }
    calls.verifySetup();
    created[2].set();
    created[0].set();
    created[2].set();
    while (calls.serviceNext()) {
      continue;
    }
    assertEquals(List.of(0, 2), ran);
    assertTrue(!calls.hasPending());
  }

  @Test
  void atMostThirtyTwoDeferredCallsAndEachMustBeRegistered() {
    DeferredCalls calls = new DeferredCalls();
    for (int i = 0; i < DeferredCalls.MAX; i++) {
      DeferredCall call = calls.create();
      if (i != 5) {
        call.register(() -> {});
      }
    }
    assertThrows(StartupError.class, calls::create);
    StartupError missing = assertThrows(StartupError.class, calls::verifySetup);
    assertTrue(missing.getMessage().contains("deferred call 5"));
  }

  @Test
  void aGrantEnteredFromInsideItselfIsRefusedAndIsReclaimedWhenItsProcessEnds() {
    SimBoard board = new SimBoard(Chip.builder().build(), true);
    Kernel kernel = board.kernel();
    Grant<int[]> grant = kernel.createGrant(0x9999, 0, 0, 0, () -> new int[1]);
    ProcessId process = board.load("idle", port -> {}, FaultPolicy.stop());
    ReturnCode[] inner = new ReturnCode[1];

    ReturnCode outer =
        grant.enter(process, (data, kernelData) -> inner[0] = grant.enter(process, (d, k) -> {}));
    assertEquals(ReturnCode.SUCCESS, outer);
    assertEquals(ReturnCode.ALREADY, inner[0]);
    assertTrue(grant.hasRegion(process.index()));

    kernel.terminateProcess(board.capabilities().processManagement(), process);
    assertTrue(!grant.hasRegion(process.index()), "reclaimed with its process");
    assertEquals(ReturnCode.INVAL, grant.enter(process, (data, kernelData) -> {}));
  }

  @Test
  void capabilitiesAreMintedOnceAtStartUp() {
    SimBoard board = new SimBoard(Chip.builder().build(), true);
    assertThrows(IllegalStateException.class, () -> board.kernel().mintCapabilities());
  }

  @Test
  void aBottomHalfReachedFromAnInterruptHandlerIsARuntimeContextViolation() {
    SimBoard board = new SimBoard(Chip.builder().build(), true);
    int spareLine = 20;
    board.sim().cpu().setHandler(spareLine, irq -> board.chip().servicePendingInterrupts());
    board.sim().nvic().enable(spareLine);
    assertThrows(ContextViolation.class, () -> board.sim().nvic().setPending(spareLine));
  }

  @Test
  void aCapabilityOfAnotherKernelIsRefused() {
    SimBoard first = new SimBoard(Chip.builder().build(), true);
    SimBoard second = new SimBoard(Chip.builder().build(), true);
    ProcessManagementCapability foreign = second.capabilities().processManagement();
    assertThrows(
        IllegalArgumentException.class,
        () -> first.kernel().stopProcess(foreign, new ProcessId(0, 1)));
  }
}
