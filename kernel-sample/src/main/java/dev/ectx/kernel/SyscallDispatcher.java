package dev.ectx.kernel;

import dev.ectx.annotations.ExecutionContext;

/**
 * Carries out a process's system call, after Tock's {@code handle_syscall}. A call of an unknown
 * class, or with an unknown yield, exit or memop variant, is a fault; a call a driver refuses is
 * an error returned to the process.
 */
@ExecutionContext("kernel")
final class SyscallDispatcher {
  private final Kernel kernel;
  private final UserspaceKernelBoundary boundary;

  SyscallDispatcher(Kernel kernel, UserspaceKernelBoundary boundary) {
    this.kernel = kernel;
    this.boundary = boundary;
  }

  void handle(Process process, Syscall call) {
    switch (call.classNumber()) {
      case Syscall.YIELD:
        yieldCall(process, call);
        break;
      case Syscall.SUBSCRIBE:
        process.resumeWith(subscribe(process, call.r0(), call.r1(), call.r2(), call.r3()));
        break;
      case Syscall.COMMAND:
        process.resumeWith(command(process, call));
        break;
      case Syscall.ALLOW_READ_WRITE:
      case Syscall.ALLOW_READ_ONLY:
        allow(process, call);
        break;
      case Syscall.MEMOP:
        memop(process, call);
        break;
      case Syscall.EXIT:
        exit(process, call);
        break;
      default:
        kernel.fault(process, "invalid system call class " + call.classNumber());
    }
  }

  private void yieldCall(Process process, Syscall call) {
    switch (call.r0()) {
      case Syscall.YIELD_NO_WAIT:
        Task task = process.dequeueTask();
        process.resumeWith(task == null ? SyscallReturn.success(0) : Kernel.upcallReturn(task));
        break;
      case Syscall.YIELD_WAIT:
        process.yieldWait();
        break;
      case Syscall.YIELD_WAIT_FOR:
        process.yieldWaitFor(call.r1(), call.r2());
        break;
      default:
        kernel.fault(process, "invalid yield variant " + call.r0());
    }
  }

  private SyscallReturn subscribe(
      Process process, int driverNumber, int subscribeNumber, int function, int appData) {
    SyscallDriver driver = kernel.driverFor(driverNumber);
    Grant<?> grant = driver == null ? null : driver.grant();
    if (grant == null) {
      return SyscallReturn.failure(missing(driver), function, appData);
    }
    if (subscribeNumber < 0 || subscribeNumber >= grant.upcallCount()) {
      return SyscallReturn.failure(ReturnCode.INVAL, function, appData);
    }
    GrantRegion<?> region = grant.regionFor(process);
    if (region == null) {
      return SyscallReturn.failure(ReturnCode.NOMEM, function, appData);
    }
    if (region.entered) {
      return SyscallReturn.failure(ReturnCode.ALREADY, function, appData);
    }
    int previousFunction = region.upcallFunctions[subscribeNumber];
    int previousData = region.upcallData[subscribeNumber];
    region.upcallFunctions[subscribeNumber] = function;
    region.upcallData[subscribeNumber] = appData;
    process.cancelTasks(driverNumber, subscribeNumber);
    return SyscallReturn.success(previousFunction, previousData);
  }

  private SyscallReturn command(Process process, Syscall call) {
    SyscallDriver driver = kernel.driverFor(call.r0());
    if (driver == null) {
      return SyscallReturn.failure(ReturnCode.NODEVICE);
    }
    return driver.command(call.r1(), call.r2(), call.r3(), process.id());
  }

  /**
   * Swaps the process's buffer into the grant slot; the previous one goes back. A refused allow
   * hands the passed buffer straight back.
   */
  private void allow(Process process, Syscall call) {
    byte[] passed = boundary.takeBuffer(process.context());
    SyscallDriver driver = kernel.driverFor(call.r0());
    Grant<?> grant = driver == null ? null : driver.grant();
    ReturnCode refusal = ReturnCode.SUCCESS;
    GrantRegion<?> region = null;
    if (grant == null) {
      refusal = missing(driver);
    } else {
      region = grant.regionFor(process);
      if (region == null) {
        refusal = ReturnCode.NOMEM;
      } else if (region.entered) {
        refusal = ReturnCode.ALREADY;
      }
    }
    boolean readWrite = call.classNumber() == Syscall.ALLOW_READ_WRITE;
    if (region != null && refusal.isSuccess()) {
      if (region.hasAllowSlot(readWrite, call.r1())) {
        byte[] previous = region.swapAllow(readWrite, call.r1(), passed);
        int previousLength = previous == null ? 0 : previous.length;
        boundary.giveBuffer(process.context(), previous);
        process.resumeWith(SyscallReturn.success(0, previousLength));
        return;
      }
      refusal = ReturnCode.INVAL;
    }
    boundary.giveBuffer(process.context(), passed);
    process.resumeWith(SyscallReturn.failure(refusal, 0, 0));
  }

  /** NODEVICE for a missing driver, NOSUPPORT for one without upcalls or buffers. */
  private static ReturnCode missing(SyscallDriver driver) {
    return driver == null ? ReturnCode.NODEVICE : ReturnCode.NOSUPPORT;
  }

  private void memop(Process process, Syscall call) {
    switch (call.r0()) {
      case Syscall.MEMOP_BRK:
        process.resumeWith(
            process.setAppBreak(call.r1())
                ? SyscallReturn.success()
                : SyscallReturn.failure(ReturnCode.NOMEM));
        break;
      case Syscall.MEMOP_SBRK:
        int oldBreak = process.appBreak();
        process.resumeWith(
            process.setAppBreak(oldBreak + call.r1())
                ? SyscallReturn.success(oldBreak)
                : SyscallReturn.failure(ReturnCode.NOMEM));
        break;
      case Syscall.MEMOP_MEMORY_START:
        process.resumeWith(SyscallReturn.success(process.memoryStart()));
        break;
      case Syscall.MEMOP_MEMORY_END:
        process.resumeWith(SyscallReturn.success(process.memoryEnd()));
        break;
      default:
        process.resumeWith(SyscallReturn.failure(ReturnCode.NOSUPPORT));
    }
  }

  private void exit(Process process, Syscall call) {
    switch (call.r0()) {
      case Syscall.EXIT_TERMINATE:
        kernel.terminate(process, ProcessState.TERMINATED, call.r1());
        break;
      case Syscall.EXIT_RESTART:
        process.setCompletionCode(call.r1());
        kernel.restart(process);
        break;
      default:
        kernel.fault(process, "invalid exit variant " + call.r0());
    }
  }
}
