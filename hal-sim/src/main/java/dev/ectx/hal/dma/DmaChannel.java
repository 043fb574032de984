package dev.ectx.hal.dma;

import dev.ectx.annotations.Borrowed;
import dev.ectx.annotations.Trusted;
import dev.ectx.annotations.Unique;
import dev.ectx.hal.cpu.HardFault;

/**
 * One DMA pointer register of a peripheral (UARTE0's TXD.PTR, say) and the buffer it holds.
 *
 * <p>The protocol, which mirrors ownership ({@code @Unique}) at run time:
 *
 * <ol>
 *   <li>{@link #hand}: software moves a buffer in. A register already holding one refuses (the
 *       old one would be lost), and so does a buffer held by another register.
 *   <li>{@link #begin}: a task starts a transfer of {@code count} bytes; the peripheral now owns
 *       the buffer and the simulator fingerprints its contents.
 *   <li>{@link #end}: the transfer's end event; if the contents changed meanwhile, software
 *       touched a buffer it did not own: {@link DmaOwnershipException}.
 *   <li>{@link #take}: software moves the buffer back out, refused while a transfer owns it.
 * </ol>
 *
 * <p>Java cannot trap reads of an array, so only modifications are detected at run time; the
 * ectx checker rejects any use of a moved {@code @Unique} buffer at compile time.
 */
public final class DmaChannel {
  private final String name;
  private final DmaLedger ledger;
  /** The held buffer: the DMA engine's view of that RAM; software holds no other reference. */
  private byte[] view;
  private boolean owned;
  private int count;
  private long fingerprint;

  /**
   * A channel.
   *
   * @param name for example {@code "UARTE0.TXD"}
   * @param ledger the chip's ledger
   */
  public DmaChannel(String name, DmaLedger ledger) {
    this.name = name;
    this.ledger = ledger;
  }

  /** The channel's name. */
  public String name() {
    return name;
  }

  /**
   * Moves {@code buffer} into the pointer register.
   *
   * @param buffer the buffer
   */
  public void hand(byte @Unique [] buffer) {
    if (buffer == null) {
      throw new HardFault(name + ".PTR: null buffer");
    }
    if (view != null) {
      throw new DmaOwnershipException(
          name + " already holds a buffer: take it back with takeDmaBuffer before handing another");
    }
    ledger.claim(this, buffer);
    view = buffer;
  }

  /**
   * Moves the buffer out.
   *
   * @return the buffer, or null if none is held
   */
  public byte @Unique [] take() {
    if (owned) {
      throw new DmaOwnershipException(
          name + " still owns its buffer: a transfer is running; wait for its end event");
    }
    ledger.release(this);
    return release();
  }

  /** Ends the DMA engine's view of the buffer and returns it to software. */
  // Trusted glue (unique.required): the buffer arrived @Unique and only this channel kept it;
  // once no transfer owns it the hardware's view ends here, so the reference handed back is the
  // only one (Tock's DMA pointer, returned with the completion event).
  @Trusted
  @SuppressWarnings("ectx")
  private byte @Unique [] release() {
    byte[] buffer = view;
    view = null;
    return buffer;
  }

  /**
   * Starts a transfer of {@code count} bytes: the peripheral owns the buffer from now on.
   *
   * @param count bytes (MAXCNT)
   */
  public void begin(int count) {
    if (count > 0 && view == null) {
      throw new HardFault(name + ": transfer of " + count + " bytes started with no buffer");
    }
    if (view != null && count > view.length) {
      throw new HardFault(
          name
              + ": MAXCNT "
              + count
              + " runs past the end of the "
              + view.length
              + "-byte buffer (a bus fault on the chip)");
    }
    this.count = count;
    if (view != null) {
      owned = true;
      fingerprint = fingerprint(view);
    }
  }

  /**
   * The transfer ended: checks that software left the buffer alone, and gives up ownership.
   *
   * @throws DmaOwnershipException if the buffer was modified while owned
   */
  public void end() {
    if (!owned) {
      return;
    }
    owned = false;
    if (fingerprint(view) != fingerprint) {
      throw new DmaOwnershipException(
          "a buffer owned by "
              + name
              + " was modified by software during the transfer; it belongs to the peripheral"
              + " until the end event");
    }
  }

  boolean holds(@Borrowed byte[] buffer) {
    return view == buffer;
  }

  /** Whether a transfer owns the buffer. */
  public boolean owned() {
    return owned;
  }

  /** The transfer's length (MAXCNT at start). */
  public int count() {
    return count;
  }

  /**
   * The DMA engine reads byte {@code index} of the held buffer.
   *
   * @param index the index
   * @return the byte
   */
  public byte read(int index) {
    return view[index];
  }

  /**
   * The receive transfer ended: checks that software left the buffer alone, then stores the
   * {@code length} bytes received (the DMA writes, done at the end so that only software's
   * writes can change the fingerprint), and gives up ownership.
   *
   * @param received the bytes received, in order
   * @param length how many of them
   * @throws DmaOwnershipException if the buffer was modified while owned
   */
  public void end(byte[] received, int length) {
    end();
    if (length > 0) {
      System.arraycopy(received, 0, view, 0, length);
    }
  }

  private static long fingerprint(byte[] data) {
    long hash = 0xCBF29CE484222325L;
    for (byte b : data) {
      hash = (hash ^ (b & 0xFF)) * 0x100000001B3L;
    }
    return hash;
  }
}
