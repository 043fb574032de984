package audit.race;

/** The same counter with a volatile field. */
public final class Counter {
  volatile int ticks;
}
