package dev.ectx.cli.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.List;

/**
 * Which classes and methods live in which context, and the calls and accesses that cross from
 * one context to another. The HTML report draws it; JSON carries it as data.
 *
 * @param nodes classes and their members, each with its context
 * @param edges cross-context calls or accesses between nodes
 */
public record ContextMap(List<Node> nodes, List<Edge> edges) {
  // Declared before EMPTY, whose construction uses it.
  private static final Comparator<Edge> EDGE_ORDER =
      Comparator.comparing(Edge::from)
          .thenComparing(Edge::to)
          .thenComparing(Edge::key, Comparator.nullsFirst(Comparator.naturalOrder()));

  /** An empty map (when nothing carries a context). */
  public static final ContextMap EMPTY = new ContextMap(List.of(), List.of());

  /** Sorts and freezes both lists: the order of the input files must not show in a report. */
  public ContextMap {
    nodes = nodes.stream().sorted(Comparator.comparing(Node::id)).toList();
    edges = edges.stream().sorted(EDGE_ORDER).toList();
  }

  /** What a node stands for. */
  public enum Kind {
    /** A class or interface. */
    CLASS,
    /** A method, constructor or static field of a class. */
    MEMBER;

    /** The lower-case name used in JSON. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A class or member.
   *
   * @param id a unique id ({@code pkg.Class} or {@code pkg.Class#method(Type)})
   * @param kind class or member
   * @param label the short name to draw
   * @param parent the id of the enclosing class, null for a class
   * @param context the context it runs in or is confined to ({@code any}, {@code poly} or a name)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Node(String id, Kind kind, String label, String parent, String context) {}

  /**
   * A call or access from one context into another.
   *
   * @param from the id of the calling member
   * @param to the id of the callee or accessed member
   * @param offending whether a finding is reported on it
   * @param key the key of that finding, null when it is allowed (a call from {@code boot})
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Edge(String from, String to, boolean offending, String key) {}
}
