package dev.ectx.chips;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.cells.OptionalCell;
import dev.ectx.hal.mmio.RegisterBlock;
import dev.ectx.hal.periph.Rng;
import dev.ectx.hil.Entropy;
import dev.ectx.hil.EntropyClient;
import dev.ectx.kernel.ReturnCode;

/** The RNG as the {@link Entropy} HIL, after Tock's {@code nrf5x::trng}: one byte per VALRDY. */
@ExecutionContext("kernel")
public final class RngEntropy implements Entropy, InterruptService {
  private final RegisterBlock rng;
  private final OptionalCell<EntropyClient> client = new OptionalCell<>();
  private boolean running;

  /**
   * The source; the board registers it with the chip for the RNG's line.
   *
   * @param rng the RNG's registers
   */
  @ExecutionContext("boot")
  public RngEntropy(RegisterBlock rng) {
    this.rng = rng;
  }

  @Override
  public ReturnCode get() {
    if (running) {
      return ReturnCode.BUSY;
    }
    running = true;
    rng.write(Rng.EVENTS_VALRDY, 0);
    rng.write(RegisterOffsets.INTENSET, Rng.INT_VALRDY);
    rng.write(Rng.TASKS_START, 1);
    return ReturnCode.SUCCESS;
  }

  @Override
  public ReturnCode cancel() {
    if (!running) {
      return ReturnCode.OFF;
    }
    stop();
    return ReturnCode.SUCCESS;
  }

  private void stop() {
    running = false;
    rng.write(Rng.TASKS_STOP, 1);
    rng.write(RegisterOffsets.INTENCLR, Rng.INT_VALRDY);
  }

  @Override
  public void setClient(EntropyClient client) {
    this.client.set(client);
  }

  @Override
  public void handleInterrupt() {
    if (rng.read(Rng.EVENTS_VALRDY) == 0) {
      return;
    }
    rng.write(Rng.EVENTS_VALRDY, 0);
    int value = rng.read(Rng.VALUE) & 0xFF;
    if (running && client.get().entropyAvailable(value) == EntropyClient.Continue.DONE) {
      stop();
    }
  }
}
