package audit.race;

import dev.ectx.annotations.Shared;

/** The same counter, declared thread-safe (the checker verifies the claim, the audit trusts it). */
@Shared
public final class Counter {
  int ticks;
}
