package dev.ectx.chips;

import dev.ectx.annotations.Borrowed;
import dev.ectx.annotations.ExecutionContext;
import dev.ectx.cells.OptionalCell;
import dev.ectx.cells.TakeCell;
import dev.ectx.hal.mmio.RegisterBlock;
import dev.ectx.hal.periph.Spim;
import dev.ectx.hil.SpiClient;
import dev.ectx.hil.SpiController;
import dev.ectx.kernel.ReturnCode;

/**
 * SPIM0 as the {@link SpiController} HIL, after Tock's {@code nrf52::spi}. Both buffers move into
 * the DMA pointer registers and come back at END, also when the bus broke mid-transfer (the
 * AMOUNTs then fall short and the callback says {@link ReturnCode#FAIL}).
 */
@ExecutionContext("kernel")
public final class Spim0 implements SpiController, SerialInstance0.Block {
  /** The most bytes one transfer moves. */
  public static final int MAX_CHUNK = 255;

  private final RegisterBlock spim;
  private final SerialInstance0 instance;
  private final OptionalCell<SpiClient> client = new OptionalCell<>();
  private int frequency = Spim.FREQ_8M;
  private int requested;
  private boolean busy;

  /**
   * The controller.
   *
   * @param spim SPIM0's registers
   * @param instance the serial instance it shares with TWIM0
   */
  @ExecutionContext("boot")
  public Spim0(RegisterBlock spim, SerialInstance0 instance) {
    this.spim = spim;
    this.instance = instance;
  }

  @Override
  public ReturnCode setRate(int hertz) {
    if (busy) {
      return ReturnCode.BUSY;
    }
    if (hertz != 1_000_000 && hertz != 8_000_000) {
      return ReturnCode.INVAL;
    }
    frequency = hertz == 1_000_000 ? Spim.FREQ_1M : Spim.FREQ_8M;
    return ReturnCode.SUCCESS;
  }

  @Override
  public ReturnCode readWrite(
      @Borrowed TakeCell<byte[]> write, @Borrowed TakeCell<byte[]> read, int length) {
    if (busy || !instance.acquire(this)) {
      return ReturnCode.BUSY;
    }
    if (write.isNone() || read.isNone()) {
      return ReturnCode.RESERVE;
    }
    byte[] out = write.take();
    byte[] in = read.take();
    if (length < 1 || length > MAX_CHUNK || length > out.length || length > in.length) {
      write.put(out);
      read.put(in);
      return ReturnCode.SIZE;
    }
    spim.write(Spim.EVENTS_END, 0);
    spim.write(Spim.FREQUENCY, frequency);
    spim.setDmaBuffer(Spim.TXD_PTR, out);
    spim.write(Spim.TXD_MAXCNT, length);
    spim.setDmaBuffer(Spim.RXD_PTR, in);
    spim.write(Spim.RXD_MAXCNT, length);
    spim.write(RegisterOffsets.INTENSET, Spim.INT_END);
    requested = length;
    busy = true;
    spim.write(Spim.TASKS_START, 1);
    return ReturnCode.SUCCESS;
  }

  @Override
  public void setClient(SpiClient client) {
    this.client.set(client);
  }

  @Override
  public boolean busy() {
    return busy;
  }

  @Override
  public void enable() {
    spim.write(Spim.ENABLE, Spim.ENABLE_SPIM);
  }

  @Override
  public void disable() {
    spim.write(RegisterOffsets.INTENCLR, Spim.INT_END);
    spim.write(Spim.ENABLE, 0);
  }

  @Override
  public void handleInterrupt() {
    if (spim.read(Spim.EVENTS_END) == 0) {
      return;
    }
    spim.write(Spim.EVENTS_END, 0);
    spim.write(Spim.EVENTS_ENDTX, 0);
    spim.write(Spim.EVENTS_ENDRX, 0);
    int amount = Math.min(spim.read(Spim.TXD_AMOUNT), spim.read(Spim.RXD_AMOUNT));
    byte[] out = spim.takeDmaBuffer(Spim.TXD_PTR);
    byte[] in = spim.takeDmaBuffer(Spim.RXD_PTR);
    busy = false;
    ReturnCode result = amount < requested ? ReturnCode.FAIL : ReturnCode.SUCCESS;
    client.get().transferred(out, in, amount, result);
  }
}
