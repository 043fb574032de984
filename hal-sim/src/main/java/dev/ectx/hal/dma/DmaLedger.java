package dev.ectx.hal.dma;

import dev.ectx.annotations.Borrowed;
import java.util.ArrayList;
import java.util.List;

/**
 * The chip-wide record of which DMA channel holds which buffer, by identity: one array can be in
 * at most one pointer register at a time.
 */
public final class DmaLedger {
  private final List<DmaChannel> holders = new ArrayList<>();

  void claim(DmaChannel channel, @Borrowed byte[] buffer) {
    for (DmaChannel holder : holders) {
      if (holder.holds(buffer)) {
        throw new DmaOwnershipException(
            "buffer handed to "
                + channel.name()
                + " is still held by "
                + holder.name()
                + ": take it back from there first");
      }
    }
    holders.add(channel);
  }

  void release(DmaChannel channel) {
    holders.remove(channel);
  }
}
