package dev.ectx.audit;

import java.util.List;

/**
 * The call path that shows a finding is real: from an entry point (or a {@code @Downcall}) through
 * each call to the offending access. A race has two, one per context.
 *
 * @param context the execution context the path runs in ({@code irq}), or the empty string when a
 *     path is not about a context (a re-entrant downcall)
 * @param steps the steps, entry first, access last
 */
public record WitnessPath(String context, List<WitnessStep> steps) {

  /** A path with an unmodifiable copy of the steps. */
  public WitnessPath {
    steps = List.copyOf(steps);
  }
}
