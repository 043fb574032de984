package dev.ectx.hil;

import dev.ectx.annotations.Borrowed;
import dev.ectx.annotations.Downcall;
import dev.ectx.annotations.ExecutionContext;
import dev.ectx.cells.TakeCell;
import dev.ectx.kernel.ReturnCode;

/**
 * One device on an I2C bus, after Tock's {@code hil::i2c::I2CDevice}: the bus controller with the
 * device's address bound.
 */
@ExecutionContext("kernel")
public interface I2cDevice {
  /**
   * Writes {@code writeLength} bytes of the buffer, then reads {@code readLength} bytes into the
   * same buffer (a repeated start in between).
   *
   * @param buffer the caller's cell; on success the buffer is taken
   * @param writeLength bytes to write
   * @param readLength bytes to read afterwards
   * @return {@link ReturnCode#SUCCESS}: exactly one {@link I2cClient#commandComplete} follows
   *     with the buffer. {@link ReturnCode#BUSY}: the bus is in use; {@link ReturnCode#SIZE}: a
   *     length exceeds the buffer; {@link ReturnCode#RESERVE}: the cell is empty. On an error the
   *     buffer stays in {@code buffer} and no callback follows.
   */
  @Downcall
  ReturnCode writeRead(@Borrowed TakeCell<byte[]> buffer, int writeLength, int readLength);

  /**
   * Writes {@code length} bytes of the buffer.
   *
   * @param buffer the caller's cell; on success the buffer is taken
   * @param length bytes to write
   * @return as for {@link #writeRead}
   */
  @Downcall
  ReturnCode write(@Borrowed TakeCell<byte[]> buffer, int length);

  /**
   * Sets who hears about commands.
   *
   * @param client the client
   */
  void setClient(I2cClient client);
}
