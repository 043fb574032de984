package dev.ectx.audit;

import java.util.List;

/**
 * What the audit knows of the program's contexts, for the report's picture: every entry point with
 * its context, and every call that crosses into another context through unannotated code.
 *
 * @param nodes the methods, each with the context it runs in
 * @param edges the crossing calls, each an {@code audit.context} finding
 */
public record ContextPicture(List<Node> nodes, List<Edge> edges) {

  /** A picture with unmodifiable copies of its lists. */
  public ContextPicture {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * A method.
   *
   * @param className the binary class name with dots
   * @param member {@code name(Param, ...)}
   * @param context the context it is bound to, or for unannotated code the one context that
   *     reaches it ({@code any} when several do)
   */
  public record Node(String className, String member, String context) {}

  /**
   * A call from code of one context into a method bound to another.
   *
   * @param from the calling method
   * @param to the method called
   * @param key the finding reported on it
   */
  public record Edge(Node from, Node to, String key) {}
}
