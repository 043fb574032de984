package dev.ectx.capsules;

import dev.ectx.annotations.ExecutionContext;

/** The console's state for one process, kept in its grant. */
@ExecutionContext("kernel")
final class ConsoleApp {
  boolean writePending;
  int writeLength;
  int writeOffset;
  boolean readPending;
  int readLength;
  int readPosition;
}
