package audit.critical;

/** Two counters: one always touched under a critical section, one not on the kernel side. */
final class Stats {
  int events;
  int misses;
}
