package dev.ectx.chips;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.cells.OptionalCell;

/**
 * The serial instance that SPIM0 and TWIM0 share (one IRQ line, one address page, only one of
 * them enabled at a time), after the nRF52840's instance sharing. Whichever driver starts a
 * transfer while the other is idle switches the instance to itself; the interrupt goes to the
 * driver that owns the instance.
 */
@ExecutionContext("kernel")
public final class SerialInstance0 implements InterruptService {
  /** One of the two blocks of the instance. */
  @ExecutionContext("kernel")
  interface Block extends InterruptService {
    /** Whether a transfer runs. */
    boolean busy();

    /** Enables this block (the other is disabled). */
    void enable();

    /** Disables this block. */
    void disable();
  }

  private final OptionalCell<Block> owner = new OptionalCell<>();

  /** The instance; the board registers it with the chip for line 3. */
  @ExecutionContext("boot")
  public SerialInstance0() {}

  /** Makes {@code block} the enabled one; false if the other block is mid-transfer. */
  boolean acquire(Block block) {
    Block current = owner.get();
    if (current == block) {
      return true;
    }
    if (current != null) {
      if (current.busy()) {
        return false;
      }
      current.disable();
    }
    block.enable();
    owner.set(block);
    return true;
  }

  @Override
  public void handleInterrupt() {
    owner.map(InterruptService::handleInterrupt);
  }
}
