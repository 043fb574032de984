package dev.ectx.hil;

import dev.ectx.annotations.Borrowed;
import dev.ectx.annotations.Downcall;
import dev.ectx.annotations.ExecutionContext;
import dev.ectx.cells.TakeCell;
import dev.ectx.kernel.ReturnCode;

/** An SPI controller doing full-duplex DMA transfers, after Tock's {@code hil::spi::SpiMaster}. */
@ExecutionContext("kernel")
public interface SpiController {
  /**
   * Sets the clock rate.
   *
   * @param hertz the wanted rate
   * @return {@link ReturnCode#SUCCESS}; {@link ReturnCode#INVAL} for an unsupported rate; {@link
   *     ReturnCode#BUSY} during a transfer. No callback.
   */
  ReturnCode setRate(int hertz);

  /**
   * Clocks out {@code length} bytes of the write buffer while clocking in as many into the read
   * buffer.
   *
   * @param write the caller's write cell; on success its buffer is taken
   * @param read the caller's read cell; on success its buffer is taken
   * @param length bytes to transfer; at most both buffers' lengths
   * @return {@link ReturnCode#SUCCESS}: exactly one {@link SpiClient#transferred} follows with
   *     both buffers. {@link ReturnCode#BUSY}: a transfer runs; {@link ReturnCode#SIZE}: bad
   *     length; {@link ReturnCode#RESERVE}: a cell is empty. On an error both buffers stay in
   *     their cells and no callback follows.
   */
  @Downcall
  ReturnCode readWrite(@Borrowed TakeCell<byte[]> write, @Borrowed TakeCell<byte[]> read, int length);

  /**
   * Sets who hears about transfers.
   *
   * @param client the client
   */
  void setClient(SpiClient client);
}
