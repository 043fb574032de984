package dev.ectx.kernel;

import dev.ectx.annotations.ExecutionContext;

/**
 * The kernel's record of one process slot, after Tock's {@code ProcessStandard}: the current
 * incarnation's id and state, its queued upcalls, its memory break and its fault history. The
 * process's code runs elsewhere (its {@link ProcessContext}); this record never calls it.
 */
@ExecutionContext("kernel")
public final class Process {
  /** Upcalls a process can have queued, as in Tock. */
  static final int TASK_QUEUE_CAPACITY = 10;

  private final int index;
  private final String name;
  private final App entry;
  private final FaultPolicy faultPolicy;
  private final int memoryStart;
  private final int memorySize;
  private final TaskQueue tasks = new TaskQueue(TASK_QUEUE_CAPACITY);

  private ProcessId id;
  private ProcessState state = ProcessState.TERMINATED;
  private ProcessState stateBeforeStop = ProcessState.RUNNING;
  private ProcessContext context;
  private SyscallReturn resume;
  private int appBreak;
  private int kernelBreak;
  private int waitDriver;
  private int waitSubscribe;
  private int faultRestarts;
  private int faultCount;
  private int completionCode;
  private String lastFault = "";

  Process(int index, String name, App entry, FaultPolicy faultPolicy, int memoryStart, int memorySize) {
    this.index = index;
    this.name = name;
    this.entry = entry;
    this.faultPolicy = faultPolicy;
    this.memoryStart = memoryStart;
    this.memorySize = memorySize;
    this.id = new ProcessId(index, 0);
  }

  /** The current incarnation's id. */
  public ProcessId id() {
    return id;
  }

  /** The application's name. */
  public String name() {
    return name;
  }

  /** The process's state. */
  public ProcessState state() {
    return state;
  }

  /** How often the process faulted. */
  public int faultCount() {
    return faultCount;
  }

  /** What the last fault was, or the empty string. */
  public String lastFault() {
    return lastFault;
  }

  /** The code passed to the last exit call. */
  public int completionCode() {
    return completionCode;
  }

  int index() {
    return index;
  }

  FaultPolicy faultPolicy() {
    return faultPolicy;
  }

  App entry() {
    return entry;
  }

  ProcessContext context() {
    return context;
  }

  /** Starts a new incarnation: fresh id, fresh memory, empty queue, entry point runs first. */
  void start(ProcessId newId, ProcessContext newContext) {
    id = newId;
    context = newContext;
    state = ProcessState.RUNNING;
    resume = null;
    tasks.clear();
    appBreak = memoryStart + memorySize / 4;
    kernelBreak = memoryStart + memorySize;
  }

  /** Ends the incarnation; returns its execution state for the boundary to destroy. */
  ProcessContext end(ProcessState finalState) {
    ProcessContext ended = context;
    context = null;
    state = finalState;
    tasks.clear();
    return ended;
  }

  void recordFault(String detail) {
    faultCount++;
    lastFault = detail;
  }

  int faultRestarts() {
    return faultRestarts;
  }

  void countFaultRestart() {
    faultRestarts++;
  }

  void setCompletionCode(int code) {
    completionCode = code;
  }

  boolean enqueue(Task task) {
    return state.isAlive() && tasks.offer(task);
  }

  int queuedTasks() {
    return tasks.size();
  }

  Task dequeueTask() {
    return tasks.poll();
  }

  Task dequeueTaskFor(int driver, int subscribeNumber) {
    return tasks.pollMatching(driver, subscribeNumber);
  }

  boolean hasTaskFor(int driver, int subscribeNumber) {
    return tasks.contains(driver, subscribeNumber);
  }

  void cancelTasks(int driver, int subscribeNumber) {
    tasks.cancel(driver, subscribeNumber);
  }

  void yieldWait() {
    state = ProcessState.YIELDED;
  }

  void yieldWaitFor(int driver, int subscribeNumber) {
    state = ProcessState.YIELDED_FOR;
    waitDriver = driver;
    waitSubscribe = subscribeNumber;
  }

  int waitDriver() {
    return waitDriver;
  }

  int waitSubscribe() {
    return waitSubscribe;
  }

  /** Makes the process runnable with {@code value} as the result of the call it waits in. */
  void resumeWith(SyscallReturn value) {
    state = ProcessState.RUNNING;
    resume = value;
  }

  /** Takes the value to hand the process when it next runs (null after a preemption). */
  SyscallReturn takeResume() {
    SyscallReturn value = resume;
    resume = null;
    return value;
  }

  void stop() {
    if (state.isAlive() && state != ProcessState.STOPPED) {
      stateBeforeStop = state;
      state = ProcessState.STOPPED;
    }
  }

  void resumeFromStop() {
    if (state == ProcessState.STOPPED) {
      state = stateBeforeStop;
    }
  }

  boolean allocateGrantMemory(int bytes) {
    if (kernelBreak - bytes < appBreak) {
      return false;
    }
    kernelBreak -= bytes;
    return true;
  }

  int memoryStart() {
    return memoryStart;
  }

  int memoryEnd() {
    return memoryStart + memorySize;
  }

  int appBreak() {
    return appBreak;
  }

  /** Moves the app break; false if it would leave the process's memory or reach the grants. */
  boolean setAppBreak(int newBreak) {
    if (newBreak < memoryStart || newBreak > kernelBreak) {
      return false;
    }
    appBreak = newBreak;
    return true;
  }
}
