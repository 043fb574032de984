import dev.ectx.cells.CriticalSection;
import dev.ectx.cells.CsMutex;
import java.util.function.Consumer;

// cs.escape: a CriticalSection stored, returned, or captured by a lambda that can outlive the call.
class CriticalSections {
  private static final CsMutex<int[]> COUNTS = new CsMutex<>(new int[4]);
  private CriticalSection saved;
  private Runnable deferred;

  static CriticalSection.InterruptMask mask() {
    return null;
  }

  void store() {
    // :: error: [cs.escape]
    CriticalSection.run(mask(), cs -> saved = cs);
  }

  CriticalSection giveBack(CriticalSection cs) {
    // :: error: [cs.escape]
    return cs;
  }

  void captureForLater() {
    CriticalSection.run(
        mask(),
        cs -> {
          // :: error: [cs.escape]
          deferred = () -> COUNTS.borrow(cs)[0]++;
        });
  }

  // Look-alikes that must not fire.

  void useInPlace() {
    CriticalSection.run(mask(), cs -> COUNTS.borrow(cs)[1]++);
  }

  void passOn() {
    CriticalSection.run(mask(), cs -> bump(cs, 2));
  }

  static void bump(CriticalSection cs, int line) {
    CriticalSection local = cs;
    COUNTS.borrow(local)[line]++;
  }

  void nestedSectionRunsNow() {
    CriticalSection.run(mask(), cs -> CriticalSection.run(mask(), inner -> COUNTS.replace(cs, new int[4])));
  }
}
