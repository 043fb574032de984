package dev.ectx.kernel;

import dev.ectx.annotations.Borrowed;
import dev.ectx.annotations.ExecutionContext;
import dev.ectx.cells.TakeCell;
import java.util.function.Consumer;

/**
 * What a driver may do with a process inside its grant, after Tock's {@code GrantKernelData}:
 * schedule the process's upcalls and use the buffers it allowed. Valid only during {@link
 * Grant#enter}.
 */
@ExecutionContext("kernel")
public final class GrantKernelData {
  private final Process process;
  private final int driver;
  private final GrantRegion<?> region;

  GrantKernelData(Process process, int driver, GrantRegion<?> region) {
    this.process = process;
    this.driver = driver;
    this.region = region;
  }

  /** The process this grant belongs to. */
  public ProcessId processId() {
    return process.id();
  }

  /**
   * Queues the upcall subscribed under {@code subscribeNumber}; it runs when the process next
   * yields. A null upcall (never subscribed) is dropped silently, as in Tock.
   *
   * @param subscribeNumber the driver's upcall number
   * @param arg0 first argument
   * @param arg1 second argument
   * @param arg2 third argument
   * @return {@link ReturnCode#SUCCESS}, {@link ReturnCode#INVAL} for an unknown number, or {@link
   *     ReturnCode#NOMEM} when the process's upcall queue is full (the upcall is dropped)
   */
  public ReturnCode scheduleUpcall(int subscribeNumber, int arg0, int arg1, int arg2) {
    if (subscribeNumber < 0 || subscribeNumber >= region.upcallFunctions.length) {
      return ReturnCode.INVAL;
    }
    int function = region.upcallFunctions[subscribeNumber];
    if (function == 0) {
      return ReturnCode.SUCCESS;
    }
    Task task = new Task(driver, subscribeNumber, function, arg0, arg1, arg2);
    return process.enqueue(task) ? ReturnCode.SUCCESS : ReturnCode.NOMEM;
  }

  /**
   * The length of the read-write buffer allowed under {@code allowNumber}.
   *
   * @param allowNumber the driver's allow number
   * @return the length, 0 when nothing is allowed
   */
  public int readWriteLength(int allowNumber) {
    return length(region.readWrite, allowNumber);
  }

  /**
   * The length of the read-only buffer allowed under {@code allowNumber}.
   *
   * @param allowNumber the driver's allow number
   * @return the length, 0 when nothing is allowed
   */
  public int readOnlyLength(int allowNumber) {
    return length(region.readOnly, allowNumber);
  }

  /**
   * Lends the read-write buffer allowed under {@code allowNumber} to {@code body}.
   *
   * @param allowNumber the driver's allow number
   * @param body may read and write the buffer during the call
   * @return whether a buffer was allowed and {@code body} ran
   */
  public boolean mapReadWrite(int allowNumber, Consumer<byte[]> body) {
    return inRange(region.readWrite, allowNumber) && region.readWrite[allowNumber].map(body);
  }

  /**
   * Lends the read-only buffer allowed under {@code allowNumber} to {@code body}, which must not
   * write it.
   *
   * @param allowNumber the driver's allow number
   * @param body may read the buffer during the call
   * @return whether a buffer was allowed and {@code body} ran
   */
  public boolean mapReadOnly(int allowNumber, Consumer<byte[]> body) {
    return inRange(region.readOnly, allowNumber) && region.readOnly[allowNumber].map(body);
  }

  /**
   * Copies bytes out of the read-only buffer allowed under {@code allowNumber}.
   *
   * @param allowNumber the driver's allow number
   * @param offset where to start in the process's buffer
   * @param target where the bytes go, from index 0
   * @param length how many bytes at most
   * @return how many bytes were copied (0 when nothing is allowed)
   */
  public int copyFromReadOnly(int allowNumber, int offset, @Borrowed byte[] target, int length) {
    if (!inRange(region.readOnly, allowNumber)) {
      return 0;
    }
    TakeCell<byte[]> cell = region.readOnly[allowNumber];
    byte[] source = cell.take();
    if (source == null) {
      return 0;
    }
    int count = Math.max(0, Math.min(length, Math.min(source.length - offset, target.length)));
    System.arraycopy(source, offset, target, 0, count);
    cell.put(source);
    return count;
  }

  /**
   * Copies bytes into the read-write buffer allowed under {@code allowNumber}.
   *
   * @param allowNumber the driver's allow number
   * @param offset where to start in the process's buffer
   * @param source the bytes, from index 0
   * @param length how many bytes at most
   * @return how many bytes were copied (0 when nothing is allowed)
   */
  public int copyToReadWrite(int allowNumber, int offset, @Borrowed byte[] source, int length) {
    if (!inRange(region.readWrite, allowNumber)) {
      return 0;
    }
    TakeCell<byte[]> cell = region.readWrite[allowNumber];
    byte[] target = cell.take();
    if (target == null) {
      return 0;
    }
    int count = Math.max(0, Math.min(length, Math.min(target.length - offset, source.length)));
    System.arraycopy(source, 0, target, offset, count);
    cell.put(target);
    return count;
  }

  private static boolean inRange(@Borrowed Object[] cells, int number) {
    return number >= 0 && number < cells.length;
  }

  private static int length(@Borrowed TakeCell<byte[]>[] cells, int number) {
    int[] length = {0};
    if (inRange(cells, number)) {
      cells[number].map(buffer -> length[0] = buffer.length);
    }
    return length[0];
  }
}
