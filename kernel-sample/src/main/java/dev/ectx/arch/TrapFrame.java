package dev.ectx.arch;

import dev.ectx.annotations.AnyContext;
import dev.ectx.annotations.Shared;
import dev.ectx.annotations.Trusted;
import dev.ectx.annotations.Unique;
import dev.ectx.kernel.Syscall;
import dev.ectx.kernel.SyscallReturn;
import dev.ectx.kernel.UserspacePort;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The hand-off between the kernel's thread and one process's thread: the simulated supervisor
 * call. Exactly one side runs at a time: the process blocks in {@link #svc} until the kernel's
 * {@link #resume} hands it an answer, and the kernel blocks in {@code resume} until the process
 * traps again. Only immutable records and moved buffers pass through.
 */
// Trusted: the fields are JDK hand-off queues and atomic references, which rule S does not know
// as thread-safe. They are: every exchange is a SynchronousQueue rendezvous (a happens-before
// edge), so the two threads never run at once and each buffer has one owner at a time.
@Trusted
@Shared
final class TrapFrame implements UserspacePort {
  private static final SyscallReturn KILL = new SyscallReturn(-2, 0, 0, 0, 0);
  /** The answer that lets a process go on without a system-call result (start, compute). */
  static final SyscallReturn PROCEED = new SyscallReturn(-1, 0, 0, 0, 0);

  private final SynchronousQueue<Trap> toKernel = new SynchronousQueue<>();
  private final SynchronousQueue<SyscallReturn> toProcess = new SynchronousQueue<>();
  private final AtomicReference<byte[]> bufferToKernel = new AtomicReference<>();
  private final AtomicReference<byte[]> bufferToProcess = new AtomicReference<>();
  private volatile boolean killed;
  private volatile Thread owner;

  @Override
  @AnyContext
  public SyscallReturn svc(Syscall call) {
    return trap(Trap.syscall(call));
  }

  @Override
  @AnyContext
  public void compute(int cycles) {
    if (cycles > 0) {
      trap(Trap.compute(cycles));
    }
  }

  @Override
  @AnyContext
  public void passBuffer(byte @Unique [] buffer) {
    bufferToKernel.set(buffer);
  }

  // The slot is emptied as it is read, so the value returned is the only reference to it.
  @SuppressWarnings("ectx")
  @Override
  @AnyContext
  public byte @Unique [] collectBuffer() {
    return bufferToProcess.getAndSet(null);
  }

  /** Process side: hands the kernel a trap and waits for the answer. */
  @AnyContext
  SyscallReturn trap(Trap trap) {
    if (killed) {
      throw new ProcessKilled();
    }
    if (Thread.currentThread() != owner) {
      throw new IllegalStateException(
          "a system call of this process from another thread: process code runs only on its own");
    }
    put(toKernel, trap);
    return awaitAnswer();
  }

  /** Process side: waits for the kernel's first switch to this process. */
  @AnyContext
  void awaitStart() {
    owner = Thread.currentThread();
    awaitAnswer();
  }

  /** Process side: the last trap (fault or return); the kernel answers with a kill. */
  @AnyContext
  void finish(Trap last) {
    if (!killed) {
      put(toKernel, last);
      awaitAnswer();
    }
  }

  private SyscallReturn awaitAnswer() {
    SyscallReturn answer = take(toProcess);
    if (answer == KILL) {
      killed = true;
      throw new ProcessKilled();
    }
    return answer;
  }

  /** Kernel side: lets the process run with {@code answer} and waits for its next trap. */
  @AnyContext
  Trap resume(SyscallReturn answer) {
    put(toProcess, answer);
    return take(toKernel);
  }

  /** Kernel side: unwinds the process's thread, which is blocked waiting for an answer. */
  @AnyContext
  void kill() {
    if (!killed) {
      killed = true;
      put(toProcess, KILL);
    }
  }

  /** Kernel side: moves out the buffer of the process's current allow. */
  // The slot is emptied as it is read, so the value returned is the only reference to it.
  @SuppressWarnings("ectx")
  @AnyContext
  byte @Unique [] takeBuffer() {
    return bufferToKernel.getAndSet(null);
  }

  /** Kernel side: moves a buffer to the process with the current answer. */
  @AnyContext
  void giveBuffer(byte @Unique [] buffer) {
    bufferToProcess.set(buffer);
  }

  private static <T> void put(SynchronousQueue<T> queue, T value) {
    try {
      queue.put(value);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during a context switch", e);
    }
  }

  private static <T> T take(SynchronousQueue<T> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during a context switch", e);
    }
  }
}
