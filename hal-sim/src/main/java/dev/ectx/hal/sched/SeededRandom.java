package dev.ectx.hal.sched;

/**
 * A small, allocation-free, seeded pseudo-random source (SplitMix64). The simulation draws every
 * random choice from one of these, so a seed determines a run.
 */
public final class SeededRandom {
  private long state;

  /**
   * A source seeded with {@code seed}.
   *
   * @param seed the seed
   */
  public SeededRandom(long seed) {
    this.state = seed;
  }

  /** The next 64 random bits. */
  public long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * A value in {@code [0, bound)}.
   *
   * @param bound the exclusive upper bound, positive
   * @return the value
   */
  public int nextInt(int bound) {
    return (int) Long.remainderUnsigned(nextLong(), bound);
  }
}
