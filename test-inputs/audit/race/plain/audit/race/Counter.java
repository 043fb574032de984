package audit.race;

/** A plain counter: its field is written in irq and read in kernel. */
public final class Counter {
  int ticks;
}
