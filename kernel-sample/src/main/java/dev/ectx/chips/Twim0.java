package dev.ectx.chips;

import dev.ectx.annotations.Borrowed;
import dev.ectx.annotations.ExecutionContext;
import dev.ectx.cells.OptionalCell;
import dev.ectx.cells.TakeCell;
import dev.ectx.hal.mmio.RegisterBlock;
import dev.ectx.hal.periph.Twim;
import dev.ectx.hil.I2cClient;
import dev.ectx.hil.I2cDevice;
import dev.ectx.kernel.ReturnCode;

/**
 * TWIM0 with one device's address bound, as the {@link I2cDevice} HIL, after Tock's {@code
 * nrf52::i2c}. The bytes to write go out from the driver's own small buffer, so the caller's
 * buffer has one DMA owner (RXD) during a write-then-read. An address or data NACK completes with
 * {@link ReturnCode#NOACK}, a bus error with {@link ReturnCode#FAIL}; after either the driver
 * stops the bus and the buffer comes back at STOPPED, as on success.
 */
@ExecutionContext("kernel")
public final class Twim0 implements I2cDevice, SerialInstance0.Block {
  private static final int SCRATCH = 16;

  private final RegisterBlock twim;
  private final SerialInstance0 instance;
  private final int address;
  private final TakeCell<byte[]> scratch = new TakeCell<>();
  private final OptionalCell<I2cClient> client = new OptionalCell<>();
  private boolean busy;
  private boolean reading;
  private ReturnCode result = ReturnCode.SUCCESS;

  /**
   * The bus, talking to the device at {@code address}.
   *
   * @param twim TWIM0's registers
   * @param instance the serial instance it shares with SPIM0
   * @param address the device's 7-bit address
   */
  @ExecutionContext("boot")
  public Twim0(RegisterBlock twim, SerialInstance0 instance, int address) {
    this.twim = twim;
    this.instance = instance;
    this.address = address;
    this.scratch.put(new byte[SCRATCH]);
  }

  @Override
  public ReturnCode writeRead(@Borrowed TakeCell<byte[]> buffer, int writeLength, int readLength) {
    if (busy || scratch.isNone() || !instance.acquire(this)) {
      return ReturnCode.BUSY;
    }
    byte[] data = buffer.take();
    if (data == null) {
      return ReturnCode.RESERVE;
    }
    if (writeLength < 1 || writeLength > SCRATCH || readLength < 1 || readLength > data.length
        || writeLength > data.length) {
      buffer.put(data);
      return ReturnCode.SIZE;
    }
    byte[] out = scratch.take();
    System.arraycopy(data, 0, out, 0, writeLength);
    prepare();
    twim.setDmaBuffer(Twim.TXD_PTR, out);
    twim.write(Twim.TXD_MAXCNT, writeLength);
    twim.setDmaBuffer(Twim.RXD_PTR, data);
    twim.write(Twim.RXD_MAXCNT, readLength);
    twim.write(Twim.SHORTS, Twim.SHORT_LASTTX_STARTRX | Twim.SHORT_LASTRX_STOP);
    reading = true;
    busy = true;
    twim.write(Twim.TASKS_STARTTX, 1);
    return ReturnCode.SUCCESS;
  }

  @Override
  public ReturnCode write(@Borrowed TakeCell<byte[]> buffer, int length) {
    if (busy || !instance.acquire(this)) {
      return ReturnCode.BUSY;
    }
    byte[] data = buffer.take();
    if (data == null) {
      return ReturnCode.RESERVE;
    }
    if (length < 1 || length > data.length) {
      buffer.put(data);
      return ReturnCode.SIZE;
    }
    prepare();
    twim.setDmaBuffer(Twim.TXD_PTR, data);
    twim.write(Twim.TXD_MAXCNT, length);
    twim.write(Twim.SHORTS, Twim.SHORT_LASTTX_STOP);
    reading = false;
    busy = true;
    twim.write(Twim.TASKS_STARTTX, 1);
    return ReturnCode.SUCCESS;
  }

  private void prepare() {
    twim.write(Twim.EVENTS_STOPPED, 0);
    twim.write(Twim.EVENTS_ERROR, 0);
    twim.write(Twim.ADDRESS, address);
    twim.write(RegisterOffsets.INTENSET, Twim.INT_STOPPED | Twim.INT_ERROR);
    result = ReturnCode.SUCCESS;
  }

  @Override
  public void setClient(I2cClient client) {
    this.client.set(client);
  }

  @Override
  public boolean busy() {
    return busy;
  }

  @Override
  public void enable() {
    twim.write(Twim.ENABLE, Twim.ENABLE_TWIM);
    twim.write(Twim.FREQUENCY, Twim.FREQ_K400);
  }

  @Override
  public void disable() {
    twim.write(RegisterOffsets.INTENCLR, Twim.INT_STOPPED | Twim.INT_ERROR);
    twim.write(Twim.ENABLE, 0);
  }

  @Override
  public void handleInterrupt() {
    if (twim.read(Twim.EVENTS_ERROR) != 0) {
      twim.write(Twim.EVENTS_ERROR, 0);
      int source = twim.read(Twim.ERRORSRC);
      twim.write(Twim.ERRORSRC, source);
      result =
          (source & (Twim.ERROR_ANACK | Twim.ERROR_DNACK)) != 0 ? ReturnCode.NOACK : ReturnCode.FAIL;
      twim.write(Twim.TASKS_STOP, 1);
    }
    if (twim.read(Twim.EVENTS_STOPPED) == 0) {
      return;
    }
    twim.write(Twim.EVENTS_STOPPED, 0);
    busy = false;
    byte[] data;
    if (reading) {
      scratch.put(twim.takeDmaBuffer(Twim.TXD_PTR));
      data = twim.takeDmaBuffer(Twim.RXD_PTR);
    } else {
      data = twim.takeDmaBuffer(Twim.TXD_PTR);
    }
    client.get().commandComplete(data, result);
  }
}
