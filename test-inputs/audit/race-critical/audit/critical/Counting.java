package audit.critical;

import dev.ectx.cells.CriticalSection;

/** Unannotated helpers; the first two need the token, so they run with interrupts masked. */
final class Counting {
  private Counting() {}

  static void record(Stats stats, CriticalSection cs) {
    stats.events++;
    stats.misses++;
  }

  static int events(Stats stats) {
    return stats.events;
  }

  static int misses(Stats stats) {
    return stats.misses;
  }
}
