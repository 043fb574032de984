package dev.ectx.audit;

import java.util.Map;
import java.util.Set;

/**
 * Library methods that run a callback on another thread, later: a callback passed to them is not
 * called synchronously at the call (unlike one passed to, say, {@code List.forEach}), and the
 * context it runs in is unknown unless the parameter's type names one.
 */
final class ThreadApis {
  private static final Map<String, Set<String>> METHODS = Map.of(
      "java.lang.Thread", Set.of("<init>", "ofVirtual", "startVirtualThread"),
      "java.util.concurrent.Executor", Set.of("execute"),
      "java.util.concurrent.ExecutorService", Set.of("submit", "invokeAll", "invokeAny"),
      "java.util.concurrent.ScheduledExecutorService",
          Set.of("schedule", "scheduleAtFixedRate", "scheduleWithFixedDelay"),
      "java.util.concurrent.CompletableFuture",
          Set.of("runAsync", "supplyAsync", "thenApplyAsync", "thenAcceptAsync", "thenRunAsync"),
      "java.util.Timer", Set.of("schedule", "scheduleAtFixedRate"),
      "javax.swing.SwingUtilities", Set.of("invokeLater"),
      "java.awt.EventQueue", Set.of("invokeLater"),
      "java.util.concurrent.ThreadFactory", Set.of("newThread"));

  private ThreadApis() {}

  /** Whether a call naming {@code target} hands its callbacks to another thread. */
  static boolean defers(MethodKey target, ClassIndex index) {
    for (Map.Entry<String, Set<String>> api : METHODS.entrySet()) {
      if (api.getValue().contains(target.name()) && index.isSubtype(target.owner(), api.getKey())) {
        return true;
      }
    }
    return false;
  }
}
