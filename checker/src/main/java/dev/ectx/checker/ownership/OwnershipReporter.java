package dev.ectx.checker.ownership;

import com.sun.source.tree.Tree;

/** Where the ownership rules send their diagnostics. */
interface OwnershipReporter {
  /**
   * Reports the diagnostic {@code key} at {@code tree}.
   *
   * @param tree where the offending expression starts
   * @param key a key of messages.properties
   * @param args the message's arguments
   */
  void report(Tree tree, String key, Object... args);

  /**
   * The source line of {@code tree}, for messages that point at an earlier statement.
   *
   * @param tree a tree of the current compilation unit
   * @return its one-based line number
   */
  long lineOf(Tree tree);
}
