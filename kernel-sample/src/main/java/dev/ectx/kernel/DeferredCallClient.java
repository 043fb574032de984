package dev.ectx.kernel;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Upcall;

/** Code that a {@link DeferredCall} runs later, from the main loop. */
@ExecutionContext("kernel")
public interface DeferredCallClient {
  /** Runs the work that was deferred by {@link DeferredCall#set()}. */
  @Upcall
  void handleDeferredCall();
}
