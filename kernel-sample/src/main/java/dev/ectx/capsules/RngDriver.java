package dev.ectx.capsules;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.cells.OptionalCell;
import dev.ectx.hil.Entropy;
import dev.ectx.hil.EntropyClient;
import dev.ectx.kernel.Grant;
import dev.ectx.kernel.Kernel;
import dev.ectx.kernel.ProcessId;
import dev.ectx.kernel.ReturnCode;
import dev.ectx.kernel.SyscallDriver;
import dev.ectx.kernel.SyscallReturn;

/**
 * Random-number driver: fills a process's buffer with random bytes.
 *
 * <p>Why: applications need nonces and jitter; the chip's RNG yields one byte per event. After
 * Tock's {@code rng} capsule, one process is served at a time and the bytes go straight into its
 * allowed buffer.
 *
 * <p>Wiring (board): {@code driver = new RngDriver(kernel, rng)}, {@code rng.setClient(driver)},
 * {@code kernel.registerDriver(DriverNumbers.RNG, driver)}.
 *
 * <p>System-call interface (driver {@link DriverNumbers#RNG}):
 *
 * <ul>
 *   <li>command {@link #COMMAND_EXISTS}: success.
 *   <li>command {@link #COMMAND_GET} (count): fills {@code count} bytes of the read-write buffer
 *       {@link #ALLOW_BUFFER}; upcall {@link #UPCALL_DONE} (0, bytes filled) follows. BUSY while
 *       another request runs, RESERVE without a buffer, SIZE if {@code count} exceeds it.
 * </ul>
 */
@ExecutionContext("kernel")
public final class RngDriver implements SyscallDriver, EntropyClient {
  /** Command 0: does the driver exist. */
  public static final int COMMAND_EXISTS = 0;
  /** Command 1: fill the buffer. */
  public static final int COMMAND_GET = 1;
  /** Read-write allow 0: the buffer to fill. */
  public static final int ALLOW_BUFFER = 0;
  /** Upcall 0: the buffer is filled. */
  public static final int UPCALL_DONE = 0;

  private final Entropy rng;
  private final Grant<RngApp> grant;
  private final OptionalCell<ProcessId> current = new OptionalCell<>();

  /**
   * A random-number driver.
   *
   * @param kernel the kernel, for the grant
   * @param rng the entropy source
   */
  @ExecutionContext("boot")
  public RngDriver(Kernel kernel, Entropy rng) {
    this.rng = rng;
    this.grant = kernel.createGrant(DriverNumbers.RNG, 1, 0, 1, RngApp::new);
  }

  @Override
  public Grant<?> grant() {
    return grant;
  }

  @Override
  public SyscallReturn command(int commandNumber, int count, int unused, ProcessId process) {
    if (commandNumber == COMMAND_EXISTS) {
      return SyscallReturn.success();
    }
    if (commandNumber != COMMAND_GET) {
      return SyscallReturn.failure(ReturnCode.NOSUPPORT);
    }
    if (current.isSome()) {
      return SyscallReturn.failure(ReturnCode.BUSY);
    }
    ReturnCode[] result = {ReturnCode.SUCCESS};
    ReturnCode entered =
        grant.enter(
            process,
            (app, kernelData) -> {
              int room = kernelData.readWriteLength(ALLOW_BUFFER);
              if (room == 0) {
                result[0] = ReturnCode.RESERVE;
              } else if (count < 1 || count > room) {
                result[0] = ReturnCode.SIZE;
              } else {
                app.wanted = count;
                app.filled = 0;
              }
            });
    if (!entered.isSuccess()) {
      return SyscallReturn.failure(entered);
    }
    if (!result[0].isSuccess()) {
      return SyscallReturn.failure(result[0]);
    }
    ReturnCode started = rng.get();
    if (started.isSuccess()) {
      current.set(process);
    }
    return SyscallReturn.of(started);
  }

  @Override
  public Continue entropyAvailable(int value) {
    ProcessId process = current.get();
    if (process == null) {
      return Continue.DONE;
    }
    boolean[] done = {true};
    grant.enter(
        process,
        (app, kernelData) -> {
          kernelData.mapReadWrite(
              ALLOW_BUFFER,
              buffer -> {
                if (app.filled < buffer.length) {
                  buffer[app.filled] = (byte) value;
                }
              });
          app.filled++;
          if (app.filled >= app.wanted) {
            kernelData.scheduleUpcall(UPCALL_DONE, 0, app.filled, 0);
          } else {
            done[0] = false;
          }
        });
    if (done[0]) {
      current.clear();
      return Continue.DONE;
    }
    return Continue.MORE;
  }
}
