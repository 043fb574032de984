package dev.ectx.hal.sched;

import dev.ectx.annotations.AllocationFree;

/**
 * The discrete-event scheduler and virtual clock of the simulated chip. Time is counted in CPU
 * cycles of the 64 MHz core clock ({@link #HZ}); it only moves forward, and only when the CPU
 * executes ({@code cpu.step}, register accesses) or sleeps (WFI jumps straight to the next
 * event), so idle time costs nothing.
 *
 * <p>Events due at the same cycle fire in the order they were scheduled, so a run is a pure
 * function of its inputs and seed. The queue is a binary heap of pre-allocated {@link SimEvent}s;
 * scheduling and firing allocate nothing.
 */
public final class Scheduler {
  /** The CPU clock: 64 MHz. */
  public static final long HZ = 64_000_000L;

  private SimEvent[] heap = new SimEvent[32];
  private int size;
  private long sequence;
  private long now;
  private final SeededRandom random;
  private final int jitterCycles;

  /**
   * A scheduler at time zero.
   *
   * @param seed seeds every random choice of the simulation (jitter, RNG values)
   * @param jitterCycles at most this many extra cycles are added to each jittered event; 0 turns
   *     jitter off
   */
  public Scheduler(long seed, int jitterCycles) {
    if (jitterCycles < 0) {
      throw new IllegalArgumentException("jitterCycles must be >= 0, got " + jitterCycles);
    }
    this.random = new SeededRandom(seed);
    this.jitterCycles = jitterCycles;
  }

  /** The current virtual time in CPU cycles. */
  @AllocationFree
  public long now() {
    return now;
  }

  /** The time of the earliest scheduled event, or {@link Long#MAX_VALUE} if none. */
  @AllocationFree
  public long nextTime() {
    return size == 0 ? Long.MAX_VALUE : heap[0].time;
  }

  /** Whether any event is scheduled. */
  public boolean hasEvents() {
    return size != 0;
  }

  /** The simulation's seeded random source. */
  public SeededRandom random() {
    return random;
  }

  /**
   * Schedules {@code event} at absolute time {@code time} (clamped to now), moving it if it was
   * already scheduled.
   *
   * @param event the event
   * @param time the virtual time in cycles
   */
  public void scheduleAt(SimEvent event, long time) {
    if (event.heapIndex >= 0) {
      removeAt(event.heapIndex);
    }
    event.time = Math.max(time, now);
    event.sequence = sequence++;
    if (size == heap.length) {
      heap = java.util.Arrays.copyOf(heap, size * 2);
    }
    heap[size] = event;
    event.heapIndex = size;
    size++;
    siftUp(size - 1);
  }

  /**
   * Schedules {@code event} {@code delay} cycles from now.
   *
   * @param event the event
   * @param delay cycles from now, at least 0
   */
  public void scheduleAfter(SimEvent event, long delay) {
    scheduleAt(event, now + delay);
  }

  /**
   * Schedules {@code event} {@code delay} cycles from now plus the seeded jitter, if jitter is on.
   * Peripheral completions use this, so another seed gives another interleaving.
   *
   * @param event the event
   * @param delay cycles from now, at least 0
   */
  public void scheduleAfterJittered(SimEvent event, long delay) {
    long jitter = jitterCycles == 0 ? 0 : random.nextInt(jitterCycles + 1);
    scheduleAt(event, now + delay + jitter);
  }

  /**
   * Removes {@code event} if it is scheduled.
   *
   * @param event the event
   */
  public void cancel(SimEvent event) {
    if (event.heapIndex >= 0) {
      removeAt(event.heapIndex);
    }
  }

  /**
   * Fires the earliest event if it is due at or before {@code limit}, first advancing the clock
   * to its time.
   *
   * @param limit the latest time an event may have to fire
   * @return whether an event fired
   */
  public boolean fireNext(long limit) {
    if (size == 0 || heap[0].time > limit) {
      return false;
    }
    SimEvent event = heap[0];
    removeAt(0);
    if (event.time > now) {
      now = event.time;
    }
    event.fire();
    return true;
  }

  /**
   * Advances the clock by {@code cycles} without firing events; the caller fires due events
   * afterwards (see {@code Cpu}).
   *
   * @param cycles cycles to add, at least 0
   */
  @AllocationFree
  public void advance(long cycles) {
    now += cycles;
  }

  /**
   * Moves the clock forward to {@code time} without firing events; never moves it back.
   *
   * @param time the new time
   */
  public void advanceTo(long time) {
    if (time > now) {
      now = time;
    }
  }

  private void removeAt(int index) {
    SimEvent removed = heap[index];
    size--;
    if (index != size) {
      SimEvent last = heap[size];
      heap[index] = last;
      last.heapIndex = index;
      heap[size] = null;
      siftDown(index);
      if (heap[index] == last) {
        siftUp(index);
      }
    } else {
      heap[size] = null;
    }
    removed.heapIndex = -1;
  }

  private static boolean before(SimEvent a, SimEvent b) {
    return a.time < b.time || (a.time == b.time && a.sequence < b.sequence);
  }

  private void siftUp(int index) {
    SimEvent event = heap[index];
    while (index > 0) {
      int parent = (index - 1) >>> 1;
      SimEvent p = heap[parent];
      if (!before(event, p)) {
        break;
      }
      heap[index] = p;
      p.heapIndex = index;
      index = parent;
    }
    heap[index] = event;
    event.heapIndex = index;
  }

  private void siftDown(int index) {
    SimEvent event = heap[index];
    int half = size >>> 1;
    while (index < half) {
      int child = 2 * index + 1;
      int right = child + 1;
      if (right < size && before(heap[right], heap[child])) {
        child = right;
      }
      if (!before(heap[child], event)) {
        break;
      }
      heap[index] = heap[child];
      heap[index].heapIndex = index;
      index = child;
    }
    heap[index] = event;
    event.heapIndex = index;
  }

  /**
   * Converts microseconds to cycles.
   *
   * @param micros microseconds
   * @return cycles at 64 MHz
   */
  public static long micros(long micros) {
    return micros * (HZ / 1_000_000L);
  }

  /**
   * Converts milliseconds to cycles.
   *
   * @param millis milliseconds
   * @return cycles at 64 MHz
   */
  public static long millis(long millis) {
    return millis * (HZ / 1_000L);
  }
}
