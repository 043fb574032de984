package dev.ectx.capsules;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;
import dev.ectx.cells.OptionalCell;
import dev.ectx.cells.TakeCell;
import dev.ectx.hil.Uart;
import dev.ectx.hil.UartReceiveClient;
import dev.ectx.hil.UartTransmitClient;
import dev.ectx.kernel.Grant;
import dev.ectx.kernel.GrantKernelData;
import dev.ectx.kernel.Kernel;
import dev.ectx.kernel.ProcessId;
import dev.ectx.kernel.ReturnCode;
import dev.ectx.kernel.SyscallDriver;
import dev.ectx.kernel.SyscallReturn;

/**
 * Console: text in and out for processes over a (virtual) UART.
 *
 * <p>Why: every application prints, and some read a line; Tock's {@code console} capsule shares
 * one UART among all processes. Writes of different processes take turns, each copied in chunks
 * through the capsule's own transmit buffer; received bytes collect in a ring so that none is lost
 * while the reading process is between two reads, and go to one reader at a time.
 *
 * <p>Wiring (board): {@code console = new Console(kernel, new UartDevice(mux), new byte[64])},
 * then {@code device.setTransmitClient(console)}, {@code device.setReceiveClient(console)},
 * {@code kernel.registerDriver(DriverNumbers.CONSOLE, console)}, {@code console.startReceiving()}.
 *
 * <p>System-call interface (driver {@link DriverNumbers#CONSOLE}):
 *
 * <ul>
 *   <li>command {@link #COMMAND_EXISTS}: success.
 *   <li>command {@link #COMMAND_PUTSTR} (length): writes {@code length} bytes of the read-only
 *       buffer {@link #ALLOW_WRITE}; upcall {@link #UPCALL_WRITE_DONE} (bytes written) follows.
 *       BUSY while this process's previous write runs, RESERVE without a buffer.
 *   <li>command {@link #COMMAND_GETNSTR} (length): reads {@code length} bytes into the read-write
 *       buffer {@link #ALLOW_READ}; upcall {@link #UPCALL_READ_DONE} (status, bytes read) follows.
 *       BUSY while another process reads, RESERVE without a buffer, SIZE if the buffer is
 *       shorter.
 *   <li>command {@link #COMMAND_ABORT_READ}: ends the read; its upcall carries CANCEL.
 * </ul>
 */
@ExecutionContext("kernel")
public final class Console implements SyscallDriver, UartTransmitClient, UartReceiveClient {
  /** Command 0: does the driver exist. */
  public static final int COMMAND_EXISTS = 0;
  /** Command 1: write bytes. */
  public static final int COMMAND_PUTSTR = 1;
  /** Command 2: read bytes. */
  public static final int COMMAND_GETNSTR = 2;
  /** Command 3: abort the read. */
  public static final int COMMAND_ABORT_READ = 3;
  /** Read-only allow 1: the bytes to write. */
  public static final int ALLOW_WRITE = 1;
  /** Read-write allow 1: where read bytes go. */
  public static final int ALLOW_READ = 1;
  /** Upcall 1: a write finished (bytes written). */
  public static final int UPCALL_WRITE_DONE = 1;
  /** Upcall 2: a read finished (status, bytes read). */
  public static final int UPCALL_READ_DONE = 2;
  /** Bytes the receive ring holds while nobody reads. */
  public static final int RING_SIZE = 2048;

  private final Uart uart;
  private final Grant<ConsoleApp> grant;
  private final TakeCell<byte[]> transmitBuffer = new TakeCell<>();
  private final TakeCell<byte[]> receiveBuffer = new TakeCell<>();
  private final OptionalCell<ProcessId> writer = new OptionalCell<>();
  private final OptionalCell<ProcessId> reader = new OptionalCell<>();
  private final byte @Unique [] ring = new byte[RING_SIZE];
  private int ringStart;
  private int ringSize;
  private int droppedBytes;
  private int chunkLength;

  /**
   * A console.
   *
   * @param kernel the kernel, for the grant
   * @param uart its (virtual) UART
   * @param transmitBuffer the capsule's transmit buffer, moved in
   */
  @ExecutionContext("boot")
  public Console(Kernel kernel, Uart uart, byte @Unique [] transmitBuffer) {
    this.uart = uart;
    this.grant = kernel.createGrant(DriverNumbers.CONSOLE, 3, 2, 2, ConsoleApp::new);
    this.transmitBuffer.put(transmitBuffer);
    this.receiveBuffer.put(new byte[1]);
  }

  /** Starts listening on the line; bytes collect in the ring until a process reads them. */
  public void startReceiving() {
    uart.receive(receiveBuffer, 1);
  }

  /** Bytes lost because the ring was full. */
  public int droppedBytes() {
    return droppedBytes;
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
      case COMMAND_PUTSTR:
        return SyscallReturn.of(putstr(process, arg1));
      case COMMAND_GETNSTR:
        return SyscallReturn.of(getnstr(process, arg1));
      case COMMAND_ABORT_READ:
        return SyscallReturn.of(abortRead(process));
      default:
        return SyscallReturn.failure(ReturnCode.NOSUPPORT);
    }
  }

  private ReturnCode putstr(ProcessId process, int length) {
    ReturnCode[] result = {ReturnCode.SUCCESS};
    ReturnCode entered =
        grant.enter(
            process,
            (app, kernelData) -> {
              int allowed = kernelData.readOnlyLength(ALLOW_WRITE);
              if (app.writePending) {
                result[0] = ReturnCode.BUSY;
              } else if (allowed == 0) {
                result[0] = ReturnCode.RESERVE;
              } else {
                app.writePending = true;
                app.writeLength = Math.min(Math.max(length, 0), allowed);
                app.writeOffset = 0;
              }
            });
    if (!entered.isSuccess()) {
      return entered;
    }
    if (result[0].isSuccess()) {
      startNextWrite();
    }
    return result[0];
  }

  /** Starts the next chunk of the next pending writer, round-robin over processes. */
  private void startNextWrite() {
    if (writer.isSome() || transmitBuffer.isNone()) {
      return;
    }
    grant.each(
        (app, kernelData) -> {
          if (writer.isNone() && app.writePending) {
            if (app.writeOffset >= app.writeLength) {
              finishWrite(app, kernelData);
            } else {
              writer.set(kernelData.processId());
              copyChunk(app, kernelData);
            }
          }
        });
    if (writer.isSome() && !uart.transmit(transmitBuffer, chunkLength).isSuccess()) {
      writer.clear();
    }
  }

  private void copyChunk(ConsoleApp app, GrantKernelData kernelData) {
    transmitBuffer.map(
        chunk -> {
          int length = Math.min(chunk.length, app.writeLength - app.writeOffset);
          kernelData.copyFromReadOnly(ALLOW_WRITE, app.writeOffset, chunk, length);
          chunkLength = Math.max(1, length);
        });
  }

  private static void finishWrite(ConsoleApp app, GrantKernelData kernelData) {
    app.writePending = false;
    kernelData.scheduleUpcall(UPCALL_WRITE_DONE, app.writeLength, 0, 0);
  }

  @Override
  public void transmitted(byte @Unique [] buffer, int length, ReturnCode result) {
    transmitBuffer.put(buffer);
    ProcessId done = writer.take();
    if (done != null) {
      grant.enter(
          done,
          (app, kernelData) -> {
            app.writeOffset += result.isSuccess() ? length : app.writeLength;
            if (app.writeOffset >= app.writeLength) {
              finishWrite(app, kernelData);
            }
          });
    }
    startNextWrite();
  }

  private ReturnCode getnstr(ProcessId process, int length) {
    if (reader.isSome() && !reader.get().equals(process)) {
      return ReturnCode.BUSY;
    }
    ReturnCode[] result = {ReturnCode.SUCCESS};
    ReturnCode entered =
        grant.enter(
            process,
            (app, kernelData) -> {
              int allowed = kernelData.readWriteLength(ALLOW_READ);
              if (app.readPending) {
                result[0] = ReturnCode.BUSY;
              } else if (allowed == 0) {
                result[0] = ReturnCode.RESERVE;
              } else if (length < 1 || length > allowed) {
                result[0] = ReturnCode.SIZE;
              } else {
                app.readPending = true;
                app.readLength = length;
                app.readPosition = 0;
              }
            });
    if (!entered.isSuccess()) {
      return entered;
    }
    if (result[0].isSuccess()) {
      reader.set(process);
      drainRing();
    }
    return result[0];
  }

  private ReturnCode abortRead(ProcessId process) {
    if (reader.isNone() || !reader.get().equals(process)) {
      return ReturnCode.OFF;
    }
    reader.clear();
    return grant.enter(process, (app, kernelData) -> finishRead(app, kernelData, ReturnCode.CANCEL));
  }

  private static void finishRead(ConsoleApp app, GrantKernelData kernelData, ReturnCode status) {
    app.readPending = false;
    kernelData.scheduleUpcall(UPCALL_READ_DONE, status.number(), app.readPosition, 0);
  }

  /** Moves ring bytes into the reader's buffer; finishes its read when full. */
  private void drainRing() {
    ProcessId current = reader.get();
    if (current == null || ringSize == 0) {
      return;
    }
    ReturnCode entered =
        grant.enter(
            current,
            (app, kernelData) -> {
              kernelData.mapReadWrite(
                  ALLOW_READ,
                  target -> {
                    while (ringSize > 0 && app.readPosition < Math.min(app.readLength, target.length)) {
                      target[app.readPosition++] = ring[ringStart];
                      ringStart = (ringStart + 1) % ring.length;
                      ringSize--;
                    }
                  });
              if (app.readPosition >= app.readLength) {
                reader.clear();
                finishRead(app, kernelData, ReturnCode.SUCCESS);
              }
            });
    if (!entered.isSuccess()) {
      reader.clear();
    }
  }

  @Override
  public void received(byte @Unique [] buffer, int length, ReturnCode result) {
    if (length > 0) {
      if (ringSize == ring.length) {
        droppedBytes++;
      } else {
        ring[(ringStart + ringSize) % ring.length] = buffer[0];
        ringSize++;
      }
    }
    receiveBuffer.put(buffer);
    uart.receive(receiveBuffer, 1);
    drainRing();
  }
}
