package dev.ectx.capsules;

import dev.ectx.annotations.ExecutionContext;

/** The alarm driver's state for one process, kept in its grant. */
@ExecutionContext("kernel")
final class AlarmApp {
  boolean armed;
  int reference;
  int dt;
}
