package dev.ectx.kernel;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;

/**
 * The kernel, after Tock's {@code Kernel}: the process table, the drivers, and the main loop.
 *
 * <p>Each turn of the loop (see {@link #run}):
 *
 * <ol>
 *   <li>if an interrupt is pending, the chip runs its bottom half;
 *   <li>else if a deferred call is pending, the lowest one runs;
 *   <li>else the scheduler picks a process, which runs until it yields, its timeslice ends, or an
 *       interrupt or deferred call needs the kernel;
 *   <li>else the chip sleeps (WFI) with interrupts masked, if nothing became pending meanwhile.
 * </ol>
 */
@ExecutionContext("kernel")
public final class Kernel {
  /** Where process memory starts in the address map. */
  static final int PROCESS_MEMORY_BASE = 0x2000_4000;

  private final Process @Unique [] processes;
  private final SyscallDriver @Unique [] drivers;
  private final int @Unique [] driverNumbers;
  private final Grant<?> @Unique [] grants;
  private final DeferredCalls deferredCalls;
  private final UserspaceKernelBoundary boundary;
  private final SchedulerTimer timer;
  private final SyscallDispatcher dispatcher;
  private KernelObserver observer = new KernelObserver() {};
  private int driverCount;
  private int grantCount;
  private int nextIdentifier = 1;
  private int nextMemory = PROCESS_MEMORY_BASE;
  private boolean capabilitiesMinted;
  private boolean running;

  /**
   * A kernel with room for {@code processSlots} processes and up to 32 drivers.
   *
   * @param processSlots the most processes
   * @param deferredCalls the board's deferred calls
   * @param boundary the architecture's user/kernel boundary
   * @param timer the timeslice timer
   */
  @ExecutionContext("boot")
  public Kernel(
      int processSlots,
      DeferredCalls deferredCalls,
      UserspaceKernelBoundary boundary,
      SchedulerTimer timer) {
    this.processes = new Process[processSlots];
    this.drivers = new SyscallDriver[32];
    this.driverNumbers = new int[32];
    this.grants = new Grant<?>[32];
    this.deferredCalls = deferredCalls;
    this.boundary = boundary;
    this.timer = timer;
    this.dispatcher = new SyscallDispatcher(this, boundary);
  }

  /**
   * Mints the kernel's capabilities, once, before the loop runs. Only board start-up may call
   * this: the checker rejects calls from every other context, and a second call throws.
   *
   * @return the capabilities
   * @throws IllegalStateException if called twice or after the loop started
   */
  @ExecutionContext("boot")
  public Capabilities mintCapabilities() {
    if (capabilitiesMinted || running) {
      throw new IllegalStateException("capabilities are minted once, at start-up");
    }
    capabilitiesMinted = true;
    return new Capabilities(
        new ProcessManagementCapability(this), new MainLoopCapability(this));
  }

  /**
   * Sets who hears about faults, exits and interrupt storms.
   *
   * @param observer the observer
   */
  @ExecutionContext("boot")
  public void setObserver(KernelObserver observer) {
    this.observer = observer;
  }

  /** Who hears about faults, exits and interrupt storms. */
  public KernelObserver observer() {
    return observer;
  }

  /**
   * Creates the grant of a driver (start-up only).
   *
   * @param driverNumber the driver's system-call number
   * @param upcalls how many upcalls a process may subscribe
   * @param readOnlyAllows how many read-only buffers a process may allow
   * @param readWriteAllows how many read-write buffers a process may allow
   * @param init creates the driver's state for one process
   * @param <T> the driver's state
   * @return the grant
   */
  @ExecutionContext("boot")
  public <T> Grant<T> createGrant(
      int driverNumber, int upcalls, int readOnlyAllows, int readWriteAllows, GrantInit<T> init) {
    Grant<T> grant =
        new Grant<>(this, driverNumber, upcalls, readOnlyAllows, readWriteAllows, init);
    grants[grantCount++] = grant;
    return grant;
  }

  /**
   * Makes a driver reachable by system calls (start-up only).
   *
   * @param driverNumber its number
   * @param driver the driver
   * @throws StartupError if the number is taken
   */
  @ExecutionContext("boot")
  public void registerDriver(int driverNumber, SyscallDriver driver) {
    if (driverFor(driverNumber) != null) {
      throw new StartupError("driver number 0x" + Integer.toHexString(driverNumber) + " twice");
    }
    drivers[driverCount] = driver;
    driverNumbers[driverCount] = driverNumber;
    driverCount++;
  }

  /**
   * Loads an application into the next free slot and starts it.
   *
   * @param capability proves the caller may manage processes
   * @param name the application's name
   * @param entry its entry point
   * @param faultPolicy what to do when it faults
   * @param memorySize bytes of process memory
   * @return the first incarnation's id
   * @throws StartupError when every slot is taken
   */
  public ProcessId loadProcess(
      ProcessManagementCapability capability,
      String name,
      App entry,
      FaultPolicy faultPolicy,
      int memorySize) {
    requireCapability(capability.kernel);
    for (int index = 0; index < processes.length; index++) {
      if (processes[index] == null) {
        Process process = new Process(index, name, entry, faultPolicy, nextMemory, memorySize);
        nextMemory += memorySize;
        processes[index] = process;
        startIncarnation(process);
        return process.id();
      }
    }
    throw new StartupError("no free process slot for " + name);
  }

  /**
   * Stops a process; it keeps its state and can be resumed.
   *
   * @param capability proves the caller may manage processes
   * @param id the process
   * @return {@link ReturnCode#SUCCESS}, or {@link ReturnCode#INVAL} for a stale or dead id
   */
  public ReturnCode stopProcess(ProcessManagementCapability capability, ProcessId id) {
    requireCapability(capability.kernel);
    Process process = processFor(id);
    if (process == null) {
      return ReturnCode.INVAL;
    }
    process.stop();
    return ReturnCode.SUCCESS;
  }

  /**
   * Resumes a stopped process.
   *
   * @param capability proves the caller may manage processes
   * @param id the process
   * @return {@link ReturnCode#SUCCESS}, or {@link ReturnCode#INVAL} for a stale or dead id
   */
  public ReturnCode resumeProcess(ProcessManagementCapability capability, ProcessId id) {
    requireCapability(capability.kernel);
    Process process = processFor(id);
    if (process == null) {
      return ReturnCode.INVAL;
    }
    process.resumeFromStop();
    return ReturnCode.SUCCESS;
  }

  /**
   * Restarts a live process from its entry point; it gets a new id, and {@code id} becomes stale.
   *
   * @param capability proves the caller may manage processes
   * @param id the process
   * @return {@link ReturnCode#SUCCESS}, or {@link ReturnCode#INVAL} for a stale or dead id
   */
  public ReturnCode restartProcess(ProcessManagementCapability capability, ProcessId id) {
    requireCapability(capability.kernel);
    Process process = processFor(id);
    if (process == null) {
      return ReturnCode.INVAL;
    }
    restart(process);
    return ReturnCode.SUCCESS;
  }

  /**
   * Terminates a live process and reclaims its grants.
   *
   * @param capability proves the caller may manage processes
   * @param id the process
   * @return {@link ReturnCode#SUCCESS}, or {@link ReturnCode#INVAL} for a stale or dead id
   */
  public ReturnCode terminateProcess(ProcessManagementCapability capability, ProcessId id) {
    requireCapability(capability.kernel);
    Process process = processFor(id);
    if (process == null) {
      return ReturnCode.INVAL;
    }
    terminate(process, ProcessState.TERMINATED, 0);
    return ReturnCode.SUCCESS;
  }

  /**
   * Runs the main loop while {@code control} says so (a board's loop never ends).
   *
   * @param capability proves the caller may run the loop
   * @param chip the microcontroller
   * @param scheduler chooses processes
   * @param control says when to stop
   * @throws StartupError if a deferred call was never registered
   */
  public void run(
      MainLoopCapability capability, Chip chip, Scheduler scheduler, LoopControl control) {
    requireCapability(capability.kernel);
    deferredCalls.verifySetup();
    running = true;
    while (control.keepRunning()) {
      loopOnce(chip, scheduler);
    }
  }

  private void loopOnce(Chip chip, Scheduler scheduler) {
    if (chip.hasPendingInterrupts()) {
      chip.servicePendingInterrupts();
      return;
    }
    if (deferredCalls.hasPending()) {
      deferredCalls.serviceNext();
      return;
    }
    SchedulingDecision decision = scheduler.next(this);
    if (decision.runsProcess()) {
      scheduler.result(runProcess(decision, chip), usedMicros(decision));
      return;
    }
    chip.atomic(
        () -> {
          if (!chip.hasPendingInterrupts() && !deferredCalls.hasPending()) {
            chip.sleep();
          }
        });
  }

  private int usedMicros(SchedulingDecision decision) {
    int used = decision.timesliceMicros() - timer.remainingMicros();
    timer.reset();
    return used;
  }

  /** Runs one process until its turn ends, after Tock's {@code do_process}. */
  private StoppedReason runProcess(SchedulingDecision decision, Chip chip) {
    Process process = processFor(decision.process());
    timer.start(decision.timesliceMicros());
    while (process != null && process.id().equals(decision.process())) {
      if (timer.remainingMicros() == 0) {
        return StoppedReason.TIMESLICE_EXPIRED;
      }
      if (chip.hasPendingInterrupts() || deferredCalls.hasPending()) {
        return StoppedReason.KERNEL_PREEMPTION;
      }
      switch (process.state()) {
        case RUNNING:
          timer.arm();
          ContextSwitch change = boundary.switchTo(process.context(), process.takeResume());
          timer.disarm();
          switch (change.reason()) {
            case SYSCALL:
              dispatcher.handle(process, change.syscall());
              break;
            case FAULT:
              fault(process, change.detail());
              return StoppedReason.FINISHED;
            case INTERRUPTED:
              return StoppedReason.KERNEL_PREEMPTION;
            default:
              return StoppedReason.TIMESLICE_EXPIRED;
          }
          break;
        case YIELDED:
          Task task = process.dequeueTask();
          if (task == null) {
            return StoppedReason.FINISHED;
          }
          process.resumeWith(upcallReturn(task));
          break;
        case YIELDED_FOR:
          Task awaited = process.dequeueTaskFor(process.waitDriver(), process.waitSubscribe());
          if (awaited == null) {
            return StoppedReason.FINISHED;
          }
          process.resumeWith(
              new SyscallReturn(
                  SyscallReturn.SUCCESS_U32_U32_U32,
                  awaited.arg0(),
                  awaited.arg1(),
                  awaited.arg2(),
                  0));
          break;
        default:
          return StoppedReason.FINISHED;
      }
    }
    return StoppedReason.FINISHED;
  }

  static SyscallReturn upcallReturn(Task task) {
    return new SyscallReturn(
        SyscallReturn.UPCALL, task.functionId(), task.arg0(), task.arg1(), task.arg2());
  }

  /** Applies the process's fault policy; the kernel and the other processes go on. */
  void fault(Process process, String detail) {
    ProcessId id = process.id();
    process.recordFault(detail);
    FaultPolicy.Action action = process.faultPolicy().onFault(process.faultRestarts());
    observer.processFaulted(id, process.name(), detail, action);
    if (action == FaultPolicy.Action.RESTART) {
      process.countFaultRestart();
      restart(process);
    } else {
      terminate(process, ProcessState.FAULTED, 0);
    }
  }

  void restart(Process process) {
    boundary.destroy(process.end(ProcessState.TERMINATED));
    reclaimGrants(process.index());
    startIncarnation(process);
  }

  void terminate(Process process, ProcessState finalState, int completionCode) {
    ProcessId id = process.id();
    process.setCompletionCode(completionCode);
    boundary.destroy(process.end(finalState));
    reclaimGrants(process.index());
    if (finalState == ProcessState.TERMINATED) {
      observer.processExited(id, process.name(), completionCode);
    }
  }

  private void startIncarnation(Process process) {
    ProcessId id = new ProcessId(process.index(), nextIdentifier++);
    process.start(id, boundary.create(id, process.name(), process.entry()));
    observer.processStarted(id, process.name());
  }

  private void reclaimGrants(int index) {
    for (int i = 0; i < grantCount; i++) {
      grants[i].reclaim(index);
    }
  }

  private void requireCapability(Kernel owner) {
    if (owner != this) {
      throw new IllegalArgumentException("capability of another kernel");
    }
  }

  /**
   * The live process named by {@code id}, or null when the id is stale (the process restarted)
   * or the process is dead.
   *
   * @param id an id
   * @return the process or null
   */
  public Process processFor(ProcessId id) {
    if (id == null || id.index() < 0 || id.index() >= processes.length) {
      return null;
    }
    Process process = processes[id.index()];
    if (process == null || !process.id().equals(id) || !process.state().isAlive()) {
      return null;
    }
    return process;
  }

  /**
   * The process record in slot {@code index}, alive or not.
   *
   * @param index a slot
   * @return the record, or null for an empty slot
   */
  public Process processAt(int index) {
    return processes[index];
  }

  /** How many process slots the kernel has. */
  public int processSlots() {
    return processes.length;
  }

  /**
   * Whether the process can run now: runnable, or waiting with its upcall queued.
   *
   * @param process a process
   * @return whether the scheduler may pick it
   */
  public boolean isReady(Process process) {
    switch (process.state()) {
      case RUNNING:
        return true;
      case YIELDED:
        return process.queuedTasks() > 0;
      case YIELDED_FOR:
        return process.hasTaskFor(process.waitDriver(), process.waitSubscribe());
      default:
        return false;
    }
  }

  SyscallDriver driverFor(int driverNumber) {
    for (int i = 0; i < driverCount; i++) {
      if (driverNumbers[i] == driverNumber) {
        return drivers[i];
      }
    }
    return null;
  }

  /** The board's deferred calls. */
  public DeferredCalls deferredCalls() {
    return deferredCalls;
  }
}
