package dev.ectx.kernel;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;
import dev.ectx.cells.TakeCell;

/** One process's part of one grant: the driver's state, the upcalls and the allowed buffers. */
@ExecutionContext("kernel")
final class GrantRegion<T> {
  final int identifier;
  final T data;
  final int @Unique [] upcallFunctions;
  final int @Unique [] upcallData;
  final TakeCell<byte[]> @Unique [] readOnly;
  final TakeCell<byte[]> @Unique [] readWrite;
  boolean entered;

  GrantRegion(int identifier, T data, int upcalls, int readOnlyAllows, int readWriteAllows) {
    this.identifier = identifier;
    this.data = data;
    this.upcallFunctions = new int[upcalls];
    this.upcallData = new int[upcalls];
    this.readOnly = cells(readOnlyAllows);
    this.readWrite = cells(readWriteAllows);
  }

  boolean hasAllowSlot(boolean readWriteSlot, int number) {
    return number >= 0 && number < (readWriteSlot ? readWrite.length : readOnly.length);
  }

  /** Moves {@code passed} (maybe null) into the slot and the slot's previous buffer out. */
  byte @Unique [] swapAllow(boolean readWriteSlot, int number, byte @Unique [] passed) {
    TakeCell<byte[]> slot = readWriteSlot ? readWrite[number] : readOnly[number];
    byte[] previous = slot.take();
    if (passed != null) {
      slot.put(passed);
    }
    return previous;
  }

  private static TakeCell<byte[]> @Unique [] cells(int count) {
    @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array of TakeCell<byte[]> only
    TakeCell<byte[]>[] cells = new TakeCell[count];
    for (int i = 0; i < count; i++) {
      cells[i] = new TakeCell<>();
    }
    return cells;
  }
}
