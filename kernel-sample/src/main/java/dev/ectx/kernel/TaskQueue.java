package dev.ectx.kernel;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;

/** A process's bounded first-in first-out queue of upcalls. */
@ExecutionContext("kernel")
final class TaskQueue {
  private final Task @Unique [] slots;
  private int head;
  private int size;

  TaskQueue(int capacity) {
    slots = new Task[capacity];
  }

  /** Appends a task; returns false (and drops it) when the queue is full. */
  boolean offer(Task task) {
    if (size == slots.length) {
      return false;
    }
    slots[(head + size) % slots.length] = task;
    size++;
    return true;
  }

  /** Removes and returns the oldest task, or null. */
  Task poll() {
    if (size == 0) {
      return null;
    }
    Task task = slots[head];
    slots[head] = null;
    head = (head + 1) % slots.length;
    size--;
    return task;
  }

  /** Removes and returns the oldest task of (driver, subscribe number), or null. */
  Task pollMatching(int driver, int subscribeNumber) {
    for (int i = 0; i < size; i++) {
      Task task = slots[(head + i) % slots.length];
      if (task.driver() == driver && task.subscribeNumber() == subscribeNumber) {
        removeAt(i);
        return task;
      }
    }
    return null;
  }

  /** Whether a task of (driver, subscribe number) is queued. */
  boolean contains(int driver, int subscribeNumber) {
    for (int i = 0; i < size; i++) {
      Task task = slots[(head + i) % slots.length];
      if (task.driver() == driver && task.subscribeNumber() == subscribeNumber) {
        return true;
      }
    }
    return false;
  }

  /** Drops every task of (driver, subscribe number): a new subscribe cancels pending upcalls. */
  int cancel(int driver, int subscribeNumber) {
    int dropped = 0;
    for (int i = 0; i < size; ) {
      Task task = slots[(head + i) % slots.length];
      if (task.driver() == driver && task.subscribeNumber() == subscribeNumber) {
        removeAt(i);
        dropped++;
      } else {
        i++;
      }
    }
    return dropped;
  }

  void clear() {
    while (poll() != null) {
      continue;
    }
  }

  int size() {
    return size;
  }

  private void removeAt(int offset) {
    for (int i = offset; i < size - 1; i++) {
      slots[(head + i) % slots.length] = slots[(head + i + 1) % slots.length];
    }
    slots[(head + size - 1) % slots.length] = null;
    size--;
  }
}
