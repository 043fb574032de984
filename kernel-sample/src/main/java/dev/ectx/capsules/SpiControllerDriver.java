package dev.ectx.capsules;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;
import dev.ectx.cells.OptionalCell;
import dev.ectx.cells.TakeCell;
import dev.ectx.hil.SpiClient;
import dev.ectx.hil.SpiController;
import dev.ectx.kernel.Grant;
import dev.ectx.kernel.GrantKernelData;
import dev.ectx.kernel.Kernel;
import dev.ectx.kernel.ProcessId;
import dev.ectx.kernel.ReturnCode;
import dev.ectx.kernel.SyscallDriver;
import dev.ectx.kernel.SyscallReturn;

/**
 * SPI controller driver: a process exchanges bytes with an SPI peripheral.
 *
 * <p>Why: the DMA case. The hardware reads and writes two kernel-owned buffers while the CPU does
 * other work, so the buffers must belong to nobody else meanwhile: they live in {@link TakeCell}s,
 * move to the controller with each transfer and come back with its callback, on success and on a
 * bus error alike. Process data is copied in and out in chunks of the kernel buffers' size. One
 * process at a time; after Tock's {@code spi_controller} capsule.
 *
 * <p>Wiring (board): {@code driver = new SpiControllerDriver(kernel, spi, new byte[128], new
 * byte[128])}, {@code spi.setClient(driver)}, {@code kernel.registerDriver(DriverNumbers.SPI,
 * driver)}.
 *
 * <p>System-call interface (driver {@link DriverNumbers#SPI}):
 *
 * <ul>
 *   <li>command {@link #COMMAND_EXISTS}: success.
 *   <li>command {@link #COMMAND_READ_WRITE} (length): sends {@code length} bytes of the read-only
 *       buffer {@link #ALLOW_WRITE} while receiving into the read-write buffer {@link
 *       #ALLOW_READ} (optional); upcall {@link #UPCALL_DONE} (bytes transferred, status) follows.
 *       BUSY while any process's transfer runs, RESERVE without a write buffer, SIZE for a length
 *       below 1 or beyond the buffers.
 *   <li>command {@link #COMMAND_SET_RATE} (hertz): success, or INVAL.
 * </ul>
 */
@ExecutionContext("kernel")
public final class SpiControllerDriver implements SyscallDriver, SpiClient {
  /** Command 0: does the driver exist. */
  public static final int COMMAND_EXISTS = 0;
  /** Command 2: transfer bytes. */
  public static final int COMMAND_READ_WRITE = 2;
  /** Command 5: set the clock rate. */
  public static final int COMMAND_SET_RATE = 5;
  /** Read-only allow 0: the bytes to send. */
  public static final int ALLOW_WRITE = 0;
  /** Read-write allow 0: where received bytes go. */
  public static final int ALLOW_READ = 0;
  /** Upcall 0: a transfer finished (bytes transferred, status code). */
  public static final int UPCALL_DONE = 0;

  private final SpiController spi;
  private final Grant<SpiApp> grant;
  private final TakeCell<byte[]> writeBuffer = new TakeCell<>();
  private final TakeCell<byte[]> readBuffer = new TakeCell<>();
  private final OptionalCell<ProcessId> current = new OptionalCell<>();
  private int chunkLength;

  /**
   * An SPI controller driver.
   *
   * @param kernel the kernel, for the grant
   * @param spi the controller
   * @param writeBuffer the DMA write buffer, moved in
   * @param readBuffer the DMA read buffer, moved in; as long as the write buffer
   */
  @ExecutionContext("boot")
  public SpiControllerDriver(
      Kernel kernel, SpiController spi, byte @Unique [] writeBuffer, byte @Unique [] readBuffer) {
    this.spi = spi;
    this.grant = kernel.createGrant(DriverNumbers.SPI, 1, 1, 1, SpiApp::new);
    this.writeBuffer.put(writeBuffer);
    this.readBuffer.put(readBuffer);
  }

  /** Whether both DMA buffers are home (true whenever no transfer runs). */
  public boolean buffersHome() {
    return writeBuffer.isSome() && readBuffer.isSome();
  }

  @Override
  public Grant<?> grant() {
    return grant;
  }

  @Override
  public SyscallReturn command(int commandNumber, int arg1, int arg2, ProcessId process) {
    switch (commandNumber) {
      case COMMAND_EXISTS:
        return SyscallReturn.success();
      case COMMAND_READ_WRITE:
        return SyscallReturn.of(start(process, arg1));
      case COMMAND_SET_RATE:
        return SyscallReturn.of(spi.setRate(arg1));
      default:
        return SyscallReturn.failure(ReturnCode.NOSUPPORT);
    }
  }

  private ReturnCode start(ProcessId process, int length) {
    if (current.isSome()) {
      return ReturnCode.BUSY;
    }
    ReturnCode[] result = {ReturnCode.SUCCESS};
    ReturnCode entered =
        grant.enter(
            process,
            (app, kernelData) -> {
              int writable = kernelData.readOnlyLength(ALLOW_WRITE);
              int readable = kernelData.readWriteLength(ALLOW_READ);
              if (writable == 0) {
                result[0] = ReturnCode.RESERVE;
              } else if (length < 1 || length > writable || (readable > 0 && length > readable)) {
                result[0] = ReturnCode.SIZE;
              } else {
                app.length = length;
                app.offset = 0;
                result[0] = startChunk(app, kernelData);
              }
            });
    if (!entered.isSuccess()) {
      return entered;
    }
    if (result[0].isSuccess()) {
      current.set(process);
    }
    return result[0];
  }

  private ReturnCode startChunk(SpiApp app, GrantKernelData kernelData) {
    writeBuffer.map(
        chunk -> {
          chunkLength = Math.min(chunk.length, app.length - app.offset);
          kernelData.copyFromReadOnly(ALLOW_WRITE, app.offset, chunk, chunkLength);
        });
    return spi.readWrite(writeBuffer, readBuffer, chunkLength);
  }

  @Override
  public void transferred(
      byte @Unique [] write, byte @Unique [] read, int length, ReturnCode result) {
    writeBuffer.put(write);
    readBuffer.put(read);
    ProcessId process = current.take();
    if (process == null) {
      return;
    }
    ReturnCode[] next = {ReturnCode.FAIL};
    grant.enter(
        process,
        (app, kernelData) -> {
          copyReceived(app, kernelData, length);
          app.offset += length;
          if (!result.isSuccess()) {
            kernelData.scheduleUpcall(UPCALL_DONE, app.offset, result.number(), 0);
          } else if (app.offset >= app.length) {
            kernelData.scheduleUpcall(UPCALL_DONE, app.offset, 0, 0);
          } else {
            next[0] = startChunk(app, kernelData);
            if (!next[0].isSuccess()) {
              kernelData.scheduleUpcall(UPCALL_DONE, app.offset, next[0].number(), 0);
            }
          }
        });
    if (next[0].isSuccess()) {
      current.set(process);
    }
  }

  private void copyReceived(SpiApp app, GrantKernelData kernelData, int length) {
    readBuffer.map(chunk -> kernelData.copyToReadWrite(ALLOW_READ, app.offset, chunk, length));
  }
}
