package dev.ectx.apps;

import dev.ectx.annotations.ExecutionContext;

/** A process's upcall function: runs inside the process's yield, in context {@code process}. */
@ExecutionContext("process")
@FunctionalInterface
public interface Upcall {
  /**
   * Runs the upcall.
   *
   * @param arg0 first argument from the driver
   * @param arg1 second argument
   * @param arg2 third argument
   */
  void call(int arg0, int arg1, int arg2);
}
